package com.clinigrad.eligibility.web;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;

import com.clinigrad.eligibility.AuditMessages;
import com.clinigrad.eligibility.DegreeAudits;
import com.clinigrad.eligibility.rules.AuditOutcome;
import com.clinigrad.eligibility.rules.CheckResult;
import com.clinigrad.eligibility.rules.RuleSet;

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

	private final DegreeAudits audits;

	private final AuditMessages messages;

	AuditController(DegreeAudits audits, AuditMessages messages) {
		this.audits = audits;
		this.messages = messages;
	}

	@GetMapping("/students/{studentNo}/audit")
	String audit(@PathVariable String studentNo,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf, Model model,
			Locale locale) {
		LocalDate day = (asOf != null) ? asOf : LocalDate.now(ZoneId.of("Asia/Shanghai"));
		AuditOutcome outcome = this.audits.audit(studentNo, day);
		model.addAttribute("audit", outcome);
		model.addAttribute("rows", outcome.checks().stream().map((check) -> row(check, locale)).toList());
		return "eligibility/audit";
	}

	@GetMapping("/audit/rules")
	String rules(Model model) {
		model.addAttribute("codes", RuleSet.CODES);
		return "eligibility/rules";
	}

	private AuditRow row(CheckResult check, Locale locale) {
		return new AuditRow(check.rule(), this.messages.ruleName(check.rule(), locale), check.gate().name(),
				check.status().name(), check.required(), check.actual(), this.messages.message(check, locale));
	}

	record AuditRow(String rule, String name, String gate, String status, String required, String actual,
			String message) {
	}

}
