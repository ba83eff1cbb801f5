package com.clinigrad.competency;

import com.clinigrad.shared.NotFoundException;

/**
 * A privilege grant that does not exist or that the caller may not see (404).
 */
public class EntrustmentNotFoundException extends NotFoundException {

	EntrustmentNotFoundException(String what) {
		super("No " + what + " visible to the caller");
	}

}
