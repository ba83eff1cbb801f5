package com.clinigrad.selection;

/**
 * The places of one discipline and program and how many were allocated.
 */
public record TotalRow(String disciplineCode, String programCode, DegreeLevel level, int places, int allocated) {

	public int left() {
		return this.places - this.allocated;
	}

}
