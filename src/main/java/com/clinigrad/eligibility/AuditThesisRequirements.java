package com.clinigrad.eligibility;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.clinigrad.eligibility.rules.AbstractLengthRule;
import com.clinigrad.eligibility.rules.AuditOutcome;
import com.clinigrad.eligibility.rules.BlindReviewRule;
import com.clinigrad.eligibility.rules.CheckResult;
import com.clinigrad.eligibility.rules.Gate;
import com.clinigrad.eligibility.rules.Requirement;
import com.clinigrad.eligibility.rules.RuleSet;
import com.clinigrad.eligibility.rules.SimilarityRule;
import com.clinigrad.eligibility.rules.ThesisLengthRule;
import com.clinigrad.shared.SchoolTime;
import com.clinigrad.students.StudentKey;
import com.clinigrad.students.StudentRegistry;
import com.clinigrad.theses.ThesisRequirements;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Gives the thesis module the limits of the student's rule set and the audit's unmet
 * checks, so that the thesis workflow and the audit read the same numbers.
 */
@Component
class AuditThesisRequirements implements ThesisRequirements {

	private final StudentRegistry students;

	private final ProgramRules programRules;

	private final DegreeAudit degreeAudit;

	AuditThesisRequirements(StudentRegistry students, ProgramRules programRules, DegreeAudit degreeAudit) {
		this.students = students;
		this.programRules = programRules;
		this.degreeAudit = degreeAudit;
	}

	@Override
	@Transactional(readOnly = true)
	public Limits limits(String studentNo) {
		StudentKey student = this.students.keysByStudentNo(List.of(studentNo)).get(studentNo);
		RuleSet ruleSet = (student != null)
				? this.programRules.forCohort(student.programCode(), student.cohortYear()).orElse(null) : null;
		Integer body = null;
		Integer zh = null;
		Integer en = null;
		BigDecimal similarity = null;
		int reviewers = 0;
		int disagree = 0;
		for (Requirement rule : (ruleSet != null) ? ruleSet.requirements() : List.<Requirement>of()) {
			if (rule instanceof ThesisLengthRule length) {
				body = length.minimum();
			}
			else if (rule instanceof AbstractLengthRule abstractLength) {
				if (abstractLength.chinese()) {
					zh = abstractLength.maximum();
				}
				else {
					en = abstractLength.maximum();
				}
			}
			else if (rule instanceof SimilarityRule similarityRule) {
				similarity = similarityRule.maximum();
			}
			else if (rule instanceof BlindReviewRule review) {
				reviewers = review.minimum();
				disagree = review.maxDisagree();
			}
		}
		return new Limits(body, zh, en, similarity, reviewers, disagree);
	}

	@Override
	@Transactional(readOnly = true)
	public List<String> unmet(String studentNo, boolean forDegree) {
		LocalDate today = SchoolTime.today();
		AuditOutcome outcome = this.degreeAudit.audit(studentNo, today);
		return unmet(outcome, forDegree);
	}

	@Override
	@Transactional(readOnly = true)
	public Map<String, List<String>> unmetOfAll(List<String> studentNos, boolean forDegree) {
		List<StudentKey> keys = List.copyOf(this.students.keysByStudentNo(studentNos).values());
		Map<Long, AuditOutcome> outcomes = this.degreeAudit.auditAll(keys, SchoolTime.today());
		Map<String, List<String>> unmet = new LinkedHashMap<>();
		for (StudentKey key : keys) {
			AuditOutcome outcome = outcomes.get(key.id());
			if (outcome != null) {
				unmet.put(key.studentNo(), unmet(outcome, forDegree));
			}
		}
		return unmet;
	}

	private static List<String> unmet(AuditOutcome outcome, boolean forDegree) {
		return outcome.checks()
			.stream()
			.filter((check) -> forDegree || check.gate() == Gate.DEFEND)
			.filter((check) -> !check.status().satisfied())
			.map(CheckResult::rule)
			.toList();
	}

}
