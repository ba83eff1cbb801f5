package com.clinigrad.notifications;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import com.clinigrad.accounts.CurrentUser;
import com.clinigrad.accounts.CurrentUsers;
import com.clinigrad.accounts.Role;
import com.clinigrad.organization.SchoolCalendar;
import com.clinigrad.shared.BusinessRuleException;
import com.clinigrad.shared.reminders.DeadlineKind;
import com.clinigrad.shared.reminders.DeadlineKind.Timing;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The graduate school's reminder rules, one per kind of deadline: how many days before
 * the day something falls due (or after the day it fell due or started to wait), counted
 * in working days of the school calendar or in calendar days, and whether the kind is
 * reminded of at all. Kept as data (shipped defaults in the migration), edited by
 * graduate-school staff.
 */
@Service
public class ReminderRules {

	/** The most days a rule counts. */
	public static final int MAX_DAYS = 365;

	private final JdbcClient jdbc;

	private final CurrentUsers currentUsers;

	private final SchoolCalendar calendar;

	private final int catchUpDays;

	ReminderRules(JdbcClient jdbc, CurrentUsers currentUsers, SchoolCalendar calendar,
			@Value("${clinigrad.reminders.catch-up-days:30}") int catchUpDays) {
		this.jdbc = jdbc;
		this.currentUsers = currentUsers;
		this.calendar = calendar;
		this.catchUpDays = catchUpDays;
	}

	/**
	 * @return every kind's rule, for graduate-school staff
	 */
	@Transactional(readOnly = true)
	public List<Rule> rules() {
		this.currentUsers.require(Role.GRAD_SCHOOL);
		return all();
	}

	/**
	 * Changes a kind's rule; graduate-school staff.
	 * @throws OptimisticLockingFailureException when someone saved it meanwhile
	 */
	@Transactional
	public void save(DeadlineKind kind, int days, boolean workingDays, boolean enabled, long version) {
		CurrentUser user = this.currentUsers.require(Role.GRAD_SCHOOL);
		if (kind == null) {
			throw new BusinessRuleException("reminder.error.kind");
		}
		if (days < 0 || days > MAX_DAYS) {
			throw new BusinessRuleException("reminder.error.days", MAX_DAYS);
		}
		int updated = this.jdbc.sql("""
				update reminder_rule set days = :days, working_days = :working, enabled = :enabled,
				       version = version + 1, updated_by = :who, updated_at = now()
				where kind = :kind and version = :version
				""")
			.param("days", days)
			.param("working", workingDays)
			.param("enabled", enabled)
			.param("who", user.displayName())
			.param("kind", kind.name())
			.param("version", version)
			.update();
		if (updated == 0) {
			throw new OptimisticLockingFailureException("Reminder rule " + kind + " changed meanwhile");
		}
	}

	/**
	 * @return how many days a reminder after a deadline that a run missed is still sent
	 */
	public int catchUpDays() {
		return this.catchUpDays;
	}

	/**
	 * @return the rules without a caller check, for the daily run
	 */
	@Transactional(readOnly = true)
	List<Rule> all() {
		Map<DeadlineKind, Rule> rules = new EnumMap<>(DeadlineKind.class);
		this.jdbc.sql("select kind, days, working_days, enabled, version, updated_by, updated_at from reminder_rule")
			.query((rs) -> {
				DeadlineKind kind = DeadlineKind.valueOf(rs.getString("kind"));
				rules.put(kind,
						new Rule(kind, rs.getInt("days"), rs.getBoolean("working_days"), rs.getBoolean("enabled"),
								rs.getLong("version"), rs.getString("updated_by"),
								rs.getObject("updated_at", OffsetDateTime.class)));
			});
		return List.copyOf(rules.values());
	}

	/**
	 * @return the days whose things a rule reminds of today. Before the day: those due
	 * from today to the last day with at most the rule's days left (in working days: the
	 * working days after today up to the day, as the review deadlines count them). After
	 * it: those due or waiting since a day at least the rule's days back (the working
	 * days after that day up to today), and the {@code catch-up-days} before (days the
	 * run was missed), never further back.
	 */
	Window window(Rule rule, LocalDate today) {
		if (rule.kind().timing() == Timing.BEFORE) {
			LocalDate to = rule.workingDays() ? this.calendar.addWorkingDays(today, rule.days() + 1).minusDays(1)
					: today.plusDays(rule.days());
			return new Window(today, to);
		}
		LocalDate to = rule.workingDays()
				? this.calendar.subtractWorkingDays(today.plusDays(1), rule.days()).minusDays(1)
				: today.minusDays(rule.days());
		return new Window(to.minusDays(this.catchUpDays), to);
	}

	/**
	 * One kind's rule.
	 *
	 * @param days how many days before or after
	 * @param workingDays whether they are working days of the school calendar
	 * @param enabled whether the kind is reminded of
	 */
	public record Rule(DeadlineKind kind, int days, boolean workingDays, boolean enabled, long version,
			String updatedBy, OffsetDateTime updatedAt) {

	}

	/**
	 * The days (both included) whose things are reminded of.
	 */
	record Window(LocalDate from, LocalDate to) {

	}

}
