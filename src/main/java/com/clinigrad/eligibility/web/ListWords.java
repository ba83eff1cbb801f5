package com.clinigrad.eligibility.web;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.clinigrad.eligibility.CaseTrigger;
import com.clinigrad.eligibility.CaseView;
import com.clinigrad.shared.web.Words;

import org.springframework.context.NoSuchMessageException;

/**
 * The words the lists of this module write for what the scan records as short codes: a
 * warning's or case's details (a date, failures per term, months counted), never the
 * codes themselves.
 */
final class ListWords {

	private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

	private static final Pattern FAILURES = Pattern.compile("(\\d+) / (\\d+) \\((\\d{4})-([12])\\)");

	private static final Pattern NUMBER = Pattern.compile("\\d+");

	private static final Pattern MONTHS = Pattern.compile("(\\d+(?:\\.\\d+)?)/(\\d+(?:\\.\\d+)?)");

	private static final Pattern MILESTONE = Pattern.compile("[A-Z_]+");

	private ListWords() {
	}

	/**
	 * @return the details in words, or an empty text when there are none (or they are not
	 * as the scan writes them)
	 */
	static String caseDetail(CaseView item, Words words) {
		String detail = (item.detail() != null) ? item.detail().trim() : "";
		if (detail.isEmpty()) {
			return "";
		}
		Matcher matcher;
		switch (item.trigger()) {
			case NO_LICENSE, LICENSE_SOON -> {
				matcher = DATE.matcher(detail);
				return matcher.find() ? words.get("caseList.detail.deadline", matcher.group()) : "";
			}
			case COURSE_FAILURES -> {
				matcher = FAILURES.matcher(detail);
				return matcher.matches() ? words.get("caseList.detail.failures", matcher.group(1), matcher.group(2),
						term(Integer.parseInt(matcher.group(3)), matcher.group(4), words)) : "";
			}
			case ONE_FAILED_COURSE -> {
				return NUMBER.matcher(detail).matches() ? words.get("caseList.detail.failed", detail) : "";
			}
			case ROTATION_RETAKE_FAILED -> {
				return NUMBER.matcher(detail).matches() ? words.get("caseList.detail.rotations", detail) : "";
			}
			case CLINICAL_BEHIND -> {
				matcher = MONTHS.matcher(detail);
				return matcher.matches() ? words.get("caseList.detail.months", matcher.group(1), matcher.group(2)) : "";
			}
			case MILESTONE_OVERDUE -> {
				if (!MILESTONE.matcher(detail).matches()) {
					return "";
				}
				try {
					return words.get("caseList.detail.milestone", words.get("milestoneType." + detail));
				}
				catch (NoSuchMessageException ex) {
					return "";
				}
			}
			default -> {
				return "";
			}
		}
	}

	/**
	 * @return the details as the scan records them (a date, counts), with a milestone's
	 * code put in words: for a page that names the reason's kind before them
	 */
	static String caseValue(CaseView item, Words words) {
		String detail = (item.detail() != null) ? item.detail().trim() : "";
		if (item.trigger() == CaseTrigger.MILESTONE_OVERDUE && MILESTONE.matcher(detail).matches()) {
			try {
				return words.get("milestoneType." + detail);
			}
			catch (NoSuchMessageException ex) {
				return "";
			}
		}
		return detail;
	}

	/**
	 * @param semester {@code 1} (autumn) or {@code 2} (spring) of the academic year
	 * @return the term in words, e.g. 2024–2025 学年第一学期
	 */
	static String term(int year, String semester, Words words) {
		return words.get("list.term." + semester, String.valueOf(year), String.valueOf(year + 1));
	}

}
