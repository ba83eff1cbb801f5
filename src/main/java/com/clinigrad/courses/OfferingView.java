package com.clinigrad.courses;

import java.math.BigDecimal;

/**
 * A course offered in one term, with its instructor, how many are enrolled and graded,
 * and where its grade sheet stands.
 */
public record OfferingView(long id, String courseCode, String courseName, String courseNameEn, CourseCategory category,
		BigDecimal credits, String term, String instructorStaffNo, String instructorName, Integer capacity,
		Grading grading, boolean evaluationOpen, int enrolled, int graded, long version, GradeSheetStatus sheetStatus) {

	public boolean passFail() {
		return this.grading == Grading.PASS_FAIL;
	}

	public boolean full() {
		return this.capacity != null && this.enrolled >= this.capacity;
	}

}
