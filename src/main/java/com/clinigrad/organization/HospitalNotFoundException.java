package com.clinigrad.organization;

import com.clinigrad.shared.NotFoundException;

/**
 * No hospital with that code, or none the caller may see.
 */
public class HospitalNotFoundException extends NotFoundException {

	HospitalNotFoundException(String code) {
		super("No hospital " + code);
	}

}
