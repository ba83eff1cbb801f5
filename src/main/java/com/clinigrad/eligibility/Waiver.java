package com.clinigrad.eligibility;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import com.clinigrad.accounts.Role;
import com.clinigrad.shared.BusinessRuleException;

/**
 * A waiver (豁免) of one check of one student with the history of its decisions: the
 * aggregate that guards its chain. Every change goes through {@link WaiverStatus#next};
 * nobody decides a step of a waiver they asked for or of which they decided an earlier
 * step (separation of duties), and a supervisor's own request has its supervisor step
 * decided by the graduate school. Who holds the awaited role for the student is the
 * service's check.
 */
@Entity
@Table(name = "waiver")
class Waiver {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private long studentId;

	private String ruleCode;

	@Enumerated(EnumType.STRING)
	private WaiverKind kind;

	private String reason;

	private String evidence;

	private String substitute;

	private LocalDate extendedUntil;

	@Enumerated(EnumType.STRING)
	private WaiverStatus status;

	private String requestedBy;

	private Instant requestedAt;

	private String approvedBy;

	private Instant approvedAt;

	@Version
	private long version;

	/** {@code null} for waivers recorded before accounts were kept. */
	private Long requestedByAccount;

	private boolean requestedBySupervisor;

	@OneToMany(mappedBy = "waiver", cascade = CascadeType.ALL)
	@OrderBy("actedAt, id")
	private List<WaiverStep> steps = new ArrayList<>();

	protected Waiver() {
	}

	/**
	 * A new request, awaiting the supervisor's step. An extension moves a deadline later:
	 * its date comes after the day it is asked for and after the deadline the student's
	 * rule set names for the check, when it names one (the medical license by semester
	 * 5); an extension to a day already passed would expire at once.
	 * @param today the day of the request
	 * @param dueOn the check's deadline in the student's rule set, {@code null} when it
	 * names none
	 * @param bySupervisor whether one of the student's supervisors asks (then the
	 * graduate school decides the supervisor's step)
	 * @throws BusinessRuleException without a reason, a substitution without its
	 * substitute, an extension without its date or to a day not after today and the
	 * deadline
	 */
	static Waiver request(long studentId, String ruleCode, WaiverKind kind, String reason, String evidence,
			String substitute, LocalDate extendedUntil, LocalDate today, LocalDate dueOn, Actor by,
			boolean bySupervisor) {
		if (blank(reason)) {
			throw new BusinessRuleException("waiver.error.reasonRequired");
		}
		if (kind == WaiverKind.SUBSTITUTE && blank(substitute)) {
			throw new BusinessRuleException("waiver.error.substituteRequired");
		}
		if (kind == WaiverKind.EXTEND) {
			requireLaterDeadline(extendedUntil, today, dueOn);
		}
		Waiver waiver = new Waiver();
		waiver.studentId = studentId;
		waiver.ruleCode = ruleCode;
		waiver.kind = kind;
		waiver.reason = reason.trim();
		waiver.evidence = trimmedOrNull(evidence);
		waiver.substitute = (kind == WaiverKind.SUBSTITUTE) ? substitute.trim() : null;
		waiver.extendedUntil = (kind == WaiverKind.EXTEND) ? extendedUntil : null;
		waiver.status = WaiverStatus.REQUESTED;
		waiver.requestedBy = by.name();
		waiver.requestedAt = Instant.now();
		waiver.requestedByAccount = by.accountId();
		waiver.requestedBySupervisor = bySupervisor;
		waiver.record(WaiverStage.REQUEST, WaiverDecision.REQUESTED, waiver.reason, by);
		return waiver;
	}

	/**
	 * @return the role that decides the awaited step ({@code null} when closed): the
	 * graduate school instead of a supervisor when a supervisor asked
	 */
	Role awaitedApprover() {
		return awaitedApprover(this.status, this.requestedBySupervisor);
	}

	static Role awaitedApprover(WaiverStatus status, boolean requestedBySupervisor) {
		Role awaited = status.awaits();
		return (awaited == Role.SUPERVISOR && requestedBySupervisor) ? Role.GRAD_SCHOOL : awaited;
	}

	/**
	 * @return the accounts that asked for the waiver or decided one of its steps
	 */
	Set<Long> involvedAccounts() {
		Set<Long> accounts = new LinkedHashSet<>();
		if (this.requestedByAccount != null) {
			accounts.add(this.requestedByAccount);
		}
		this.steps.stream().map(WaiverStep::getActorAccount).filter(Objects::nonNull).forEach(accounts::add);
		return accounts;
	}

