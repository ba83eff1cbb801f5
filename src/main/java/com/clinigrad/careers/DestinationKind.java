package com.clinigrad.careers;

/**
 * Where a graduate went (毕业去向), as the exchange format's {@code destination_kind}.
 */
public enum DestinationKind {

	/** 三级医院. */
	HOSPITAL_TERTIARY,
	/** 其他医疗机构. */
	HOSPITAL_OTHER,
	/** 高校. */
	UNIVERSITY,
	/** 升学. */
	FURTHER_STUDY,
	/** 出国（境）. */
	ABROAD,
	/** 其他就业. */
	OTHER_EMPLOYED,
	/** 待就业. */
	UNEMPLOYED;

	/**
	 * @return whether the graduate counts as employed (every kind but
	 * {@link #UNEMPLOYED})
	 */
	public boolean employed() {
		return this != UNEMPLOYED;
	}

	public String messageKey() {
		return "destinationKind." + name();
	}

}
