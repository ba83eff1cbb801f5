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

	/**
	 * @param kind the kind of record
	 * @param codes natural keys, as for {@link #exists}
	 * @param english whether the page is in English
	 * @return the names of the records found, in that language where they have one, by
	 * key, so that a page names the scopes it shows in words (read at once for the page)
	 */
	default java.util.Map<String, String> names(ScopeKind kind, java.util.Collection<String> codes, boolean english) {
		return java.util.Map.of();
	}

	/** The records an account's roles may be limited to. */
	enum ScopeKind {

		HOSPITAL, DEPARTMENT, SUPERVISOR, STUDENT

	}

}
