package com.clinigrad.courses;

import com.clinigrad.shared.NotFoundException;

/**
 * No such course or offering, or one the caller may not open.
 */
public class CourseNotFoundException extends NotFoundException {

	CourseNotFoundException(String what) {
		super("No course or offering " + what);
	}

}
