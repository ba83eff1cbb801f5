package com.clinigrad.awards;

/**
 * The kinds of award a scheme offers (奖助类别).
 */
public enum AwardKind {

	/** 国家奖学金. */
	NATIONAL_SCHOLARSHIP,
	/** 学业奖学金 (in classes 1, 2, 3 where the scheme ranks). */
	ACADEMIC_SCHOLARSHIP,
	/** 新生奖学金, by admission type. */
	FRESHMAN_SCHOLARSHIP,
	/** 助学金 / 岗位助学金. */
	STIPEND,
	/** 国家助学金. */
	NATIONAL_GRANT,
	/** 助研津贴. */
	RESEARCH_ASSISTANT,
	/** 勤工助学 (posts paid by the hour, session or day). */
	WORK_STUDY,
	/** 临时困难补助. */
	HARDSHIP_GRANT,
	/** 学费减收. */
	TUITION_REDUCTION;

	/**
	 * @return whether the award is paid every month (a stipend or grant), not once
	 */
	public boolean recurring() {
		return this == STIPEND || this == NATIONAL_GRANT || this == RESEARCH_ASSISTANT;
	}

	public String messageKey() {
		return "award.kind." + name();
	}

}
