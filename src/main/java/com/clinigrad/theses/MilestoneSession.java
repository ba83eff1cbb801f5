package com.clinigrad.theses;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import com.clinigrad.shared.BusinessRuleException;
import com.clinigrad.theses.SessionStatus.Action;

/**
 * One sitting of a thesis milestone held by a panel (开题、中期、预答辩、答辩、临床能力考核), with its panel
 * and outcome. Guards its status: only the transitions {@link SessionStatus} allows; a
 * failed milestone is retaken in a new session as often as the program allows. Who may
 * schedule and record, and whether the panel meets the program's rules, is the services'
 * concern.
 */
@Entity
@Table(name = "milestone_session")
class MilestoneSession {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private long studentId;

	@Enumerated(EnumType.STRING)
	private MilestoneType type;

	private int attempt;

	private LocalDate scheduledOn;

	private String place;

	@Enumerated(EnumType.STRING)
	private SessionStatus status = SessionStatus.PLANNED;

	@Enumerated(EnumType.STRING)
	private MilestoneResult result;

	private String comments;

	private Integer votesFor;

	private Integer votesAgainst;

	private Integer votesAbstain;

	private String resolution;

	private String createdBy;

	private Instant createdAt = Instant.now();

	@ElementCollection
	@CollectionTable(name = "milestone_panel_member", joinColumns = @JoinColumn(name = "session_id"))
	private List<Seat> panel = new ArrayList<>();

	@Version
	private long version;

	protected MilestoneSession() {
	}

	/**
	 * Schedules a milestone: the first sitting, or a retake after a failure within the
	 * program's limit; never while another sitting of it is not held, nor once passed,
	 * nor on a day before the student enrolled.
	 * @param enrolledOn the student's enrolment (1 September of the cohort year)
	 * @param earlier the student's earlier sessions of this milestone
	 */
	static MilestoneSession schedule(long studentId, MilestoneType type, LocalDate on, LocalDate enrolledOn,
			String place, Collection<MilestoneSession> earlier, int maxRetakes, String who) {
		if (on == null || place == null || place.isBlank()) {
			throw new BusinessRuleException("panel.error.whenWhere");
		}
		if (on.isBefore(enrolledOn)) {
			throw new BusinessRuleException("panel.error.beforeEnrolment", enrolledOn.toString());
		}
		if (earlier.stream().anyMatch((session) -> session.result == MilestoneResult.PASS)) {
			throw new BusinessRuleException("panel.error.passed", type.name());
		}
		if (earlier.stream().anyMatch((session) -> session.status != SessionStatus.HELD)) {
			throw new BusinessRuleException("panel.error.open", type.name());
		}
		long failures = earlier.stream().filter((session) -> session.result == MilestoneResult.FAIL).count();
		if (failures > maxRetakes) {
			throw new BusinessRuleException("panel.error.noMoreRetakes", type.name(), String.valueOf(maxRetakes));
		}
		MilestoneSession session = new MilestoneSession();
		session.studentId = studentId;
		session.type = type;
		session.attempt = (int) failures + 1;
		session.scheduledOn = on;
		session.place = place.trim();
		session.createdBy = who;
		return session;
	}

	/**
	 * Sets the panel; kept even when it breaks the program's rules, so that the office
	 * can complete it.
	 */
	void setPanel(List<Seat> seats) {
		SessionStatus next = allow(Action.SET_PANEL);
		this.panel = new ArrayList<>(seats);
		this.status = next;
	}

	/**
	 * Confirms the panel.
	 * @param violations the rules the panel breaks as it stands
	 * @throws PanelInvalidException naming every broken rule
	 */
	void confirm(List<PanelViolation> violations) {
		SessionStatus next = allow(Action.CONFIRM);
		if (!violations.isEmpty()) {
			throw new PanelInvalidException(violations);
		}
		this.status = next;
	}

	/**
	 * Records the outcome once the session has taken place: the members' scores, the
	 * comments and the verdict. A defense's verdict is its committee's vote (every member
	 * votes; two thirds in favour pass) with its resolution.
	 * @param scores by the member's supervisor id; members without one get none
	 */
	void recordOutcome(MilestoneResult result, MilestoneSessions.Vote vote, String comments,
			Map<Long, BigDecimal> scores, LocalDate today) {
		MilestoneResult verdict = (this.type == MilestoneType.DEFENSE) ? defenseVerdict(vote) : result;
		SessionStatus next = allow(Action.RECORD_OUTCOME);
		if (this.scheduledOn.isAfter(today)) {
			throw new BusinessRuleException("panel.error.notYetHeld", this.scheduledOn.toString());
		}
		if (verdict == null) {
			throw new BusinessRuleException("panel.error.result");
		}
		this.result = verdict;
		this.comments = (comments == null || comments.isBlank()) ? null : comments.trim();
		if (vote != null) {
			this.votesFor = vote.votesFor();
			this.votesAgainst = vote.votesAgainst();
			this.votesAbstain = vote.votesAbstain();
			this.resolution = (vote.resolution() == null || vote.resolution().isBlank()) ? null
					: vote.resolution().trim();
		}
		this.panel = this.panel.stream()
			.map((seat) -> new Seat(seat.supervisorId(), seat.chair(), scores.get(seat.supervisorId())))
			.collect(Collectors.toCollection(ArrayList::new));
		this.status = next;
	}

	Long id() {
		return this.id;
	}

	long studentId() {
		return this.studentId;
	}

	MilestoneType type() {
		return this.type;
	}

	LocalDate scheduledOn() {
		return this.scheduledOn;
	}

	SessionStatus status() {
		return this.status;
	}

	MilestoneResult result() {
		return this.result;
	}

	int attempt() {
		return this.attempt;
	}

	List<Seat> panel() {
		return List.copyOf(this.panel);
	}

	long version() {
		return this.version;
	}

	/**
	 * Every member votes; two thirds in favour pass.
	 */
	private MilestoneResult defenseVerdict(MilestoneSessions.Vote vote) {
		int members = this.panel.size();
		if (vote == null || vote.votesFor() == null || vote.votesAgainst() == null || vote.votesAbstain() == null
				|| vote.votesFor() < 0 || vote.votesAgainst() < 0 || vote.votesAbstain() < 0) {
			throw new BusinessRuleException("panel.error.vote");
		}
		int cast = vote.votesFor() + vote.votesAgainst() + vote.votesAbstain();
		if (cast != members) {
			throw new BusinessRuleException("panel.error.voteCount", String.valueOf(cast), String.valueOf(members));
		}
		if (vote.resolution() == null || vote.resolution().isBlank()) {
			throw new BusinessRuleException("panel.error.resolution");
		}
		return (vote.votesFor() * 3 >= members * 2) ? MilestoneResult.PASS : MilestoneResult.FAIL;
	}

	private SessionStatus allow(Action action) {
		SessionStatus next = this.status.after(action);
		if (next == null) {
			throw switch (action) {
				case SET_PANEL, CONFIRM -> new BusinessRuleException("panel.error.notPlanned");
				case RECORD_OUTCOME ->
					(this.status == SessionStatus.HELD) ? new BusinessRuleException("panel.error.held")
							: new BusinessRuleException("panel.error.notConfirmed");
			};
		}
		return next;
	}

	/**
	 * A member's seat on the panel, with the score given once the session is held.
	 */
	@Embeddable
	record Seat(@Column(name = "supervisor_id") long supervisorId, boolean chair, BigDecimal score) {

	}

}
