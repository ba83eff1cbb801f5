package com.clinigrad.exams;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * The results of a sitting were released: each candidate's score out of 100. A sitting of
 * a rotation department names the department, and its results are the theory scores of
 * the candidates' rotations there.
 *
 * @param sittingId the sitting, for the link back to it
 * @param departmentId the rotation department, or {@code null} for a course or discipline
 * exam
 * @param heldOn the day the window opened
 * @param results one per candidate who sat the exam
 */
public record ExamResultsReleased(long sittingId, Long departmentId, LocalDate heldOn, List<Result> results) {

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
