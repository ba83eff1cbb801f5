package com.clinigrad.achievements;

import java.sql.Array;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import com.clinigrad.shared.reads.Read;
import com.clinigrad.shared.reads.Reads;
import com.clinigrad.accounts.CurrentUsers;
import com.clinigrad.shared.events.StudentEvents;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.PreparedStatementCreator;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Certificates (one of each type per student) and publications (keyed by student and
 * title), upserted so that loading the same file twice changes nothing.
 */
@Service
public class AchievementRecords {

	private final JdbcClient jdbc;

	private final CurrentUsers currentUsers;

	private final StudentEvents events;

	private final JdbcTemplate template;

	private final Reads reads;

	/** Rows per statement of the batch upserts. */
	static final int BATCH = 2000;

	AchievementRecords(Reads reads, JdbcClient jdbc, JdbcTemplate template, CurrentUsers currentUsers,
			StudentEvents events) {
		this.reads = reads;
		this.jdbc = jdbc;
		this.template = template;
		this.currentUsers = currentUsers;
		this.events = events;
	}

	/**
	 * @return whether anything changed; if so, the transaction publishes
	 * {@link AchievementsRecorded}
	 */
	@Transactional
	public boolean upsertCertificate(long studentId, String type, LocalDate obtainedOn) {
		return upsertCertificates(List.of(Map.entry(studentId, new CertificateView(type, obtainedOn)))) > 0;
	}

	/**
	 * Records many certificates at once (the import), one statement per batch; a
	 * certificate recorded as it already is changes nothing.
	 * @param certificates the certificates by student id, each student and type once
	 * @return how many were new or changed; their students are collected into the
	 * transaction's {@link AchievementsRecorded}
	 */
	@Transactional
	public int upsertCertificates(List<Map.Entry<Long, CertificateView>> certificates) {
		String who = this.currentUsers.currentUsername();
		return upsertInBatches(certificates, (batch) -> (connection) -> {
			PreparedStatement statement = connection.prepareStatement("""
					insert into certificate (student_id, type, obtained_on, recorded_by)
					select s, t, o, ? from unnest(?::bigint[], ?::varchar[], ?::date[]) as u(s, t, o)
					on conflict (student_id, type) do update set obtained_on = excluded.obtained_on,
					    recorded_by = excluded.recorded_by, recorded_at = now()
					where certificate.obtained_on is distinct from excluded.obtained_on
					returning student_id
					""");
			statement.setString(1, who);
			statement.setArray(2, connection.createArrayOf("int8", batch.stream().map(Map.Entry::getKey).toArray()));
			statement.setArray(3, array(connection, "varchar", batch, CertificateView::type));
			statement.setArray(4, array(connection, "date", batch, (c) -> Date.valueOf(c.obtainedOn())));
			return statement;
		});
	}

	/**
	 * @return whether anything changed; if so, the transaction publishes
	 * {@link AchievementsRecorded}
	 */
	@Transactional
	public boolean upsertPublication(long studentId, PublicationView publication) {
		return upsertPublications(List.of(Map.entry(studentId, publication))) > 0;
	}

	/**
	 * Records many publications at once (the import), one statement per batch; a
	 * publication recorded as it already is changes nothing.
	 * @param publications the publications by student id, each student and title once
	 * @return how many were new or changed; their students are collected into the
	 * transaction's {@link AchievementsRecorded}
	 */
	@Transactional
	public int upsertPublications(List<Map.Entry<Long, PublicationView>> publications) {
		String who = this.currentUsers.currentUsername();
		return upsertInBatches(publications, (batch) -> (connection) -> {
			PreparedStatement statement = connection.prepareStatement("""
					insert into publication (student_id, title, journal, indexing, author_position,
					                         related_to_thesis, article_type, published_on, co_authors, recorded_by)
					select s, t, j, i, p, r, a, o, c, ?
					from unnest(?::bigint[], ?::varchar[], ?::varchar[], ?::varchar[], ?::integer[], ?::boolean[],
					            ?::varchar[], ?::date[], ?::varchar[]) as u(s, t, j, i, p, r, a, o, c)
					on conflict (student_id, title) do update set journal = excluded.journal,
					    indexing = excluded.indexing, author_position = excluded.author_position,
					    related_to_thesis = excluded.related_to_thesis, article_type = excluded.article_type,
					    published_on = excluded.published_on, co_authors = excluded.co_authors,
					    recorded_by = excluded.recorded_by, recorded_at = now()
					where (publication.journal, publication.indexing, publication.author_position,
					       publication.related_to_thesis, publication.article_type, publication.published_on,
					       publication.co_authors)
					    is distinct from (excluded.journal, excluded.indexing, excluded.author_position,
					       excluded.related_to_thesis, excluded.article_type, excluded.published_on,
					       excluded.co_authors)
					returning student_id
					""");
			statement.setString(1, who);
			statement.setArray(2, connection.createArrayOf("int8", batch.stream().map(Map.Entry::getKey).toArray()));
			statement.setArray(3, array(connection, "varchar", batch, PublicationView::title));
			statement.setArray(4, array(connection, "varchar", batch, PublicationView::journal));
			statement.setArray(5, array(connection, "varchar", batch, PublicationView::indexing));
			statement.setArray(6, array(connection, "int4", batch, PublicationView::authorPosition));
			statement.setArray(7, array(connection, "bool", batch, PublicationView::relatedToThesis));
			statement.setArray(8, array(connection, "varchar", batch, PublicationView::articleType));
			statement.setArray(9, array(connection, "date", batch,
					(p) -> (p.publishedOn() != null) ? Date.valueOf(p.publishedOn()) : null));
			statement.setArray(10, array(connection, "varchar", batch, (p) -> blankToNull(p.coAuthors())));
			return statement;
		});
	}

