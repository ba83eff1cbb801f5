package com.clinigrad.awards;

import java.util.List;

/**
 * A scheme in the list of schemes.
 */
public record SchemeSummary(long id, String university, int year, String name, String nameEn, List<String> programCodes,
		int types) {

	public String displayName(boolean english) {
		return english ? this.nameEn : this.name;
	}

}
