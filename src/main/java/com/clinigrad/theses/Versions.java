package com.clinigrad.theses;

import org.springframework.dao.OptimisticLockingFailureException;

/**
 * The version a form was filled in against must still be the stored one.
 */
final class Versions {

	private Versions() {
	}

	static void check(long stored, long submitted, String what) {
		if (stored != submitted) {
			throw new OptimisticLockingFailureException(what + " changed meanwhile");
		}
	}

}
