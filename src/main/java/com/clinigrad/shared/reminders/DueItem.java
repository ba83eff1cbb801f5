package com.clinigrad.shared.reminders;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * One thing that falls due, with who must hear of it.
 *
 * @param kind the kind of deadline
 * @param subject what it is about, unique within the kind (a review's code, a waiver's id
 * and step); with the recipient and the day it makes a reminder sent once
 * @param dueOn the day it falls due (or started to wait)
 * @param audiences who must hear of it
 * @param excludedAccounts accounts that must not hear of it (who asked for a waiver)
 * @param args the words' arguments; one starting with {@code #} is a message key
 * @param link the page of the thing, relative to the application
 */
public record DueItem(DeadlineKind kind, String subject, LocalDate dueOn, List<Audience> audiences,
		Set<Long> excludedAccounts, List<String> args, String link) {

	public DueItem(DeadlineKind kind, String subject, LocalDate dueOn, List<Audience> audiences, List<String> args,
			String link) {
		this(kind, subject, dueOn, audiences, Set.of(), args, link);
	}

}
