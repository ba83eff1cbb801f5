package com.clinigrad.shared.reminders;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * A module's deadlines for the daily reminder run: one set-based query per kind, never
 * one per student.
 */
public interface ReminderSource {

	/**
	 * @return the kinds this module answers for
	 */
	Set<DeadlineKind> kinds();

	/**
	 * @return the things of this kind whose day lies between {@code from} and {@code to}
	 * (both included) and that still wait (not submitted, recorded or decided)
	 */
	List<DueItem> due(DeadlineKind kind, LocalDate from, LocalDate to);

}
