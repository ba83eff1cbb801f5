package com.clinigrad.exams;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * The results of a sitting were released: each candidate's score out of 100. What the
 * sitting was for says where they go: a rotation department's theory exam names the
 * department, and its results are the theory scores of the candidates' rotations there; a
 * mid-term theory exam's results are the theory exam scores of the candidates' mid-term
 * assessments.
 *
 * @param sittingId the sitting, for the link back to it
 * @param purpose what the sitting was for
 * @param departmentId the rotation department of a rotation theory exam, else
 * {@code null}
 * @param heldOn the day the window opened
 * @param results one per candidate who sat the exam
 */
public record ExamResultsReleased(long sittingId, SittingPurpose purpose, Long departmentId, LocalDate heldOn,
		List<Result> results) {

	public ExamResultsReleased {
		results = List.copyOf(results);
	}

	/**
	 * @param studentId the candidate
	 * @param score out of 100, one decimal
	 */
	public record Result(long studentId, BigDecimal score) {
	}

}
