package com.clinigrad.competency;

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
 * A period of a trainee's plan; changed only through its {@link TrainingPlan}.
 */
@Entity
@Table(name = "training_plan_item")
class PlanItem {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(optional = false)
	@JoinColumn(name = "plan_id")
	private TrainingPlan plan;

	private int position;

	private int yearNo;

	@Enumerated(EnumType.STRING)
	private PlanPhase phase;

	private String title;

	private String titleEn;

	private int months;

	private boolean optional;

	private boolean included = true;

	private String note;

	protected PlanItem() {
	}

	PlanItem(TrainingPlan plan, int position, int yearNo, PlanPhase phase, String title, String titleEn, int months,
			boolean optional) {
		this.plan = plan;
		this.position = position;
		this.yearNo = yearNo;
		this.phase = phase;
		this.title = title;
		this.titleEn = titleEn;
		this.months = months;
		this.optional = optional;
	}

	Long id() {
		return this.id;
	}

	int position() {
		return this.position;
	}

	int yearNo() {
		return this.yearNo;
	}

	PlanPhase phase() {
		return this.phase;
	}

	String title() {
		return this.title;
	}

	String titleEn() {
		return this.titleEn;
	}

	int months() {
		return this.months;
	}

	boolean optional() {
		return this.optional;
	}

	boolean included() {
		return this.included;
	}

	String note() {
		return this.note;
	}

	void months(int months) {
		this.months = months;
	}

	void included(boolean included, String note) {
		this.included = included;
		this.note = note;
	}

	PlanRules.Period asPeriod() {
		return new PlanRules.Period(this.yearNo, this.months, this.included);
	}

}
