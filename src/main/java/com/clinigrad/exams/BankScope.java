package com.clinigrad.exams;

/**
 * What a question bank belongs to: a discipline, a course or a rotation department.
 */
public enum BankScope {

	DISCIPLINE, COURSE, DEPARTMENT;

	public String messageKey() {
		return "enum.BankScope." + name();
	}

}
