package com.clinigrad.organization;

/**
 * A hospital as other modules see it.
 */
public record HospitalRef(long id, String code, String name, String nameEn) {

	/**
	 * @param english whether the page is in English
	 * @return the name in that language, the Chinese one when no English name is recorded
	 */
	public String displayName(boolean english) {
		return (english && this.nameEn != null && !this.nameEn.isBlank()) ? this.nameEn : this.name;
	}

}
