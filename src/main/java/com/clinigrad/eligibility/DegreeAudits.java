package com.clinigrad.eligibility;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import com.clinigrad.eligibility.rules.AuditOutcome;
import com.clinigrad.eligibility.rules.DegreeAudit;
import com.clinigrad.eligibility.rules.RuleSet;
import com.clinigrad.shared.BusinessRuleException;
import com.clinigrad.shared.NotFoundException;
import com.clinigrad.students.StudentKey;
import com.clinigrad.students.StudentRegistry;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The degree audit of one student on one day, for callers who may see that student: the
 * graduate school and the degree committee, the student's hospital office, supervisors
 * and the student. Anyone else learns nothing, not even that the student exists.
 */
@Service
public class DegreeAudits {

	private final StudentRegistry students;

	private final ProgramRules programRules;

	private final AuditSnapshots snapshots;

	DegreeAudits(StudentRegistry students, ProgramRules programRules, AuditSnapshots snapshots) {
		this.students = students;
		this.programRules = programRules;
		this.snapshots = snapshots;
	}

	/**
	 * @throws AuditedStudentNotFoundException when there is no such student or the caller
	 * may not see it
	 * @throws BusinessRuleException when the student's program has no rule set for the
	 * cohort
	 */
	@Transactional(readOnly = true)
	public AuditOutcome audit(String studentNo, LocalDate asOf) {
		if (!this.students.isVisible(studentNo)) {
			throw new AuditedStudentNotFoundException(studentNo);
		}
		StudentKey student = this.students.keysByStudentNo(List.of(studentNo)).get(studentNo);
		if (student == null) {
			throw new AuditedStudentNotFoundException(studentNo);
		}
		RuleSet ruleSet = this.programRules.forCohort(student.programCode(), student.cohortYear())
			.orElseThrow(() -> new BusinessRuleException("audit.error.noRuleSet", student.programCode(),
					String.valueOf(student.cohortYear())));
		return DegreeAudit.run(ruleSet, this.snapshots.of(student), asOf, Set.of());
	}

	/**
	 * A student who does not exist or whom the caller may not see.
	 */
	public static class AuditedStudentNotFoundException extends NotFoundException {

		AuditedStudentNotFoundException(String studentNo) {
			super("No student " + studentNo + " visible to the caller");
		}

	}

}
