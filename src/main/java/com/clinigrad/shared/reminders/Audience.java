package com.clinigrad.shared.reminders;

/**
 * Who hears of a deadline, as the owning module knows them: a role limited to a student,
 * a staff number, a hospital or a hospital's department (the notifications module finds
 * the accounts).
 *
 * @param role who
 * @param key the student number (student), staff number (supervisor, expert) or hospital
 * code (hospital office, department coordinator); {@code null} for the graduate school
 * @param department the department code (department coordinator)
 */
public record Audience(Role role, String key, String department) {

	public static Audience student(String studentNo) {
		return new Audience(Role.STUDENT, studentNo, null);
	}

	public static Audience supervisor(String staffNo) {
		return new Audience(Role.SUPERVISOR, staffNo, null);
	}

	public static Audience expert(String staffNo) {
		return new Audience(Role.EXPERT, staffNo, null);
	}

	public static Audience hospitalOffice(String hospitalCode) {
		return new Audience(Role.HOSPITAL_OFFICE, hospitalCode, null);
	}

	public static Audience coordinator(String hospitalCode, String departmentCode) {
		return new Audience(Role.DEPT_COORDINATOR, hospitalCode, departmentCode);
	}

	public static Audience gradSchool() {
		return new Audience(Role.GRAD_SCHOOL, null, null);
	}

	/**
	 * The roles a reminder reaches (those of the accounts module that own records).
	 */
	public enum Role {

		STUDENT, SUPERVISOR, EXPERT, HOSPITAL_OFFICE, DEPT_COORDINATOR, GRAD_SCHOOL

	}

}
