package com.clinigrad.accounts;

/**
 * Lets the modules that own hospitals, departments, supervisors and students confirm that
 * a scope given to an account names a real record. Implemented by those modules, so that
 * accounts depends on none of them.
 */
public interface ScopeReferences {

	/**
	 * @param kind the kind of record
	 * @return whether this implementation answers for that kind
	 */
	boolean supports(ScopeKind kind);

	/**
	 * @param kind the kind of record
	 * @param code its natural key; for a department {@code hospital_code/department_code}
	 * @return whether the record exists
	 */
	boolean exists(ScopeKind kind, String code);

	/** The records an account's roles may be limited to. */
	enum ScopeKind {

		HOSPITAL, DEPARTMENT, SUPERVISOR, STUDENT

	}

}
