package com.clinigrad.teaching;

import java.math.BigDecimal;
import java.util.List;

import com.clinigrad.courses.EvaluationResults;
import com.clinigrad.courses.TaughtOffering;
import com.clinigrad.supervisors.SupervisorRef;

/**
 * The teaching quality report (课程教学质量报告) of one course and instructor: the class visits
 * with the average of each rated item, the students' evaluations of each offering
 * (aggregates only, from the evaluations' minimum number of answers) and the results of
 * each offering.
 */
public record QualityReport(SupervisorRef instructor, String courseCode, String courseName, String courseNameEn,
		List<VisitView> visits, List<ItemAverage> itemAverages, List<OfferingPart> offerings, QualityFigures figures) {

	public String courseName(boolean english) {
		return (english && this.courseNameEn != null && !this.courseNameEn.isBlank()) ? this.courseNameEn
				: this.courseName;
	}

	/**
	 * The average of one rated item over the visits.
	 */
	public record ItemAverage(VisitFormItem item, BigDecimal average, int visits) {
	}

	/**
	 * One offering's evaluation and results.
	 *
	 * @param bands how many scores fell in 90–100, 80–89, 70–79, 60–69 and below 60
	 * @param passFailGraded how many were graded pass/fail instead of a score
	 */
	public record OfferingPart(TaughtOffering offering, EvaluationResults evaluation, int graded, int passed,
			List<Integer> bands, int passFailGraded) {

		public BigDecimal passRate() {
			return QualityFigures.percent(this.passed, this.graded);
		}

	}

}
