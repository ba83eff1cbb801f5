package com.clinigrad.theses;

/**
 * The thesis milestones a panel holds or an import records (DOMAIN §3.1, §6).
 */
public enum MilestoneType {

	/** 开题报告. */
	PROPOSAL,
	/** 中期考核. */
	MIDTERM,
	/** 阶段考核. */
	STAGE_ASSESSMENT,
	/** 毕业论文中期汇报. */
	THESIS_PROGRESS,
	/** 预答辩. */
	PRE_DEFENSE,
	/** 临床能力考核. */
	CLINICAL_COMPETENCY,
	/** 答辩 — decided by the committee's vote. */
	DEFENSE;

	public String messageKey() {
		return "milestoneType." + name();
	}

}
