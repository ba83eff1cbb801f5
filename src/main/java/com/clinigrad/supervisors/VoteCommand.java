package com.clinigrad.supervisors;

import java.time.LocalDate;

/**
 * The degree committee's vote on an application (表决): the counts, the day and the
 * decision number.
 */
public record VoteCommand(Integer votesFor, Integer votesAgainst, Integer votesAbstain, LocalDate decidedOn,
		String decisionNo) {

	/**
	 * @return whether more than half of those voting voted for
	 */
	public boolean carried() {
		return this.votesFor * 2 > this.votesFor + this.votesAgainst + this.votesAbstain;
	}

}
