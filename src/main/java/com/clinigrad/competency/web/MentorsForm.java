package com.clinigrad.competency.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import com.clinigrad.competency.MentorsCommand;

/**
 * The mentor group typed on the plan page: staff numbers separated by commas, spaces or
 * new lines, the lead's staff number and the reason.
 */
class MentorsForm {

	private long version;

	private String staffNos;

	private String lead;

	private String reason;

	MentorsCommand toCommand() {
		List<String> numbers = new ArrayList<>();
		if (this.staffNos != null) {
			numbers.addAll(Arrays.asList(this.staffNos.split("[\\s,，、;；]+")));
		}
		return new MentorsCommand(numbers, this.lead, this.reason);
	}

	public long getVersion() {
		return this.version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

	public String getStaffNos() {
		return this.staffNos;
	}

	public void setStaffNos(String staffNos) {
		this.staffNos = staffNos;
	}

	public String getLead() {
		return this.lead;
	}

	public void setLead(String lead) {
		this.lead = lead;
	}

	public String getReason() {
		return this.reason;
	}

	public void setReason(String reason) {
		this.reason = reason;
	}

}
