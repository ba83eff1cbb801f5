package com.clinigrad.competency;

/**
 * The assessments a competency profile reads (DOMAIN §3.4, §4): the rotation assessments
 * of the rotations module, and the OSCE and 360° evaluation of this module.
 */
public enum EvidenceKind {

	/** 出科考核 */
	EXIT_EXAM,
	/** Mini-CEX */
	MINI_CEX,
	/** DOPS */
	DOPS,
	/** 病历书写 */
	MEDICAL_RECORD,
	/** 年度考核 */
	ANNUAL,
	/** OSCE 客观结构化临床考试 */
	OSCE_SHEET,
	/** 360° 评价 */
	MULTISOURCE;

	public String messageKey() {
		return "cbt.evidence." + name();
	}

}
