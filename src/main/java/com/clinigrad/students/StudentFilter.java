package com.clinigrad.students;

import java.time.LocalDate;
import java.util.Locale;

/**
 * The student list's search, filters and order; {@code null} means not filtered. Other
 * modules' lists of students filter their rows with {@link #matches}.
 *
 * @param query part of the name, or part of the student number
 * @param risk the kind of risk found by the degree audit's scan
 * @param sort one of
 * {@code studentNo, name, cohort, program, status, hospital, supervisor, risk}
 */
public record StudentFilter(String query, Integer cohortYear, String programCode, String hospitalCode,
		String disciplineCode, StudentStatus status, String supervisorStaffNo, StudentRisk.Kind risk, String sort,
		boolean descending) {

	public static StudentFilter none() {
		return new StudentFilter(null, null, null, null, null, null, null, null, null, false);
	}

	/**
	 * @return a filter of these fields only (for lists that filter rows they hold)
	 */
	public static StudentFilter of(String query, Integer cohortYear, String programCode, String hospitalCode,
			String supervisorStaffNo) {
		return new StudentFilter(query, cohortYear, programCode, hospitalCode, null, null, supervisorStaffNo, null,
				null, false);
	}

	/**
	 * Whether a row passes the filter, as the student list's search would say: the search
	 * text in the name or the number (any case), the rest equal.
	 */
	public boolean matches(StudentRow row, LocalDate today) {
		if (this.query != null && !this.query.isBlank()) {
			String text = this.query.trim().toLowerCase(Locale.ROOT);
			if (!(row.studentNo() + " " + row.name()).toLowerCase(Locale.ROOT).contains(text)) {
				return false;
			}
		}
		return (this.cohortYear == null || this.cohortYear == row.cohortYear())
				&& same(this.programCode, row.programCode()) && same(this.hospitalCode, row.hospitalCode())
				&& same(this.disciplineCode, row.disciplineCode())
				&& (this.status == null || this.status == row.status())
				&& (same(this.supervisorStaffNo, row.supervisorStaffNo())
						|| this.supervisorStaffNo.equals(row.coSupervisorStaffNo()))
				&& (this.risk == null || hasRisk(row.risk(), today));
	}

	private boolean hasRisk(StudentRisk found, LocalDate today) {
		return (this.risk == StudentRisk.Kind.ANY) ? !found.kinds(today).isEmpty()
				: found.kinds(today).contains(this.risk);
	}

	private static boolean same(String wanted, String actual) {
		return wanted == null || wanted.isBlank() || wanted.equals(actual);
	}

}
