package com.clinigrad.students;

/**
 * The few facts other modules show next to a student in a list (a class roster, a warning
 * list).
 */
public record StudentCard(long id, String studentNo, String name, String programCode, int cohortYear,
		String hospitalCode, StudentStatus status) {
}
