package com.clinigrad.courses;

import java.util.List;

import com.clinigrad.students.StudentCard;

/**
 * What the courses page of a student shows: credits against the program, every sitting
 * and the failed required courses against the thresholds.
 */
public record StudentCourseRecord(StudentCard student, CreditSummary credits, List<TranscriptLine> sittings,
		FailureStanding failures) {

	public StudentCourseRecord {
		sittings = List.copyOf(sittings);
	}

}
