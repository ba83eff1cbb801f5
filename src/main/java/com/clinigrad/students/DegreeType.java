package com.clinigrad.students;

/**
 * Degree type (学位类型) of the exchange format.
 */
public enum DegreeType {

	/** 专业学位硕士. */
	PRO_MASTER,
	/** 专业学位博士. */
	PRO_DOCTOR,
	/** 学术学位硕士. */
	ACADEMIC_MASTER,
	/** 学术学位博士. */
	ACADEMIC_DOCTOR,
	/** 临床医学博士后. */
	POSTDOC;

	public String messageKey() {
		return "degreeType." + name();
	}

}
