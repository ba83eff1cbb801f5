package com.clinigrad.reports;

import com.clinigrad.shared.NotFoundException;

/**
 * The report was asked for a program that does not exist.
 */
public class UnknownProgramException extends NotFoundException {

	private final String programCode;

	UnknownProgramException(String programCode) {
		super("No program " + programCode);
		this.programCode = programCode;
	}

	public String getProgramCode() {
		return this.programCode;
	}

}
