package com.clinigrad.theses;

/**
 * What an uploaded thesis file is.
 */
public enum FileKind {

	/** 学位论文: the thesis as written, whose characters are counted. */
	FULL,
	/** 盲审版: the anonymised copy the reviewers receive. */
	BLIND;

	public String messageKey() {
		return "thesis.kind." + name();
	}

}
