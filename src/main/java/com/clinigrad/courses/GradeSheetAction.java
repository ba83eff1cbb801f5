package com.clinigrad.courses;

/**
 * What can be done to an offering's grade sheet; {@link GradeSheetStatus#next} says in
 * which states.
 */
public enum GradeSheetAction {

	/** The instructor or staff save grades on the grid (录入成绩). */
	RECORD,
	/** The class's grades are handed in as final (提交成绩). */
	SUBMIT,
	/** The graduate school opens a submitted sheet again for a correction (重新开放). */
	REOPEN,
	/**
	 * Graduate-school staff import grades of the class (the grades dataset): allowed in
	 * every state, and kept in the history of a submitted sheet.
	 */
	IMPORT;

	public String messageKey() {
		return "grades.sheet.action." + name();
	}

}
