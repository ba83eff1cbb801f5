package com.clinigrad.awards;

import java.time.LocalDate;
import java.time.YearMonth;

/**
 * The monthly amount of a stipend for a student (Zhejiang, DOMAIN §10: a doctoral stipend
 * of at least 3,500 a month before and 4,100 after the mid-term assessment, 中期考核). The
 * higher amount is paid from the month after the one in which the mid-term passed.
 */
public final class StipendRate {

	private StipendRate() {
	}

	/**
	 * @param type a monthly award type
	 * @param midtermPassedOn the first day a mid-term assessment passed, or {@code null}
	 * @param month the month paid
	 * @return the amount and whether it was raised
	 */
	public static StipendAmount of(AwardTypeView type, LocalDate midtermPassedOn, YearMonth month) {
		boolean raised = type.amountAfterMidterm() != null && midtermPassedOn != null
				&& YearMonth.from(midtermPassedOn).isBefore(month);
		return new StipendAmount(month, raised ? type.amountAfterMidterm() : type.amount(), raised, midtermPassedOn);
	}

}
