package com.clinigrad.theses;

import java.sql.Date;
import java.sql.PreparedStatement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.clinigrad.shared.reads.Read;
import com.clinigrad.shared.reads.Reads;
import com.clinigrad.accounts.CurrentUsers;
import com.clinigrad.shared.SchoolTime;
import com.clinigrad.shared.events.StudentEvents;

import org.springframework.context.annotation.Lazy;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Milestones, thesis records and blind-review verdicts, upserted by the contract's keys.
 */
@Service
public class ThesisRecords {

	private final JdbcClient jdbc;

	private final CurrentUsers currentUsers;

	private final StudentEvents events;

	private final JdbcTemplate template;

	private final Reads reads;

	private final ImportedVerdicts importedVerdicts;

	/** Rows per statement of the batch upserts. */
	static final int BATCH = 2000;

	/**
	 * @param importedVerdicts lazy: it reads the rule sets through the audit, which reads
	 * the records here
	 */
	ThesisRecords(Reads reads, JdbcClient jdbc, JdbcTemplate template, CurrentUsers currentUsers, StudentEvents events,
			@Lazy ImportedVerdicts importedVerdicts) {
		this.reads = reads;
		this.importedVerdicts = importedVerdicts;
		this.jdbc = jdbc;
		this.template = template;
		this.currentUsers = currentUsers;
		this.events = events;
	}

	/**
	 * Collects the student into the transaction's {@link ThesesRecorded} when a write
	 * changed something.
	 */
	private boolean recorded(long studentId, boolean changed) {
		if (changed) {
			this.events.changed(ThesesRecorded.class, ThesesRecorded::new, studentId);
		}
		return changed;
	}

	@Transactional
	public boolean upsertMilestone(long studentId, MilestoneView milestone) {
		return recorded(studentId,
				this.jdbc.sql("""
						insert into milestone (student_id, type, held_on, result, recorded_by)
						values (:student, :type, :heldOn, :result, :who)
						on conflict (student_id, type, held_on) do update set result = excluded.result,
						    recorded_by = excluded.recorded_by, recorded_at = now()
						where milestone.result is distinct from excluded.result
						""")
					.param("student", studentId)
					.param("type", milestone.type())
					.param("heldOn", milestone.heldOn())
					.param("result", milestone.result().name())
					.param("who", this.currentUsers.currentUsername())
					.update() > 0);
	}

	/**
	 * Records many milestones at once (the import), one statement per batch, with what
	 * {@link #upsertMilestone} does for each.
	 * @param milestones the milestones by student id
	 * @return how many were new or changed; their students are collected into the
	 * transaction's {@link ThesesRecorded}
	 */
	@Transactional
	public int upsertMilestones(List<Map.Entry<Long, MilestoneView>> milestones) {
		String who = this.currentUsers.currentUsername();
		Set<Long> students = new HashSet<>();
		int[] changed = { 0 };
		for (int from = 0; from < milestones.size(); from += BATCH) {
			List<Map.Entry<Long, MilestoneView>> batch = milestones.subList(from,
					Math.min(milestones.size(), from + BATCH));
			this.template.query((connection) -> {
				PreparedStatement statement = connection.prepareStatement("""
						insert into milestone (student_id, type, held_on, result, recorded_by)
						select s, t, h, r, ? from unnest(?::bigint[], ?::varchar[], ?::date[], ?::varchar[])
						    as u(s, t, h, r)
						on conflict (student_id, type, held_on) do update set result = excluded.result,
						    recorded_by = excluded.recorded_by, recorded_at = now()
						where milestone.result is distinct from excluded.result
						returning student_id
						""");
				statement.setString(1, who);
				statement.setArray(2,
						connection.createArrayOf("int8", batch.stream().map(Map.Entry::getKey).toArray()));
				statement.setArray(3,
						connection.createArrayOf("varchar", batch.stream().map((m) -> m.getValue().type()).toArray()));
				statement.setArray(4, connection.createArrayOf("date",
						batch.stream().map((m) -> Date.valueOf(m.getValue().heldOn())).toArray()));
				statement.setArray(5, connection.createArrayOf("varchar",
						batch.stream().map((m) -> m.getValue().result().name()).toArray()));
				return statement;
			}, (rs) -> {
				students.add(rs.getLong(1));
				changed[0]++;
			});
		}
		this.events.changed(ThesesRecorded.class, ThesesRecorded::new, students);
		return changed[0];
	}

