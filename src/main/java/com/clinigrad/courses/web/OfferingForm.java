package com.clinigrad.courses.web;

import com.clinigrad.courses.Grading;
import com.clinigrad.courses.OfferingCommand;
import com.clinigrad.courses.OfferingView;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

/**
 * The course offering form.
 */
class OfferingForm {

	@NotBlank(message = "{validation.required}")
	private String courseCode;

	@NotBlank(message = "{validation.required}")
	@Pattern(regexp = "[0-9]{4}-[12]", message = "{course.validation.term}")
	private String term;

	private String instructorStaffNo;

	@Min(value = 1, message = "{course.validation.capacity}")
	@Max(value = 2000, message = "{course.validation.capacity}")
	private Integer capacity;

	@NotNull(message = "{validation.required}")
	private Grading grading = Grading.SCORE;

	private long version;

	static OfferingForm of(OfferingView offering) {
		OfferingForm form = new OfferingForm();
		form.courseCode = offering.courseCode();
		form.term = offering.term();
		form.instructorStaffNo = offering.instructorStaffNo();
		form.capacity = offering.capacity();
		form.grading = offering.grading();
		form.version = offering.version();
		return form;
	}

	OfferingCommand toCommand() {
		return new OfferingCommand(this.courseCode.trim(), this.term.trim(),
				CourseForm.blankToNull(this.instructorStaffNo), this.capacity, this.grading);
	}

	public String getCourseCode() {
		return this.courseCode;
	}

	public void setCourseCode(String courseCode) {
		this.courseCode = courseCode;
	}

	public String getTerm() {
		return this.term;
	}

	public void setTerm(String term) {
		this.term = term;
	}

	public String getInstructorStaffNo() {
		return this.instructorStaffNo;
	}

	public void setInstructorStaffNo(String instructorStaffNo) {
		this.instructorStaffNo = instructorStaffNo;
	}

	public Integer getCapacity() {
		return this.capacity;
	}

	public void setCapacity(Integer capacity) {
		this.capacity = capacity;
	}

	public Grading getGrading() {
		return this.grading;
	}

	public void setGrading(Grading grading) {
		this.grading = grading;
	}

	public long getVersion() {
		return this.version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

}
