package com.clinigrad.theses;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import com.clinigrad.shared.BusinessRuleException;
import com.clinigrad.theses.DegreeDecisionStatus.Action;

/**
 * The degree committee's decision on a student after the defense (学位评定委员会决议) and the
 * award that follows it. Guards its status: only the transitions
 * {@link DegreeDecisionStatus} allows. A corrected vote, and a corrected award date or
 * certificate number, keep what was recorded before, with who corrected it, when and why.
 * Whether the student passed the defense and meets the audit, and who may decide, is the
 * services' concern.
 */
@Entity
@Table(name = "degree_decision")
class DegreeDecision {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private long studentId;

	private Long meetingId;

	private LocalDate meetingOn;

	private int committeeSize;

	private Integer membersPresent;

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

	@ElementCollection(fetch = FetchType.LAZY)
	@CollectionTable(name = "degree_decision_correction", joinColumns = @JoinColumn(name = "decision_id"))
	@OrderColumn(name = "position")
	private List<Correction> corrections = new ArrayList<>();

	@ElementCollection(fetch = FetchType.LAZY)
	@CollectionTable(name = "degree_award_correction", joinColumns = @JoinColumn(name = "decision_id"))
	@OrderColumn(name = "position")
	private List<AwardCorrection> awardCorrections = new ArrayList<>();

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
		checkAttendance(vote.committeeSize(), vote.membersPresent());
		checkBallots(vote.tally(), vote.membersPresent());
		if (defendedOn == null) {
			throw new BusinessRuleException("degree.error.noDefense");
		}
		if (vote.meetingOn().isBefore(defendedOn)) {
			throw new BusinessRuleException("degree.error.meetingBeforeDefense", defendedOn.toString());
		}
		DegreeDecision decision = new DegreeDecision();
		decision.studentId = studentId;
		decision.meetingId = vote.meetingId();
		decision.meetingOn = vote.meetingOn();
		decision.committeeSize = vote.committeeSize();
		decision.membersPresent = vote.membersPresent();
		decision.apply(vote.tally());
		decision.resolution = vote.resolution().trim();
		decision.decidedBy = who;
		return decision;
	}

	/**
	 * The committee's size (3 to 99 members) and a quorum of two thirds of it present.
	 */
	static void checkAttendance(int committeeSize, int membersPresent) {
		if (committeeSize < 3 || committeeSize > 99 || membersPresent < 0) {
			throw new BusinessRuleException("degree.error.votes");
		}
		if (membersPresent > committeeSize) {
			throw new BusinessRuleException("degree.error.presentMoreThanMembers", String.valueOf(membersPresent),
					String.valueOf(committeeSize));
		}
		if (membersPresent < Tally.quorum(committeeSize)) {
			throw new BusinessRuleException("degree.error.quorum", String.valueOf(membersPresent),
					String.valueOf(committeeSize), String.valueOf(Tally.quorum(committeeSize)));
		}
	}

	private static void checkBallots(Tally tally, int membersPresent) {
		if (tally == null || tally.negative()) {
			throw new BusinessRuleException("degree.error.votes");
		}
		if (tally.ballots() > membersPresent) {
			throw new BusinessRuleException("degree.error.moreVotesThanPresent", String.valueOf(tally.ballots()),
					String.valueOf(membersPresent));
		}
	}

	/**
	 * Corrects a mistyped vote, before the award: the decision follows the corrected
	 * vote; what was recorded before stays in the decision's history with the reason.
	 */
	void correct(Tally corrected, String reason, String who) {
		if (corrected == null || corrected.negative()) {
			throw new BusinessRuleException("degree.error.votes");
		}
		CommitteeDecision outcome = corrected.decision(this.committeeSize);
		DegreeDecisionStatus next = status()
			.after((outcome == CommitteeDecision.AWARD) ? Action.CORRECT_TO_AWARD : Action.CORRECT_TO_NOT_AWARD);
		if (next == null) {
			throw new BusinessRuleException("degree.correction.error.awarded", this.certificateNo);
		}
		if (reason == null || reason.isBlank()) {
			throw new BusinessRuleException("degree.correction.error.reason");
		}
		if (reason.length() > 2000) {
			throw new BusinessRuleException("degree.correction.error.reasonLong");
		}
		if (corrected.equals(tally())) {
			throw new BusinessRuleException("degree.correction.error.unchanged");
		}
		checkBallots(corrected, (this.membersPresent != null) ? this.membersPresent : this.committeeSize);
		if (this.membersPresent == null && corrected.ballots() < Tally.quorum(this.committeeSize)) {
			// recorded before meetings kept their attendance: the ballots show who was
			// there
			throw new BusinessRuleException("degree.error.quorum", String.valueOf(corrected.ballots()),
					String.valueOf(this.committeeSize), String.valueOf(Tally.quorum(this.committeeSize)));
		}
		this.corrections.add(new Correction(tally(), this.decision, corrected, outcome, reason.trim(), who));
		apply(corrected);
	}

	private void apply(Tally tally) {
		this.votesFor = tally.votesFor();
		this.votesAgainst = tally.votesAgainst();
		this.votesAbstain = tally.votesAbstain();
		this.decision = tally.decision(this.committeeSize);
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
		String number = checkedAward(awardedOn, certificateNo, today);
		this.awardedOn = awardedOn;
		this.certificateNo = number;
		this.awardedBy = who;
	}

	/**
	 * Corrects a mistyped award date or certificate number of an awarded degree
	 * (学位授予信息更正): the degree stays awarded; what was recorded before stays in the
	 * decision's history with who corrected it, when and why.
	 */
	void correctAward(LocalDate awardedOn, String certificateNo, String reason, LocalDate today, String who) {
		if (status().after(Action.CORRECT_AWARD) == null) {
			throw new BusinessRuleException("degree.awardCorrection.error.notAwarded");
		}
		if (reason == null || reason.isBlank()) {
			throw new BusinessRuleException("degree.correction.error.reason");
		}
		if (reason.length() > 2000) {
			throw new BusinessRuleException("degree.correction.error.reasonLong");
		}
		String number = checkedAward(awardedOn, certificateNo, today);
		if (awardedOn.equals(this.awardedOn) && number.equals(this.certificateNo)) {
			throw new BusinessRuleException("degree.awardCorrection.error.unchanged");
		}
		this.awardCorrections
			.add(new AwardCorrection(this.awardedOn, this.certificateNo, awardedOn, number, reason.trim(), who));
		this.awardedOn = awardedOn;
		this.certificateNo = number;
	}

	/**
	 * @return the certificate number without surrounding blanks, once the date is between
	 * the meeting and today and the number has 16 digits
	 */
	private String checkedAward(LocalDate awardedOn, String certificateNo, LocalDate today) {
		if (awardedOn == null || awardedOn.isBefore(this.meetingOn) || awardedOn.isAfter(today)) {
			throw new BusinessRuleException("degree.error.awardDate", this.meetingOn.toString());
		}
		String number = (certificateNo == null) ? "" : certificateNo.trim();
		if (!number.matches("[0-9]{16}")) {
			throw new BusinessRuleException("degree.error.certificateNo");
		}
		return number;
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

	long studentId() {
		return this.studentId;
	}

	Long meetingId() {
		return this.meetingId;
	}

	Tally tally() {
		return new Tally(this.votesFor, this.votesAgainst, this.votesAbstain);
	}

	CommitteeDecision decision() {
		return this.decision;
	}

	String certificateNo() {
		return this.certificateNo;
	}

	LocalDate awardedOn() {
		return this.awardedOn;
	}

	List<Correction> corrections() {
		return List.copyOf(this.corrections);
	}

	List<AwardCorrection> awardCorrections() {
		return List.copyOf(this.awardCorrections);
	}

	long version() {
		return this.version;
	}

	/**
	 * The committee's vote as the secretary records it.
	 *
	 * @param meetingId the meeting that voted, or {@code null}
	 * @param membersPresent the members at the meeting
	 */
	record Vote(Long meetingId, LocalDate meetingOn, int committeeSize, int membersPresent, Tally tally,
			String resolution) {

	}

	/**
	 * One correction of the vote: what was recorded before and after, and why.
	 */
	@Embeddable
	static class Correction {

		@Column(name = "votes_for_before")
		private int votesForBefore;

		@Column(name = "votes_against_before")
		private int votesAgainstBefore;

		@Column(name = "votes_abstain_before")
		private int votesAbstainBefore;

		@Enumerated(EnumType.STRING)
		@Column(name = "decision_before")
		private CommitteeDecision decisionBefore;

		@Column(name = "votes_for_after")
		private int votesForAfter;

		@Column(name = "votes_against_after")
		private int votesAgainstAfter;

		@Column(name = "votes_abstain_after")
		private int votesAbstainAfter;

		@Enumerated(EnumType.STRING)
		@Column(name = "decision_after")
		private CommitteeDecision decisionAfter;

		private String reason;

		private String correctedBy;

		private Instant correctedAt;

		protected Correction() {
		}

		Correction(Tally before, CommitteeDecision decisionBefore, Tally after, CommitteeDecision decisionAfter,
				String reason, String correctedBy) {
			this.votesForBefore = before.votesFor();
			this.votesAgainstBefore = before.votesAgainst();
			this.votesAbstainBefore = before.votesAbstain();
			this.decisionBefore = decisionBefore;
			this.votesForAfter = after.votesFor();
			this.votesAgainstAfter = after.votesAgainst();
			this.votesAbstainAfter = after.votesAbstain();
			this.decisionAfter = decisionAfter;
			this.reason = reason;
			this.correctedBy = correctedBy;
			this.correctedAt = Instant.now();
		}

		Tally before() {
			return new Tally(this.votesForBefore, this.votesAgainstBefore, this.votesAbstainBefore);
		}

		Tally after() {
			return new Tally(this.votesForAfter, this.votesAgainstAfter, this.votesAbstainAfter);
		}

		CommitteeDecision decisionBefore() {
			return this.decisionBefore;
		}

		CommitteeDecision decisionAfter() {
			return this.decisionAfter;
		}

		String reason() {
			return this.reason;
		}

		String correctedBy() {
			return this.correctedBy;
		}

		Instant correctedAt() {
			return this.correctedAt;
		}

	}

	/**
	 * One correction of the award: the date and certificate number before and after, and
	 * why.
	 */
	@Embeddable
	static class AwardCorrection {

		@Column(name = "awarded_on_before")
		private LocalDate awardedOnBefore;

		@Column(name = "certificate_no_before")
		private String certificateNoBefore;

		@Column(name = "awarded_on_after")
		private LocalDate awardedOnAfter;

		@Column(name = "certificate_no_after")
		private String certificateNoAfter;

		private String reason;

		private String correctedBy;

		private Instant correctedAt;

		protected AwardCorrection() {
		}

		AwardCorrection(LocalDate awardedOnBefore, String certificateNoBefore, LocalDate awardedOnAfter,
				String certificateNoAfter, String reason, String correctedBy) {
			this.awardedOnBefore = awardedOnBefore;
			this.certificateNoBefore = certificateNoBefore;
			this.awardedOnAfter = awardedOnAfter;
			this.certificateNoAfter = certificateNoAfter;
			this.reason = reason;
			this.correctedBy = correctedBy;
			this.correctedAt = Instant.now();
		}

		LocalDate awardedOnBefore() {
			return this.awardedOnBefore;
		}

		String certificateNoBefore() {
			return this.certificateNoBefore;
		}

		LocalDate awardedOnAfter() {
			return this.awardedOnAfter;
		}

		String certificateNoAfter() {
			return this.certificateNoAfter;
		}

		String reason() {
			return this.reason;
		}

		String correctedBy() {
			return this.correctedBy;
		}

	}

}
