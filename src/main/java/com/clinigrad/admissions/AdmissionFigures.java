package com.clinigrad.admissions;

import java.util.Map;

import com.clinigrad.students.AdmissionType;
import com.clinigrad.students.SourceSchool;

/**
 * The admissions of a year as the annual report counts them (exchange format v1.1): every
 * applicant row of the year, those admitted, those admitted at their first choice, and
 * the admitted by source school and by admission type (every code present, 0 when none).
 */
public record AdmissionFigures(int year, long applicants, long admitted, long firstChoiceAdmitted,
		Map<SourceSchool, Long> admittedBySource, Map<AdmissionType, Long> admittedByType) {

	public AdmissionFigures {
		admittedBySource = Map.copyOf(admittedBySource);
		admittedByType = Map.copyOf(admittedByType);
	}

}
