package com.clinigrad.eligibility;

import com.clinigrad.eligibility.rules.AuditSnapshot;
import com.clinigrad.courses.CourseView;
import com.clinigrad.courses.CourseRecords;
import java.util.Map;
import java.util.HashMap;
import java.util.ArrayList;
import java.time.LocalDate;
import java.util.List;

import com.clinigrad.eligibility.rules.AuditOutcome;
import com.clinigrad.eligibility.rules.RecordPage;
import com.clinigrad.eligibility.rules.RuleSet;
import com.clinigrad.eligibility.rules.RuleSetEvaluation;
import com.clinigrad.shared.BusinessRuleException;
import com.clinigrad.shared.NotFoundException;
import com.clinigrad.students.StudentKey;
import com.clinigrad.students.StudentRegistry;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The degree audit of one student on one day, for callers who may see that student: the
 * graduate school and the degree committee, the student's hospital office, supervisors
 * and the student. Anyone else learns nothing, not even that the student exists. Gathers
 * the student's snapshot, rule set and waivers in force; {@link RuleSetEvaluation} does
 * the evaluating.
 */
@Service
public class DegreeAudit {

	private final StudentRegistry students;

	private final ProgramRules programRules;

	private final AuditRecordReader snapshots;

	private final CourseRecords courses;

	DegreeAudit(StudentRegistry students, ProgramRules programRules, AuditRecordReader snapshots,
			CourseRecords courses) {
		this.students = students;
		this.programRules = programRules;
		this.snapshots = snapshots;
		this.courses = courses;
	}

	/**
	 * @throws AuditedStudentNotFoundException when there is no such student or the caller
	 * may not see it
	 * @throws BusinessRuleException when the student's program has no rule set for the
	 * cohort
	 * <p>
	 * Joins the caller's transaction but opens none of its own, nor do the reads it calls
	 * (propagation {@code SUPPORTS}): each of its queries sees what was committed when it
	 * ran, as it would in a read-committed transaction, while a transaction of its own (a
	 * Hibernate session, {@code BEGIN} and {@code COMMIT}) cost the audit API more CPU
	 * than all its queries. The queries share one connection.
	 */
	@Transactional(readOnly = true, propagation = Propagation.SUPPORTS)
	public AuditOutcome audit(String studentNo, LocalDate asOf) {
		StudentKey student = visible(studentNo);
		RuleSet ruleSet = ruleSetOf(student);
		AuditRecordReader.AuditRecords records = this.snapshots.of(student, ruleSet.reads(RecordPage.TRAINING), asOf);
		return RuleSetEvaluation.run(ruleSet, records.snapshot(), asOf, records.waivers());
	}

	/**
	 * Audits a student as if: against another rule-set version (of the student's or
	 * another program), and with hypothetical courses passed, rotation months completed
	 * and certificates obtained. Nothing is saved.
	 */
	@Transactional(readOnly = true)
	public AuditOutcome whatIf(String studentNo, LocalDate asOf, WhatIf whatIf) {
		StudentKey student = visible(studentNo);
		RuleSet ruleSet = ruleSetOf(student);
		boolean otherProgram = whatIf.programCode() != null && !whatIf.programCode().isBlank();
		boolean otherVersion = whatIf.ruleSetVersion() != null && !whatIf.ruleSetVersion().isBlank();
		if (otherProgram || otherVersion) {
			String program = otherProgram ? whatIf.programCode() : student.programCode();
			ruleSet = this.programRules.versions(program)
				.stream()
				.filter((r) -> whatIf.ruleSetVersion() == null || whatIf.ruleSetVersion().isBlank()
						|| r.version().equals(whatIf.ruleSetVersion()))
				.reduce((first, second) -> second)
				.orElseThrow(() -> new RuleSetNotFoundException(program, whatIf.ruleSetVersion()));
		}
		AuditRecordReader.AuditRecords records = this.snapshots.of(student, ruleSet.reads(RecordPage.TRAINING), asOf);
		AuditSnapshot actual = records.snapshot();
		List<AuditSnapshot.CourseAttempt> attempts = new ArrayList<>(actual.courseAttempts());
		Map<String, CourseView> catalog = new HashMap<>();
		for (CourseView course : this.courses.courses()) {
			catalog.put(course.code(), course);
		}
		for (String code : whatIf.coursesPassed()) {
			CourseView course = catalog.get(code);
			if (course == null) {
				throw new BusinessRuleException("audit.whatIf.unknownCourse", code);
			}
			attempts.add(new AuditSnapshot.CourseAttempt(code,
					AuditSnapshot.CourseCategory.valueOf(course.category().name()), course.credits(), null, null, 99,
					null, true));
		}
		List<AuditSnapshot.Rotation> rotations = new ArrayList<>(actual.rotations());
		if (whatIf.rotationMonths() > 0) {
			rotations.add(new AuditSnapshot.Rotation(student.hospitalCode(), "WHAT-IF", null,
					whatIf.rotationSubspecialty(), asOf.minusMonths(whatIf.rotationMonths()), asOf.minusDays(1),
					whatIf.chiefResident(), true, null));
		}
		List<AuditSnapshot.Certificate> certificates = new ArrayList<>(actual.certificates());
		for (String type : whatIf.certificates()) {
			certificates.add(new AuditSnapshot.Certificate(type, asOf));
		}
		AuditSnapshot hypothetical = new AuditSnapshot(actual.studentNo(),
				(whatIf.programCode() != null && !whatIf.programCode().isBlank()) ? whatIf.programCode()
						: actual.programCode(),
				actual.cohortYear(), actual.disciplineCode(), attempts, rotations, certificates, actual.milestones(),
				actual.publications(), actual.thesis(), actual.reviews(), actual.training());
		return RuleSetEvaluation.run(ruleSet, hypothetical, asOf, records.waivers());
	}

