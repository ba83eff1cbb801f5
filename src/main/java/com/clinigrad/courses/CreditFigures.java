package com.clinigrad.courses;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The courses and credits of a year (the terms {@code YYYY-1} and {@code YYYY-2}) as the
 * annual report counts them, by course category, for the students the caller already
 * chose: the courses graded, the students who passed one, the passes and the credits
 * earned (a grade passes with a result of PASS or, without one, a score of 60 or more).
 * No caller check.
 */
@Service
public class CreditFigures {

	private final JdbcClient jdbc;

	CreditFigures(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Transactional(readOnly = true)
	public Map<CourseCategory, Line> of(int year, Collection<Long> studentIds) {
		Map<CourseCategory, Line> lines = new EnumMap<>(CourseCategory.class);
		for (CourseCategory category : CourseCategory.values()) {
			lines.put(category, new Line(0, new HashSet<>(), 0, BigDecimal.ZERO));
		}
		if (studentIds.isEmpty()) {
			return lines;
		}
		Map<CourseCategory, Set<Long>> courses = new EnumMap<>(CourseCategory.class);
		this.jdbc.sql("""
				select c.category, c.id as course_id, g.student_id, c.credits,
				       coalesce(g.result = 'PASS', g.score >= 60) as passed
				from grade g join course c on c.id = g.course_id
				where g.student_id = any(:ids) and g.term in (:terms)""")
			.param("ids", studentIds.toArray(Long[]::new))
			.param("terms", java.util.List.of(year + "-1", year + "-2"))
			.query((java.sql.ResultSet rs) -> {
				CourseCategory category = CourseCategory.valueOf(rs.getString("category"));
				courses.computeIfAbsent(category, (k) -> new HashSet<>()).add(rs.getLong("course_id"));
				if (rs.getBoolean("passed")) {
					Line line = lines.get(category);
					line.students().add(rs.getLong("student_id"));
					lines.put(category, new Line(0, line.students(), line.passes() + 1,
							line.credits().add(rs.getBigDecimal("credits"))));
				}
			});
		courses.forEach((category, ids) -> {
			Line line = lines.get(category);
			lines.put(category, new Line(ids.size(), line.students(), line.passes(), line.credits()));
		});
		return lines;
	}

	/**
	 * @param courses the courses graded in the year
	 * @param students the students who passed at least one of them
	 * @param passes the passing grades
	 * @param credits the credits those passes earned
	 */
	public record Line(long courses, Set<Long> students, long passes, BigDecimal credits) {
	}

}
