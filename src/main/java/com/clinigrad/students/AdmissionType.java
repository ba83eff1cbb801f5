package com.clinigrad.students;

/**
 * How the student was admitted (录取方式); drives freshman awards and diversion rules.
 */
public enum AdmissionType {

	/** 推荐免试. */
	EXEMPT,
	/** 全国统考. */
	EXAM,
	/** 直博. */
	DIRECT_PHD,
	/** 硕博连读. */
	MASTER_TO_PHD,
	/** 普通招考. */
	GENERAL;

	public String messageKey() {
		return "admissionType." + name();
	}

}
