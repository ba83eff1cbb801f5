package com.clinigrad.teaching;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A class visit as the pages show it.
 *
 * @param offeringId the offering visited, or {@code null} for a department session
 * @param average the average of the scored items, as a share of their maximum × 5
 * @param overall the overall item's score, or {@code null}
 */
public record VisitView(long id, LocalDate visitedOn, Long offeringId, String courseCode, String courseName,
		String courseNameEn, String term, String hospitalCode, String departmentName, String sessionTitle,
		String instructorStaffNo, String instructorName, String inspectorStaffNo, String inspectorName,
		BigDecimal average, Integer overall, List<Answer> answers, String recordedBy) {

	public VisitView {
		answers = List.copyOf(answers);
	}

	public boolean ofCourse() {
		return this.offeringId != null;
	}

	/**
	 * @return what was visited, in the page's language
	 */
	public String subject(boolean english) {
		if (ofCourse()) {
			String name = (english && this.courseNameEn != null && !this.courseNameEn.isBlank()) ? this.courseNameEn
					: this.courseName;
			return name + " (" + this.term + ")";
		}
		return this.departmentName + " · " + this.sessionTitle;
	}

	/**
	 * One answered item.
	 */
	public record Answer(VisitFormItem item, Integer score, String text) {
	}

}
