package com.clinigrad.organization;

import com.clinigrad.shared.NotFoundException;

/**
 * No department with that id.
 */
public class DepartmentNotFoundException extends NotFoundException {

	DepartmentNotFoundException(long id) {
		super("No department " + id);
	}

}
