package com.clinigrad.admissions;

import com.clinigrad.shared.NotFoundException;

/**
 * No applicant with that id.
 */
public class AdmissionNotFoundException extends NotFoundException {

	AdmissionNotFoundException(long id) {
		super("No admission " + id);
	}

}
