package com.clinigrad.competency.web;

import com.clinigrad.competency.PeriodCommand;
import com.clinigrad.competency.PlanPhase;

/**
 * A period the office adds to a plan.
 */
class PeriodForm {

	private long version;

	private Integer year;

	private PlanPhase phase;

	private String title;

	private Integer months;

	private String reason;

	PeriodCommand toCommand() {
		return new PeriodCommand(this.year, this.phase, this.title, this.months, this.reason);
	}

	public long getVersion() {
		return this.version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

	public Integer getYear() {
		return this.year;
	}

	public void setYear(Integer year) {
		this.year = year;
	}

	public PlanPhase getPhase() {
		return this.phase;
	}

	public void setPhase(PlanPhase phase) {
		this.phase = phase;
	}

	public String getTitle() {
		return this.title;
	}

	public void setTitle(String title) {
		this.title = title;
	}

	public Integer getMonths() {
		return this.months;
	}

	public void setMonths(Integer months) {
		this.months = months;
	}

	public String getReason() {
		return this.reason;
	}

	public void setReason(String reason) {
		this.reason = reason;
	}

}
