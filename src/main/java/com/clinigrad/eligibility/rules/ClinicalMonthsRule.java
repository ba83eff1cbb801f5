package com.clinigrad.eligibility.rules;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import com.clinigrad.eligibility.rules.AuditSnapshot.Rotation;

/**
 * {@code CLINICAL_MONTHS} (临床轮转时间) and {@code CHIEF_RESIDENT_MONTHS} (住院总医师): the months
 * of rotations that count reach the minimum.
 */
public final class ClinicalMonthsRule implements Requirement {

	private final boolean chiefResidentOnly;

	private final BigDecimal minimum;

	public ClinicalMonthsRule(boolean chiefResidentOnly, BigDecimal minimum) {
		this.chiefResidentOnly = chiefResidentOnly;
		this.minimum = minimum;
	}

	/**
	 * @return whether only chief-resident rotations count ({@code CHIEF_RESIDENT_MONTHS})
	 */
	public boolean chiefResidentOnly() {
		return this.chiefResidentOnly;
	}

	/**
	 * @return the months required
	 */
	public BigDecimal minimum() {
		return this.minimum;
	}

	@Override
	public String code() {
		return this.chiefResidentOnly ? "CHIEF_RESIDENT_MONTHS" : "CLINICAL_MONTHS";
	}

	@Override
	public Gate gate() {
		return Gate.DEGREE;
	}

	@Override
	public CheckResult check(AuditSnapshot snapshot, LocalDate asOf) {
		List<Rotation> counting = RotationMonths.counting(snapshot, asOf)
			.stream()
			.filter((rotation) -> !this.chiefResidentOnly || rotation.chiefResident())
			.toList();
		BigDecimal months = RotationMonths.sum(counting);
		String required = Numbers.format(this.minimum);
		String actual = Numbers.months(months);
		if (months.compareTo(this.minimum) >= 0) {
			return result(CheckStatus.PASS, required, actual, "audit.months.met", actual, required);
		}
		return result(CheckStatus.PENDING, required, actual, "audit.months.short", actual, required,
				Numbers.months(this.minimum.subtract(months)));
	}

}
