package com.clinigrad.selection;

/**
 * Where a suspension came from: derived from the records by the scheme, or recorded by
 * the graduate school.
 */
public enum SuspensionSource {

	/** 依据记录自动认定. */
	DERIVED,
	/** 研究生院认定. */
	RECORDED;

	public String messageKey() {
		return "selection.source." + name();
	}

}
