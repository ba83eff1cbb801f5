package com.clinigrad.eligibility;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import com.clinigrad.eligibility.rules.CheckStatus;
import com.clinigrad.organization.HospitalRef;
import com.clinigrad.organization.ProgramRef;
import com.clinigrad.students.StudentCard;
import com.clinigrad.students.StudentStatus;

/**
 * One run of a batch audit over one or several programs (and a cohort), as far as it has
 * got: one row per student, one column per rule, and for each program what was looked at
 * and why it has no rows, if it has none.
 *
 * @param programs the programs audited, in the order of their codes
 * @param allPrograms whether these are all the programs with a rule set
 * @param cohortYear the cohort audited, or {@code null} for every cohort
 * @param scopeHospital the hospital whose students the caller sees, or {@code null} when
 * the caller sees the whole university
 * @param total the students to audit
 * @param done how many are audited so far
 * @param rules the rule codes that occur, in the contract's order
 * @param rows the audited students, {@code null} until the run has finished
 * @param coverage per program, what was found ({@code null} until the run has finished)
 */
public record BatchAuditRun(String id, String owner, List<ProgramRef> programs, boolean allPrograms, Integer cohortYear,
		HospitalRef scopeHospital, LocalDate asOf, int total, int done, List<String> rules, List<Row> rows,
		List<Coverage> coverage, long millis, String error) {

	public boolean finished() {
		return this.rows != null || this.error != null;
	}

	public int percent() {
		return (this.total == 0) ? 100 : (int) (this.done * 100L / this.total);
	}

	public List<String> programCodes() {
		return this.programs.stream().map(ProgramRef::code).toList();
	}

	BatchAuditRun withTotal(int total) {
		return new BatchAuditRun(this.id, this.owner, this.programs, this.allPrograms, this.cohortYear,
				this.scopeHospital, this.asOf, total, this.done, this.rules, this.rows, this.coverage, this.millis,
				this.error);
	}

	BatchAuditRun progressed(int done) {
		return new BatchAuditRun(this.id, this.owner, this.programs, this.allPrograms, this.cohortYear,
				this.scopeHospital, this.asOf, this.total, done, this.rules, this.rows, this.coverage, this.millis,
				this.error);
	}

	BatchAuditRun finishedWith(List<String> rules, List<Row> rows, List<Coverage> coverage, long millis) {
		return new BatchAuditRun(this.id, this.owner, this.programs, this.allPrograms, this.cohortYear,
				this.scopeHospital, this.asOf, this.total, this.total, rules, rows, coverage, millis, null);
	}

	/**
	 * @return this run as it stands while running under this id: the counts only
	 */
	BatchAuditRun running(String id, int done) {
		return new BatchAuditRun(id, this.owner, this.programs, this.allPrograms, this.cohortYear, this.scopeHospital,
				this.asOf, this.total, done, List.of(), null, null, 0, null);
	}

	BatchAuditRun failed(String error) {
		return new BatchAuditRun(this.id, this.owner, this.programs, this.allPrograms, this.cohortYear,
				this.scopeHospital, this.asOf, this.total, this.done, this.rules, null, null, 0, error);
	}

	/**
	 * One student's verdicts and the status of each check of the student's rule set.
	 *
	 * @param hospital the student's hospital, or {@code null}
	 */
	public record Row(StudentCard student, ProgramRef program, HospitalRef hospital, boolean eligibleToDefend,
			boolean eligibleForDegree, Map<String, CheckStatus> statuses) {

		public Row {
			statuses = Map.copyOf(statuses);
		}

		/**
		 * @return the check's status, or {@link BatchCell#NOT_APPLICABLE} when the
		 * student's rule set has no such check
		 */
		public BatchCell cell(String rule) {
			CheckStatus status = this.statuses.get(rule);
			return (status != null) ? BatchCell.of(status) : BatchCell.NOT_APPLICABLE;
		}

		/**
		 * @return whether some check of the student's rule set has this status
		 */
		public boolean hasAny(BatchCell cell) {
			if (cell == BatchCell.NOT_APPLICABLE) {
				return false;
			}
			return this.statuses.values().stream().anyMatch((status) -> BatchCell.of(status) == cell);
		}

		/**
		 * @return how many checks are not met yet (failed or pending)
		 */
		public int unmet() {
			return (int) this.statuses.values().stream().filter((status) -> !status.satisfied()).count();
		}

	}

	/**
	 * What a batch audit found in one program: how many students it audited and, when
	 * some or all were left out, why.
	 *
	 * @param audited the students audited
	 * @param leftTraining the students of the program (and cohort) the caller may see who
	 * are no longer in training, by status (graduated, withdrawn, …): a batch audit looks
	 * at students in training or awaiting the degree only
	 * @param withoutRuleSet students in training not audited because no version of the
	 * program's rules applies to their cohort
	 * @param cohortsWithoutRuleSet those students' cohorts
	 */
	public record Coverage(ProgramRef program, int audited, Map<StudentStatus, Long> leftTraining, int withoutRuleSet,
			List<Integer> cohortsWithoutRuleSet) {

		public Coverage {
			leftTraining = Map.copyOf(leftTraining);
			cohortsWithoutRuleSet = List.copyOf(cohortsWithoutRuleSet);
		}

		public long leftTrainingCount() {
			return this.leftTraining.values().stream().mapToLong(Long::longValue).sum();
		}

		/**
		 * @return why the program has no rows, or has fewer than its students in
		 * training; {@code null} when every student in training was audited
		 */
		public BatchGap gap() {
			if (this.withoutRuleSet > 0) {
				return BatchGap.NO_RULE_SET;
			}
			if (this.audited > 0) {
				return null;
			}
			return (leftTrainingCount() > 0) ? BatchGap.NONE_IN_TRAINING : BatchGap.NO_STUDENTS;
		}

	}

}