	/**
	 * Runs the upsert once per batch of {@link #BATCH} rows and collects the students of
	 * the rows it returns (those new or changed) into the transaction's
	 * {@link AchievementsRecorded}.
	 * @param upsert makes a batch's statement, which returns the student of each row it
	 * wrote
	 * @return how many rows were new or changed
	 */
	private <V> int upsertInBatches(List<Map.Entry<Long, V>> rows,
			Function<List<Map.Entry<Long, V>>, PreparedStatementCreator> upsert) {
		Set<Long> students = new HashSet<>();
		int[] changed = { 0 };
		for (int from = 0; from < rows.size(); from += BATCH) {
			this.template.query(upsert.apply(rows.subList(from, Math.min(rows.size(), from + BATCH))), (rs) -> {
				students.add(rs.getLong(1));
				changed[0]++;
			});
		}
		this.events.changed(AchievementsRecorded.class, AchievementsRecorded::new, students);
		return changed[0];
	}

	private static <V> Array array(Connection connection, String type, List<Map.Entry<Long, V>> batch,
			Function<V, Object> value) throws SQLException {
		return connection.createArrayOf(type, batch.stream().map((row) -> value.apply(row.getValue())).toArray());
	}

	@Transactional(readOnly = true)
	public List<CertificateView> certificatesOf(long studentId) {
		return certificatesOf(List.of(studentId)).getOrDefault(studentId, List.of());
	}

	@Transactional(readOnly = true, propagation = Propagation.SUPPORTS)
	public Map<Long, List<CertificateView>> certificatesOf(Collection<Long> studentIds) {
		return this.reads.one(certificatesRead(studentIds));
	}

	/**
	 * @return the read of {@link #certificatesOf(Collection)}, to run with other reads
	 */
	public Read<Map<Long, List<CertificateView>>> certificatesRead(Collection<Long> studentIds) {
		if (studentIds.isEmpty()) {
			return Read.nothing(Map.of());
		}
		return Read.of(
				"select student_id, type, obtained_on from certificate where student_id in (:students) order by type",
				Map.of("students", studentIds), (rs) -> {
					Map<Long, List<CertificateView>> certificates = new HashMap<>();
					while (rs.next()) {
						certificates.computeIfAbsent(rs.getLong("student_id"), (id) -> new ArrayList<>())
							.add(new CertificateView(rs.getString("type"),
									rs.getObject("obtained_on", LocalDate.class)));
					}
					return certificates;
				});
	}

	@Transactional(readOnly = true)
	public List<PublicationView> publicationsOf(long studentId) {
		return publicationsOf(List.of(studentId)).getOrDefault(studentId, List.of());
	}

	@Transactional(readOnly = true, propagation = Propagation.SUPPORTS)
	public Map<Long, List<PublicationView>> publicationsOf(Collection<Long> studentIds) {
		return this.reads.one(publicationsRead(studentIds));
	}

	/**
	 * @return the read of {@link #publicationsOf(Collection)}, to run with other reads
	 */
	public Read<Map<Long, List<PublicationView>>> publicationsRead(Collection<Long> studentIds) {
		if (studentIds.isEmpty()) {
			return Read.nothing(Map.of());
		}
		return Read.of("""
				select student_id, title, journal, indexing, author_position, related_to_thesis, article_type,
				       published_on, co_authors
				from publication where student_id = any(:students) order by published_on nulls last, title
				""", Map.of("students", studentIds.toArray(Long[]::new)), (rs) -> {
			Map<Long, List<PublicationView>> publications = new HashMap<>();
			while (rs.next()) {
				publications.computeIfAbsent(rs.getLong("student_id"), (id) -> new ArrayList<>())
					.add(new PublicationView(rs.getString("title"), rs.getString("journal"), rs.getString("indexing"),
							rs.getInt("author_position"), rs.getBoolean("related_to_thesis"),
							rs.getString("article_type"), rs.getObject("published_on", LocalDate.class),
							rs.getString("co_authors")));
			}
			return publications;
		});
	}

	private static String blankToNull(String text) {
		return (text == null || text.isBlank()) ? null : text.trim();
	}

	/**
	 * The student's confirmed papers, grants, patents and awards, newest first.
	 */
	@Transactional(readOnly = true)
	public List<OutputView> outputsOf(long studentId) {
		return this.jdbc.sql("""
				select kind, title, journal, indexing, author_position, impact_factor, obtained_on, detail
				from achievement_claim
				where student_id = :s and status = :confirmed and kind in (:kinds)
				order by obtained_on desc, id desc""")
			.param("s", studentId)
			.param("confirmed", ClaimStatus.CONFIRMED.name())
			.param("kinds",
					List.of(AchievementKind.PUBLICATION.name(), AchievementKind.GRANT.name(),
							AchievementKind.PATENT.name(), AchievementKind.AWARD.name()))
			.query((rs, n) -> new OutputView(AchievementKind.valueOf(rs.getString("kind")), rs.getString("title"),
					rs.getString("journal"), PublicationIndexing.ofStored(rs.getString("indexing")),
					(Integer) rs.getObject("author_position"), rs.getBigDecimal("impact_factor"),
					rs.getDate("obtained_on").toLocalDate(), rs.getString("detail")))
			.list();
	}

}
