package com.clinigrad.eligibility;

import java.time.Instant;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import com.clinigrad.shared.BusinessRuleException;
import com.clinigrad.students.StudentStatus;

/**
 * A warning or diversion case (预警与分流) of one student: the aggregate that guards its
 * workflow. Every change goes through {@link CaseStatus#next}; the student's choice and
 * the graduate school's decision must be among the outcomes the rules allowed when it
 * opened, and a decision needs its reason. The scan opens and resolves them in bulk;
 * whose case it is and who decides is the service's check.
 */
@Entity
@Table(name = "diversion_case")
class DiversionCase {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private long studentId;

	@Enumerated(EnumType.STRING)
	private CaseLevel level;

	@Enumerated(EnumType.STRING)
	@Column(name = "trigger_code")
	private CaseTrigger trigger;

	private String detail;

	/** The allowed outcomes when it opened, comma-separated. */
	private String options;

	@Enumerated(EnumType.STRING)
	private CaseStatus status;

	@Enumerated(EnumType.STRING)
	private CaseOutcome studentChoice;

	private String studentNote;

	private Instant chosenAt;

	@Enumerated(EnumType.STRING)
	private CaseOutcome decision;

	private String decisionReason;

	private String decidedBy;

	private Instant decidedAt;

	private Instant openedAt;

	@Version
	private long version;

	protected DiversionCase() {
	}

	/**
	 * A warning or case as the scan opens it.
	 */
	static DiversionCase open(long studentId, CaseTrigger trigger, String detail) {
		DiversionCase opened = new DiversionCase();
		opened.studentId = studentId;
		opened.level = trigger.level();
		opened.trigger = trigger;
		opened.detail = detail;
		opened.options = trigger.storedOptions();
		opened.status = CaseStatus.OPEN;
		opened.openedAt = Instant.now();
		return opened;
	}

	/**
	 * @return the outcomes the rules allowed when it opened
	 */
	List<CaseOutcome> options() {
		return CaseOutcome.fromStored(this.options);
	}

	/**
	 * The student states which of the allowed outcomes they choose; they may change it
	 * until the graduate school decides.
	 */
	void choose(CaseOutcome option, String note) {
		CaseStatus next = this.status.next(CaseAction.CHOOSE, this.level);
		requireAllowed(option);
		this.status = next;
		this.studentChoice = option;
		this.studentNote = (note == null) ? "" : note.trim();
		this.chosenAt = Instant.now();
	}

	/**
	 * The graduate school decides among the allowed outcomes, with a reason.
	 * @return the status the student takes
	 */
	StudentStatus decide(CaseOutcome outcome, String reason, String by) {
		CaseStatus next = this.status.next(CaseAction.DECIDE, this.level);
		requireAllowed(outcome);
		if (reason == null || reason.isBlank()) {
			throw new BusinessRuleException("case.error.reason");
		}
		this.status = next;
		this.decision = outcome;
		this.decisionReason = reason.trim();
		this.decidedBy = by;
		this.decidedAt = Instant.now();
		return outcome.studentStatus();
	}

	/**
	 * It no longer applies, or its student has left training.
	 */
	void resolve() {
		this.status = this.status.next(CaseAction.RESOLVE, this.level);
	}

	private void requireAllowed(CaseOutcome outcome) {
		if (!options().contains(outcome)) {
			throw new BusinessRuleException("case.error.option", String.valueOf(outcome));
		}
	}

	Long getId() {
		return this.id;
	}

	long getStudentId() {
		return this.studentId;
	}

	CaseLevel getLevel() {
		return this.level;
	}

	CaseTrigger getTrigger() {
		return this.trigger;
	}

	CaseStatus getStatus() {
		return this.status;
	}

	CaseOutcome getStudentChoice() {
		return this.studentChoice;
	}

	String getStudentNote() {
		return this.studentNote;
	}

	CaseOutcome getDecision() {
		return this.decision;
	}

	String getDecisionReason() {
		return this.decisionReason;
	}

	String getDecidedBy() {
		return this.decidedBy;
	}

	long getVersion() {
		return this.version;
	}

}
