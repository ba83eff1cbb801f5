package com.clinigrad.courses.web;

import com.clinigrad.courses.GradeSheetView;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * The graduate school's reopening of a submitted grade sheet: why (kept in the sheet's
 * history).
 */
class ReopenForm {

	@NotBlank(message = "{grades.sheet.error.reasonRequired}")
	@Size(max = GradeSheetView.REASON_MAX, message = "{grades.sheet.validation.reasonTooLong}")
	private String reason;

	public String getReason() {
		return this.reason;
	}

	public void setReason(String reason) {
		this.reason = reason;
	}

}
