package com.clinigrad.supervisors.web;

import com.clinigrad.supervisors.ApplicationCommand;
import com.clinigrad.supervisors.ApplicationType;
import com.clinigrad.supervisors.HighestDegree;
import com.clinigrad.supervisors.QualificationCategory;
import com.clinigrad.supervisors.QualificationKind;

/**
 * A supervisor's qualification application form.
 */
class ApplicationForm {

	private QualificationKind kind;

	private ApplicationType type;

	private QualificationCategory category = QualificationCategory.INTERNAL;

	private HighestDegree highestDegree;

	private String teaching;

	private String statement;

	ApplicationCommand toCommand() {
		return new ApplicationCommand(this.kind, this.type, this.category, this.highestDegree, this.teaching,
				this.statement);
	}

	public QualificationKind getKind() {
		return this.kind;
	}

	public void setKind(QualificationKind kind) {
		this.kind = kind;
	}

	public ApplicationType getType() {
		return this.type;
	}

	public void setType(ApplicationType type) {
		this.type = type;
	}

	public QualificationCategory getCategory() {
		return this.category;
	}

	public void setCategory(QualificationCategory category) {
		this.category = category;
	}

	public HighestDegree getHighestDegree() {
		return this.highestDegree;
	}

	public void setHighestDegree(HighestDegree highestDegree) {
		this.highestDegree = highestDegree;
	}

	public String getTeaching() {
		return this.teaching;
	}

	public void setTeaching(String teaching) {
		this.teaching = teaching;
	}

	public String getStatement() {
		return this.statement;
	}

	public void setStatement(String statement) {
		this.statement = statement;
	}

}
