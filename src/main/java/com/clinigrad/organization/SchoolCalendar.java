package com.clinigrad.organization;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import com.clinigrad.accounts.CurrentUser;
import com.clinigrad.accounts.CurrentUsers;
import com.clinigrad.accounts.Role;
import com.clinigrad.shared.BusinessRuleException;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The school calendar of working days: Monday to Friday, less the public holidays that
 * fall on weekdays, plus the weekend days worked instead (调休), which the graduate school
 * enters each year. Deadlines in working days (blind review: 35) count with it.
 */
@Service
public class SchoolCalendar {

	private final JdbcClient jdbc;

	private final CurrentUsers currentUsers;

	SchoolCalendar(JdbcClient jdbc, CurrentUsers currentUsers) {
		this.jdbc = jdbc;
		this.currentUsers = currentUsers;
	}

	/**
	 * @return the exceptions of a year, in date order
	 */
	@Transactional(readOnly = true)
	public List<CalendarDay> year(int year) {
		return this.jdbc.sql("""
				select day, kind, name, created_by from school_calendar_day
				where day between :from and :to order by day
				""")
			.param("from", LocalDate.of(year, 1, 1))
			.param("to", LocalDate.of(year, 12, 31))
			.query((rs, n) -> new CalendarDay(rs.getObject("day", LocalDate.class),
					CalendarDayKind.valueOf(rs.getString("kind")), rs.getString("name"), rs.getString("created_by")))
			.list();
	}

	/**
	 * Adds a holiday on a weekday or a worked weekend day; graduate-school staff.
	 */
	@Transactional
	public void add(LocalDate day, CalendarDayKind kind, String name) {
		CurrentUser user = this.currentUsers.require(Role.GRAD_SCHOOL);
		if (day == null || name == null || name.isBlank()) {
			throw new BusinessRuleException("calendar.error.required");
		}
		if (kind == null) {
			throw new BusinessRuleException("calendar.error.kind");
		}
		boolean weekend = Days.weekend(day);
		if (kind == CalendarDayKind.HOLIDAY && weekend) {
			throw new BusinessRuleException("calendar.error.holidayOnWeekend", day.toString());
		}
		if (kind == CalendarDayKind.WORKDAY && !weekend) {
			throw new BusinessRuleException("calendar.error.workdayOnWeekday", day.toString());
		}
		try {
			this.jdbc.sql("""
					insert into school_calendar_day (day, kind, name, created_by) values (:day, :kind, :name, :who)
					""")
				.param("day", day)
				.param("kind", kind.name())
				.param("name", name.trim())
				.param("who", user.displayName())
				.update();
		}
		catch (DuplicateKeyException ex) {
			throw new BusinessRuleException("calendar.error.duplicate", day.toString());
		}
	}

	@Transactional
	public void remove(LocalDate day) {
		this.currentUsers.require(Role.GRAD_SCHOOL);
		this.jdbc.sql("delete from school_calendar_day where day = :day").param("day", day).update();
	}

	/**
	 * @return the day that is {@code count} working days after {@code from}
	 */
	@Transactional(readOnly = true)
	public LocalDate addWorkingDays(LocalDate from, int count) {
		return days(from, from.plusDays(count * 2L + 60)).after(from, count);
	}

	/**
	 * @return the day that is {@code count} working days before {@code from}
	 */
	@Transactional(readOnly = true)
	public LocalDate subtractWorkingDays(LocalDate from, int count) {
		return days(from.minusDays(count * 2L + 60), from).before(from, count);
	}

	/**
	 * @return the working days after {@code from} up to and including {@code to} (0 when
	 * {@code to} is not after {@code from})
	 */
	@Transactional(readOnly = true)
	public int workingDaysBetween(LocalDate from, LocalDate to) {
		return to.isAfter(from) ? days(from, to).between(from, to) : 0;
	}

	private Days days(LocalDate from, LocalDate to) {
		Set<LocalDate> holidays = new HashSet<>();
		Set<LocalDate> workdays = new HashSet<>();
		this.jdbc.sql("select day, kind from school_calendar_day where day between :from and :to")
			.param("from", from)
			.param("to", to)
			.query((rs) -> {
				((CalendarDayKind.valueOf(rs.getString("kind")) == CalendarDayKind.HOLIDAY) ? holidays : workdays)
					.add(rs.getObject("day", LocalDate.class));
			});
		return new Days(holidays, workdays);
	}

	/**
	 * One exception to Monday–Friday.
	 */
	public record CalendarDay(LocalDate day, CalendarDayKind kind, String name, String createdBy) {

	}

	/**
	 * Counting working days, given the exceptions: pure.
	 */
	record Days(Set<LocalDate> holidays, Set<LocalDate> workdays) {

		static boolean weekend(LocalDate day) {
			return day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY;
		}

		boolean working(LocalDate day) {
			return weekend(day) ? this.workdays.contains(day) : !this.holidays.contains(day);
		}

		LocalDate after(LocalDate from, int count) {
			LocalDate day = from;
			int left = count;
			while (left > 0) {
				day = day.plusDays(1);
				if (working(day)) {
					left--;
				}
			}
			return day;
		}

		LocalDate before(LocalDate from, int count) {
			LocalDate day = from;
			int left = count;
			while (left > 0) {
				day = day.minusDays(1);
				if (working(day)) {
					left--;
				}
			}
			return day;
		}

		int between(LocalDate from, LocalDate to) {
			int count = 0;
			for (LocalDate day = from.plusDays(1); !day.isAfter(to); day = day.plusDays(1)) {
				if (working(day)) {
					count++;
				}
			}
			return count;
		}

	}

}
