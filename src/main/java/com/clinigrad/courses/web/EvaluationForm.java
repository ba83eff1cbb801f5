package com.clinigrad.courses.web;

import com.clinigrad.courses.EvaluationCommand;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * The anonymous course evaluation form: five ratings and a comment.
 */
class EvaluationForm {

	@NotNull(message = "{evaluation.validation.rating}")
	@Min(value = 1, message = "{evaluation.validation.rating}")
	@Max(value = 5, message = "{evaluation.validation.rating}")
	private Integer content;

	@NotNull(message = "{evaluation.validation.rating}")
	@Min(value = 1, message = "{evaluation.validation.rating}")
	@Max(value = 5, message = "{evaluation.validation.rating}")
	private Integer teaching;

	@NotNull(message = "{evaluation.validation.rating}")
	@Min(value = 1, message = "{evaluation.validation.rating}")
	@Max(value = 5, message = "{evaluation.validation.rating}")
	private Integer organization;

	@NotNull(message = "{evaluation.validation.rating}")
	@Min(value = 1, message = "{evaluation.validation.rating}")
	@Max(value = 5, message = "{evaluation.validation.rating}")
	private Integer workload;

	@NotNull(message = "{evaluation.validation.rating}")
	@Min(value = 1, message = "{evaluation.validation.rating}")
	@Max(value = 5, message = "{evaluation.validation.rating}")
	private Integer overall;

	@Size(max = 1000, message = "{validation.tooLong}")
	private String comment;

	EvaluationCommand toCommand() {
		return new EvaluationCommand(this.content, this.teaching, this.organization, this.workload, this.overall,
				this.comment);
	}

	public Integer getContent() {
		return this.content;
	}

	public void setContent(Integer content) {
		this.content = content;
	}

	public Integer getTeaching() {
		return this.teaching;
	}

	public void setTeaching(Integer teaching) {
		this.teaching = teaching;
	}

	public Integer getOrganization() {
		return this.organization;
	}

	public void setOrganization(Integer organization) {
		this.organization = organization;
	}

	public Integer getWorkload() {
		return this.workload;
	}

	public void setWorkload(Integer workload) {
		this.workload = workload;
	}

	public Integer getOverall() {
		return this.overall;
	}

	public void setOverall(Integer overall) {
		this.overall = overall;
	}

	public String getComment() {
		return this.comment;
	}

	public void setComment(String comment) {
		this.comment = comment;
	}

}
