package com.clinigrad.reports;

import com.clinigrad.admissions.AdmissionFigures;
import com.clinigrad.careers.EmploymentFigures;
import com.clinigrad.supervisors.SupervisorCounts;

/**
 * The annual report's figures of a year, for the university or one program.
 *
 * @param programCode the program, or {@code null} for all
 */
public record AnnualFigures(int year, String programCode, AdmissionFigures admissions, SupervisorCounts supervisors,
		EmploymentFigures employment) {
}
