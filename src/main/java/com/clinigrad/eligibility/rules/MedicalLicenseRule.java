package com.clinigrad.eligibility.rules;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.Optional;

import com.clinigrad.eligibility.rules.AuditSnapshot.Certificate;

/**
 * {@code MEDICAL_LICENSE}: the medical license (医师资格证书) obtained by the end of semester
 * 5. {@code PENDING} while none is recorded and the deadline has not passed, {@code FAIL}
 * after it, and {@code FAIL} for a license obtained after it.
 */
public final class MedicalLicenseRule implements Requirement {

	static final String TYPE = "MEDICAL_LICENSE";

	private static final java.util.regex.Pattern DEADLINE = java.util.regex.Pattern
		.compile("by semester 5 \\((\\d{4}-\\d{2}-\\d{2})\\)");

	private final int yearsAfterCohort;

	private final int deadlineMonth;

	private final int deadlineDay;

	/**
	 * @param yearsAfterCohort the deadline's year relative to the cohort year (3 for Y+3)
	 * @param deadlineMonth the deadline's month (1 for January)
	 * @param deadlineDay the deadline's day (31)
	 */
	public MedicalLicenseRule(int yearsAfterCohort, int deadlineMonth, int deadlineDay) {
		this.yearsAfterCohort = yearsAfterCohort;
		this.deadlineMonth = deadlineMonth;
		this.deadlineDay = deadlineDay;
	}

	@Override
	public String code() {
		return TYPE;
	}

	@Override
	public Gate gate() {
		return Gate.DEGREE;
	}

	/**
	 * @return the required value as the audit API shows it: {@code by semester 5
	 * (2026-01-31)}
	 */
	static String required(LocalDate deadline) {
		return "by semester 5 (" + deadline + ")";
	}

	/**
	 * @return the deadline a required value of this rule names, empty for any other value
	 */
	public static Optional<LocalDate> deadlineIn(String required) {
		java.util.regex.Matcher matcher = DEADLINE.matcher((required != null) ? required : "");
		return matcher.matches() ? Optional.of(LocalDate.parse(matcher.group(1))) : Optional.empty();
	}

	LocalDate deadline(int cohortYear) {
		return LocalDate.of(cohortYear + this.yearsAfterCohort, this.deadlineMonth, this.deadlineDay);
	}

	@Override
	public Optional<LocalDate> dueOn(int cohortYear) {
		return Optional.of(deadline(cohortYear));
	}

	@Override
	public CheckResult check(AuditSnapshot snapshot, LocalDate asOf) {
		LocalDate deadline = deadline(snapshot.cohortYear());
		String required = required(deadline);
		Optional<LocalDate> obtained = snapshot.certificates()
			.stream()
			.filter((certificate) -> TYPE.equals(certificate.type()))
			.map(Certificate::obtainedOn)
			.filter((date) -> !date.isAfter(asOf))
			.min(Comparator.naturalOrder());
		if (obtained.isEmpty()) {
			if (!asOf.isAfter(deadline)) {
				return result(CheckStatus.PENDING, required, CheckValue.NONE.code(), "audit.license.pending",
						deadline.toString());
			}
			return result(CheckStatus.FAIL, required, CheckValue.NONE.code(), "audit.license.missed",
					deadline.toString());
		}
		if (!obtained.get().isAfter(deadline)) {
			return result(CheckStatus.PASS, required, obtained.get().toString(), "audit.license.met",
					obtained.get().toString());
		}
		return result(CheckStatus.FAIL, required, obtained.get().toString(), "audit.license.late",
				obtained.get().toString(), deadline.toString());
	}

}
