package com.clinigrad.exams;

/**
 * What a sitting is for, and so where its released results go
 * ({@link ExamResultsReleased}).
 */
public enum SittingPurpose {

	/** 轮转出科理论考试: the theory score of the candidate's rotation in the department. */
	ROTATION_THEORY,
	/** 中期考核理论考试: the theory exam score of the candidate's mid-term assessment. */
	MIDTERM_THEORY,
	/** 课程或学科考试: kept with the sitting only. */
	COURSE;

	/**
	 * @return whether a sitting for this purpose names the rotation department (and only
	 * then)
	 */
	public boolean namesDepartment() {
		return this == ROTATION_THEORY;
	}

	public String messageKey() {
		return "exams.purpose." + name();
	}

}
