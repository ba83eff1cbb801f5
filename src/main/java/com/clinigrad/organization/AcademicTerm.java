package com.clinigrad.organization;

import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/**
 * An academic term: {@code YYYY-1} runs September to January, {@code YYYY-2} February to
 * July.
 */
@Entity
class AcademicTerm {

	@Id
	private String code;

	private int year;

	private short semester;

	private LocalDate startsOn;

	private LocalDate endsOn;

	protected AcademicTerm() {
	}

	TermRef toRef() {
		return new TermRef(this.code, this.year, this.semester, this.startsOn, this.endsOn);
	}

}
