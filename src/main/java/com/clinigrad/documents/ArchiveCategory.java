package com.clinigrad.documents;

/**
 * What a file of a degree archive is, in the order the archive lists them.
 */
public enum ArchiveCategory {

	/** 学位论文各版本. */
	THESIS_VERSION,
	/** 学术不端检测报告. */
	SIMILARITY_REPORT,
	/** 盲审评阅意见（匿名）. */
	BLIND_REVIEW,
	/** 答辩决议. */
	DEFENSE_RESOLUTION,
	/** 学位评定委员会表决. */
	COMMITTEE_VOTE,
	/** 授位日的学位审核（冻结）. */
	AUDIT,
	/** 成绩单. */
	TRANSCRIPT,
	/** 证明文件. */
	CERTIFICATE,
	/** 学位授予信息更正说明（冻结后追加）. */
	AWARD_CORRECTION;

	public String messageKey() {
		return "archive.category." + name();
	}

}
