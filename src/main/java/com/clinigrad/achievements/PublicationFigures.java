package com.clinigrad.achievements;

import java.util.Collection;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The students' publications of a year (published in the year) as the annual report
 * counts them, by {@link PublicationIndexing} (every indexing present, in its order), for
 * the students the caller already chose. No caller check.
 */
@Service
public class PublicationFigures {

	private final JdbcClient jdbc;

	PublicationFigures(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Transactional(readOnly = true)
	public Counts of(int year, Collection<Long> studentIds) {
		Map<PublicationIndexing, Long> papers = new EnumMap<>(PublicationIndexing.class);
		Map<PublicationIndexing, Set<Long>> authors = new EnumMap<>(PublicationIndexing.class);
		for (PublicationIndexing indexing : PublicationIndexing.values()) {
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
					PublicationIndexing indexing = PublicationIndexing.valueOf(rs.getString("indexing"));
					papers.merge(indexing, rs.getLong("n"), Long::sum);
					authors.get(indexing).add(rs.getLong("student_id"));
				});
		}
		return new Counts(papers, authors);
	}

	/**
	 * @param papers the publications by indexing
	 * @param authors the students with at least one publication of that indexing
	 */
	public record Counts(Map<PublicationIndexing, Long> papers, Map<PublicationIndexing, Set<Long>> authors) {
	}

}
