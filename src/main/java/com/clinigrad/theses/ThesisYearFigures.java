package com.clinigrad.theses;

import java.time.LocalDate;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The thesis outcomes of a year that the annual report counts (PUMC table 10, degrees
 * awarded), for the students the caller already chose: who was awarded the degree or
 * refused it, which reviews came back with which verdict, which spot-checked theses
 * passed. No caller check: the caller passes only students it may count.
 */
@Service
public class ThesisYearFigures {

	private final JdbcClient jdbc;

	ThesisYearFigures(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * @return the students awarded the degree in the year (award date in the year) and
	 * those the committee refused it in the year (meeting in the year)
	 */
	@Transactional(readOnly = true)
	public DegreeOutcomes degrees(int year, Collection<Long> studentIds) {
		Set<Long> awarded = new HashSet<>();
		Set<Long> refused = new HashSet<>();
		if (studentIds.isEmpty()) {
			return new DegreeOutcomes(awarded, refused);
		}
		this.jdbc.sql("""
				select student_id, extract(year from awarded_on) = :year as awarded from degree_decision
				where student_id = any(:ids) and (extract(year from awarded_on) = :year
				   or (decision = 'NOT_AWARD' and extract(year from meeting_on) = :year))""")
			.param("ids", studentIds.toArray(Long[]::new))
			.param("year", year)
			.query((java.sql.ResultSet rs) -> {
				(rs.getBoolean("awarded") ? awarded : refused).add(rs.getLong("student_id"));
			});
		return new DegreeOutcomes(awarded, refused);
	}

	/**
	 * @return by verdict, the students with at least one blind review of that verdict
	 * submitted in the year
	 */
	@Transactional(readOnly = true)
	public Map<ReviewVerdict, Set<Long>> reviews(int year, Collection<Long> studentIds) {
		Map<ReviewVerdict, Set<Long>> byVerdict = new EnumMap<>(ReviewVerdict.class);
		for (ReviewVerdict verdict : ReviewVerdict.values()) {
			byVerdict.put(verdict, new HashSet<>());
		}
		if (studentIds.isEmpty()) {
			return byVerdict;
		}
		this.jdbc.sql("""
				select distinct student_id, verdict from thesis_review
				where student_id = any(:ids) and verdict is not null
				  and extract(year from coalesce(submitted_at, recorded_at)) = :year""")
			.param("ids", studentIds.toArray(Long[]::new))
			.param("year", year)
			.query((java.sql.ResultSet rs) -> {
				byVerdict.get(ReviewVerdict.valueOf(rs.getString("verdict"))).add(rs.getLong("student_id"));
			});
		return byVerdict;
	}

	/**
	 * @return the theses drawn for the spot check of the year's awards, by result
	 * ({@code null} key: not yet checked)
	 */
	@Transactional(readOnly = true)
	public Map<SpotCheckResult, Set<Long>> spotChecks(int year, Collection<Long> studentIds) {
		Map<SpotCheckResult, Set<Long>> byResult = new java.util.HashMap<>();
		byResult.put(null, new HashSet<>());
		for (SpotCheckResult result : SpotCheckResult.values()) {
			byResult.put(result, new HashSet<>());
		}
		if (studentIds.isEmpty()) {
			return byResult;
		}
		this.jdbc.sql("""
				select i.student_id, i.result from spot_check_item i join spot_check c on c.id = i.spot_check_id
				where c.award_year = :year and i.student_id = any(:ids)""")
			.param("ids", studentIds.toArray(Long[]::new))
			.param("year", year)
			.query((java.sql.ResultSet rs) -> {
				String result = rs.getString("result");
				byResult.get((result != null) ? SpotCheckResult.valueOf(result) : null).add(rs.getLong("student_id"));
			});
		return byResult;
	}

	/**
	 * @return the blind reviews still pending (neither submitted, declined nor withdrawn)
	 * whose due day is past, within the week, or within the month from today
	 */
	@Transactional(readOnly = true)
	public ReviewsDue reviewsDue(LocalDate today) {
		return this.jdbc.sql("""
				select count(*) filter (where due_on < :today) as overdue,
				       count(*) filter (where due_on between :today and :week) as week,
				       count(*) filter (where due_on between :today and :month) as month
				from thesis_review where status = :pending and due_on is not null""")
			.param("today", today)
			.param("week", today.plusDays(7))
			.param("month", today.plusDays(30))
			.param("pending", ReviewStatus.PENDING.name())
			.query((rs, n) -> new ReviewsDue(rs.getLong("overdue"), rs.getLong("week"), rs.getLong("month")))
			.single();
	}

	/**
	 * The pending blind reviews by due day.
	 *
	 * @param withinWeek due today or within seven days
	 * @param withinMonth due today or within thirty days (the week's included)
	 */
	public record ReviewsDue(long overdue, long withinWeek, long withinMonth) {
	}

	/**
	 * The degree decisions of a year.
	 *
	 * @param awarded the students awarded the degree in the year
	 * @param refused the students the committee refused it in the year
	 */
	public record DegreeOutcomes(Set<Long> awarded, Set<Long> refused) {
	}

}
