package com.clinigrad.competency;

import com.clinigrad.shared.NotFoundException;

/**
 * An OSCE, station or candidate that does not exist or that the caller may not see (404).
 */
public class OsceNotFoundException extends NotFoundException {

	OsceNotFoundException(String what) {
		super("No " + what + " visible to the caller");
	}

}
