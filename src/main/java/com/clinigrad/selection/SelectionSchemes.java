package com.clinigrad.selection;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.clinigrad.accounts.CurrentUser;
import com.clinigrad.accounts.CurrentUsers;
import com.clinigrad.accounts.Role;
import com.clinigrad.selection.SelectionScheme.WeightedCriterion;
import com.clinigrad.shared.BusinessRuleException;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The scoring schemes of the university per year (遴选评分方案), as data: the graduate school
 * and the degree committee read them, the graduate school changes weights, parameters and
 * caps. Saving for a year that has no scheme of its own adds one (earlier years keep
 * theirs); a year whose result list is published keeps its scheme as it was.
 */
@Service
@Transactional(readOnly = true)
public class SelectionSchemes {

	private final JdbcClient jdbc;

	private final CurrentUsers currentUsers;

	private final String university;

	SelectionSchemes(JdbcClient jdbc, CurrentUsers currentUsers,
			@Value("${clinigrad.supervisors.rules-university:PUMC}") String university) {
		this.jdbc = jdbc;
		this.currentUsers = currentUsers;
		this.university = university;
	}

	/**
	 * @return the scheme in force for a year: the university's latest from that year or
	 * before
	 */
	public Optional<SelectionScheme> forYear(int year) {
		return this.jdbc
			.sql("select id from selection_scheme where university = :u and year <= :y order by year desc limit 1")
			.param("u", this.university)
			.param("y", year)
			.query(Long.class)
			.optional()
			.map(this::byId);
	}

	/**
	 * The scheme in force for a year, for its page; the graduate school and the degree
	 * committee.
	 */
	public SelectionScheme byYear(int year) {
		this.currentUsers.require(Role.GRAD_SCHOOL, Role.DEGREE_COMMITTEE);
		return forYear(year).orElseThrow(() -> new SelectionNotFoundException("No scheme for " + year));
	}

	SelectionScheme byId(long id) {
		record Head(long id, String university, int year, String params, long version) {
		}
		Head head = this.jdbc.sql("select id, university, year, params, version from selection_scheme where id = :id")
			.param("id", id)
			.query((rs, n) -> new Head(rs.getLong("id"), rs.getString("university"), rs.getInt("year"),
					rs.getString("params"), rs.getLong("version")))
			.single();
		List<WeightedCriterion> criteria = this.jdbc
			.sql("select code, weight, params from selection_criterion where scheme_id = :id order by position")
			.param("id", id)
			.query((rs, n) -> new WeightedCriterion(Criterion.valueOf(rs.getString("code")), rs.getBigDecimal("weight"),
					SelectionScheme.parse(rs.getString("params"))))
			.list();
		Map<DegreeLevel, Integer> caps = new EnumMap<>(DegreeLevel.class);
		this.jdbc.sql("select degree_level, places from selection_cap where scheme_id = :id")
			.param("id", id)
			.query((rs) -> {
				caps.put(DegreeLevel.valueOf(rs.getString("degree_level")), rs.getInt("places"));
			});
		return new SelectionScheme(head.id(), head.university(), head.year(), SelectionScheme.parse(head.params()),
				criteria, caps, head.version());
	}

	/**
	 * Saves the scheme of a year; graduate-school staff.
	 * @param version the version of the scheme the form showed (that of the year in
	 * force)
	 */
	@Transactional
	public void save(int year, long version, SchemeCommand command) {
		CurrentUser user = this.currentUsers.require(Role.GRAD_SCHOOL);
		saveAs(year, version, command, user.username());
	}

	@Transactional
	public void saveAs(int year, long version, SchemeCommand command, String by) {
		SelectionScheme shown = forYear(year).orElseThrow(() -> new BusinessRuleException("selection.error.noScheme"));
		if (shown.version() != version) {
			throw new ObjectOptimisticLockingFailureException(SelectionScheme.class, shown.id());
		}
		boolean published = this.jdbc
			.sql("select count(*) from selection_round where scheme_id = :id and state = 'PUBLISHED'")
			.param("id", shown.id())
			.query(Long.class)
			.single() > 0;
		List<WeightedCriterion> criteria = new ArrayList<>();
		for (WeightedCriterion old : shown.criteria()) {
			BigDecimal weight = command.weights().get(old.criterion());
			String params = command.params().get(old.criterion());
			criteria.add(new WeightedCriterion(old.criterion(), (weight != null) ? weight : old.weight(),
					(params != null) ? SelectionScheme.parse(params) : old.params()));
		}
		Map<DegreeLevel, Integer> caps = new EnumMap<>(shown.caps());
		command.caps().forEach((level, places) -> {
			if (places == null || places < 0 || places > 50) {
				throw new BusinessRuleException("selection.error.cap");
			}
			caps.put(level, places);
		});
		Map<String, String> params = (command.schemeParams() != null) ? SelectionScheme.parse(command.schemeParams())
				: shown.params();
		SelectionScheme next = new SelectionScheme(shown.id(), this.university, year, params, criteria, caps, version);
		next.validate();
		long id;
		if (shown.year() == year && !published) {
			id = shown.id();
			this.jdbc
				.sql("""
						update selection_scheme set params = :p, changed_by = :who, changed_at = now(), version = version + 1
						where id = :id
						""")
				.param("p", SelectionScheme.format(params))
				.param("who", by)
				.param("id", id)
				.update();
			this.jdbc.sql("delete from selection_criterion where scheme_id = :id").param("id", id).update();
			this.jdbc.sql("delete from selection_cap where scheme_id = :id").param("id", id).update();
		}
		else {
			if (shown.year() == year) {
				throw new BusinessRuleException("selection.error.schemePublished");
			}
			id = this.jdbc.sql("""
					insert into selection_scheme (university, year, params, changed_by, changed_at)
					values (:u, :y, :p, :who, now()) returning id
					""")
				.param("u", this.university)
				.param("y", year)
				.param("p", SelectionScheme.format(params))
				.param("who", by)
				.query(Long.class)
				.single();
		}
		int position = 0;
		for (WeightedCriterion criterion : criteria) {
			this.jdbc.sql("""
					insert into selection_criterion (scheme_id, code, position, weight, params)
					values (:s, :code, :pos, :w, :p)
					""")
				.param("s", id)
				.param("code", criterion.criterion().name())
				.param("pos", ++position)
				.param("w", criterion.weight())
				.param("p", SelectionScheme.format(criterion.params()))
				.update();
		}
		caps.forEach((level, places) -> this.jdbc
			.sql("insert into selection_cap (scheme_id, degree_level, places) values (:s, :l, :n)")
			.param("s", id)
			.param("l", level.name())
			.param("n", places)
			.update());
	}

	/**
	 * What a scheme's page saves: weights and parameters per criterion, caps per level,
	 * the scheme's own parameters (missing = unchanged).
	 */
	public record SchemeCommand(Map<Criterion, BigDecimal> weights, Map<Criterion, String> params,
			Map<DegreeLevel, Integer> caps, String schemeParams) {
	}

}
