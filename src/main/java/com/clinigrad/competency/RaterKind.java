package com.clinigrad.competency;

/**
 * Who rates a trainee in a 360° evaluation (多源反馈): attendings and peers are invited by
 * their records (staff or student number), nurses and patients by a one-time link, the
 * trainee rates themself.
 */
public enum RaterKind {

	/** 上级医师 */
	ATTENDING,
	/** 护士 */
	NURSE,
	/** 同伴 */
	PEER,
	/** 患者 */
	PATIENT,
	/** 自评 */
	SELF;

	/**
	 * @return whether raters of this kind are invited by a one-time link (they hold no
	 * account)
	 */
	public boolean byLink() {
		return this == NURSE || this == PATIENT;
	}

	/**
	 * @return whether the kind's results count towards the competency profile (a self
	 * rating does not)
	 */
	public boolean feedsProfile() {
		return this != SELF;
	}

	public String messageKey() {
		return "msf.kind." + name();
	}

}
