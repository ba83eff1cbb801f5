package com.clinigrad.eligibility.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import com.clinigrad.eligibility.AuditMessages;
import com.clinigrad.eligibility.DegreeAudit;
import com.clinigrad.eligibility.ProgramRules;
import com.clinigrad.eligibility.rules.AuditOutcome;
import com.clinigrad.eligibility.rules.CheckResult;
import com.clinigrad.eligibility.rules.CheckStatus;
import com.clinigrad.eligibility.rules.RecordPage;
import com.clinigrad.eligibility.rules.RuleSet;
import com.clinigrad.organization.Organization;
import com.clinigrad.shared.SchoolTime;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The degree audit page of a student (staff, the student's hospital office and
 * supervisors, the student) and the page documenting every rule code.
 */
@Controller
class AuditController {

	private final DegreeAudit degreeAudit;

	private final AuditMessages messages;

	private final ProgramRules programRules;

	private final Organization organization;

	AuditController(DegreeAudit degreeAudit, AuditMessages messages, ProgramRules programRules,
			Organization organization) {
		this.organization = organization;
		this.degreeAudit = degreeAudit;
		this.messages = messages;
		this.programRules = programRules;
	}

	@GetMapping("/students/{studentNo}/audit")
	String audit(@PathVariable String studentNo,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf, Model model,
			Locale locale) {
		LocalDate day = (asOf != null) ? asOf : SchoolTime.today();
		AuditOutcome outcome = this.degreeAudit.audit(studentNo, day);
		model.addAttribute("audit", outcome);
		model.addAttribute("programName", programName(outcome.programCode(), locale));
		model.addAttribute("rows", outcome.checks().stream().map((check) -> row(check, locale)).toList());
		return "eligibility/audit";
	}

	@GetMapping("/students/{studentNo}/audit/what-if")
	String whatIf(@PathVariable String studentNo,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
			@RequestParam(required = false) String program, @RequestParam(required = false) String version,
			@RequestParam(required = false) String courses, @RequestParam(defaultValue = "0") int months,
			@RequestParam(required = false) String subspecialty, @RequestParam(defaultValue = "false") boolean chief,
			@RequestParam(required = false) List<String> certificates, Model model, Locale locale) {
		LocalDate day = (asOf != null) ? asOf : SchoolTime.today();
		AuditOutcome actual = this.degreeAudit.audit(studentNo, day);
		List<String> courseCodes = (courses == null || courses.isBlank()) ? List.of()
				: java.util.Arrays.stream(courses.split("[\\s,，;]+")).filter((c) -> !c.isBlank()).toList();
		DegreeAudit.WhatIf assumptions = new DegreeAudit.WhatIf(program, version, courseCodes, Math.max(0, months),
				subspecialty, chief, (certificates != null) ? certificates : List.of());
		AuditOutcome hypothetical = this.degreeAudit.whatIf(studentNo, day, assumptions);
		java.util.Map<String, AuditRow> before = new java.util.LinkedHashMap<>();
		for (CheckResult check : actual.checks()) {
			before.put(check.rule(), row(check, locale));
		}
		model.addAttribute("audit", actual);
		model.addAttribute("hypothetical", hypothetical);
		model.addAttribute("before", before);
		model.addAttribute("rows", hypothetical.checks().stream().map((check) -> row(check, locale)).toList());
		model.addAttribute("assumptions", assumptions);
		model.addAttribute("courses", courses);
		model.addAttribute("programs", this.programRules.programCodes());
		boolean english = "en".equals(locale.getLanguage());
		java.util.Map<String, String> programNames = new java.util.HashMap<>();
		this.organization.programs().forEach((p) -> programNames.put(p.code(), p.displayName(english)));
		model.addAttribute("programNames", programNames);
		model.addAttribute("programName", programNames.getOrDefault(actual.programCode(), actual.programCode()));
		model.addAttribute("versions",
				this.programRules.versions((program != null && !program.isBlank()) ? program : actual.programCode())
					.stream()
					.map(com.clinigrad.eligibility.rules.RuleSet::version)
					.toList());
		return "eligibility/what-if";
	}

	@GetMapping("/audit/rules")
	String rules(Model model) {
		model.addAttribute("codes", RuleSet.CODES);
		return "eligibility/rules";
	}

	private AuditRow row(CheckResult check, Locale locale) {
		return new AuditRow(check.rule(), this.messages.ruleName(check.rule(), locale), check.gate().name(),
				check.status(), this.messages.value(check.rule(), check.required(), locale),
				this.messages.value(check.rule(), check.actual(), locale), this.messages.message(check, locale),
				RuleSet.recordPage(check.rule()).map(RecordPage::path).orElse(null));
	}

	record AuditRow(String rule, String name, String gate, CheckStatus status, String required, String actual,
			String message, String evidence) {
	}

	/**
	 * @return the program's name in the page's language, its code when unknown
	 */
	private String programName(String code, Locale locale) {
		return this.organization.program(code)
			.map((program) -> program.displayName("en".equals(locale.getLanguage())))
			.orElse(code);
	}

}
