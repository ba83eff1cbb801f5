package com.clinigrad.organization;

/**
 * A discipline by code, with its names.
 */
public record DisciplineRef(String code, String name, String nameEn, int level, String parentCode) {

	public String displayName(boolean english) {
		return english ? this.nameEn : this.name;
	}

}
