package com.clinigrad.eligibility.rules;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.Optional;

import com.clinigrad.eligibility.rules.AuditSnapshot.Certificate;

/**
 * {@code RESIDENCY_CERTIFICATE}: the residency completion certificate (住院医师规范化培训合格证) is
 * recorded.
 */
public final class ResidencyCertificateRule implements Requirement {

	static final String TYPE = "RESIDENCY_COMPLETION";

	@Override
	public String code() {
		return "RESIDENCY_CERTIFICATE";
	}

	@Override
	public Gate gate() {
		return Gate.DEGREE;
	}

	@Override
	public CheckResult check(AuditSnapshot snapshot, LocalDate asOf) {
		Optional<LocalDate> obtained = snapshot.certificates()
			.stream()
			.filter((certificate) -> TYPE.equals(certificate.type()))
			.map(Certificate::obtainedOn)
			.filter((date) -> !date.isAfter(asOf))
			.min(Comparator.naturalOrder());
		if (obtained.isPresent()) {
			return result(CheckStatus.PASS, CheckValue.RECORDED.code(), obtained.get().toString(),
					"audit.residency.met", obtained.get().toString());
		}
		return result(CheckStatus.PENDING, CheckValue.RECORDED.code(), CheckValue.NONE.code(), "audit.residency.none");
	}

}