	/**
	 * @return whether this account asked for the waiver or decided one of its steps: it
	 * may not decide another
	 */
	boolean involves(long accountId) {
		return Long.valueOf(accountId).equals(this.requestedByAccount)
				|| this.steps.stream().anyMatch((step) -> Long.valueOf(accountId).equals(step.getActorAccount()));
	}

	/**
	 * @throws BusinessRuleException unless the waiver awaits a decision this account may
	 * take part in
	 */
	void checkDecidableBy(long accountId) {
		if (!this.status.open()) {
			throw new BusinessRuleException("waiver.error.closed", this.status.name());
		}
		if (involves(accountId)) {
			throw new BusinessRuleException("waiver.error.ownRequest");
		}
	}

	/**
	 * Approves the awaited step; the last one makes the waiver approved.
	 * @param withHospitalOffice whether the student has a hospital office (otherwise its
	 * step is passed)
	 */
	void approve(Actor by, boolean withHospitalOffice, String remarks) {
		checkDecidableBy(by.accountId());
		WaiverStage stage = this.status.awaitedStage();
		this.status = this.status.next(WaiverAction.APPROVE, withHospitalOffice);
		if (this.status == WaiverStatus.APPROVED) {
			this.approvedBy = by.name();
			this.approvedAt = Instant.now();
		}
		record(stage, WaiverDecision.APPROVED, trimmedOrNull(remarks), by);
	}

	/**
	 * Rejects the awaited step, which closes the waiver; needs a reason.
	 */
	void reject(Actor by, String reason) {
		checkDecidableBy(by.accountId());
		requireReason(reason);
		WaiverStage stage = this.status.awaitedStage();
		this.status = this.status.next(WaiverAction.REJECT, true);
		record(stage, WaiverDecision.REJECTED, reason.trim(), by);
	}

	/**
	 * Withdraws an approved waiver; needs a reason.
	 */
	void revoke(Actor by, String reason) {
		requireReason(reason);
		this.status = this.status.next(WaiverAction.REVOKE, true);
		record(WaiverStage.REVOKE, WaiverDecision.REVOKED, reason.trim(), by);
	}

	/**
	 * An approved extension whose date has passed expires, which frees its rule for a new
	 * waiver.
	 * @return whether it expired now
	 */
	boolean expireIfPast(LocalDate today) {
		if (this.status != WaiverStatus.APPROVED || this.kind != WaiverKind.EXTEND
				|| !this.extendedUntil.isBefore(today)) {
			return false;
		}
		this.status = this.status.next(WaiverAction.EXPIRE, true);
		return true;
	}

	private void record(WaiverStage stage, WaiverDecision decision, String reason, Actor by) {
		this.steps.add(new WaiverStep(this, stage, decision, reason, by));
	}

	private static void requireLaterDeadline(LocalDate extendedUntil, LocalDate today, LocalDate dueOn) {
		if (extendedUntil == null) {
			throw new BusinessRuleException("waiver.error.dateRequired");
		}
		if (!extendedUntil.isAfter(today)) {
			throw new BusinessRuleException("waiver.error.extendedUntilNotAfterToday", today.toString());
		}
		if (dueOn != null && !extendedUntil.isAfter(dueOn)) {
			throw new BusinessRuleException("waiver.error.extendedUntilNotAfterDeadline", dueOn.toString());
		}
	}

	private static void requireReason(String reason) {
		if (blank(reason)) {
			throw new BusinessRuleException("waiver.error.reasonRequired");
		}
	}

	private static boolean blank(String value) {
		return value == null || value.isBlank();
	}

	private static String trimmedOrNull(String value) {
		return blank(value) ? null : value.trim();
	}

	Long getId() {
		return this.id;
	}

	long getStudentId() {
		return this.studentId;
	}

	String getRuleCode() {
		return this.ruleCode;
	}

	WaiverKind getKind() {
		return this.kind;
	}

	String getReason() {
		return this.reason;
	}

	String getEvidence() {
		return this.evidence;
	}

	String getSubstitute() {
		return this.substitute;
	}

	LocalDate getExtendedUntil() {
		return this.extendedUntil;
	}

	WaiverStatus getStatus() {
		return this.status;
	}

	String getRequestedBy() {
		return this.requestedBy;
	}

	Instant getRequestedAt() {
		return this.requestedAt;
	}

	String getApprovedBy() {
		return this.approvedBy;
	}

	long getVersion() {
		return this.version;
	}

	Long getRequestedByAccount() {
		return this.requestedByAccount;
	}

	boolean isRequestedBySupervisor() {
		return this.requestedBySupervisor;
	}

	List<WaiverStep> getSteps() {
		return Collections.unmodifiableList(this.steps);
	}

	/**
	 * Who acts: the name the history shows and the account the separation of duties
	 * checks.
	 */
	record Actor(String name, long accountId) {
	}

}
