package com.clinigrad.courses;

import com.clinigrad.shared.BusinessRuleException;

/**
 * Where an offering's grade sheet (成绩单) stands: open while the instructor enters grades,
 * submitted (locked, final) once the class's grades are handed in, reopened by the
 * graduate school for a correction and then submitted again. {@link #next} is the one
 * table of the allowed changes.
 */
public enum GradeSheetStatus {

	/** 未提交: grades may be entered and changed. */
	OPEN,
	/** 已提交: final and locked for the grid. */
	SUBMITTED,
	/** 已重新开放: opened again by the graduate school, to be corrected and resubmitted. */
	REOPENED;

	/**
	 * The allowed changes: grades are recorded on an open or reopened sheet, which is
	 * then submitted; the graduate school reopens a submitted one; staff imports are
	 * allowed in every state.
	 * @return the state after the action
	 * @throws BusinessRuleException for any other change
	 */
	GradeSheetStatus next(GradeSheetAction action) {
		GradeSheetStatus next = target(action);
		if (next != null) {
			return next;
		}
		throw switch (action) {
			case RECORD, IMPORT -> new BusinessRuleException("grades.sheet.error.locked");
			case SUBMIT -> new BusinessRuleException("grades.sheet.error.alreadySubmitted");
			case REOPEN -> (this == REOPENED) ? new BusinessRuleException("grades.sheet.error.alreadyReopened")
					: new BusinessRuleException("grades.sheet.error.notSubmitted");
		};
	}

	/**
	 * @return whether {@link #next} allows the action (for showing only the buttons that
	 * work)
	 */
	public boolean allows(GradeSheetAction action) {
		return target(action) != null;
	}

	private GradeSheetStatus target(GradeSheetAction action) {
		return switch (this) {
			case OPEN, REOPENED -> switch (action) {
				case RECORD, IMPORT -> this;
				case SUBMIT -> SUBMITTED;
				case REOPEN -> null;
			};
			case SUBMITTED -> switch (action) {
				case REOPEN -> REOPENED;
				case IMPORT -> SUBMITTED;
				case RECORD, SUBMIT -> null;
			};
		};
	}

	/**
	 * @return whether the grid is read-only
	 */
	public boolean locked() {
		return !allows(GradeSheetAction.RECORD);
	}

	/**
	 * @return whether the graduate school opened it again after a submission
	 */
	public boolean reopened() {
		return this == REOPENED;
	}

	public String messageKey() {
		return "grades.sheet.status." + name();
	}

}
