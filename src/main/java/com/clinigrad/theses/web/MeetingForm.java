package com.clinigrad.theses.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * A new degree committee meeting: its date, the committee's size and the candidates on
 * its agenda. Values are kept as typed, so that a refused form shows them again.
 */
class MeetingForm {

	private String heldOn;

	private String membersTotal;

	private List<String> students = new ArrayList<>();

	LocalDate heldOnDate() {
		try {
			return (this.heldOn == null || this.heldOn.isBlank()) ? null : LocalDate.parse(this.heldOn.trim());
		}
		catch (DateTimeParseException ex) {
			return null;
		}
	}

	int membersTotalNumber() {
		return VotesForm.number(this.membersTotal, 0);
	}

	public String getHeldOn() {
		return this.heldOn;
	}

	public void setHeldOn(String heldOn) {
		this.heldOn = heldOn;
	}

	public String getMembersTotal() {
		return this.membersTotal;
	}

	public void setMembersTotal(String membersTotal) {
		this.membersTotal = membersTotal;
	}

	public List<String> getStudents() {
		return this.students;
	}

	public void setStudents(List<String> students) {
		this.students = students;
	}

}
