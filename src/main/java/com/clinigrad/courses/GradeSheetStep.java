package com.clinigrad.courses;

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
 * One step of a grade sheet's history: who submitted, reopened (and why) or imported into
 * it, and when. Written by the {@link GradeSheet} only.
 */
@Entity
@Table(name = "grade_sheet_step")
class GradeSheetStep {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "offering_id")
	private GradeSheet sheet;

	@Enumerated(EnumType.STRING)
	private GradeSheetAction action;

	@Enumerated(EnumType.STRING)
	private GradeSheetStatus statusAfter;

	private String reason;

	private Integer gradesChanged;

	private String actor;

	private Instant actedAt;

	protected GradeSheetStep() {
	}

	GradeSheetStep(GradeSheet sheet, GradeSheetAction action, GradeSheetStatus statusAfter, String reason,
			Integer gradesChanged, String actor) {
		this.sheet = sheet;
		this.action = action;
		this.statusAfter = statusAfter;
		this.reason = reason;
		this.gradesChanged = gradesChanged;
		this.actor = actor;
		this.actedAt = Instant.now();
	}

	GradeSheetView.Step view() {
		return new GradeSheetView.Step(this.action, this.statusAfter, this.reason, this.gradesChanged, this.actor,
				this.actedAt);
	}

}
