package com.clinigrad.awards;

import java.time.LocalDate;

/**
 * Why a student is left out of the ranking (DOMAIN §10): delayed (延期), or a veto in the
 * medical-ethics file (一票否决) within the period the scheme says.
 *
 * @param reason the rule
 * @param since the day the status began or the veto occurred, or {@code null}
 */
public record Exclusion(Reason reason, LocalDate since) {

	public String messageKey() {
		return "award.exclusion." + this.reason.name();
	}

	/**
	 * The exclusion rules.
	 */
	public enum Reason {

		/** 延期: no scholarship or stipend while delayed. */
		DELAYED,
		/** 一票否决 in the medical-ethics file. */
		ETHICS_VETO

	}

}
