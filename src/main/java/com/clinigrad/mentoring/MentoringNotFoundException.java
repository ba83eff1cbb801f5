package com.clinigrad.mentoring;

import com.clinigrad.shared.NotFoundException;

/**
 * A pairing or meeting that does not exist or that the caller may not see.
 */
public class MentoringNotFoundException extends NotFoundException {

	public MentoringNotFoundException(String message) {
		super(message);
	}

}
