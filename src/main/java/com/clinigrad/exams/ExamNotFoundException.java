package com.clinigrad.exams;

import com.clinigrad.shared.NotFoundException;

/**
 * A bank, question, sitting or candidate that does not exist (or is not the caller's).
 */
public class ExamNotFoundException extends NotFoundException {

	public ExamNotFoundException(String what) {
		super(what);
	}

}
