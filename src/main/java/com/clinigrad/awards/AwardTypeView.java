package com.clinigrad.awards;

import java.math.BigDecimal;
import java.util.List;

import com.clinigrad.students.AdmissionType;
import com.clinigrad.students.DegreeType;

/**
 * One award type of a scheme as stored: its amount and period, who is eligible and the
 * quota.
 *
 * @param amount the amount per unit, {@code null} when decided case by case
 * @param atLeast whether the amount is a floor (不低于)
 * @param amountAfterMidterm the monthly amount once the mid-term assessment has passed,
 * or {@code null}
 * @param months the months a year a monthly amount is paid, or {@code null}
 * @param degreeTypes the eligible degree types, empty for all
 * @param admissionType the eligible admission type, or {@code null} for all
 * @param firstYearOnly whether only the scheme year's new students are eligible
 * @param quotaRatio the share of the eligible population, or {@code null}
 * @param quotaCount a fixed number of students, or {@code null}
 */
public record AwardTypeView(long id, long schemeId, int position, AwardKind kind, Integer awardClass, String name,
		String nameEn, BigDecimal amount, boolean atLeast, BigDecimal amountAfterMidterm, AmountUnit unit,
		Integer months, List<DegreeType> degreeTypes, AdmissionType admissionType, boolean firstYearOnly,
		Allocation allocation, BigDecimal quotaRatio, Integer quotaCount, long version) {

	public String displayName(boolean english) {
		return english ? this.nameEn : this.name;
	}

	/**
	 * @return whether a student of this degree type, admission and cohort is in the
	 * eligible population of the scheme year
	 */
	public boolean admits(DegreeType degreeType, AdmissionType admission, int cohortYear, int schemeYear) {
		return (this.degreeTypes.isEmpty() || this.degreeTypes.contains(degreeType))
				&& (this.admissionType == null || this.admissionType == admission)
				&& (!this.firstYearOnly || cohortYear == schemeYear);
	}

	/**
	 * @return whether this is a monthly stipend: an amount per month, for a number of
	 * months of the year, paid to every eligible student (what the monthly payment roll
	 * pays)
	 */
	public boolean isMonthlyStipend() {
		return this.unit == AmountUnit.PER_MONTH && this.amount != null && this.months != null
				&& this.allocation == Allocation.ALL_ELIGIBLE;
	}

	/**
	 * @return the quota ratio as a percentage, or {@code null}
	 */
	public BigDecimal quotaPercent() {
		return (this.quotaRatio != null) ? this.quotaRatio.movePointRight(2).stripTrailingZeros() : null;
	}

	/**
	 * @return the most paid in a year for one student, where the amount is known and
	 * counted per month or year or once
	 */
	public BigDecimal yearlyAmount() {
		if (this.amount == null) {
			return null;
		}
		return switch (this.unit) {
			case PER_MONTH -> this.amount.multiply(BigDecimal.valueOf(this.months));
			case PER_YEAR, ONE_OFF -> this.amount;
			default -> null;
		};
	}

}
