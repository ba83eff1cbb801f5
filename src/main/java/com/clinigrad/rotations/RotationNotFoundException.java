package com.clinigrad.rotations;

import com.clinigrad.shared.NotFoundException;

/**
 * No such rotation, plan or proposal, or one the caller may not see.
 */
public class RotationNotFoundException extends NotFoundException {

	RotationNotFoundException(String what) {
		super("No " + what + " visible to the caller");
	}

}
