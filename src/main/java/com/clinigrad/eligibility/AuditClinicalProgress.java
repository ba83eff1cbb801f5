package com.clinigrad.eligibility;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import com.clinigrad.eligibility.rules.AuditOutcome;
import com.clinigrad.rotations.ClinicalProgress;
import com.clinigrad.shared.BusinessRuleException;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Gives the rotations pages the clinical checks of the student's audit, so that the
 * months shown there are the months the audit counts.
 */
@Component
class AuditClinicalProgress implements ClinicalProgress {

	private static final Set<String> CLINICAL = Set.of("CLINICAL_MONTHS", "CHIEF_RESIDENT_MONTHS",
			"SUBSPECIALTIES_ROTATED", "ROTATION_EXAMS_PASSED");

	private final DegreeAudit degreeAudit;

	private final AuditMessages messages;

	AuditClinicalProgress(DegreeAudit degreeAudit, AuditMessages messages) {
		this.degreeAudit = degreeAudit;
		this.messages = messages;
	}

	@Override
	@Transactional(readOnly = true)
	public List<Check> of(String studentNo, LocalDate asOf, Locale locale) {
		AuditOutcome outcome;
		try {
			outcome = this.degreeAudit.audit(studentNo, asOf);
		}
		catch (BusinessRuleException ex) {
			return List.of();
		}
		return outcome.checks()
			.stream()
			.filter((check) -> CLINICAL.contains(check.rule()))
			.map((check) -> new Check(check.rule(), this.messages.ruleName(check.rule(), locale), check.status().name(),
					check.status().tone(), this.messages.value(check.rule(), check.required(), locale),
					this.messages.value(check.rule(), check.actual(), locale), this.messages.message(check, locale)))
			.toList();
	}

}
