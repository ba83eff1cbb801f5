package com.clinigrad.supervisors.web;

import jakarta.validation.Valid;

import com.clinigrad.organization.Organization;
import com.clinigrad.organization.ProgramRef;
import com.clinigrad.shared.web.Flash;
import com.clinigrad.shared.web.SubmittedForm;
import com.clinigrad.shared.web.QueryString;
import com.clinigrad.supervisors.SupervisorDirectory;
import com.clinigrad.supervisors.SupervisorDirectory.SupervisorDetail;
import com.clinigrad.supervisors.SupervisorFilter;
import com.clinigrad.supervisors.SupervisorRef;
import com.clinigrad.supervisors.TitleLevel;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
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
 * The supervisor pages: list with filters, detail with students and change history, edit.
 */
@Controller
@RequestMapping("/supervisors")
class SupervisorController {

	private static final int PAGE_SIZE = 20;

	private final SupervisorDirectory directory;

	private final Organization organization;

	SupervisorController(SupervisorDirectory directory, Organization organization) {
		this.directory = directory;
		this.organization = organization;
	}

	@GetMapping
	String list(@RequestParam(required = false) String q, @RequestParam(required = false) String hospital,
			@RequestParam(required = false) TitleLevel title, @RequestParam(required = false) Boolean doctoral,
			@RequestParam(required = false) Boolean external, @RequestParam(defaultValue = "0") int page, Model model) {
		SupervisorFilter filter = new SupervisorFilter(q, hospital, title, doctoral, external);
		Page<SupervisorRef> supervisors = this.directory.search(filter,
				PageRequest.of(Math.max(page, 0), PAGE_SIZE, Sort.by("staffNo")));
		model.addAttribute("supervisors", supervisors);
		model.addAttribute("studentCounts",
				this.directory.activeStudentCounts(supervisors.map(SupervisorRef::id).getContent()));
		model.addAttribute("filter", filter);
		model.addAttribute("pageQuery",
				new QueryString().with("q", q)
					.with("hospital", hospital)
					.with("title", title)
					.with("doctoral", doctoral)
					.with("external", external)
					.prefix());
		model.addAttribute("hospitals", this.organization.hospitals());
		model.addAttribute("hospitalsById", this.organization.hospitalsById());
		model.addAttribute("titleLevels", TitleLevel.values());
		return "supervisors/list";
	}

	@GetMapping("/{staffNo}")
	String detail(@PathVariable String staffNo, Model model) {
		SupervisorDetail detail = this.directory.detail(staffNo);
		model.addAttribute("detail", detail);
		if (detail.supervisor().disciplineCode() != null) {
			model.addAttribute("discipline",
					this.organization.discipline(detail.supervisor().disciplineCode()).orElse(null));
		}
		// programs by name, not by code, in the table of students
		model.addAttribute("programsByCode", this.organization.programs()
			.stream()
			.collect(java.util.stream.Collectors.toMap(ProgramRef::code, java.util.function.Function.identity())));
		return "supervisors/detail";
	}

	@GetMapping("/{staffNo}/edit")
	@PreAuthorize("hasRole('GRAD_SCHOOL')")
	String editForm(@PathVariable String staffNo, Model model) {
		SupervisorDetail detail = this.directory.detail(staffNo);
		model.addAttribute("form",
				SubmittedForm.in(model)
					.restore(SupervisorForm.of(detail.supervisor(),
							(detail.hospital() != null) ? detail.hospital().code() : null)));
		return formView(model);
	}

	@PostMapping("/{staffNo}/edit")
	@PreAuthorize("hasRole('GRAD_SCHOOL')")
	String edit(@PathVariable String staffNo, @Valid @ModelAttribute("form") SupervisorForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		form.setStaffNo(staffNo);
		if (result.hasErrors()) {
			return formView(model);
		}
		this.directory.edit(staffNo, form.getVersion(), form.toCommand());
		Flash.success(redirect, "supervisor.saved", staffNo);
		return "redirect:/supervisors/" + staffNo;
	}

	private String formView(Model model) {
		model.addAttribute("hospitals", this.organization.hospitals());
		model.addAttribute("disciplines", this.organization.secondLevelDisciplines());
		model.addAttribute("titleLevels", TitleLevel.values());
		return "supervisors/form";
	}

}
