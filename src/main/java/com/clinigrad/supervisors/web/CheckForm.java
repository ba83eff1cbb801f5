package com.clinigrad.supervisors.web;

/**
 * The graduate school's check of an application: forward or reject, with a note (the
 * reason, required to reject); {@code confirmed} acknowledges that a rejection is final.
 */
class CheckForm {

	private String note;

	private boolean confirmed;

	private long version;

	public String getNote() {
		return this.note;
	}

	public void setNote(String note) {
		this.note = note;
	}

	public boolean isConfirmed() {
		return this.confirmed;
	}

	public void setConfirmed(boolean confirmed) {
		this.confirmed = confirmed;
	}

	public long getVersion() {
		return this.version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

}
