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

	/**
	 * @return whether a thesis of this degree is a doctoral one (stricter panels and
	 * reviewers)
	 */
	public boolean doctoral() {
		return this == PRO_DOCTOR || this == ACADEMIC_DOCTOR;
	}

	public String messageKey() {
		return "degreeType." + name();
	}

}
