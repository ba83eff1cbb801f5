package com.clinigrad.rotations;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * The clinical checks of the student's degree audit (months that count, chief-resident
 * months, sub-specialties, rotation exams) on a day, in the user's language. The audit
 * lives in the eligibility module, which provides this, so that the rotations page and
 * the audit never disagree.
 */
public interface ClinicalProgress {

	/**
	 * @return the clinical checks of the student's rule set, empty when there are none
	 */
	List<Check> of(String studentNo, LocalDate asOf, Locale locale);

	/**
	 * One check as the audit reports it.
	 *
	 * @param tone how the page colours its status ({@code success}, {@code danger},
	 * {@code warning} or {@code info})
	 */
	record Check(String rule, String name, String status, String tone, String required, String actual, String message) {
	}

}
