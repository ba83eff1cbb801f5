package com.clinigrad.eligibility;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import com.clinigrad.shared.BusinessRuleException;

/**
 * Where a warning or diversion case stands: open, the student has chosen, the graduate
 * school has decided, or resolved (no longer applying). {@link #next} is the one table of
 * the allowed changes.
 */
public enum CaseStatus {

	OPEN, CHOSEN, DECIDED, RESOLVED;

	/**
	 * The statuses in which a warning or case waits (the database's
	 * {@code diversion_case_open} index keeps one per student and trigger).
	 */
	public static final Set<CaseStatus> WAITING = EnumSet.of(OPEN, CHOSEN);

	/**
	 * The allowed transitions: while a case waits, its student may choose (again) and the
	 * graduate school may decide; a waiting warning or case may be resolved. Warnings are
	 * neither chosen nor decided.
	 * @throws BusinessRuleException for any other change
	 */
	CaseStatus next(CaseAction action, CaseLevel level) {
		CaseStatus next = switch (this) {
			case OPEN, CHOSEN -> switch (action) {
				case CHOOSE -> (level == CaseLevel.CASE) ? CHOSEN : null;
				case DECIDE -> (level == CaseLevel.CASE) ? DECIDED : null;
				case RESOLVE -> RESOLVED;
			};
			case DECIDED, RESOLVED -> null;
		};
		if (next == null) {
			throw new BusinessRuleException("case.error.closed");
		}
		return next;
	}

	public boolean waiting() {
		return WAITING.contains(this);
	}

	public String messageKey() {
		return "case.status." + name();
	}

	/**
	 * @return the names, for binding a set of statuses in SQL
	 */
	static List<String> names(Set<CaseStatus> statuses) {
		return statuses.stream().map(CaseStatus::name).toList();
	}

}
