package com.clinigrad.admissions.web;

import java.util.List;

import jakarta.validation.Valid;

import com.clinigrad.admissions.AdmissionFigures;
import com.clinigrad.admissions.AdmissionView;
import com.clinigrad.admissions.Admissions;
import com.clinigrad.shared.SchoolTime;
import com.clinigrad.shared.web.Flash;
import com.clinigrad.shared.web.SubmittedForm;
import com.clinigrad.students.AdmissionType;
import com.clinigrad.students.SourceSchool;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The admissions office's pages (招生): the applicants of a year with its figures, the
 * entry and correction of an applicant, and the enrollment of an admitted applicant as a
 * student from what the admission holds. Graduate-school staff.
 */
@Controller
@RequestMapping("/admissions")
@PreAuthorize("hasRole('GRAD_SCHOOL')")
class AdmissionController {

	private final Admissions admissions;

	AdmissionController(Admissions admissions) {
		this.admissions = admissions;
	}

	@GetMapping
	String list(@RequestParam(required = false) Integer year, @RequestParam(required = false) String program,
			Model model) {
		List<Integer> years = this.admissions.years();
		int shown = (year != null) ? year : (years.isEmpty() ? SchoolTime.today().getYear() : years.get(0));
		String programCode = (program == null || program.isBlank()) ? null : program;
		List<AdmissionView> rows = this.admissions.list(shown, programCode);
		AdmissionFigures figures = this.admissions.figures(shown, programCode);
		model.addAttribute("year", shown);
		model.addAttribute("years", years);
		model.addAttribute("program", programCode);
		model.addAttribute("programs", this.admissions.programs());
		model.addAttribute("rows", rows);
		model.addAttribute("figures", figures);
		model.addAttribute("awaiting", rows.stream().filter(AdmissionView::awaitingEnrollment).count());
		model.addAttribute("sources", SourceSchool.values());
		model.addAttribute("types", AdmissionType.values());
		return "admissions/list";
	}

	@GetMapping("/new")
	String create(@RequestParam(required = false) Integer year, Model model) {
		AdmissionForm form = new AdmissionForm();
		form.setYear((year != null) ? year : SchoolTime.today().getYear());
		form.setAdmissionType(AdmissionType.EXAM);
		model.addAttribute("form", SubmittedForm.in(model).restore(form));
		return formView(model, null);
	}

	@PostMapping
	String record(@Valid @ModelAttribute("form") AdmissionForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (result.hasErrors()) {
			return formView(model, null);
		}
		this.admissions.record(form.toCommand());
		Flash.success(redirect, "admission.saved", form.getApplicantNo());
		return "redirect:/admissions?year=" + form.getYear();
	}

	@GetMapping("/{id}/edit")
	String edit(@PathVariable long id, Model model) {
		AdmissionView admission = this.admissions.get(id);
		model.addAttribute("form", SubmittedForm.in(model).restore(AdmissionForm.of(admission)));
		return formView(model, admission);
	}

	@PostMapping("/{id}/edit")
	String save(@PathVariable long id, @Valid @ModelAttribute("form") AdmissionForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		AdmissionView admission = this.admissions.get(id);
		form.setYear(admission.year());
		form.setApplicantNo(admission.applicantNo());
		if (result.hasErrors()) {
			return formView(model, admission);
		}
		this.admissions.edit(id, form.getVersion(), form.toCommand());
		Flash.success(redirect, "admission.saved", admission.applicantNo());
		return "redirect:/admissions?year=" + admission.year();
	}

	@GetMapping("/{id}/enroll")
	String enrollForm(@PathVariable long id, Model model) {
		AdmissionView admission = this.admissions.get(id);
		EnrollmentForm form = new EnrollmentForm();
		form.setVersion(admission.version());
		model.addAttribute("form", SubmittedForm.in(model).restore(form));
		return enrollView(model, admission);
	}

	@PostMapping("/{id}/enroll")
	String enroll(@PathVariable long id, @Valid @ModelAttribute("form") EnrollmentForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		AdmissionView admission = this.admissions.get(id);
		if (result.hasErrors()) {
			return enrollView(model, admission);
		}
		String studentNo = this.admissions.enroll(id, form.getVersion(), form.toCommand());
		Flash.success(redirect, "admission.enrolled", admission.name(), studentNo);
		return "redirect:/admissions?year=" + admission.year();
	}

	private String formView(Model model, AdmissionView admission) {
		model.addAttribute("admission", admission);
		model.addAttribute("programs", this.admissions.programs());
		model.addAttribute("disciplines", this.admissions.disciplines());
		model.addAttribute("sources", SourceSchool.values());
		model.addAttribute("types", AdmissionType.values());
		return "admissions/form";
	}

	private String enrollView(Model model, AdmissionView admission) {
		model.addAttribute("admission", admission);
		model.addAttribute("programName",
				this.admissions.programs()
					.stream()
					.filter((p) -> p.code().equals(admission.programCode()))
					.findFirst()
					.orElse(null));
		model.addAttribute("discipline",
				this.admissions.disciplines()
					.stream()
					.filter((d) -> d.code().equals(admission.disciplineCode()))
					.findFirst()
					.orElse(null));
		model.addAttribute("hospitals", this.admissions.hospitals());
		return "admissions/enroll";
	}

}
