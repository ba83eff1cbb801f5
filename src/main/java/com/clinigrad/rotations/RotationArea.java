package com.clinigrad.rotations;

/**
 * A rotation area of a template or a student's plan: where (a sub-specialty, or a word of
 * the department's name for departments outside one) and for how many months.
 */
public record RotationArea(String area, String areaEn, String subspecialty, String departmentKeyword, int months,
		boolean mandatory) {

	/**
	 * @return whether a department trains this area
	 */
	public boolean matches(String departmentSubspecialty, String departmentName) {
		if (this.subspecialty != null && !this.subspecialty.isBlank()) {
			return this.subspecialty.equals(departmentSubspecialty);
		}
		return this.departmentKeyword != null && departmentName != null
				&& departmentName.contains(this.departmentKeyword);
	}

}
