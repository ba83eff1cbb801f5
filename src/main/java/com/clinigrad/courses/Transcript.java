package com.clinigrad.courses;

import java.time.LocalDate;
import java.util.List;

import com.clinigrad.organization.ProgramRef;
import com.clinigrad.organization.UniversityRef;
import com.clinigrad.students.StudentCard;

/**
 * A student's transcript: every sitting or only the ones that count, with the credit
 * totals of the credit summary, headed by the student's own university.
 */
public record Transcript(StudentCard student, UniversityRef university, ProgramRef program, List<TranscriptLine> lines,
		CreditSummary credits, boolean allAttempts, LocalDate issuedOn) {

	public Transcript {
		lines = List.copyOf(lines);
	}

}
