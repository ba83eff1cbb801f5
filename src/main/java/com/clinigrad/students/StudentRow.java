package com.clinigrad.students;

/**
 * One line of the student list, also what other modules' lists of students show and
 * filter by (warnings and cases, course failures, the at-risk view).
 *
 * @param risk what the degree audit's scan found, {@link StudentRisk#NONE} when nothing
 */
public record StudentRow(String studentNo, String name, DegreeType degreeType, String programCode, String programName,
		String programNameEn, int cohortYear, String disciplineCode, String disciplineName, String disciplineNameEn,
		String hospitalCode, String hospitalName, String hospitalNameEn, String supervisorStaffNo,
		String supervisorName, String coSupervisorStaffNo, String coSupervisorName, StudentStatus status,
		StudentRisk risk) {

	public StudentRow {
		risk = (risk != null) ? risk : StudentRisk.NONE;
	}

	/**
	 * @return the program's name in the page's language
	 */
	public String programDisplayName(boolean english) {
		return pick(english, this.programName, this.programNameEn, this.programCode);
	}

	/**
	 * @return the hospital's name in the page's language, or an empty text
	 */
	public String hospitalDisplayName(boolean english) {
		return pick(english, this.hospitalName, this.hospitalNameEn, "");
	}

	public String disciplineDisplayName(boolean english) {
		return pick(english, this.disciplineName, this.disciplineNameEn, this.disciplineCode);
	}

	private static String pick(boolean english, String chinese, String englishName, String otherwise) {
		if (english && englishName != null && !englishName.isBlank()) {
			return englishName;
		}
		return (chinese != null) ? chinese : otherwise;
	}

}
