package com.clinigrad.eligibility;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import com.clinigrad.eligibility.rules.RuleSet;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Finds the rule set version that applies to a cohort of a program: the one with the
 * latest first cohort not after the student's cohort (a version without a first cohort
 * applies to all cohorts before the next version).
 */
@Service
@Transactional(readOnly = true)
public class ProgramRules {

	private final ProgramRuleSetRepository ruleSets;

	/**
	 * Each program's versions as read last, until a rule set is saved
	 * ({@link #forget()}); the audit asks on every call.
	 */
	private final Map<String, List<Version>> cached = new ConcurrentHashMap<>();

	/**
	 * Counts {@link #forget()}s, so that versions read before a save are not kept after
	 * it.
	 */
	private final AtomicLong generation = new AtomicLong();

	ProgramRules(ProgramRuleSetRepository ruleSets) {
		this.ruleSets = ruleSets;
	}

	/**
	 * @return the rule set for that cohort, if the program has any
	 */
	@Transactional(readOnly = true, propagation = Propagation.SUPPORTS)
	public Optional<RuleSet> forCohort(String programCode, int cohortYear) {
		List<Version> versions = this.cached.get(programCode);
		if (versions == null) {
			long before = this.generation.get();
			versions = this.ruleSets.findByProgramCode(programCode)
				.stream()
				.map((ruleSet) -> new Version(ruleSet.getFromCohort(), ruleSet.toRuleSet()))
				.toList();
			if (this.generation.get() == before) {
				this.cached.put(programCode, versions);
			}
		}
		return versions.stream()
			.filter((version) -> version.fromCohort() == null || version.fromCohort() <= cohortYear)
			.max(Comparator.comparing(Version::fromCohort, Comparator.nullsFirst(Comparator.naturalOrder())))
			.map(Version::ruleSet);
	}

	/**
	 * @return the day a student of that cohort must hold the medical licence by (the end
	 * of semester 5, as the program's rule set names it), if the rule set requires one
	 */
	public Optional<java.time.LocalDate> licenseDeadline(String programCode, int cohortYear) {
		return forCohort(programCode, cohortYear).flatMap((ruleSet) -> ruleSet.requirements()
			.stream()
			.filter(com.clinigrad.eligibility.rules.MedicalLicenseRule.class::isInstance)
			.findFirst()
			.flatMap((rule) -> rule.dueOn(cohortYear)));
	}

	/**
	 * Drops the versions read so far: at once and again when the saving transaction
	 * commits (a reader that read before the commit keeps nothing).
	 */
	public void forget() {
		this.generation.incrementAndGet();
		this.cached.clear();
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCompletion(int status) {
					ProgramRules.this.generation.incrementAndGet();
					ProgramRules.this.cached.clear();
				}
			});
		}
	}

	/**
	 * @return the programs that have a rule set
	 */
	public List<String> programCodes() {
		return this.ruleSets.findAll().stream().map(ProgramRuleSet::getProgramCode).distinct().sorted().toList();
	}

	/**
	 * @return every stored version of the program's rule set
	 */
	public List<RuleSet> versions(String programCode) {
		return this.ruleSets.findByProgramCode(programCode)
			.stream()
			.sorted(Comparator.comparing(ProgramRuleSet::getFromCohort,
					Comparator.nullsFirst(Comparator.naturalOrder())))
			.map(ProgramRuleSet::toRuleSet)
			.toList();
	}

	private record Version(Integer fromCohort, RuleSet ruleSet) {
	}

	static Optional<ProgramRuleSet> select(List<ProgramRuleSet> versions, int cohortYear) {
		return versions.stream()
			.filter((version) -> version.getFromCohort() == null || version.getFromCohort() <= cohortYear)
			.max(Comparator.comparing(ProgramRuleSet::getFromCohort, Comparator.nullsFirst(Comparator.naturalOrder())));
	}

}
