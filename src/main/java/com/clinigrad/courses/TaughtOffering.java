package com.clinigrad.courses;

/**
 * An offering someone taught, with the catalog hours it counts for: one record of a
 * teacher's workload (教学工作量).
 *
 * @param hours the course's catalog hours, 0 when the catalog has none
 */
public record TaughtOffering(long offeringId, long instructorId, String courseCode, String courseName,
		String courseNameEn, String term, int hours, int enrolled) {

	public String courseName(boolean english) {
		return (english && this.courseNameEn != null && !this.courseNameEn.isBlank()) ? this.courseNameEn
				: this.courseName;
	}

}
