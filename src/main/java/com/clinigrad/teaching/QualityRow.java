package com.clinigrad.teaching;

import com.clinigrad.supervisors.SupervisorRef;

/**
 * A course and instructor in the list of quality reports.
 */
public record QualityRow(SupervisorRef instructor, String courseCode, String courseName, String courseNameEn,
		QualityFigures figures) {

	public String courseName(boolean english) {
		return (english && this.courseNameEn != null && !this.courseNameEn.isBlank()) ? this.courseNameEn
				: this.courseName;
	}

}
