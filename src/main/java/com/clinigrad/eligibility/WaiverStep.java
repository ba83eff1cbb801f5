package com.clinigrad.eligibility;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/**
 * One decision in a waiver's history: who, when, what and why. Written by the
 * {@link Waiver} only.
 */
@Entity
@Table(name = "waiver_step")
class WaiverStep {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "waiver_id")
	private Waiver waiver;

	@Enumerated(EnumType.STRING)
	private WaiverStage step;

	@Enumerated(EnumType.STRING)
	private WaiverDecision decision;

	private String reason;

	private String actor;

	/** {@code null} for steps recorded before accounts were kept. */
	private Long actorAccount;

	private Instant actedAt;

	protected WaiverStep() {
	}

	WaiverStep(Waiver waiver, WaiverStage step, WaiverDecision decision, String reason, Waiver.Actor by) {
		this.waiver = waiver;
		this.step = step;
		this.decision = decision;
		this.reason = reason;
		this.actor = by.name();
		this.actorAccount = by.accountId();
		this.actedAt = Instant.now();
	}

	WaiverStage getStep() {
		return this.step;
	}

	WaiverDecision getDecision() {
		return this.decision;
	}

	String getReason() {
		return this.reason;
	}

	String getActor() {
		return this.actor;
	}

	Long getActorAccount() {
		return this.actorAccount;
	}

	Instant getActedAt() {
		return this.actedAt;
	}

}
