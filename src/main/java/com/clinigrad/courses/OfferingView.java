package com.clinigrad.courses;

import java.math.BigDecimal;

/**
 * A course offered in one term, with its instructor and how many are enrolled and graded.
 *
 * @param grading {@code SCORE} (0–100) or {@code PASS_FAIL}
 */
public record OfferingView(long id, String courseCode, String courseName, String courseNameEn, CourseCategory category,
		BigDecimal credits, String term, String instructorStaffNo, String instructorName, Integer capacity,
		String grading, boolean evaluationOpen, int enrolled, int graded, long version) {

	public boolean passFail() {
		return "PASS_FAIL".equals(this.grading);
	}

	public boolean full() {
		return this.capacity != null && this.enrolled >= this.capacity;
	}

}
