package com.clinigrad.eligibility.web;

import java.time.LocalDate;

import com.clinigrad.eligibility.WaiverBook;
import com.clinigrad.eligibility.WaiverKind;
import com.clinigrad.eligibility.rules.RuleSet;
import com.clinigrad.shared.Confirmation;
import com.clinigrad.shared.web.Flash;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Waivers: a student's waivers and the request form, the caller's queue on the approval
 * chain, a waiver's page with its decisions. The service checks every step's approver.
 */
@Controller
class WaiverController {

	private final WaiverBook waivers;

	WaiverController(WaiverBook waivers) {
		this.waivers = waivers;
	}

	@GetMapping("/students/{studentNo}/waivers")
	String ofStudent(@PathVariable String studentNo, Model model) {
		model.addAttribute("studentNo", studentNo);
		model.addAttribute("waivers", this.waivers.ofStudent(studentNo));
		model.addAttribute("codes", RuleSet.CODES);
		model.addAttribute("kinds", WaiverKind.values());
		return "eligibility/waivers";
	}

	@PostMapping("/students/{studentNo}/waivers")
	String request(@PathVariable String studentNo, @RequestParam String rule, @RequestParam WaiverKind kind,
			@RequestParam String reason, @RequestParam(required = false) String evidence,
			@RequestParam(required = false) String substitute,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate extendedUntil,
			Model model, RedirectAttributes redirect) {
		long id = this.waivers.request(studentNo, rule, kind, reason, evidence, substitute, extendedUntil);
		Flash.success(redirect, "waiver.requested");
		return "redirect:/waivers/" + id;
	}

	@GetMapping("/waivers")
	String queue(Model model) {
		model.addAttribute("queue", this.waivers.queue());
		return "eligibility/waiver-queue";
	}

	@GetMapping("/waivers/{id}")
	String waiver(@PathVariable long id, Model model) {
		model.addAttribute("waiver", this.waivers.waiver(id));
		model.addAttribute("mayDecide", this.waivers.awaitsCaller(id));
		return "eligibility/waiver";
	}

	@PostMapping("/waivers/{id}/decide")
	String decide(@PathVariable long id, @RequestParam long version, @RequestParam boolean approve,
			@RequestParam(required = false) String reason, @RequestParam(defaultValue = "false") boolean confirm,
			RedirectAttributes redirect) {
		this.waivers.decide(id, version, approve, reason, confirm);
		Flash.success(redirect, approve ? "waiver.approvedStep" : "waiver.rejected");
		return "redirect:/waivers/" + id;
	}

	@PostMapping("/waivers/{id}/revoke")
	@PreAuthorize("hasRole('GRAD_SCHOOL')")
	String revoke(@PathVariable long id, @RequestParam long version, @RequestParam String reason,
			@RequestParam(defaultValue = "false") boolean confirm, RedirectAttributes redirect) {
		Confirmation.require(confirm, "waiver.error.confirmRevoke");
		this.waivers.revoke(id, version, reason);
		Flash.success(redirect, "waiver.revokedDone");
		return "redirect:/waivers/" + id;
	}

}
