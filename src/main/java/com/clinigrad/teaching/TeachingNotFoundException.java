package com.clinigrad.teaching;

import com.clinigrad.shared.NotFoundException;

/**
 * A teacher, visit or report that does not exist, or that the caller may not know exists.
 */
public class TeachingNotFoundException extends NotFoundException {

	TeachingNotFoundException(String what) {
		super("Not found: " + what);
	}

}
