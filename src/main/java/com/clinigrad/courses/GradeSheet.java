package com.clinigrad.courses;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import com.clinigrad.shared.BusinessRuleException;

/**
 * An offering's grade sheet (成绩单): the aggregate that guards whether the class's grades
 * may still change on the grid. The instructor submits them (then locked and final), the
 * graduate school reopens a submitted sheet with a reason, the instructor corrects and
 * submits again. Every change goes through {@link GradeSheetStatus#next}; each step is
 * kept with who, when and why. Who the caller is (instructor, staff) is the service's
 * check.
 */
@Entity
@Table(name = "grade_sheet")
class GradeSheet {

	@Id
	private Long offeringId;

	@Enumerated(EnumType.STRING)
	private GradeSheetStatus status;

	private String submittedBy;

	private Instant submittedAt;

	private String reopenedBy;

	private Instant reopenedAt;

	@Version
	private long version;

	@OneToMany(mappedBy = "sheet", cascade = CascadeType.ALL)
	@OrderBy("actedAt, id")
	private List<GradeSheetStep> steps = new ArrayList<>();

	protected GradeSheet() {
	}

	/**
	 * Refuses grades entered on the grid unless the sheet is open or reopened.
	 * @throws BusinessRuleException when it is submitted
	 */
	void recordGrades() {
		this.status.next(GradeSheetAction.RECORD);
	}

	/**
	 * The class's grades handed in as final: the grid is locked.
	 * @param actor the name the history shows, {@code null} for the system
	 */
	void submit(String actor) {
		moveTo(this.status.next(GradeSheetAction.SUBMIT), GradeSheetAction.SUBMIT, null, null, actor);
		this.submittedBy = actor;
		this.submittedAt = Instant.now();
	}

	/**
	 * The graduate school opens a submitted sheet again, saying why, so that the
	 * instructor can correct it and submit it again.
	 * @throws BusinessRuleException without a reason, or with one longer than
	 * {@link GradeSheetView#REASON_MAX}
	 */
	void reopen(String reason, String actor) {
		GradeSheetStatus next = this.status.next(GradeSheetAction.REOPEN);
		if (reason == null || reason.isBlank()) {
			throw new BusinessRuleException("grades.sheet.error.reasonRequired");
		}
		if (reason.trim().length() > GradeSheetView.REASON_MAX) {
			throw new BusinessRuleException("grades.sheet.error.reasonTooLong",
					String.valueOf(GradeSheetView.REASON_MAX));
		}
		moveTo(next, GradeSheetAction.REOPEN, reason.trim(), null, actor);
		this.reopenedBy = actor;
		this.reopenedAt = Instant.now();
	}

	/**
	 * Grades of the class changed by a staff import: allowed in every state; on a
	 * submitted sheet the history says so, with how many grades changed.
	 */
	void recordImport(int gradesChanged, String actor) {
		GradeSheetStatus next = this.status.next(GradeSheetAction.IMPORT);
		if (this.status == GradeSheetStatus.SUBMITTED && gradesChanged > 0) {
			moveTo(next, GradeSheetAction.IMPORT, null, gradesChanged, actor);
		}
	}

	private void moveTo(GradeSheetStatus next, GradeSheetAction action, String reason, Integer gradesChanged,
			String actor) {
		this.status = next;
		this.steps.add(new GradeSheetStep(this, action, next, reason, gradesChanged, actor));
	}

	GradeSheetView view() {
		return new GradeSheetView(this.status, this.submittedBy, this.submittedAt, this.reopenedBy, this.reopenedAt,
				this.steps.stream().map(GradeSheetStep::view).toList());
	}

	Long getOfferingId() {
		return this.offeringId;
	}

	GradeSheetStatus getStatus() {
		return this.status;
	}

	long getVersion() {
		return this.version;
	}

}
