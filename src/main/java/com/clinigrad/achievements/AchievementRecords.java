package com.clinigrad.achievements;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.clinigrad.shared.reads.Read;
import com.clinigrad.shared.reads.Reads;
import com.clinigrad.accounts.CurrentUsers;
import com.clinigrad.shared.events.StudentEvents;

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

	private final Reads reads;

	AchievementRecords(Reads reads, JdbcClient jdbc, CurrentUsers currentUsers, StudentEvents events) {
		this.reads = reads;
		this.jdbc = jdbc;
		this.currentUsers = currentUsers;
		this.events = events;
	}

	/**
	 * @return whether anything changed; if so, the transaction publishes
	 * {@link AchievementsRecorded}
	 */
	@Transactional
	public boolean upsertCertificate(long studentId, String type, LocalDate obtainedOn) {
		return recorded(studentId, this.jdbc.sql("""
				insert into certificate (student_id, type, obtained_on, recorded_by) values (:student, :type, :on, :who)
				on conflict (student_id, type) do update set obtained_on = excluded.obtained_on,
				    recorded_by = excluded.recorded_by, recorded_at = now()
				where certificate.obtained_on is distinct from excluded.obtained_on
				""")
			.param("student", studentId)
			.param("type", type)
			.param("on", obtainedOn)
			.param("who", this.currentUsers.currentUsername())
			.update() > 0);
	}

	/**
	 * @return whether anything changed; if so, the transaction publishes
	 * {@link AchievementsRecorded}
	 */
	@Transactional
	public boolean upsertPublication(long studentId, PublicationView publication) {
		return recorded(studentId, this.jdbc.sql("""
				insert into publication (student_id, title, journal, indexing, author_position, related_to_thesis,
				                         article_type, published_on, co_authors, recorded_by)
				values (:student, :title, :journal, :indexing, :position, :related, :type, :on, :coAuthors, :who)
				on conflict (student_id, title) do update set journal = excluded.journal, indexing = excluded.indexing,
				    author_position = excluded.author_position, related_to_thesis = excluded.related_to_thesis,
				    article_type = excluded.article_type, published_on = excluded.published_on,
				    co_authors = excluded.co_authors, recorded_by = excluded.recorded_by, recorded_at = now()
				where (publication.journal, publication.indexing, publication.author_position,
				       publication.related_to_thesis, publication.article_type, publication.published_on,
				       publication.co_authors)
				    is distinct from (excluded.journal, excluded.indexing, excluded.author_position,
				       excluded.related_to_thesis, excluded.article_type, excluded.published_on, excluded.co_authors)
				""")
			.param("student", studentId)
			.param("title", publication.title())
			.param("journal", publication.journal())
			.param("indexing", publication.indexing())
			.param("position", publication.authorPosition())
			.param("related", publication.relatedToThesis())
			.param("type", publication.articleType())
			.param("on", publication.publishedOn())
			.param("coAuthors", blankToNull(publication.coAuthors()))
			.param("who", this.currentUsers.currentUsername())
			.update() > 0);
	}

	private boolean recorded(long studentId, boolean changed) {
		if (changed) {
			this.events.changed(AchievementsRecorded.class, AchievementsRecorded::new, studentId);
		}
		return changed;
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
