package com.clinigrad.organization.web;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import com.clinigrad.organization.DepartmentView;

/**
 * The department edit form: name, sub-specialty, beds and an optional recorded capacity.
 */
class DepartmentForm {

	@NotBlank(message = "{validation.required}")
	@Size(max = 200, message = "{validation.tooLong}")
	private String name;

	@Size(max = 200, message = "{validation.tooLong}")
	private String nameEn;

	@Size(max = 100, message = "{validation.tooLong}")
	private String subspecialty;

	@Min(value = 0, message = "{validation.notNegative}")
	private Integer beds;

	@Min(value = 0, message = "{validation.notNegative}")
	private Integer capacity;

	private long version;

	/** Whether the office confirmed a capacity below the trainees already scheduled. */
	private boolean confirmOverload;

	static DepartmentForm of(DepartmentView department) {
		DepartmentForm form = new DepartmentForm();
		form.name = department.name();
		form.nameEn = department.nameEn();
		form.subspecialty = department.subspecialty();
		form.beds = department.beds();
		form.capacity = department.capacity();
		form.version = department.version();
		return form;
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

	public String getSubspecialty() {
		return this.subspecialty;
	}

	public void setSubspecialty(String subspecialty) {
		this.subspecialty = subspecialty;
	}

	public Integer getBeds() {
		return this.beds;
	}

	public void setBeds(Integer beds) {
		this.beds = beds;
	}

	public Integer getCapacity() {
		return this.capacity;
	}

	public void setCapacity(Integer capacity) {
		this.capacity = capacity;
	}

	public boolean isConfirmOverload() {
		return this.confirmOverload;
	}

	public void setConfirmOverload(boolean confirmOverload) {
		this.confirmOverload = confirmOverload;
	}

	public long getVersion() {
		return this.version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

}
