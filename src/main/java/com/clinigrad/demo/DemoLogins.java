package com.clinigrad.demo;

import java.util.List;

/**
 * The logins of the demo university, one per role (and one person with several roles);
 * all use {@link #PASSWORD}. Listed in the README.
 */
public final class DemoLogins {

	/** The password of every demo login. */
	public static final String PASSWORD = "Clinigrad2026!";

	/** Username, roles and what they are limited to. */
	public static final List<Login> ALL = List.of(new Login("admin", "ADMIN", "accounts and role grants"),
			new Login("grad", "GRAD_SCHOOL", "the whole university"),
			new Login("hospital", "HOSPITAL_OFFICE", "hospital H01"),
			new Login("coordinator", "DEPT_COORDINATOR", "department H01/CARD"),
			new Login("supervisor", "SUPERVISOR", "own students"), new Login("expert", "EXPERT", "assigned reviews"),
			new Login("committee", "DEGREE_COMMITTEE", "degree candidates"),
			new Login("student", "STUDENT", "own record"), new Login("finance", "FINANCE", "payment rolls"),
			new Login("multi", "SUPERVISOR + EXPERT + DEPT_COORDINATOR", "own students, H01/GSUR"));

	private DemoLogins() {
	}

	/**
	 * One demo login.
	 */
	public record Login(String username, String roles, String scope) {
	}

}
