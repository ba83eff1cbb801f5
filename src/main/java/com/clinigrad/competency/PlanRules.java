package com.clinigrad.competency;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import com.clinigrad.shared.BusinessRuleException;

/**
 * The rules a training plan must keep after every change: the periods of one training
 * year fit in its twelve months, and all periods together fit in the program's duration
 * (from the template). Pure Java, for the aggregate and its tests.
 */
public final class PlanRules {

	/** Months of a calendar year: the periods of one training year are counted in it. */
	static final int MONTHS_OF_A_YEAR = 12;

	private PlanRules() {
	}

	/**
	 * A period as the rules see it.
	 *
	 * @param year the training year (1 = first)
	 * @param months its length
	 * @param included whether it is part of the plan (not left out)
	 */
	public record Period(int year, int months, boolean included) {
	}

	/**
	 * @return the months of the included periods per training year
	 */
	public static Map<Integer, Integer> monthsByYear(List<Period> periods) {
		Map<Integer, Integer> byYear = new TreeMap<>();
		for (Period period : periods) {
			if (period.included()) {
				byYear.merge(period.year(), period.months(), Integer::sum);
			}
		}
		return byYear;
	}

	/**
	 * @throws BusinessRuleException naming the training year that holds more than twelve
	 * months, or the months over the program's duration
	 */
	public static void check(List<Period> periods, int durationMonths) {
		int total = 0;
		for (Map.Entry<Integer, Integer> year : monthsByYear(periods).entrySet()) {
			if (year.getValue() > MONTHS_OF_A_YEAR) {
				throw new BusinessRuleException("cbt.error.yearOverfull", year.getKey(), year.getValue());
			}
			if (year.getKey() > (durationMonths + MONTHS_OF_A_YEAR - 1) / MONTHS_OF_A_YEAR) {
				throw new BusinessRuleException("cbt.error.yearOutside", year.getKey(), durationMonths);
			}
			total += year.getValue();
		}
		if (total > durationMonths) {
			throw new BusinessRuleException("cbt.error.overDuration", total, durationMonths);
		}
	}

}
