package com.clinigrad.selection;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

import com.clinigrad.shared.BusinessRuleException;

/**
 * A supervisor's appeal against a suspension (申诉), one per suspension: submitted with a
 * statement, decided once by the graduate school or the degree committee with a reason.
 * It guards its own state: every move goes through {@link AppealState#canMoveTo}.
 */
@Entity
class SelectionAppeal {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private long suspensionId;

	private long supervisorId;

	@Enumerated(EnumType.STRING)
	private AppealState state;

	private String statement;

	private String submittedBy;

	private Instant submittedAt;

	private String decidedBy;

	private Instant decidedAt;

	private String decisionNote;

	@Version
	private long version;

	protected SelectionAppeal() {
	}

	SelectionAppeal(long suspensionId, long supervisorId, String statement, String by) {
		if (statement == null || statement.isBlank()) {
			throw new BusinessRuleException("selection.error.statementRequired");
		}
		this.suspensionId = suspensionId;
		this.supervisorId = supervisorId;
		this.statement = statement.trim();
		this.submittedBy = by;
		this.submittedAt = Instant.now();
		this.state = AppealState.SUBMITTED;
	}

	/**
	 * Decides the appeal.
	 * @param lift whether the suspension is lifted (else upheld)
	 */
	void decide(boolean lift, String note, String by) {
		if (note == null || note.isBlank()) {
			throw new BusinessRuleException("selection.error.reasonRequired");
		}
		AppealState next = lift ? AppealState.LIFTED : AppealState.UPHELD;
		if (!this.state.canMoveTo(next)) {
			throw new BusinessRuleException("selection.error.appealDecided");
		}
		this.state = next;
		this.decisionNote = note.trim();
		this.decidedBy = by;
		this.decidedAt = Instant.now();
	}

	AppealView toView() {
		return new AppealView(this.id, this.suspensionId, this.state, this.statement, this.submittedBy,
				this.submittedAt, this.decidedBy, this.decidedAt, this.decisionNote, this.version);
	}

	Long getId() {
		return this.id;
	}

	long getSuspensionId() {
		return this.suspensionId;
	}

	long getSupervisorId() {
		return this.supervisorId;
	}

	AppealState getState() {
		return this.state;
	}

	long getVersion() {
		return this.version;
	}

}
