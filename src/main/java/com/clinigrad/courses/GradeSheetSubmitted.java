package com.clinigrad.courses;

import java.util.Set;

/**
 * A class's grade sheet was submitted as final (成绩提交): its students' grades are now on
 * record. Drafts saved in the grid publish nothing of this kind.
 *
 * @param offeringId the class
 * @param courseCode the course
 * @param courseName the course's Chinese name
 * @param courseNameEn the course's English name (or {@code null})
 * @param term the term
 * @param studentIds the students of the class
 * @param submittedBy the login name of who submitted it
 */
public record GradeSheetSubmitted(long offeringId, String courseCode, String courseName, String courseNameEn,
		String term, Set<Long> studentIds, String submittedBy) {

	public GradeSheetSubmitted {
		studentIds = Set.copyOf(studentIds);
	}

}
