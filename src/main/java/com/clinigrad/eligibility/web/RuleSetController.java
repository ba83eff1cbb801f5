package com.clinigrad.eligibility.web;

import java.math.BigDecimal;
import java.util.Locale;

import com.clinigrad.eligibility.RuleSetAdmin;
import com.clinigrad.eligibility.rules.RuleSet;
import com.clinigrad.shared.BusinessRuleException;
import com.clinigrad.shared.web.Flash;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The programs' rule-set versions: the list, a version with its history, and the editor
 * for graduate-school staff (a new version or a correction, validated before it is
 * saved).
 */
@Controller
class RuleSetController {

	private final RuleSetAdmin admin;

	private final MessageSource messages;

	RuleSetController(RuleSetAdmin admin, MessageSource messages) {
		this.admin = admin;
		this.messages = messages;
	}

	@GetMapping("/audit/rule-sets")
	String list(Model model) {
		model.addAttribute("versions", this.admin.versions());
		return "eligibility/rule-sets";
	}

	@GetMapping("/audit/rule-sets/{program}/{version}")
	String version(@PathVariable String program, @PathVariable String version, Model model) {
		RuleSetAdmin.VersionView view = this.admin.get(program, version);
		return form(model, program, view.version(), view.fromCohort(), view.passMark(), view.note(), view.checksText(),
				view);
	}

	@GetMapping("/audit/rule-sets/new")
	@PreAuthorize("hasRole('GRAD_SCHOOL')")
	String newVersion(@RequestParam String program, Model model) {
		RuleSetAdmin.VersionView latest = this.admin.versions()
			.stream()
			.filter((v) -> v.programCode().equals(program))
			.reduce((a, b) -> b)
			.orElse(null);
		return form(model, program, "", null, (latest != null) ? latest.passMark() : BigDecimal.valueOf(60), "",
				(latest != null) ? latest.checksText() : "", null);
	}

	@PostMapping("/audit/rule-sets")
	@PreAuthorize("hasRole('GRAD_SCHOOL')")
	String save(@RequestParam String program, @RequestParam String version,
			@RequestParam(required = false) Integer fromCohort, @RequestParam BigDecimal passMark,
			@RequestParam(required = false) String note, @RequestParam String checks, @RequestParam String reason,
			@RequestParam(required = false) String expected, Model model, Locale locale, RedirectAttributes redirect,
			HttpServletResponse response) {
		try {
			this.admin.save(program, version.trim(), fromCohort, passMark, note, checks, reason, expected);
			Flash.success(redirect, "ruleSet.saved", program, version.trim());
			return "redirect:/audit/rule-sets/" + program + "/" + version.trim();
		}
		catch (BusinessRuleException ex) {
			response.setStatus(422);
			model.addAttribute("error", this.messages.getMessage(ex.getMessageKey(), ex.getArguments(), locale));
			RuleSetAdmin.VersionView existing = this.admin.version(program, version.trim()).orElse(null);
			model.addAttribute("reason", reason);
			return form(model, program, version, fromCohort, passMark, note, checks, existing);
		}
	}

	private String form(Model model, String program, String version, Integer fromCohort, BigDecimal passMark,
			String note, String checks, RuleSetAdmin.VersionView existing) {
		model.addAttribute("program", program);
		model.addAttribute("version", version);
		model.addAttribute("fromCohort", fromCohort);
		model.addAttribute("passMark", passMark);
		model.addAttribute("note", note);
		model.addAttribute("checks", checks);
		model.addAttribute("existing", existing);
		model.addAttribute("history", (existing != null) ? this.admin.history(existing.id()) : java.util.List.of());
		model.addAttribute("codes", RuleSet.CODES);
		return "eligibility/rule-set";
	}

}
