package com.clinigrad.organization;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/**
 * A third-level sub-specialty (三级学科) of a second-level discipline, e.g. 内科学 → 心血管病.
 */
@Entity
class Subspecialty {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String disciplineCode;

	private String name;

	private String nameEn;

	protected Subspecialty() {
	}

	SubspecialtyRef toRef() {
		return new SubspecialtyRef(this.disciplineCode, this.name, this.nameEn);
	}

}
