package com.clinigrad.achievements;

import java.util.Comparator;
import java.util.List;
import java.util.Map;

import com.clinigrad.students.StudentCard;
import com.clinigrad.students.StudentRegistry;
import com.clinigrad.supervisors.SupervisorPublications;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Answers the supervisors module with the confirmed publications of the register that
 * count for a supervisor's qualification: those of the students they supervise or
 * co-supervise.
 */
@Component
class SupervisorPublicationEvidence implements SupervisorPublications {

	private final StudentRegistry students;

	private final AchievementRecords records;

	SupervisorPublicationEvidence(StudentRegistry students, AchievementRecords records) {
		this.students = students;
		this.records = records;
	}

	@Override
	@Transactional(readOnly = true)
	public List<Publication> of(long supervisorId) {
		List<Long> ids = this.students.idsSupervisedBy(supervisorId);
		if (ids.isEmpty()) {
			return List.of();
		}
		Map<Long, StudentCard> cards = this.students.cardsByIds(ids);
		return this.records.publicationsOf(ids)
			.entrySet()
			.stream()
			.flatMap((e) -> e.getValue()
				.stream()
				.map((p) -> new Publication(p.title(), p.journal(), p.indexing(), p.publishedOn(),
						(cards.get(e.getKey()) != null) ? cards.get(e.getKey()).studentNo() : "")))
			.sorted(Comparator.comparing(Publication::publishedOn, Comparator.nullsLast(Comparator.reverseOrder())))
			.toList();
	}

}
