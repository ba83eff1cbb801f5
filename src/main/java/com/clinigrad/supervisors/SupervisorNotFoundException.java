package com.clinigrad.supervisors;

import com.clinigrad.shared.NotFoundException;

/**
 * No supervisor with that staff number, or none the caller may see.
 */
public class SupervisorNotFoundException extends NotFoundException {

	SupervisorNotFoundException(String staffNo) {
		super("No supervisor " + staffNo);
	}

}
