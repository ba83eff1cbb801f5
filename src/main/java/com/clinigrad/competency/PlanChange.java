package com.clinigrad.competency;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/**
 * One recorded change of a training plan: what, from what to what, why, who and when.
 * Never changed once written.
 */
@Entity
@Table(name = "training_plan_change")
class PlanChange {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(optional = false)
	@JoinColumn(name = "plan_id")
	private TrainingPlan plan;

	@Enumerated(EnumType.STRING)
	private PlanChangeKind kind;

	private String subject;

	private String subjectEn;

	private String oldValue;

	private String newValue;

	private String reason;

	private String changedBy;

	private Instant changedAt = Instant.now();

	protected PlanChange() {
	}

	PlanChange(TrainingPlan plan, PlanChangeKind kind, String subject, String subjectEn, String oldValue,
			String newValue, String reason, String changedBy) {
		this.plan = plan;
		this.kind = kind;
		this.subject = subject;
		this.subjectEn = subjectEn;
		this.oldValue = oldValue;
		this.newValue = newValue;
		this.reason = reason;
		this.changedBy = changedBy;
	}

	PlanView.Change toView() {
		return new PlanView.Change(this.kind, this.subject, this.subjectEn, this.oldValue, this.newValue, this.reason,
				this.changedBy, this.changedAt);
	}

	Instant changedAt() {
		return this.changedAt;
	}

}
