package com.clinigrad.supervisors.web;

import java.time.LocalDate;

import com.clinigrad.supervisors.VoteCommand;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * The degree committee's vote on an application; {@code confirmed} acknowledges that a
 * vote once recorded is final.
 */
class VoteForm {

	private Integer votesFor;

	private Integer votesAgainst;

	private Integer votesAbstain;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate decidedOn;

	private String decisionNo;

	private boolean confirmed;

	private long version;

	VoteCommand toCommand() {
		return new VoteCommand(this.votesFor, this.votesAgainst, this.votesAbstain, this.decidedOn, this.decisionNo);
	}

	public Integer getVotesFor() {
		return this.votesFor;
	}

	public void setVotesFor(Integer votesFor) {
		this.votesFor = votesFor;
	}

	public Integer getVotesAgainst() {
		return this.votesAgainst;
	}

	public void setVotesAgainst(Integer votesAgainst) {
		this.votesAgainst = votesAgainst;
	}

	public Integer getVotesAbstain() {
		return this.votesAbstain;
	}

	public void setVotesAbstain(Integer votesAbstain) {
		this.votesAbstain = votesAbstain;
	}

	public LocalDate getDecidedOn() {
		return this.decidedOn;
	}

	public void setDecidedOn(LocalDate decidedOn) {
		this.decidedOn = decidedOn;
	}

	public String getDecisionNo() {
		return this.decisionNo;
	}

	public void setDecisionNo(String decisionNo) {
		this.decisionNo = decisionNo;
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
