package com.clinigrad.theses;

/**
 * One candidate's ballots at a degree committee meeting (学位评定委员会表决): for, against,
 * abstaining. More than half of all members in favour awards the degree — of all members,
 * not of those present.
 */
public record Tally(int votesFor, int votesAgainst, int votesAbstain) {

	/**
	 * @return the ballots cast
	 */
	public int ballots() {
		return this.votesFor + this.votesAgainst + this.votesAbstain;
	}

	/**
	 * @return whether a count is negative
	 */
	boolean negative() {
		return this.votesFor < 0 || this.votesAgainst < 0 || this.votesAbstain < 0;
	}

	/**
	 * @param committeeSize all members of the committee, present or not
	 */
	public CommitteeDecision decision(int committeeSize) {
		return (this.votesFor * 2 > committeeSize) ? CommitteeDecision.AWARD : CommitteeDecision.NOT_AWARD;
	}

	/**
	 * @return whether these votes award the degree in a committee of that size
	 */
	public boolean awards(int committeeSize) {
		return decision(committeeSize) == CommitteeDecision.AWARD;
	}

	/**
	 * @return the fewest votes in favour that award the degree: more than half of all
	 * members
	 */
	public static int awardingVotes(int committeeSize) {
		return committeeSize / 2 + 1;
	}

	/**
	 * @return the fewest members present for a quorum: two thirds of all members
	 */
	public static int quorum(int committeeSize) {
		return (committeeSize * 2 + 2) / 3;
	}

}
