package com.clinigrad.achievements;

/**
 * What a student enters in the achievement register. Confirmed certificates and
 * publications reach the degree audit; grants, patents and awards are kept for the
 * record.
 */
public enum AchievementKind {

	/** 执业医师资格证书. */
	MEDICAL_LICENSE,
	/** 住院医师规范化培训合格证书. */
	RESIDENCY_COMPLETION,
	/** 论文发表. */
	PUBLICATION,
	/** 科研项目. */
	GRANT,
	/** 专利. */
	PATENT,
	/** 奖励. */
	AWARD;

	/**
	 * @return whether it is a certificate the audit reads
	 */
	public boolean certificate() {
		return this == MEDICAL_LICENSE || this == RESIDENCY_COMPLETION;
	}

	public boolean publication() {
		return this == PUBLICATION;
	}

}
