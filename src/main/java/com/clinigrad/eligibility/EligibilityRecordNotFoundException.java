package com.clinigrad.eligibility;

import com.clinigrad.shared.NotFoundException;

/**
 * A record of the eligibility module — a warning or diversion case, a waiver, a batch
 * audit run, a rule-set version — that does not exist or that the caller may not see.
 */
public class EligibilityRecordNotFoundException extends NotFoundException {

	EligibilityRecordNotFoundException(String what) {
		super("No " + what + " visible to the caller");
	}

}
