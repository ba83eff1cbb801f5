package com.clinigrad.competency;

import com.clinigrad.shared.NotFoundException;

/**
 * A 360° round, invitation or link that does not exist, was used already or that the
 * caller may not see (404).
 */
public class MsfNotFoundException extends NotFoundException {

	MsfNotFoundException(String what) {
		super("No " + what + " visible to the caller");
	}

}
