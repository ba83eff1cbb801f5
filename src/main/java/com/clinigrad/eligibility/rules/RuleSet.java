package com.clinigrad.eligibility.rules;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import com.clinigrad.eligibility.rules.AuditSnapshot.CourseCategory;

/**
 * A program's rule set (培养方案) in one version: the checks it contains, with their
 * parameters, and the pass mark for scored courses. Builds the {@link Requirement}s; a
 * rule set emits only the checks it contains.
 */
public record RuleSet(String programCode, String version, BigDecimal passMark, List<RuleSpec> specs) {

	/**
	 * The rule catalogue: every rule code of the exchange contract, in the contract's
	 * order, then the checks programs add of their own (the clinical postdoc's OSCE, 360°
	 * rounds, annual feedback and completion defense), with the page of the student's
	 * records it reads.
	 */
	private static final Map<String, RecordPage> CATALOGUE = catalogue("CREDITS_TOTAL", RecordPage.COURSES,
			"CREDITS_PUBLIC_REQUIRED", RecordPage.COURSES, "CREDITS_DEGREE_REQUIRED", RecordPage.COURSES,
			"CREDITS_DEGREE_PROFESSIONAL", RecordPage.COURSES, "REQUIRED_COURSES_PASSED", RecordPage.COURSES,
			"MILESTONE_PROPOSAL", RecordPage.MILESTONES, "MILESTONE_MIDTERM", RecordPage.MILESTONES,
			"MILESTONE_PRE_DEFENSE", RecordPage.MILESTONES, "THESIS_LENGTH", RecordPage.THESIS, "THESIS_ABSTRACT_ZH",
			RecordPage.THESIS, "THESIS_ABSTRACT_EN", RecordPage.THESIS, "SIMILARITY", RecordPage.THESIS, "BLIND_REVIEW",
			RecordPage.THESIS, "MILESTONE_DEFENSE", RecordPage.MILESTONES, "CLINICAL_MONTHS", RecordPage.ROTATIONS,
			"CHIEF_RESIDENT_MONTHS", RecordPage.ROTATIONS, "SUBSPECIALTIES_ROTATED", RecordPage.ROTATIONS,
			"ROTATION_EXAMS_PASSED", RecordPage.ROTATIONS, "MEDICAL_LICENSE", RecordPage.ACHIEVEMENTS,
			"RESIDENCY_CERTIFICATE", RecordPage.ACHIEVEMENTS, "CLINICAL_COMPETENCY", RecordPage.MILESTONES,
			"PUBLICATION", RecordPage.ACHIEVEMENTS, "OSCE_PASSED", RecordPage.TRAINING, "MSF_DONE", RecordPage.TRAINING,
			"ANNUAL_FEEDBACK", RecordPage.TRAINING, "COMPLETION_DEFENSE", RecordPage.TRAINING);

	/** Every rule code of the exchange contract, in the contract's order. */
	public static final List<String> CODES = List.copyOf(CATALOGUE.keySet());

	public RuleSet {
		specs = List.copyOf(specs);
	}

	/**
	 * @return the page of the student's records the rule reads, empty for an unknown code
	 */
	public static Optional<RecordPage> recordPage(String code) {
		return Optional.ofNullable(CATALOGUE.get(code));
	}

	/**
	 * @return whether one of the rule set's checks reads that page of the student's
	 * records (a snapshot for this rule set may leave out the others)
	 */
	public boolean reads(RecordPage page) {
		for (RuleSpec spec : this.specs) {
			if (CATALOGUE.get(spec.code()) == page) {
				return true;
			}
		}
		return false;
	}

	private static Map<String, RecordPage> catalogue(Object... codesAndPages) {
		Map<String, RecordPage> catalogue = new LinkedHashMap<>();
		for (int i = 0; i < codesAndPages.length; i += 2) {
			catalogue.put((String) codesAndPages[i], (RecordPage) codesAndPages[i + 1]);
		}
		return Collections.unmodifiableMap(catalogue);
	}

	/**
	 * @return the requirements, in the rule set's order
	 * @throws InvalidRuleSetException for an unknown rule or a missing or invalid
	 * parameter
	 */
	public List<Requirement> requirements() {
		List<Requirement> requirements = new ArrayList<>();
		Set<String> seen = new HashSet<>();
		for (RuleSpec spec : this.specs) {
			if (!seen.add(spec.code())) {
				throw new InvalidRuleSetException(spec.code(), "duplicate");
			}
			requirements.add(requirement(spec));
		}
		return requirements;
	}

	/**
	 * @return the months of clinical training the rule set requires
	 * ({@code CLINICAL_MONTHS}), empty when it has no clinical training requirement
	 */
	public java.util.Optional<BigDecimal> clinicalMonths() {
		return requirements().stream()
			.filter(ClinicalMonthsRule.class::isInstance)
			.map(ClinicalMonthsRule.class::cast)
			.filter((rule) -> !rule.chiefResidentOnly())
			.map(ClinicalMonthsRule::minimum)
			.filter((months) -> months.signum() > 0)
			.findFirst();
	}

