package com.clinigrad.competency;

import java.time.LocalDate;

/**
 * A station an examiner is assigned to, with how many sheets of its candidates are in.
 */
public record ExaminerStation(long examId, String examTitle, LocalDate heldOn, OsceStatus status, long stationId,
		int position, String title, String competencyName, String competencyNameEn, int candidates, int entered) {

	public String competencyName(boolean english) {
		return english ? this.competencyNameEn : this.competencyName;
	}

}