	/**
	 * Records many blind-review verdicts at once (the import), one statement per batch,
	 * with what {@link #upsertReview} does for each: each in the student's current round,
	 * which is then settled ({@link ImportedVerdicts}).
	 * @return how many were new or changed; their students are collected into the
	 * transaction's {@link ThesesRecorded}
	 */
	@Transactional
	public int upsertReviews(List<ReviewEntry> reviews) {
		String who = this.currentUsers.currentUsername();
		Set<Long> students = new HashSet<>();
		int[] changed = { 0 };
		for (int from = 0; from < reviews.size(); from += BATCH) {
			List<ReviewEntry> batch = reviews.subList(from, Math.min(reviews.size(), from + BATCH));
			this.template.query((connection) -> {
				PreparedStatement statement = connection.prepareStatement("""
						insert into thesis_review (student_id, round_no, reviewer_id, status, verdict, submitted_at,
						                           recorded_by)
						select u.s, coalesce(t.current_round, 1), u.r, ?, u.v, now(), ?
						from unnest(?::bigint[], ?::bigint[], ?::varchar[]) as u(s, r, v)
						left join thesis t on t.student_id = u.s
						on conflict (student_id, round_no, reviewer_id) do update set status = excluded.status,
						    verdict = excluded.verdict, submitted_at = now(), recorded_by = excluded.recorded_by,
						    recorded_at = now()
						where thesis_review.verdict is distinct from excluded.verdict
						returning student_id
						""");
				statement.setString(1, ReviewStatus.SUBMITTED.name());
				statement.setString(2, who);
				statement.setArray(3,
						connection.createArrayOf("int8", batch.stream().map(ReviewEntry::studentId).toArray()));
				statement.setArray(4,
						connection.createArrayOf("int8", batch.stream().map(ReviewEntry::reviewerId).toArray()));
				statement.setArray(5,
						connection.createArrayOf("varchar", batch.stream().map((r) -> r.verdict().name()).toArray()));
				return statement;
			}, (rs) -> {
				students.add(rs.getLong(1));
				changed[0]++;
			});
		}
		this.importedVerdicts.settle(students);
		this.events.changed(ThesesRecorded.class, ThesesRecorded::new, students);
		return changed[0];
	}

	/**
	 * @return whether the thesis record was new or changed
	 * @see #upsertTheses
	 */
	@Transactional
	public boolean upsertThesis(long studentId, ThesisView thesis) {
		return upsertTheses(List.of(Map.entry(studentId, thesis))) > 0;
	}

