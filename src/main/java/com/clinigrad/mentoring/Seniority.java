package com.clinigrad.mentoring;

import com.clinigrad.students.DegreeType;
import com.clinigrad.students.StudentStatus;

/**
 * Who may mentor and who may be mentored in a term, from the students' records: a senior
 * is a doctoral student, or a master's student in the last year of the program's standard
 * length; a junior is a master's student before that year. Only students in training
 * (enrolled) are either.
 */
public enum Seniority {

	SENIOR, JUNIOR, NEITHER;

	/**
	 * @param termYear the academic year the term belongs to ({@code 2025} for
	 * {@code 2025-1} and {@code 2025-2})
	 */
	public static Seniority of(DegreeType degree, StudentStatus status, int cohortYear, int standardYears,
			int termYear) {
		if (status != StudentStatus.ENROLLED || degree == null) {
			return NEITHER;
		}
		if (degree.doctoral()) {
			return SENIOR;
		}
		if (degree != DegreeType.PRO_MASTER && degree != DegreeType.ACADEMIC_MASTER) {
			return NEITHER;
		}
		int yearOfStudy = termYear - cohortYear + 1;
		if (yearOfStudy < 1) {
			return NEITHER;
		}
		return (yearOfStudy >= standardYears) ? SENIOR : JUNIOR;
	}

}
