package com.clinigrad.reports;

import com.clinigrad.accounts.CurrentUsers;
import com.clinigrad.accounts.Role;
import com.clinigrad.admissions.Admissions;
import com.clinigrad.careers.GraduateEmployment;
import com.clinigrad.organization.Organization;
import com.clinigrad.supervisors.SupervisorFigures;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The annual degree-program report (学位授权点建设年度报告) of a year, for the university or one
 * program: admissions, supervisors and employment counted as the exchange format v1.1
 * fixes them, from the records the other modules hold. Graduate-school staff only.
 */
@Service
public class AnnualReport {

	private final CurrentUsers currentUsers;

	private final Organization organization;

	private final Admissions admissions;

	private final SupervisorFigures supervisors;

	private final GraduateEmployment employment;

	AnnualReport(CurrentUsers currentUsers, Organization organization, Admissions admissions,
			SupervisorFigures supervisors, GraduateEmployment employment) {
		this.currentUsers = currentUsers;
		this.organization = organization;
		this.admissions = admissions;
		this.supervisors = supervisors;
		this.employment = employment;
	}

	/**
	 * @param year the report's year
	 * @param programCode a program to narrow every figure to, or {@code null}
	 * @throws org.springframework.security.access.AccessDeniedException for any caller
	 * but graduate-school staff
	 * @throws UnknownProgramException for a program that does not exist
	 */
	@Transactional(readOnly = true)
	public AnnualFigures figures(int year, String programCode) {
		this.currentUsers.require(Role.GRAD_SCHOOL);
		if (programCode != null && this.organization.program(programCode).isEmpty()) {
			throw new UnknownProgramException(programCode);
		}
		return new AnnualFigures(year, programCode, this.admissions.figures(year, programCode),
				this.supervisors.of(year, programCode), this.employment.figures(year, programCode));
	}

}
