package com.clinigrad.notifications.web;

/**
 * One reminder rule as typed: days, working or calendar days, on or off, and the version
 * the page showed.
 */
class ReminderRuleForm {

	private Integer days;

	private boolean workingDays;

	private boolean enabled;

	private long version;

	public Integer getDays() {
		return this.days;
	}

	public void setDays(Integer days) {
		this.days = days;
	}

	public boolean isWorkingDays() {
		return this.workingDays;
	}

	public void setWorkingDays(boolean workingDays) {
		this.workingDays = workingDays;
	}

	public boolean isEnabled() {
		return this.enabled;
	}

	public void setEnabled(boolean enabled) {
		this.enabled = enabled;
	}

	public long getVersion() {
		return this.version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

}
