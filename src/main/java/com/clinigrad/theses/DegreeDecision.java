package com.clinigrad.theses;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import com.clinigrad.shared.BusinessRuleException;
import com.clinigrad.theses.DegreeDecisionStatus.Action;

/**
 * The degree committee's decision on a student after the defense (学位评定委员会决议) and the
 * award that follows it. Guards its status: only the transitions
 * {@link DegreeDecisionStatus} allows. Whether the student passed the defense and meets
 * the audit, and who may decide, is the services' concern.
 */
@Entity
@Table(name = "degree_decision")
class DegreeDecision {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private long studentId;

	private LocalDate meetingOn;

	private int committeeSize;

	private int votesFor;

	private int votesAgainst;

	private int votesAbstain;

	@Enumerated(EnumType.STRING)
	private CommitteeDecision decision;

	private String resolution;

	private String decidedBy;

	private Instant decidedAt = Instant.now();

	private LocalDate awardedOn;

	private String certificateNo;

	private String awardedBy;

	@Version
	private long version;

	protected DegreeDecision() {
	}

	/**
	 * Records the committee's vote: at least two thirds of the committee present, after
	 * the passed defense; more than half of all members in favour awards the degree.
	 * @param defendedOn the date of the passed defense, or {@code null} for none
	 */
	static DegreeDecision decide(long studentId, Vote vote, LocalDate defendedOn, LocalDate today, String who) {
		if (vote.meetingOn() == null || vote.meetingOn().isAfter(today)) {
			throw new BusinessRuleException("degree.error.meetingDate");
		}
		if (vote.resolution() == null || vote.resolution().isBlank()) {
			throw new BusinessRuleException("degree.error.resolution");
		}
		if (vote.committeeSize() < 3 || vote.votesFor() < 0 || vote.votesAgainst() < 0 || vote.votesAbstain() < 0) {
			throw new BusinessRuleException("degree.error.votes");
		}
		int present = vote.votesFor() + vote.votesAgainst() + vote.votesAbstain();
		if (present > vote.committeeSize()) {
			throw new BusinessRuleException("degree.error.moreVotesThanMembers", String.valueOf(present),
					String.valueOf(vote.committeeSize()));
		}
		if (present * 3 < vote.committeeSize() * 2) {
			throw new BusinessRuleException("degree.error.quorum", String.valueOf(present),
					String.valueOf(vote.committeeSize()));
		}
		if (defendedOn == null) {
			throw new BusinessRuleException("degree.error.noDefense");
		}
		if (vote.meetingOn().isBefore(defendedOn)) {
			throw new BusinessRuleException("degree.error.meetingBeforeDefense", defendedOn.toString());
		}
		DegreeDecision decision = new DegreeDecision();
		decision.studentId = studentId;
		decision.meetingOn = vote.meetingOn();
		decision.committeeSize = vote.committeeSize();
		decision.votesFor = vote.votesFor();
		decision.votesAgainst = vote.votesAgainst();
		decision.votesAbstain = vote.votesAbstain();
		decision.decision = (vote.votesFor() * 2 > vote.committeeSize()) ? CommitteeDecision.AWARD
				: CommitteeDecision.NOT_AWARD;
		decision.resolution = vote.resolution().trim();
		decision.decidedBy = who;
		return decision;
	}

	/**
	 * Records the award of a degree the committee decided to award: a date between the
	 * meeting and today, and the 16-digit certificate number.
	 */
	void award(LocalDate awardedOn, String certificateNo, LocalDate today, String who) {
		DegreeDecisionStatus next = status().after(Action.AWARD);
		if (next == null) {
			throw (status() == DegreeDecisionStatus.AWARDED)
					? new BusinessRuleException("degree.error.alreadyAwarded", this.certificateNo)
					: new BusinessRuleException("degree.error.notAwarded");
		}
		if (awardedOn == null || awardedOn.isBefore(this.meetingOn) || awardedOn.isAfter(today)) {
			throw new BusinessRuleException("degree.error.awardDate", this.meetingOn.toString());
		}
		String number = (certificateNo == null) ? "" : certificateNo.trim();
		if (!number.matches("[0-9]{16}")) {
			throw new BusinessRuleException("degree.error.certificateNo");
		}
		this.awardedOn = awardedOn;
		this.certificateNo = number;
		this.awardedBy = who;
	}

	/**
	 * @return where the decision stands: the award, once recorded, is what the columns
	 * {@code awarded_on} and {@code certificate_no} hold
	 */
	DegreeDecisionStatus status() {
		if (this.awardedOn != null) {
			return DegreeDecisionStatus.AWARDED;
		}
		return (this.decision == CommitteeDecision.AWARD) ? DegreeDecisionStatus.AWARD_DECIDED
				: DegreeDecisionStatus.NOT_AWARDED;
	}

	Long id() {
		return this.id;
	}

	CommitteeDecision decision() {
		return this.decision;
	}

	String certificateNo() {
		return this.certificateNo;
	}

	long version() {
		return this.version;
	}

	/**
	 * The committee's vote as the secretary records it.
	 */
	record Vote(LocalDate meetingOn, int committeeSize, int votesFor, int votesAgainst, int votesAbstain,
			String resolution) {

	}

}
