package com.clinigrad.teaching;

/**
 * What counts into a teacher's workload (教学工作量), each with the unit its weight
 * multiplies.
 */
public enum WorkloadActivity {

	/** 授课学时: the catalog hours of each offering taught. */
	HOURS_TAUGHT,
	/** 指导研究生: each student supervised or co-supervised during the year. */
	STUDENTS_SUPERVISED,
	/** 论文盲审: each blind review with a verdict. */
	BLIND_REVIEWS,
	/** 答辩与考核委员: each seat on the panel of a milestone session held. */
	PANELS,
	/** 网考阅卷: each candidate's answer sheet marked by hand. */
	SCRIPTS_MARKED,
	/** OSCE 考站: each station examined in an exam held. */
	OSCE_STATIONS;

	public String messageKey() {
		return "workload.activity." + name();
	}

	public String unitKey() {
		return "workload.unit." + name();
	}

}
