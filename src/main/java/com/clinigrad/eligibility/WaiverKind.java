package com.clinigrad.eligibility;

import java.time.LocalDate;

/**
 * What a waiver does to its check: waive it, accept a substitute for it (described), or
 * extend its deadline (to a date).
 */
public enum WaiverKind {

	WAIVE, SUBSTITUTE, EXTEND;

	/**
	 * @return the reason as the audit shows it, with the substitute or the new deadline
	 */
	String explain(String reason, String substitute, LocalDate extendedUntil) {
		return switch (this) {
			case WAIVE -> reason;
			case SUBSTITUTE -> reason + " (" + substitute + ")";
			case EXTEND -> reason + " (→ " + extendedUntil + ")";
		};
	}

}
