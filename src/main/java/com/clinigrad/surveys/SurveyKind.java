package com.clinigrad.surveys;

/**
 * What a survey asks about; a supervision survey is answered about the student's own
 * supervisor, and its results are per supervisor.
 */
public enum SurveyKind {

	/** 课程教学. */
	TEACHING,
	/** 导师指导. */
	SUPERVISION,
	/** 管理服务. */
	SERVICES;

	public String messageKey() {
		return "surveyKind." + name();
	}

}
