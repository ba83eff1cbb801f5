package com.clinigrad.admissions.web;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.validation.Valid;

import com.clinigrad.accounts.AccountDirectory;
import com.clinigrad.admissions.Admissions;
import com.clinigrad.admissions.EnrollmentPlans;
import com.clinigrad.admissions.PlanChange;
import com.clinigrad.admissions.PlanLine;
import com.clinigrad.organization.DisciplineRef;
import com.clinigrad.organization.ProgramRef;
import com.clinigrad.shared.SchoolTime;
import com.clinigrad.shared.web.Flash;
import com.clinigrad.shared.web.SubmittedForm;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The enrollment plan page (招生计划): the year's planned places per program and discipline
 * beside the applicants and the admitted, a form to set or change a line (optimistic
 * locking, a reason for a change) and the changes made. Graduate-school staff.
 */
@Controller
@RequestMapping("/admissions/plan")
@PreAuthorize("hasRole('GRAD_SCHOOL')")
class PlanController {

	private final EnrollmentPlans plans;

	private final Admissions admissions;

	private final AccountDirectory accounts;

	PlanController(EnrollmentPlans plans, Admissions admissions, AccountDirectory accounts) {
		this.accounts = accounts;
		this.plans = plans;
		this.admissions = admissions;
	}

	@GetMapping
	String plan(@RequestParam(required = false) Integer year, @RequestParam(required = false) String program,
			@RequestParam(required = false) String discipline, Model model) {
		int shown = (year != null) ? year : SchoolTime.today().getYear();
		List<PlanLine> lines = this.plans.of(shown, null);
		PlanForm form = new PlanForm();
		PlanLine editing = null;
		if (program != null && discipline != null) {
			editing = lines.stream()
				.filter((l) -> l.programCode().equals(program) && l.disciplineCode().equals(discipline))
				.findFirst()
				.orElse(null);
			form.setProgramCode(program);
			form.setDisciplineCode(discipline);
			if (editing != null) {
				form.setPlanned(editing.planned());
				form.setVersion(editing.version());
			}
		}
		model.addAttribute("form", SubmittedForm.in(model).restore(form));
		return view(model, shown, lines, editing);
	}

	@PostMapping
	String save(@RequestParam int year, @Valid @ModelAttribute("form") PlanForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		List<PlanLine> lines = this.plans.of(year, null);
		if (result.hasErrors()) {
			return view(model, year, lines, null);
		}
		Integer before = lines.stream()
			.filter((l) -> l.programCode().equals(form.getProgramCode())
					&& l.disciplineCode().equals(form.getDisciplineCode()))
			.findFirst()
			.map(PlanLine::planned)
			.orElse(null);
		this.plans.set(year, form.getProgramCode(), form.getDisciplineCode(), form.getPlanned(), form.getVersion(),
				form.getReason());
		String programName = programs().getOrDefault(form.getProgramCode(), form.getProgramCode());
		String disciplineName = disciplines().getOrDefault(form.getDisciplineCode(), form.getDisciplineCode());
		Flash.success(redirect, form.getPlanned().equals(before) ? "admissionPlan.unchanged" : "admissionPlan.saved",
				programName, disciplineName, form.getPlanned());
		return "redirect:/admissions/plan?year=" + year;
	}

	private String view(Model model, int year, List<PlanLine> lines, PlanLine editing) {
		model.addAttribute("year", year);
		model.addAttribute("lines", lines);
		model.addAttribute("total", EnrollmentPlans.total(year, lines));
		model.addAttribute("editing", editing);
		List<PlanChange> history = this.plans.history(year);
		model.addAttribute("history", history);
		// who changed the plan, by display name (one query for the page)
		model.addAttribute("people", this.accounts.displayNames(history.stream().map(PlanChange::changedBy).toList()));
		model.addAttribute("programs", this.admissions.programs());
		model.addAttribute("disciplines", this.admissions.disciplines());
		model.addAttribute("programNames", programs());
		model.addAttribute("disciplineNames", disciplines());
		return "admissions/plan";
	}

	private Map<String, String> programs() {
		return this.admissions.programs()
			.stream()
			.collect(Collectors.toMap(ProgramRef::code, (p) -> nonNull(p.displayName(english()), p.name())));
	}

	private Map<String, String> disciplines() {
		return this.admissions.disciplines()
			.stream()
			.collect(Collectors.toMap(DisciplineRef::code, (d) -> nonNull(d.displayName(english()), d.name())));
	}

	private static String nonNull(String name, String fallback) {
		return (name != null) ? name : fallback;
	}

	private static boolean english() {
		return java.util.Locale.ENGLISH.getLanguage()
			.equals(org.springframework.context.i18n.LocaleContextHolder.getLocale().getLanguage());
	}

}
