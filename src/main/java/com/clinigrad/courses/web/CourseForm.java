package com.clinigrad.courses.web;

import java.math.BigDecimal;

import com.clinigrad.courses.CatalogCourse;
import com.clinigrad.courses.CourseCategory;
import com.clinigrad.courses.CourseCommand;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * The catalog course form.
 */
class CourseForm {

	@NotBlank(message = "{validation.required}")
	@Size(max = 32, message = "{validation.tooLong}")
	@Pattern(regexp = "[A-Za-z0-9._-]*", message = "{course.validation.code}")
	private String code;

	@NotBlank(message = "{validation.required}")
	@Size(max = 200, message = "{validation.tooLong}")
	private String name;

	@Size(max = 200, message = "{validation.tooLong}")
	private String nameEn;

	@NotNull(message = "{validation.required}")
	private CourseCategory category;

	@NotNull(message = "{validation.required}")
	@DecimalMin(value = "0", message = "{validation.notNegative}")
	@DecimalMax(value = "20", message = "{course.validation.credits}")
	@Digits(integer = 2, fraction = 1, message = "{course.validation.credits}")
	private BigDecimal credits;

	@Min(value = 0, message = "{validation.notNegative}")
	@Max(value = 1000, message = "{course.validation.hours}")
	private Integer hours;

	@Size(max = 40, message = "{validation.tooLong}")
	private String language;

	@Size(max = 200, message = "{validation.tooLong}")
	private String instructor;

	@Size(max = 200, message = "{validation.tooLong}")
	private String department;

	private long version;

	static CourseForm of(CatalogCourse course) {
		CourseForm form = new CourseForm();
		form.code = course.code();
		form.name = course.name();
		form.nameEn = course.nameEn();
		form.category = course.category();
		form.credits = course.credits();
		form.hours = course.hours();
		form.language = course.language();
		form.instructor = course.instructor();
		form.department = course.department();
		form.version = course.version();
		return form;
	}

	CourseCommand toCommand() {
		return new CourseCommand(this.code.trim(), this.name.trim(), blankToNull(this.nameEn), this.category,
				this.credits, this.hours, blankToNull(this.language), blankToNull(this.instructor),
				blankToNull(this.department));
	}

	static String blankToNull(String value) {
		return (value == null || value.isBlank()) ? null : value.trim();
	}

	public String getCode() {
		return this.code;
	}

	public void setCode(String code) {
		this.code = code;
	}

	public String getName() {
		return this.name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public String getNameEn() {
		return this.nameEn;
	}

	public void setNameEn(String nameEn) {
		this.nameEn = nameEn;
	}

	public CourseCategory getCategory() {
		return this.category;
	}

	public void setCategory(CourseCategory category) {
		this.category = category;
	}

	public BigDecimal getCredits() {
		return this.credits;
	}

	public void setCredits(BigDecimal credits) {
		this.credits = credits;
	}

	public Integer getHours() {
		return this.hours;
	}

	public void setHours(Integer hours) {
		this.hours = hours;
	}

	public String getLanguage() {
		return this.language;
	}

	public void setLanguage(String language) {
		this.language = language;
	}

	public String getInstructor() {
		return this.instructor;
	}

	public void setInstructor(String instructor) {
		this.instructor = instructor;
	}

	public String getDepartment() {
		return this.department;
	}

	public void setDepartment(String department) {
		this.department = department;
	}

	public long getVersion() {
		return this.version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

}
