package com.clinigrad.theses;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.persistence.CollectionTable;
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
import com.clinigrad.theses.MeetingStatus.Action;

/**
 * A degree committee meeting (学位评定委员会会议): its date, its members, the candidates on its
 * agenda and the votes the secretary enters for them. Recorded once, all candidates
 * together, after a confirmation; only the transitions {@link MeetingStatus} allows.
 */
@Entity
@Table(name = "degree_meeting")
class DegreeMeeting {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private LocalDate heldOn;

	private int membersTotal;

	private Integer membersPresent;

	private String resolution;

	@Enumerated(EnumType.STRING)
	private MeetingStatus status = MeetingStatus.OPEN;

	private String createdBy;

	private Instant createdAt = Instant.now();

	private String recordedBy;

	private Instant recordedAt;

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "degree_meeting_candidate", joinColumns = @JoinColumn(name = "meeting_id"))
	@OrderColumn(name = "position")
	private List<Ballot> candidates = new ArrayList<>();

	@Version
	private long version;

	protected DegreeMeeting() {
	}

	/**
	 * A meeting with its agenda: the committee's size (3 to 99 members) and at least one
	 * candidate.
	 */
	static DegreeMeeting open(LocalDate heldOn, int membersTotal, List<Long> studentIds, String who) {
		if (heldOn == null) {
			throw new BusinessRuleException("degree.meeting.error.date");
		}
		if (membersTotal < 3 || membersTotal > 99) {
			throw new BusinessRuleException("degree.meeting.error.members");
		}
		if (studentIds.isEmpty()) {
			throw new BusinessRuleException("degree.meeting.error.noCandidates");
		}
		DegreeMeeting meeting = new DegreeMeeting();
		meeting.heldOn = heldOn;
		meeting.membersTotal = membersTotal;
		meeting.createdBy = who;
		studentIds.stream().distinct().forEach((id) -> meeting.candidates.add(new Ballot(id)));
		return meeting;
	}

	/**
	 * Enters the attendance, the resolution and every candidate's votes, replacing what
	 * was entered before. Each candidate who meets the audit needs all three counts, at
	 * most one ballot per member present; a candidate who does not meet it cannot be
	 * voted on.
	 */
	void enterVotes(int membersPresent, String resolution, List<Entry> entries) {
		MeetingStatus next = this.status.after(Action.ENTER_VOTES);
		if (next == null) {
			throw new BusinessRuleException("degree.meeting.error.notEditable");
		}
		if (membersPresent < 0) {
			throw new BusinessRuleException("degree.meeting.error.present");
		}
		DegreeDecision.checkAttendance(this.membersTotal, membersPresent);
		if (resolution == null || resolution.isBlank()) {
			throw new BusinessRuleException("degree.error.resolution");
		}
		if (resolution.length() > 4000) {
			throw new BusinessRuleException("degree.meeting.error.resolutionLong");
		}
		Map<Long, Entry> given = new HashMap<>();
		entries.forEach((entry) -> given.put(entry.studentId(), entry));
		int voted = 0;
		for (Ballot ballot : this.candidates) {
			Entry entry = given.get(ballot.studentId);
			if (entry == null) {
				throw new BusinessRuleException("degree.meeting.error.changed");
			}
			if (entry.unmet() != null) {
				if (entry.tally() != null) {
					throw new BusinessRuleException("degree.meeting.error.ineligibleVoted", entry.label(),
							entry.unmet());
				}
				continue;
			}
			if (entry.tally() == null) {
				throw new BusinessRuleException("degree.meeting.error.votesMissing", entry.label());
			}
			if (entry.tally().negative()) {
				throw new BusinessRuleException("degree.meeting.error.votesNegative", entry.label());
			}
			if (entry.tally().ballots() > membersPresent) {
				throw new BusinessRuleException("degree.meeting.error.tooManyVotes", entry.label(),
						String.valueOf(entry.tally().ballots()), String.valueOf(membersPresent));
			}
			voted++;
		}
		if (voted == 0) {
			throw new BusinessRuleException("degree.meeting.error.nobodyToVote");
		}
		for (Ballot ballot : this.candidates) {
			ballot.set(given.get(ballot.studentId).tally());
		}
		this.membersPresent = membersPresent;
		this.resolution = resolution.trim();
		this.status = next;
	}

	/**
	 * Closes the meeting as recorded, on or after its date, keeping why the candidates
	 * without votes were not voted on.
	 * @param unmet the codes of the checks each candidate does not meet, by student id
	 * @return the candidates voted on, with their votes
	 */
	List<Ballot> record(LocalDate today, String who, Map<Long, List<String>> unmet) {
		MeetingStatus next = this.status.after(Action.RECORD);
		if (next == null) {
			throw (this.status == MeetingStatus.OPEN) ? new BusinessRuleException("degree.meeting.error.noVotes")
					: new BusinessRuleException("degree.meeting.error.notEditable");
		}
		if (this.heldOn.isAfter(today)) {
			throw new BusinessRuleException("degree.meeting.error.notYet", this.heldOn.toString());
		}
		this.status = next;
		this.recordedBy = who;
		this.recordedAt = Instant.now();
		this.candidates.stream()
			.filter((ballot) -> ballot.tally() == null)
			.forEach((ballot) -> ballot.notVoted(unmet.getOrDefault(ballot.studentId, List.of())));
		return this.candidates.stream().filter((ballot) -> ballot.tally() != null).toList();
	}

	void cancel() {
		MeetingStatus next = this.status.after(Action.CANCEL);
		if (next == null) {
			throw new BusinessRuleException("degree.meeting.error.notEditable");
		}
		this.status = next;
	}

	Long id() {
		return this.id;
	}

	LocalDate heldOn() {
		return this.heldOn;
	}

	int membersTotal() {
		return this.membersTotal;
	}

	Integer membersPresent() {
		return this.membersPresent;
	}

	String resolution() {
		return this.resolution;
	}

	MeetingStatus status() {
		return this.status;
	}

	String createdBy() {
		return this.createdBy;
	}

	String recordedBy() {
		return this.recordedBy;
	}

	Instant recordedAt() {
		return this.recordedAt;
	}

	List<Ballot> candidates() {
		return List.copyOf(this.candidates);
	}

	long version() {
		return this.version;
	}

	/**
	 * One candidate's line in the vote entry.
	 *
	 * @param label how a refusal names the candidate
	 * @param tally the votes entered, or {@code null} for none
	 * @param unmet the audit checks the candidate does not meet, in words, or
	 * {@code null} when the candidate meets them all
	 */
	record Entry(long studentId, String label, Tally tally, String unmet) {

	}

	/**
	 * A candidate on the agenda and the votes entered, if any.
	 */
	@Embeddable
	static class Ballot {

		private long studentId;

		private Integer votesFor;

		private Integer votesAgainst;

		private Integer votesAbstain;

		private String unmetChecks;

		protected Ballot() {
		}

		Ballot(long studentId) {
			this.studentId = studentId;
		}

		void set(Tally tally) {
			this.votesFor = (tally != null) ? tally.votesFor() : null;
			this.votesAgainst = (tally != null) ? tally.votesAgainst() : null;
			this.votesAbstain = (tally != null) ? tally.votesAbstain() : null;
		}

		/**
		 * Keeps, for the recorded meeting, why the candidate was not voted on.
		 */
		void notVoted(List<String> unmetCodes) {
			this.unmetChecks = String.join(",", unmetCodes);
		}

		long studentId() {
			return this.studentId;
		}

		/**
		 * @return the codes of the checks the candidate did not meet when the meeting was
		 * recorded
		 */
		List<String> unmetChecks() {
			return (this.unmetChecks == null || this.unmetChecks.isEmpty()) ? List.of()
					: List.of(this.unmetChecks.split(","));
		}

		/**
		 * @return the votes entered, or {@code null}
		 */
		Tally tally() {
			return (this.votesFor == null) ? null : new Tally(this.votesFor, this.votesAgainst, this.votesAbstain);
		}

	}

}
