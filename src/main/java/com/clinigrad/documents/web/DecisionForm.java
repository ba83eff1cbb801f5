package com.clinigrad.documents.web;

/**
 * The office's decision on a document: its version, the reason (rejection, revocation)
 * and the confirmation that a revocation cannot be undone.
 */
class DecisionForm {

	private long version;

	private String reason;

	private boolean confirm;

	public long getVersion() {
		return this.version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

	public String getReason() {
		return this.reason;
	}

	public void setReason(String reason) {
		this.reason = reason;
	}

	public boolean isConfirm() {
		return this.confirm;
	}

	public void setConfirm(boolean confirm) {
		this.confirm = confirm;
	}

}
