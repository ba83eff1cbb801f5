package com.clinigrad.students;

import com.clinigrad.shared.NotFoundException;

/**
 * No student with that number, or none the caller may see.
 */
public class StudentNotFoundException extends NotFoundException {

	StudentNotFoundException(String studentNo) {
		super("No student " + studentNo);
	}

}
