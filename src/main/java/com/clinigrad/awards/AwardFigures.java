package com.clinigrad.awards;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The awards of a year as the annual report counts them (学位授权点年度报告, tables 4–6): the
 * winners of each award type on the final lists of the year's schemes, among the students
 * a report covers. Only final lists count: a list in publicity may still change.
 */
@Service
public class AwardFigures {

	private final JdbcClient jdbc;

	AwardFigures(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * @param year the schemes' year
	 * @param studentIds the students the report covers
	 * @return one line per award type with winners among them, in the schemes' order
	 */
	@Transactional(readOnly = true)
	public List<AwardCount> ofYear(int year, Collection<Long> studentIds) {
		if (studentIds.isEmpty()) {
			return List.of();
		}
		Map<Long, Line> lines = new LinkedHashMap<>();
		this.jdbc.sql("""
				select t.id, t.name, t.name_en, t.amount, l.student_id
				from award_list_line l
				join award_round r on r.id = l.round_id
				join award_scheme s on s.id = r.scheme_id
				join award_type t on t.id = l.award_type_id
				where s.year = :year and r.state = :final and l.student_id = any(:ids)
				order by s.university, t.position, t.id, l.student_id""")
			.param("year", year)
			.param("final", RoundState.FINAL.name())
			.param("ids", studentIds.toArray(Long[]::new))
			.query((rs) -> {
				long typeId = rs.getLong("id");
				Line line = lines.get(typeId);
				if (line == null) {
					line = new Line(rs.getString("name"), rs.getString("name_en"), rs.getBigDecimal("amount"),
							new HashSet<>());
					lines.put(typeId, line);
				}
				line.students().add(rs.getLong("student_id"));
			});
		List<AwardCount> counts = new ArrayList<>();
		for (Line line : lines.values()) {
			BigDecimal total = (line.amount() != null)
					? line.amount().multiply(BigDecimal.valueOf(line.students().size())) : null;
			counts.add(new AwardCount(line.name(), line.nameEn(), Set.copyOf(line.students()), total));
		}
		return counts;
	}

	/**
	 * @return the latest year up to this one with a final list, if any
	 */
	@Transactional(readOnly = true)
	public java.util.Optional<Integer> latestFinalYear(int upTo) {
		return this.jdbc.sql("""
				select max(s.year) from award_round r join award_scheme s on s.id = r.scheme_id
				where r.state = :final and s.year <= :year""")
			.param("final", RoundState.FINAL.name())
			.param("year", upTo)
			.query(Integer.class)
			.list()
			.stream()
			.filter(java.util.Objects::nonNull)
			.findFirst();
	}

	private record Line(String name, String nameEn, BigDecimal amount, Set<Long> students) {
	}

	/**
	 * One award type's winners.
	 *
	 * @param total the amount of all its awards, {@code null} when decided case by case
	 */
	public record AwardCount(String name, String nameEn, Set<Long> students, BigDecimal total) {

		public String displayName(boolean english) {
			return english ? this.nameEn : this.name;
		}

	}

}
