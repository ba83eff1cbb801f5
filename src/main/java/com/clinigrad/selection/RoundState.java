package com.clinigrad.selection;

/**
 * The states of a year's selection: computed again as often as needed while a draft; once
 * published the result list is final.
 */
public enum RoundState {

	/** 草稿 — scores, suspensions and places may still change. */
	DRAFT,
	/** 已公布. */
	PUBLISHED;

	public boolean canMoveTo(RoundState next) {
		return this == DRAFT && next == PUBLISHED;
	}

	public boolean open() {
		return this == DRAFT;
	}

	public String messageKey() {
		return "selection.roundState." + name();
	}

	public String tone() {
		return (this == DRAFT) ? "text-bg-warning" : "text-bg-success";
	}

}
