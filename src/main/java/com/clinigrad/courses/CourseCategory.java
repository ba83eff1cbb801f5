package com.clinigrad.courses;

/**
 * The course categories of the exchange contract.
 */
public enum CourseCategory {

	/** 公共必修课 */
	PUBLIC_REQUIRED,
	/** 学位必修课 */
	DEGREE_REQUIRED,
	/** 学位专业课 */
	DEGREE_PROFESSIONAL,
	/** 选修课 */
	ELECTIVE;

	public String messageKey() {
		return "courseCategory." + name();
	}

}
