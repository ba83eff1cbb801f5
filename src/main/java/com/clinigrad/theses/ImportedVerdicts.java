package com.clinigrad.theses;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import com.clinigrad.students.StudentCard;
import com.clinigrad.students.StudentRegistry;

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

	private final ReviewRoundRepository rounds;

	private final ReviewAssignmentRepository reviews;

	private final ThesisRequirements requirements;

	private final StudentRegistry students;

	ImportedVerdicts(JdbcClient jdbc, ReviewRoundRepository rounds, ReviewAssignmentRepository reviews,
			ThesisRequirements requirements, StudentRegistry students) {
		this.jdbc = jdbc;
		this.rounds = rounds;
		this.reviews = reviews;
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
		Map<Long, Integer> current = new HashMap<>();
		this.jdbc.sql("""
				select u.s, coalesce(t.current_round, 1) from unnest(:ids::bigint[]) as u(s)
				left join thesis t on t.student_id = u.s
				""").param("ids", ids).query((rs) -> {
			current.put(rs.getLong(1), rs.getInt(2));
		});
		Map<Long, List<ReviewAssignment>> reviewsByStudent = this.reviews.findByStudentIdIn(current.keySet())
			.stream()
			.filter((review) -> review.roundNo() == current.get(review.studentId()))
			.collect(Collectors.groupingBy(ReviewAssignment::studentId));
		Map<Long, StudentCard> cards = this.students.cardsByIds(current.keySet());
		Map<String, ThesisRequirements.Limits> limits = new HashMap<>();
		for (ReviewRound round : this.rounds.findByStudentIdIn(current.keySet())) {
			if (round.roundNo() != current.get(round.studentId())) {
				continue;
			}
			if (!round.takesImportedVerdicts()) {
				round.noteImportedVerdicts();
				continue;
			}
			StudentCard card = cards.get(round.studentId());
			round.recordImportedVerdicts(ReviewTally.of(reviewsByStudent.getOrDefault(round.studentId(), List.of())),
					limits.computeIfAbsent(card.programCode() + "/" + card.cohortYear(),
							(cohort) -> this.requirements.limits(card.studentNo())));
		}
	}

}
