package com.clinigrad.organization;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/**
 * A discipline: first level (临床医学 1051/1002) or second level (二级学科, e.g. 105101 内科学).
 */
@Entity
class Discipline {

	@Id
	private String code;

	private String name;

	private String nameEn;

	private short level;

	private String parentCode;

	protected Discipline() {
	}

	DisciplineRef toRef() {
		return new DisciplineRef(this.code, this.name, this.nameEn, this.level, this.parentCode);
	}

}
