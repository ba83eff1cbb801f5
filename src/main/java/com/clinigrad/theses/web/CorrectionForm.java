package com.clinigrad.theses.web;

import com.clinigrad.theses.DegreeDecisions;
import com.clinigrad.theses.Tally;

/**
 * The corrected votes of a recorded decision and why. Values are kept as typed, so that a
 * refused form shows them again.
 */
class CorrectionForm {

	private long version;

	private String votesFor;

	private String votesAgainst;

	private String votesAbstain;

	private String reason;

	/**
	 * The form as the decision stands.
	 */
	static CorrectionForm of(DegreeDecisions.Decision decision) {
		CorrectionForm form = new CorrectionForm();
		form.version = decision.version();
		form.votesFor = String.valueOf(decision.tally().votesFor());
		form.votesAgainst = String.valueOf(decision.tally().votesAgainst());
		form.votesAbstain = String.valueOf(decision.tally().votesAbstain());
		return form;
	}

	/**
	 * @return the counts typed; a count that is not a whole number is -1, which the
	 * decision refuses
	 */
	Tally tally() {
		return new Tally(VotesForm.number(this.votesFor, -1), VotesForm.number(this.votesAgainst, -1),
				VotesForm.number(this.votesAbstain, -1));
	}

	public long getVersion() {
		return this.version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

	public String getVotesFor() {
		return this.votesFor;
	}

	public void setVotesFor(String votesFor) {
		this.votesFor = votesFor;
	}

	public String getVotesAgainst() {
		return this.votesAgainst;
	}

	public void setVotesAgainst(String votesAgainst) {
		this.votesAgainst = votesAgainst;
	}

	public String getVotesAbstain() {
		return this.votesAbstain;
	}

	public void setVotesAbstain(String votesAbstain) {
		this.votesAbstain = votesAbstain;
	}

	public String getReason() {
		return this.reason;
	}

	public void setReason(String reason) {
		this.reason = reason;
	}

}
