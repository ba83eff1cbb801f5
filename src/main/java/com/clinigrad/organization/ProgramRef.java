package com.clinigrad.organization;

/**
 * A program by its code ({@code PUMC-PRO-MASTER}) with its names.
 */
public record ProgramRef(String code, String name, String nameEn, String degreeType, String university,
		String universityEn, String disciplineCode, int standardYears) {

	public String displayName(boolean english) {
		return english ? this.nameEn : this.name;
	}

}