	/**
	 * Records many thesis records at once (the import), one statement per batch, each
	 * with its counts taken as imported, and copies each similarity result into the
	 * student's current round; the rounds whose similarity changed are then settled
	 * ({@link ImportedVerdicts#settleSimilarity}).
	 * @param theses the thesis records by student id, each student once
	 * @return how many thesis records were new or changed; their students are collected
	 * into the transaction's {@link ThesesRecorded}
	 */
	@Transactional
	public int upsertTheses(List<Map.Entry<Long, ThesisView>> theses) {
		String who = this.currentUsers.currentUsername();
		Set<Long> students = new HashSet<>();
		Set<Long> similarityChanged = new HashSet<>();
		int[] changed = { 0 };
		for (int from = 0; from < theses.size(); from += BATCH) {
			List<Map.Entry<Long, ThesisView>> batch = theses.subList(from, Math.min(theses.size(), from + BATCH));
			this.template.query((connection) -> {
				PreparedStatement statement = connection.prepareStatement("""
						insert into thesis (student_id, title, body_chars, abstract_zh_chars, abstract_en_chars,
						                    similarity_percent, declaration_signed, recorded_by)
						select s, t, b, z, e, p, d, ?
						from unnest(?::bigint[], ?::varchar[], ?::integer[], ?::integer[], ?::integer[],
						            ?::numeric[], ?::boolean[]) as u(s, t, b, z, e, p, d)
						on conflict (student_id) do update set title = excluded.title,
						    body_chars = excluded.body_chars, abstract_zh_chars = excluded.abstract_zh_chars,
						    abstract_en_chars = excluded.abstract_en_chars,
						    similarity_percent = excluded.similarity_percent,
						    declaration_signed = excluded.declaration_signed, counts_source = ?,
						    recorded_by = excluded.recorded_by, recorded_at = now(), version = thesis.version + 1
						where (thesis.title, thesis.body_chars, thesis.abstract_zh_chars, thesis.abstract_en_chars,
						       thesis.similarity_percent, thesis.declaration_signed)
						    is distinct from (excluded.title, excluded.body_chars, excluded.abstract_zh_chars,
						       excluded.abstract_en_chars, excluded.similarity_percent, excluded.declaration_signed)
						returning student_id
						""");
				statement.setString(1, who);
				statement.setArray(2,
						connection.createArrayOf("int8", batch.stream().map(Map.Entry::getKey).toArray()));
				statement.setArray(3,
						connection.createArrayOf("varchar", batch.stream().map((t) -> t.getValue().title()).toArray()));
				statement.setArray(4, connection.createArrayOf("int4",
						batch.stream().map((t) -> t.getValue().bodyChars()).toArray()));
				statement.setArray(5, connection.createArrayOf("int4",
						batch.stream().map((t) -> t.getValue().abstractZhChars()).toArray()));
				statement.setArray(6, connection.createArrayOf("int4",
						batch.stream().map((t) -> t.getValue().abstractEnChars()).toArray()));
				statement.setArray(7, connection.createArrayOf("numeric",
						batch.stream().map((t) -> t.getValue().similarityPercent()).toArray()));
				statement.setArray(8, connection.createArrayOf("bool",
						batch.stream().map((t) -> t.getValue().declarationSigned()).toArray()));
				statement.setString(9, CountsSource.IMPORT.name());
				return statement;
			}, (rs) -> {
				students.add(rs.getLong(1));
				changed[0]++;
			});
			// the round's similarity from the record as it now is, changed or not
			this.template.query((connection) -> {
				PreparedStatement statement = connection.prepareStatement("""
						insert into thesis_round (student_id, round_no, similarity_percent, similarity_by,
						                          similarity_at)
						select student_id, current_round, similarity_percent, ?,
						       case when similarity_percent is null then null else now() end
						from thesis where student_id = any(?::bigint[])
						on conflict (student_id, round_no) do update
						    set similarity_percent = excluded.similarity_percent,
						    similarity_by = excluded.similarity_by, similarity_at = excluded.similarity_at
						where thesis_round.similarity_percent is distinct from excluded.similarity_percent
						returning student_id
						""");
				statement.setString(1, who);
				statement.setArray(2,
						connection.createArrayOf("int8", batch.stream().map(Map.Entry::getKey).toArray()));
				return statement;
			}, (rs) -> {
				similarityChanged.add(rs.getLong(1));
			});
		}
		this.importedVerdicts.settleSimilarity(similarityChanged);
		this.events.changed(ThesesRecorded.class, ThesesRecorded::new, students);
		return changed[0];
	}

	/**
	 * Records a blind-review verdict recorded elsewhere in the student's current round,
	 * which is then settled ({@link ImportedVerdicts}).
	 * @return whether it was new or changed
	 */
	@Transactional
	public boolean upsertReview(long studentId, long reviewerId, ReviewVerdict verdict) {
		boolean changed = this.jdbc
			.sql("""
					insert into thesis_review (student_id, round_no, reviewer_id, status, verdict, submitted_at, recorded_by)
					values (:student, coalesce((select current_round from thesis where student_id = :student), 1), :reviewer,
					        :submitted, :verdict, now(), :who)
					on conflict (student_id, round_no, reviewer_id) do update set status = excluded.status,
					    verdict = excluded.verdict, submitted_at = now(), recorded_by = excluded.recorded_by, recorded_at = now()
					where thesis_review.verdict is distinct from excluded.verdict
					""")
			.param("student", studentId)
			.param("reviewer", reviewerId)
			.param("submitted", ReviewStatus.SUBMITTED.name())
			.param("verdict", verdict.name())
			.param("who", this.currentUsers.currentUsername())
			.update() > 0;
		if (changed) {
			this.importedVerdicts.settle(List.of(studentId));
		}
		return recorded(studentId, changed);
	}

	@Transactional(readOnly = true, propagation = Propagation.SUPPORTS)
	public Map<Long, List<MilestoneView>> milestonesOf(Collection<Long> studentIds) {
		return this.reads.one(milestonesRead(studentIds));
	}