	/**
	 * @return the deadlines this rule set names for a cohort, by rule code
	 */
	public java.util.Map<String, java.time.LocalDate> deadlines(int cohortYear) {
		java.util.Map<String, java.time.LocalDate> deadlines = new java.util.HashMap<>();
		for (Requirement requirement : requirements()) {
			requirement.dueOn(cohortYear).ifPresent((due) -> deadlines.put(requirement.code(), due));
		}
		return deadlines;
	}

	private Requirement requirement(RuleSpec spec) {
		try {
			return switch (spec.code()) {
				case "CREDITS_TOTAL" -> new CreditsRule(spec.code(), null, decimal(spec, "min"), this.passMark);
				case "CREDITS_PUBLIC_REQUIRED" ->
					new CreditsRule(spec.code(), CourseCategory.PUBLIC_REQUIRED, decimal(spec, "min"), this.passMark);
				case "CREDITS_DEGREE_REQUIRED" ->
					new CreditsRule(spec.code(), CourseCategory.DEGREE_REQUIRED, decimal(spec, "min"), this.passMark);
				case "CREDITS_DEGREE_PROFESSIONAL" -> new CreditsRule(spec.code(), CourseCategory.DEGREE_PROFESSIONAL,
						decimal(spec, "min"), this.passMark);
				case "REQUIRED_COURSES_PASSED" -> new RequiredCoursesPassedRule(this.passMark);
				case "MILESTONE_PROPOSAL" -> new MilestoneRule(spec.code(), "PROPOSAL", Gate.DEFEND);
				case "MILESTONE_MIDTERM" -> new MilestoneRule(spec.code(), "MIDTERM", Gate.DEFEND);
				case "MILESTONE_PRE_DEFENSE" -> new MilestoneRule(spec.code(), "PRE_DEFENSE", Gate.DEFEND);
				case "MILESTONE_DEFENSE" -> new MilestoneRule(spec.code(), "DEFENSE", Gate.DEGREE);
				case "CLINICAL_COMPETENCY" -> new MilestoneRule(spec.code(), "CLINICAL_COMPETENCY", Gate.DEGREE);
				case "THESIS_LENGTH" -> new ThesisLengthRule(integer(spec, "min"));
				case "THESIS_ABSTRACT_ZH" -> new AbstractLengthRule(true, integer(spec, "max"));
				case "THESIS_ABSTRACT_EN" -> new AbstractLengthRule(false, integer(spec, "max"));
				case "SIMILARITY" -> new SimilarityRule(decimal(spec, "max"));
				case "BLIND_REVIEW" -> new BlindReviewRule(integer(spec, "min"),
						spec.params().containsKey("maxDisagree") ? integer(spec, "maxDisagree") : 0);
				case "CLINICAL_MONTHS" -> new ClinicalMonthsRule(false, decimal(spec, "min"));
				case "CHIEF_RESIDENT_MONTHS" -> new ClinicalMonthsRule(true, decimal(spec, "min"));
				case "SUBSPECIALTIES_ROTATED" ->
					new SubspecialtiesRule(integer(spec, "min"), Set.of(spec.param("disciplines").split("\\s*,\\s*")));
				case "ROTATION_EXAMS_PASSED" -> new RotationExamsPassedRule();
				case "MEDICAL_LICENSE" -> medicalLicense(spec);
				case "RESIDENCY_CERTIFICATE" -> new ResidencyCertificateRule();
				case "PUBLICATION" -> new PublicationRule(integer(spec, "min"));
				case "OSCE_PASSED" -> new OscePassedRule();
				case "MSF_DONE" -> new MsfDoneRule(integer(spec, "min"));
				case "ANNUAL_FEEDBACK" -> new AnnualFeedbackRule(integer(spec, "min"));
				case "COMPLETION_DEFENSE" -> new CompletionDefenseRule();
				default -> throw new InvalidRuleSetException(spec.code(), null);
			};
		}
		catch (NumberFormatException | java.time.DateTimeException ex) {
			throw new InvalidRuleSetException(spec.code(), ex.getMessage());
		}
	}

	/**
	 * The deadline is held as {@code deadline = +3-01-31}: years after the cohort year,
	 * month and day (end of semester 5).
	 */
	private static Requirement medicalLicense(RuleSpec spec) {
		String deadline = spec.param("deadline");
		java.util.regex.Matcher matcher = java.util.regex.Pattern.compile("\\+(\\d+)-(\\d{2})-(\\d{2})")
			.matcher(deadline);
		if (!matcher.matches()) {
			throw new InvalidRuleSetException(spec.code(), "deadline");
		}
		MedicalLicenseRule rule = new MedicalLicenseRule(Integer.parseInt(matcher.group(1)),
				Integer.parseInt(matcher.group(2)), Integer.parseInt(matcher.group(3)));
		rule.deadline(2000);
		return rule;
	}

	private static BigDecimal decimal(RuleSpec spec, String name) {
		BigDecimal value = new BigDecimal(spec.param(name));
		if (value.signum() < 0) {
			throw new InvalidRuleSetException(spec.code(), name);
		}
		return value;
	}

	private static int integer(RuleSpec spec, String name) {
		int value = Integer.parseInt(spec.param(name));
		if (value < 0) {
			throw new InvalidRuleSetException(spec.code(), name);
		}
		return value;
	}

}
