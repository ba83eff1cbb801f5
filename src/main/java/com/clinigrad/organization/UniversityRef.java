package com.clinigrad.organization;

/**
 * A university by its names, as a transcript's header shows it.
 */
public record UniversityRef(String name, String nameEn) {

	public String displayName(boolean english) {
		return english ? this.nameEn : this.name;
	}

}
