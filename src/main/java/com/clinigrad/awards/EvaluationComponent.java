package com.clinigrad.awards;

/**
 * The parts of the comprehensive evaluation (综合测评), each weighted by the scheme.
 */
public enum EvaluationComponent {

	/** Course grades (课程成绩). */
	GRADES,
	/** Clinical work: rotation assessments (临床能力). */
	CLINICAL,
	/** Research: confirmed achievements (科研成果). */
	RESEARCH,
	/** Social practice and service (社会实践与服务). */
	SERVICE,
	/** The medical-ethics file (医德医风). */
	ETHICS;

	public String messageKey() {
		return "award.component." + name();
	}

}
