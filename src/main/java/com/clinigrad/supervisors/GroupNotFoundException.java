package com.clinigrad.supervisors;

import com.clinigrad.shared.NotFoundException;

/**
 * No supervisor group with that code, or none the caller may see.
 */
public class GroupNotFoundException extends NotFoundException {

	GroupNotFoundException(String code) {
		super("No supervisor group " + code);
	}

}
