package com.clinigrad.students;

/**
 * The student list's search, filters and order; {@code null} means not filtered.
 *
 * @param query part of the name, or the start of the student number
 * @param sort one of
 * {@code studentNo, name, cohort, program, status, hospital, supervisor}
 */
public record StudentFilter(String query, Integer cohortYear, String programCode, String hospitalCode,
		String disciplineCode, StudentStatus status, String supervisorStaffNo, String sort, boolean descending) {

	public static StudentFilter none() {
		return new StudentFilter(null, null, null, null, null, null, null, null, false);
	}

}
