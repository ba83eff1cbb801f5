package com.clinigrad.competency;

/**
 * What a period of the training plan is for: clinical training, research training (year 2
 * of the postdoc), a period abroad (year 3, selected trainees) or teaching.
 */
public enum PlanPhase {

	/** 临床培训 */
	CLINICAL,
	/** 科研训练 */
	RESEARCH,
	/** 海外交流 */
	ABROAD,
	/** 教学 */
	TEACHING;

	public String messageKey() {
		return "cbt.phase." + name();
	}

}
