package com.clinigrad.supervisors;

import com.clinigrad.shared.NotFoundException;

/**
 * No qualification application with that id, or none the caller may see.
 */
public class ApplicationNotFoundException extends NotFoundException {

	ApplicationNotFoundException(long id) {
		super("No qualification application " + id);
	}

}
