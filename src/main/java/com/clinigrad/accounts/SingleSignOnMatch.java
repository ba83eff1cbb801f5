package com.clinigrad.accounts;

/**
 * Which field of a Clinigrad account the identity from the university's login is compared
 * with.
 */
enum SingleSignOnMatch {

	/**
	 * The account's user name (case ignored).
	 */
	USERNAME,

	/**
	 * The account's staff number or student number; an identity that matches more than
	 * one account is refused like an unknown one.
	 */
	STAFF_OR_STUDENT_NO

}
