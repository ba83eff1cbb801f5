package com.clinigrad.careers.web;

import java.util.List;
import java.util.Optional;

import jakarta.validation.Valid;

import com.clinigrad.accounts.CurrentUsers;
import com.clinigrad.careers.DestinationKind;
import com.clinigrad.careers.EmploymentView;
import com.clinigrad.careers.GraduateEmployment;
import com.clinigrad.shared.SchoolTime;
import com.clinigrad.shared.web.Flash;
import com.clinigrad.shared.web.SubmittedForm;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Graduate destinations (就业): the year's graduates with the employment rate for the
 * graduate school, and a graduate's destination page, which the graduate school and the
 * graduate themself fill in and those who may see the student read.
 */
@Controller
class EmploymentController {

	private final GraduateEmployment employment;

	private final CurrentUsers currentUsers;

	EmploymentController(GraduateEmployment employment, CurrentUsers currentUsers) {
		this.employment = employment;
		this.currentUsers = currentUsers;
	}

	@GetMapping("/employment")
	@PreAuthorize("hasRole('GRAD_SCHOOL')")
	String list(@RequestParam(required = false) Integer year, @RequestParam(required = false) String program,
			Model model) {
		int shown = (year != null) ? year : SchoolTime.today().getYear();
		String programCode = (program == null || program.isBlank()) ? null : program;
		List<EmploymentView> rows = this.employment.list(shown, programCode);
		model.addAttribute("year", shown);
		model.addAttribute("program", programCode);
		model.addAttribute("rows", rows);
		model.addAttribute("figures", this.employment.figures(shown, programCode));
		return "careers/list";
	}

	@GetMapping("/employment/mine")
	@PreAuthorize("hasRole('STUDENT')")
	String mine() {
		String studentNo = this.currentUsers.current().studentNo();
		if (studentNo == null) {
			throw new AccessDeniedException("No student record");
		}
		return "redirect:/students/" + studentNo + "/employment";
	}

	@GetMapping("/students/{studentNo}/employment")
	String page(@PathVariable String studentNo, Model model) {
		Optional<EmploymentView> recorded = this.employment.of(studentNo);
		EmploymentForm form = recorded.map(EmploymentForm::of).orElseGet(EmploymentForm::new);
		model.addAttribute("form", SubmittedForm.in(model).restore(form));
		return view(studentNo, recorded, model);
	}

	@PostMapping("/students/{studentNo}/employment")
	String record(@PathVariable String studentNo, @Valid @ModelAttribute("form") EmploymentForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		if (!this.employment.mayRecord(studentNo)) {
			throw new AccessDeniedException("Not the graduate school nor the graduate");
		}
		if (result.hasErrors()) {
			return view(studentNo, this.employment.of(studentNo), model);
		}
		this.employment.record(form.toCommand(studentNo), form.getVersion());
		Flash.success(redirect, "employment.saved");
		return "redirect:/students/" + studentNo + "/employment";
	}

	private String view(String studentNo, Optional<EmploymentView> recorded, Model model) {
		model.addAttribute("studentNo", studentNo);
		model.addAttribute("recorded", recorded.orElse(null));
		model.addAttribute("mayRecord", this.employment.mayRecord(studentNo));
		model.addAttribute("kinds", DestinationKind.values());
		return "careers/student";
	}

}
