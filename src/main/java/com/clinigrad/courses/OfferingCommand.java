package com.clinigrad.courses;

/**
 * A course offering as staff enter it.
 */
public record OfferingCommand(String courseCode, String term, String instructorStaffNo, Integer capacity,
		Grading grading) {
}
