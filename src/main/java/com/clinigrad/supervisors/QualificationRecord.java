package com.clinigrad.supervisors;

import java.time.LocalDate;

/**
 * One qualification granted (导师资格), as recorded: kind, category, the day and decision
 * that granted it, the re-review day until which it holds ({@code null}: no re-review),
 * and the title and highest degree the holder had then. A re-review grants a new record;
 * the earlier ones stay as history.
 *
 * @param applicationId the application whose vote granted it, {@code null} when imported
 */
public record QualificationRecord(long id, long supervisorId, QualificationKind kind, QualificationCategory category,
		LocalDate grantedOn, String decisionNo, LocalDate validUntil, TitleLevel titleLevel,
		HighestDegree highestDegree, Long applicationId) {

	/**
	 * @return whether the qualification holds on the day
	 */
	public boolean validOn(LocalDate day) {
		return !this.grantedOn.isAfter(day) && (this.validUntil == null || !this.validUntil.isBefore(day));
	}

	/**
	 * @return whether it holds on the day but ends within so many months of it
	 */
	public boolean expiresWithin(LocalDate day, int months) {
		return validOn(day) && this.validUntil != null && !this.validUntil.isAfter(day.plusMonths(months));
	}

	/**
	 * @return whether it has ended before the day
	 */
	public boolean expiredOn(LocalDate day) {
		return this.validUntil != null && this.validUntil.isBefore(day);
	}

}
