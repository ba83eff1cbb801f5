package com.clinigrad.rotations;

import java.math.BigDecimal;
import java.time.LocalDate;

import com.clinigrad.organization.DepartmentNames;

/**
 * A rotation on a student's timeline or a department's list, with its state on a given
 * day.
 *
 * @param examComment the coordinator's comment on the end-of-rotation exam (出科考核评语), or
 * {@code null}
 * @param retakeComment the comment on its retake, or {@code null}
 * @param departmentNameEn the department's recorded English name, or {@code null}
 * ({@link #departmentDisplayName})
 * @param subspecialtyEn the English name of the department's sub-specialty, or
 * {@code null}
 */
public record ScheduledRotation(long id, long studentId, long departmentId, String hospitalCode, String departmentCode,
		String departmentName, String subspecialty, LocalDate startDate, LocalDate endDate, boolean chiefResident,
		ExamResult examResult, ExamResult retakeResult, String overrideReason, RotationStatus status,
		String examComment, String retakeComment, long version, String departmentNameEn, String subspecialtyEn) {

	/**
	 * @return the department's name in the page's language
	 */
	public String departmentDisplayName(boolean english) {
		return DepartmentNames.display(this.departmentName, this.departmentNameEn, english);
	}

	/**
	 * @return the department's sub-specialty in the page's language, or {@code null}
	 */
	public String subspecialtyDisplayName(boolean english) {
		return (english && this.subspecialtyEn != null) ? this.subspecialtyEn : this.subspecialty;
	}

	/**
	 * @return where it stands on that day
	 */
	public RotationState state(LocalDate today) {
		if (this.endDate.isBefore(today)) {
			return RotationState.DONE;
		}
		return this.startDate.isAfter(today) ? RotationState.PLANNED : RotationState.CURRENT;
	}

	/**
	 * @return whether the exam or its retake passed
	 */
	public boolean passed() {
		return this.examResult == ExamResult.PASS || this.retakeResult == ExamResult.PASS;
	}

	/**
	 * @return whether the exam and its retake both failed (a diversion case trigger)
	 */
	public boolean retakeFailed() {
		return this.examResult == ExamResult.FAIL && this.retakeResult == ExamResult.FAIL;
	}

	/**
	 * @return whether it has ended without its exit exam settled: no result yet, or a
	 * failed exam whose retake is still to come
	 */
	public boolean awaitingExam(LocalDate today) {
		return !this.endDate.isAfter(today) && !passed() && !retakeFailed();
	}

	/**
	 * @return whether its first day has come
	 */
	public boolean started(LocalDate today) {
		return !this.startDate.isAfter(today);
	}

	/**
	 * @return the months as the exchange contract counts them ({@link RotationLength})
	 */
	public BigDecimal months() {
		return RotationLength.months(this.startDate, this.endDate);
	}

}
