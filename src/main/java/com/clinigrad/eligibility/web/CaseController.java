package com.clinigrad.eligibility.web;

import java.util.List;

import com.clinigrad.eligibility.CaseLevel;
import com.clinigrad.eligibility.CaseView;
import com.clinigrad.eligibility.DiversionCaseBook;
import com.clinigrad.eligibility.DiversionCases;
import com.clinigrad.shared.SchoolTime;
import com.clinigrad.shared.web.Flash;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Warnings and diversion cases: the list in the caller's scope, the scan, a case with the
 * student's choice and the graduate school's decision, and the alerts panel of a student.
 */
@Controller
class CaseController {

	private static final int PANEL_ROWS = 8;

	private final DiversionCaseBook cases;

	private final DiversionCases scan;

	CaseController(DiversionCaseBook cases, DiversionCases scan) {
		this.cases = cases;
		this.scan = scan;
	}

	@GetMapping("/audit/cases")
	@PreAuthorize("hasAnyRole('GRAD_SCHOOL', 'DEGREE_COMMITTEE', 'HOSPITAL_OFFICE', 'SUPERVISOR')")
	String list(@RequestParam(required = false) String level, Model model) {
		model.addAttribute("cases",
				this.cases.open()
					.stream()
					.filter((c) -> level == null || level.isBlank() || level.equals(c.level().name()))
					.toList());
		model.addAttribute("level", level);
		model.addAttribute("levels", CaseLevel.values());
		return "eligibility/cases";
	}

	@GetMapping(path = "/audit/cases", headers = "HX-Request=true")
	@PreAuthorize("hasAnyRole('GRAD_SCHOOL', 'DEGREE_COMMITTEE', 'HOSPITAL_OFFICE', 'SUPERVISOR')")
	String panel(Model model) {
		List<CaseView> open = this.cases.open();
		model.addAttribute("total", open.size());
		model.addAttribute("caseCount", open.stream().filter(CaseView::isCase).count());
		model.addAttribute("cases", open.subList(0, Math.min(PANEL_ROWS, open.size())));
		return "eligibility/cases :: panel";
	}

	@PostMapping("/audit/cases/scan")
	@PreAuthorize("hasRole('GRAD_SCHOOL')")
	String scan(RedirectAttributes redirect) {
		int open = this.scan.scan(SchoolTime.today());
		Flash.success(redirect, "case.scanned", String.valueOf(open));
		return "redirect:/audit/cases";
	}

	@GetMapping("/audit/cases/{id}")
	String get(@PathVariable long id, Model model) {
		model.addAttribute("item", this.cases.get(id));
		return "eligibility/case";
	}

	@PostMapping("/audit/cases/{id}/choose")
	@PreAuthorize("hasRole('STUDENT')")
	String choose(@PathVariable long id, @RequestParam long version, @RequestParam String option,
			@RequestParam(required = false) String note, RedirectAttributes redirect) {
		this.cases.choose(id, version, option, note);
		Flash.success(redirect, "case.chosen");
		return "redirect:/audit/cases/" + id;
	}

	@PostMapping("/audit/cases/{id}/decide")
	@PreAuthorize("hasRole('GRAD_SCHOOL')")
	String decide(@PathVariable long id, @RequestParam long version, @RequestParam String decision,
			@RequestParam String reason, RedirectAttributes redirect) {
		this.cases.decide(id, version, decision, reason);
		Flash.success(redirect, "case.decided");
		return "redirect:/audit/cases/" + id;
	}

	@GetMapping(path = "/students/{studentNo}/alerts", headers = "HX-Request=true")
	String alerts(@PathVariable String studentNo, Model model) {
		model.addAttribute("alerts",
				this.cases.ofStudent(studentNo).stream().filter((c) -> c.waiting() || c.stopsAid()).toList());
		return "eligibility/cases :: alerts";
	}

}