	/**
	 * @return the read of {@link #milestonesOf(Collection)}, to run with other reads
	 */
	public Read<Map<Long, List<MilestoneView>>> milestonesRead(Collection<Long> studentIds) {
		if (studentIds.isEmpty()) {
			return Read.nothing(Map.of());
		}
		return Read.of("""
				select student_id, type, held_on, result from milestone where student_id in (:students)
				order by held_on, type
				""", Map.of("students", studentIds), (rs) -> {
			Map<Long, List<MilestoneView>> milestones = new HashMap<>();
			while (rs.next()) {
				milestones.computeIfAbsent(rs.getLong("student_id"), (id) -> new ArrayList<>())
					.add(new MilestoneView(rs.getString("type"), rs.getObject("held_on", LocalDate.class),
							MilestoneResult.valueOf(rs.getString("result"))));
			}
			return milestones;
		});
	}

	@Transactional(readOnly = true, propagation = Propagation.SUPPORTS)
	public Map<Long, ThesisView> thesesOf(Collection<Long> studentIds) {
		return this.reads.one(thesesRead(studentIds));
	}

	/**
	 * @return the read of {@link #thesesOf(Collection)}, to run with other reads
	 */
	public Read<Map<Long, ThesisView>> thesesRead(Collection<Long> studentIds) {
		if (studentIds.isEmpty()) {
			return Read.nothing(Map.of());
		}
		return Read.of("""
				select student_id, title, body_chars, abstract_zh_chars, abstract_en_chars, similarity_percent,
				       declaration_signed
				from thesis where student_id in (:students)
				""", Map.of("students", studentIds), (rs) -> {
			Map<Long, ThesisView> theses = new HashMap<>();
			while (rs.next()) {
				theses.put(rs.getLong("student_id"),
						new ThesisView(rs.getString("title"), rs.getInt("body_chars"), rs.getInt("abstract_zh_chars"),
								rs.getInt("abstract_en_chars"), rs.getBigDecimal("similarity_percent"),
								rs.getBoolean("declaration_signed")));
			}
			return theses;
		});
	}

	/**
	 * The submitted blind-review verdicts of these students, every round, by the review's
	 * code (never the reviewer), with the day each was submitted (or recorded, for an
	 * imported one): the evidence of the enrollment selection.
	 */
	@Transactional(readOnly = true)
	public Map<Long, List<ReviewResult>> reviewResultsOf(Collection<Long> studentIds) {
		Map<Long, List<ReviewResult>> results = new HashMap<>();
		if (!studentIds.isEmpty()) {
			this.jdbc.sql("""
					select student_id, round_no, code, verdict, coalesce(submitted_at, recorded_at) as submitted
					from thesis_review where student_id = any(:students) and verdict is not null
					order by student_id, round_no, id
					""").param("students", studentIds.toArray(Long[]::new)).query((rs) -> {
				results.computeIfAbsent(rs.getLong("student_id"), (id) -> new ArrayList<>())
					.add(new ReviewResult(rs.getInt("round_no"), rs.getString("code"),
							ReviewVerdict.valueOf(rs.getString("verdict")),
							rs.getTimestamp("submitted").toInstant().atZone(SchoolTime.ZONE).toLocalDate()));
			});
		}
		return results;
	}

	@Transactional(readOnly = true, propagation = Propagation.SUPPORTS)
	public Map<Long, List<ReviewView>> reviewsOf(Collection<Long> studentIds) {
		return this.reads.one(reviewsRead(studentIds));
	}

	/**
	 * @return the read of {@link #reviewsOf(Collection)}, to run with other reads
	 */
	public Read<Map<Long, List<ReviewView>>> reviewsRead(Collection<Long> studentIds) {
		if (studentIds.isEmpty()) {
			return Read.nothing(Map.of());
		}
		return Read.of(
				"""
						select r.student_id, s.staff_no, r.verdict from thesis_review r join supervisor s on s.id = r.reviewer_id
						left join thesis t on t.student_id = r.student_id
						where r.student_id in (:students) and r.verdict is not null
						  and r.round_no = coalesce(t.current_round, 1)
						order by r.id
						""",
				Map.of("students", studentIds), (rs) -> {
					Map<Long, List<ReviewView>> reviews = new HashMap<>();
					while (rs.next()) {
						reviews.computeIfAbsent(rs.getLong("student_id"), (id) -> new ArrayList<>())
							.add(new ReviewView(rs.getString("staff_no"),
									ReviewVerdict.valueOf(rs.getString("verdict"))));
					}
					return reviews;
				});
	}

}
