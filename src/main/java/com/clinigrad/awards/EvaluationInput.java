package com.clinigrad.awards;

import java.time.LocalDate;
import java.util.List;

import com.clinigrad.achievements.PublicationView;
import com.clinigrad.courses.GradeView;
import com.clinigrad.eligibility.OpenDelayCase;
import com.clinigrad.rotations.RotationView;
import com.clinigrad.students.StudentFacts;

/**
 * One student's records as the evaluation reads them from the other modules.
 *
 * @param statusSince the day the current status began, or {@code null}
 * @param delayCase a waiting diversion case in which the student chose a delay, or
 * {@code null}
 * @param mentoring the pairings in which the student mentored junior students (高带低)
 */
public record EvaluationInput(StudentFacts student, LocalDate statusSince, List<GradeView> grades,
		List<RotationView> rotations, List<PublicationView> publications, List<EthicsEntryView> ethics,
		OpenDelayCase delayCase, List<PeerMentoringRecords.MentorService> mentoring) {

	public EvaluationInput(StudentFacts student, LocalDate statusSince, List<GradeView> grades,
			List<RotationView> rotations, List<PublicationView> publications, List<EthicsEntryView> ethics) {
		this(student, statusSince, grades, rotations, publications, ethics, null);
	}

	public EvaluationInput(StudentFacts student, LocalDate statusSince, List<GradeView> grades,
			List<RotationView> rotations, List<PublicationView> publications, List<EthicsEntryView> ethics,
			OpenDelayCase delayCase) {
		this(student, statusSince, grades, rotations, publications, ethics, delayCase, List.of());
	}

}
