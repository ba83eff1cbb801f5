package com.clinigrad.achievements;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The students' publications of a year (published in the year) as the annual report
 * counts them, by indexing ({@code SCI}, {@code CORE}, {@code OTHER}), for the students
 * the caller already chose. No caller check.
 */
@Service
public class PublicationFigures {

	/** The indexings in the order the report shows them. */
	public static final List<String> INDEXINGS = List.of("SCI", "CORE", "OTHER");

	private final JdbcClient jdbc;

	PublicationFigures(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Transactional(readOnly = true)
	public Counts of(int year, Collection<Long> studentIds) {
		Map<String, Long> papers = new HashMap<>();
		Map<String, Set<Long>> authors = new HashMap<>();
		for (String indexing : INDEXINGS) {
			papers.put(indexing, 0L);
			authors.put(indexing, new HashSet<>());
		}
		if (!studentIds.isEmpty()) {
			this.jdbc.sql("""
					select student_id, indexing, count(*) as n from publication
					where student_id = any(:ids) and extract(year from published_on) = :year
					group by student_id, indexing""")
				.param("ids", studentIds.toArray(Long[]::new))
				.param("year", year)
				.query((java.sql.ResultSet rs) -> {
					String indexing = rs.getString("indexing");
					papers.merge(indexing, rs.getLong("n"), Long::sum);
					authors.computeIfAbsent(indexing, (k) -> new HashSet<>()).add(rs.getLong("student_id"));
				});
		}
		return new Counts(papers, authors);
	}

	/**
	 * @param papers the publications by indexing
	 * @param authors the students with at least one publication of that indexing
	 */
	public record Counts(Map<String, Long> papers, Map<String, Set<Long>> authors) {
	}

}
