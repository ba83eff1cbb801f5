package com.clinigrad.students;

/**
 * What other modules need to refer to a student: the id, the number, the program and
 * cohort, and the hospital (code, or {@code null}).
 */
public record StudentKey(long id, String studentNo, String programCode, int cohortYear, String disciplineCode,
		String hospitalCode) {
}