	/**
	 * Audits many students at once (the caller has checked which it may see); students
	 * whose program has no rule set for their cohort are left out.
	 */
	@Transactional(readOnly = true)
	public Map<Long, AuditOutcome> auditAll(List<StudentKey> students, LocalDate asOf) {
		Map<String, java.util.Optional<RuleSet>> ruleSets = new HashMap<>();
		java.util.function.Function<StudentKey, java.util.Optional<RuleSet>> ruleSetOf = (student) -> ruleSets
			.computeIfAbsent(student.programCode() + "/" + student.cohortYear(),
					(key) -> this.programRules.forCohort(student.programCode(), student.cohortYear()));
		Map<Long, AuditRecordReader.AuditRecords> records = this.snapshots.ofAll(students,
				(student) -> ruleSetOf.apply(student)
					.map((ruleSet) -> ruleSet.reads(RecordPage.TRAINING))
					.orElse(false),
				asOf);
		Map<Long, AuditOutcome> outcomes = new java.util.LinkedHashMap<>();
		for (StudentKey student : students) {
			java.util.Optional<RuleSet> ruleSet = ruleSetOf.apply(student);
			if (ruleSet.isPresent()) {
				AuditRecordReader.AuditRecords read = records.get(student.id());
				outcomes.put(student.id(), RuleSetEvaluation.run(ruleSet.get(), read.snapshot(), asOf, read.waivers()));
			}
		}
		return outcomes;
	}

	private StudentKey visible(String studentNo) {
		return this.students.visibleKey(studentNo).orElseThrow(() -> new AuditedStudentNotFoundException(studentNo));
	}

	private RuleSet ruleSetOf(StudentKey student) {
		return this.programRules.forCohort(student.programCode(), student.cohortYear())
			.orElseThrow(() -> new BusinessRuleException("audit.error.noRuleSet", student.programCode(),
					String.valueOf(student.cohortYear())));
	}

	/**
	 * What to assume in a what-if audit.
	 *
	 * @param programCode another program's rules, or {@code null}
	 * @param ruleSetVersion a version of that (or the student's) program, or {@code null}
	 * for the latest
	 * @param rotationMonths months of a passed rotation ending the day before, or 0
	 */
	public record WhatIf(String programCode, String ruleSetVersion, List<String> coursesPassed, int rotationMonths,
			String rotationSubspecialty, boolean chiefResident, List<String> certificates) {

		public WhatIf {
			coursesPassed = List.copyOf(coursesPassed);
			certificates = List.copyOf(certificates);
		}

	}

	/**
	 * A what-if asked for a program, or a version of a program, that has no rule set.
	 */
	public static class RuleSetNotFoundException extends NotFoundException {

		RuleSetNotFoundException(String program, String version) {
			super("No rule set for program " + program + ((version != null) ? " version " + version : ""));
		}

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
