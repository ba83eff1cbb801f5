package com.clinigrad.theses;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import com.clinigrad.students.StudentCard;
import com.clinigrad.students.StudentRegistry;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Brings the rounds that imported blind-review verdicts went into up to date: an imported
 * verdict (the exchange format's {@code reviews}: student, reviewer, verdict) lands in
 * the student's current round, which is then under review without a review period and
 * concluded by the program's verdict rule as soon as its verdicts are all in
 * ({@link ReviewRound#recordImportedVerdicts}), so that the thesis page, the review board
 * and the audit tell the same story.
 */
@Component
class ImportedVerdicts {

	private final JdbcClient jdbc;

	private final ThesisRequirements requirements;

	private final StudentRegistry students;

	ImportedVerdicts(JdbcClient jdbc, ThesisRequirements requirements, StudentRegistry students) {
		this.jdbc = jdbc;
		this.requirements = requirements;
		this.students = students;
	}

	/**
	 * Settles the current round of each of these students, after verdicts were imported
	 * into it: the round is created if the student has none yet (verdicts imported before
	 * the thesis), then judged; a round the similarity check cancelled stays as it is.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	void settle(Collection<Long> studentIds) {
		if (studentIds.isEmpty()) {
			return;
		}
		Long[] ids = studentIds.stream().distinct().toArray(Long[]::new);
		this.jdbc.sql("""
				insert into thesis_round (student_id, round_no)
				select u.s, coalesce(t.current_round, 1) from unnest(:ids::bigint[]) as u(s)
				left join thesis t on t.student_id = u.s
				on conflict (student_id, round_no) do nothing
				""").param("ids", ids).update();
		settle(ids, (round, tally, limits) -> {
			if (round.takesImportedVerdicts()) {
				round.recordImportedVerdicts(tally, limits);
			}
			else {
				round.noteImportedVerdicts();
			}
		});
	}

	/**
	 * Settles the current round of each of these students, after an imported thesis
	 * record changed its similarity result: above the program's maximum it cancels a
	 * round the app did not send to review
	 * ({@link ReviewRound#recordImportedSimilarity}).
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	void settleSimilarity(Collection<Long> studentIds) {
		if (!studentIds.isEmpty()) {
			settle(studentIds.stream().distinct().toArray(Long[]::new),
					(round, tally, limits) -> round.recordImportedSimilarity(limits.maxSimilarity()));
		}
	}

	/**
	 * Reads each student's current round with the tally of its reviews, lets the judge
	 * change it, and writes the rounds that changed.
	 */
	private void settle(Long[] ids, Judge judge) {
		// each student's current round with the tally of its reviews, in one statement
		Map<ReviewRound, ReviewTally> current = new LinkedHashMap<>();
		this.jdbc.sql("""
				select o.id, o.student_id, o.round_no, o.status, o.similarity_percent, o.review_started_on,
				       o.reviews_imported, o.closed_reason, o.closed_at, o.version,
				       count(r.id) filter (where r.status = any(:active)) as active,
				       count(r.id) filter (where r.status = :submitted) as submitted,
				       count(r.id) filter (where r.verdict = any(:disagree)) as disagree
				from unnest(:ids::bigint[]) as u(s)
				left join thesis t on t.student_id = u.s
				join thesis_round o on o.student_id = u.s and o.round_no = coalesce(t.current_round, 1)
				left join thesis_review r on r.student_id = o.student_id and r.round_no = o.round_no
				group by o.id
				""")
			.param("ids", ids)
			.param("active", names(Arrays.stream(ReviewStatus.values()).filter(ReviewStatus::active)))
			.param("submitted", ReviewStatus.SUBMITTED.name())
			.param("disagree", names(Arrays.stream(ReviewVerdict.values()).filter(ReviewVerdict::disagrees)))
			.query((rs) -> {
				String reason = rs.getString("closed_reason");
				OffsetDateTime closedAt = rs.getObject("closed_at", OffsetDateTime.class);
				current.put(
						ReviewRound.restored(rs.getLong("id"), rs.getLong("student_id"), rs.getInt("round_no"),
								RoundStatus.valueOf(rs.getString("status")), rs.getBigDecimal("similarity_percent"),
								rs.getObject("review_started_on", LocalDate.class), rs.getBoolean("reviews_imported"),
								(reason != null) ? RoundClosedReason.valueOf(reason) : null,
								(closedAt != null) ? closedAt.toInstant() : null, rs.getLong("version")),
						new ReviewTally(rs.getLong("active"), rs.getLong("submitted"), rs.getLong("disagree")));
			});
		Map<Long, StudentCard> cards = this.students
			.cardsByIds(current.keySet().stream().map(ReviewRound::studentId).toList());
		Map<String, ThesisRequirements.Limits> limits = new HashMap<>();
		List<ReviewRound.Settled> changed = new ArrayList<>();
		current.forEach((round, tally) -> {
			ReviewRound.Settled before = round.settled();
			StudentCard card = cards.get(round.studentId());
			judge.judge(round, tally, limits.computeIfAbsent(card.programCode() + "/" + card.cohortYear(),
					(cohort) -> this.requirements.limits(card.studentNo())));
			if (!round.settled().equals(before)) {
				changed.add(round.settled());
			}
		});
		write(changed);
	}

	/**
	 * Writes the settled rounds in one statement, each only if nobody changed it since it
	 * was read.
	 */
	private void write(List<ReviewRound.Settled> rounds) {
		if (rounds.isEmpty()) {
			return;
		}
		int updated = this.jdbc
			.sql("""
					update thesis_round o set status = u.status, closed_reason = u.reason, closed_at = u.closed_at,
					    reviews_imported = u.imported, version = o.version + 1
					from unnest(:ids::bigint[], :statuses::varchar[], :reasons::varchar[], :closed::timestamptz[],
					            :imported::boolean[], :versions::bigint[]) as u(id, status, reason, closed_at, imported, version)
					where o.id = u.id and o.version = u.version
					""")
			.param("ids", rounds.stream().map(ReviewRound.Settled::id).toArray(Long[]::new))
			.param("statuses", rounds.stream().map((r) -> r.status().name()).toArray(String[]::new))
			.param("reasons",
					rounds.stream()
						.map((r) -> (r.closedReason() != null) ? r.closedReason().name() : null)
						.toArray(String[]::new))
			.param("closed",
					rounds.stream()
						.map((r) -> (r.closedAt() != null) ? r.closedAt().toString() : null)
						.toArray(String[]::new))
			.param("imported", rounds.stream().map(ReviewRound.Settled::reviewsImported).toArray(Boolean[]::new))
			.param("versions", rounds.stream().map(ReviewRound.Settled::version).toArray(Long[]::new))
			.update();
		if (updated != rounds.size()) {
			throw new OptimisticLockingFailureException(
					"Review rounds changed while imported verdicts settled them: " + updated + " of " + rounds.size());
		}
	}

	private static String[] names(Stream<? extends Enum<?>> constants) {
		return constants.map(Enum::name).toArray(String[]::new);
	}

	/**
	 * What settling does to one round.
	 */
	@FunctionalInterface
	private interface Judge {

		void judge(ReviewRound round, ReviewTally tally, ThesisRequirements.Limits limits);

	}

}
