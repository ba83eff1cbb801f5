package com.clinigrad.careers;

import com.clinigrad.shared.NotFoundException;

/**
 * No destination recorded for that student, or a student the caller may not see.
 */
public class EmploymentNotFoundException extends NotFoundException {

	EmploymentNotFoundException(String studentNo) {
		super("No employment of " + studentNo);
	}

}
