package com.clinigrad.organization;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/**
 * A program (培养项目): degree type and discipline at a university. Its rule sets, versioned
 * by cohort, belong to the degree audit.
 */
@Entity
class Program {

	@Id
	private String code;

	private String name;

	private String nameEn;

	private String degreeType;

	private String university;

	private String universityEn;

	private String disciplineCode;

	private short standardYears;

	protected Program() {
	}

	ProgramRef toRef() {
		return new ProgramRef(this.code, this.name, this.nameEn, this.degreeType, this.university, this.universityEn,
				this.disciplineCode, this.standardYears);
	}

}
