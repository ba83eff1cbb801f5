package com.clinigrad.courses;

import java.math.BigDecimal;
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
 * One step of a practice-credit application: who did what, when and why. Written by the
 * {@link PracticeApplication} only.
 */
@Entity
@Table(name = "practice_step")
class PracticeStep {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "application_id")
	private PracticeApplication application;

	@Enumerated(EnumType.STRING)
	private PracticeStage step;

	@Enumerated(EnumType.STRING)
	private PracticeDecision decision;

	private BigDecimal credits;

	private String reason;

	private String actor;

	private Instant actedAt;

	protected PracticeStep() {
	}

	PracticeStep(PracticeApplication application, PracticeStage step, PracticeDecision decision, BigDecimal credits,
			String reason, String actor) {
		this.application = application;
		this.step = step;
		this.decision = decision;
		this.credits = credits;
		this.reason = reason;
		this.actor = actor;
		this.actedAt = Instant.now();
	}

	PracticeStage getStep() {
		return this.step;
	}

	PracticeDecision getDecision() {
		return this.decision;
	}

	BigDecimal getCredits() {
		return this.credits;
	}

	String getReason() {
		return this.reason;
	}

}
