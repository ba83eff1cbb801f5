package com.clinigrad.students;

import java.util.List;

import com.clinigrad.organization.DisciplineRef;
import com.clinigrad.organization.HospitalRef;
import com.clinigrad.organization.ProgramRef;

/**
 * What the student list's filters offer a caller: the cohorts (newest first), programs
 * and hospitals of the students in their scope, and the disciplines.
 */
public record StudentChoices(List<Integer> cohorts, List<ProgramRef> programs, List<HospitalRef> hospitals,
		List<DisciplineRef> disciplines) {

	public StudentChoices {
		cohorts = List.copyOf(cohorts);
		programs = List.copyOf(programs);
		hospitals = List.copyOf(hospitals);
		disciplines = List.copyOf(disciplines);
	}

}
