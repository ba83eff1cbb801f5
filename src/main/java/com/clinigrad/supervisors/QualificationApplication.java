package com.clinigrad.supervisors;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

import com.clinigrad.shared.BusinessRuleException;

/**
 * An application for a supervisor qualification (导师资格申请) in one year's window: new or
 * re-review, with the applicant's evidence, the graduate school's check and the degree
 * committee's vote. It guards its own state: every move goes through
 * {@link ApplicationState#canMoveTo}.
 */
@Entity
class QualificationApplication {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private long supervisorId;

	private long windowId;

	@Enumerated(EnumType.STRING)
	private QualificationKind kind;

	@Enumerated(EnumType.STRING)
	private ApplicationType applicationType;

	@Enumerated(EnumType.STRING)
	private QualificationCategory category;

	@Enumerated(EnumType.STRING)
	private ApplicationState state;

	@Enumerated(EnumType.STRING)
	private HighestDegree highestDegree;

	private String teaching;

	private String statement;

	private Instant submittedAt;

	private String checkedBy;

	private Instant checkedAt;

	private String checkNote;

	private Integer votesFor;

	private Integer votesAgainst;

	private Integer votesAbstain;

	private LocalDate decidedOn;

	private String decisionNo;

	private String decidedBy;

	private Long qualificationId;

	private String createdBy;

	private Instant createdAt = Instant.now();

	@Version
	private long version;

	protected QualificationApplication() {
	}

	QualificationApplication(long supervisorId, long windowId, ApplicationCommand command, String createdBy) {
		this.supervisorId = supervisorId;
		this.windowId = windowId;
		this.kind = command.kind();
		this.applicationType = command.type();
		this.category = command.category();
		this.highestDegree = command.highestDegree();
		this.teaching = blankToNull(command.teaching());
		this.statement = blankToNull(command.statement());
		this.createdBy = createdBy;
		this.state = ApplicationState.SUBMITTED;
		this.submittedAt = Instant.now();
	}

	void withdraw() {
		moveTo(ApplicationState.WITHDRAWN);
	}

	void forward(String by, String note) {
		moveTo(ApplicationState.TO_COMMITTEE);
		this.checkedBy = by;
		this.checkedAt = Instant.now();
		this.checkNote = blankToNull(note);
	}

	void reject(String by, String note) {
		if (note == null || note.isBlank()) {
			throw new BusinessRuleException("qualification.error.reasonRequired");
		}
		moveTo(ApplicationState.REJECTED);
		this.checkedBy = by;
		this.checkedAt = Instant.now();
		this.checkNote = note.trim();
	}

	/**
	 * Records the committee's vote; it carries with more votes for than half of those
	 * voting.
	 * @return whether the vote carried
	 */
	boolean recordVote(VoteCommand vote, String by) {
		if (vote.votesFor() == null || vote.votesAgainst() == null || vote.votesAbstain() == null || vote.votesFor() < 0
				|| vote.votesAgainst() < 0 || vote.votesAbstain() < 0
				|| vote.votesFor() + vote.votesAgainst() + vote.votesAbstain() == 0) {
			throw new BusinessRuleException("qualification.error.votes");
		}
		if (vote.decidedOn() == null || vote.decisionNo() == null || vote.decisionNo().isBlank()) {
			throw new BusinessRuleException("qualification.error.decision");
		}
		boolean carried = vote.carried();
		moveTo(carried ? ApplicationState.APPROVED : ApplicationState.NOT_APPROVED);
		this.votesFor = vote.votesFor();
		this.votesAgainst = vote.votesAgainst();
		this.votesAbstain = vote.votesAbstain();
		this.decidedOn = vote.decidedOn();
		this.decisionNo = vote.decisionNo().trim();
		this.decidedBy = by;
		return carried;
	}

	void granted(long qualificationId) {
		this.qualificationId = qualificationId;
	}

	private void moveTo(ApplicationState next) {
		if (!this.state.canMoveTo(next)) {
			throw new BusinessRuleException("qualification.error.transition", this.state.messageKey(),
					next.messageKey());
		}
		this.state = next;
	}

	ApplicationView toView(String staffNo, String name, int year) {
		return new ApplicationView(this.id, this.supervisorId, staffNo, name, year, this.kind, this.applicationType,
				this.category, this.state, this.highestDegree, this.teaching, this.statement, this.submittedAt,
				this.checkedBy, this.checkedAt, this.checkNote, this.votesFor, this.votesAgainst, this.votesAbstain,
				this.decidedOn, this.decisionNo, this.qualificationId, this.version);
	}

	private static String blankToNull(String text) {
		return (text == null || text.isBlank()) ? null : text.trim();
	}

	Long getId() {
		return this.id;
	}

	long getSupervisorId() {
		return this.supervisorId;
	}

	long getWindowId() {
		return this.windowId;
	}

	QualificationKind getKind() {
		return this.kind;
	}

	ApplicationType getApplicationType() {
		return this.applicationType;
	}

	QualificationCategory getCategory() {
		return this.category;
	}

	ApplicationState getState() {
		return this.state;
	}

	HighestDegree getHighestDegree() {
		return this.highestDegree;
	}

	Instant getSubmittedAt() {
		return this.submittedAt;
	}

	long getVersion() {
		return this.version;
	}

}
