package com.clinigrad.students.web;

import java.time.Year;
import java.util.List;
import java.util.stream.IntStream;

import jakarta.validation.Valid;

import com.clinigrad.organization.Organization;
import com.clinigrad.shared.web.Flash;
import com.clinigrad.shared.web.SubmittedForm;
import com.clinigrad.shared.web.QueryString;
import com.clinigrad.students.AdmissionType;
import com.clinigrad.students.DegreeType;
import com.clinigrad.students.SourceSchool;
import com.clinigrad.students.StudentFilter;
import com.clinigrad.students.StudentRegistry;
import com.clinigrad.students.StudentRegistry.StudentDetail;
import com.clinigrad.students.StudentRow;
import com.clinigrad.students.StudentStatus;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
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
 * The student pages: list with search and filters, detail with status and change history,
 * create, edit and status change. The registry enforces each caller's scope.
 */
@Controller
@RequestMapping("/students")
class StudentController {

	private static final int PAGE_SIZE = 20;

	private final StudentRegistry registry;

	private final Organization organization;

	StudentController(StudentRegistry registry, Organization organization) {
		this.registry = registry;
		this.organization = organization;
	}

	@GetMapping
	String list(@RequestParam(required = false) String q, @RequestParam(required = false) Integer cohort,
			@RequestParam(required = false) String program, @RequestParam(required = false) String hospital,
			@RequestParam(required = false) String discipline, @RequestParam(required = false) StudentStatus status,
			@RequestParam(required = false) String supervisor, @RequestParam(defaultValue = "studentNo") String sort,
			@RequestParam(defaultValue = "asc") String dir, @RequestParam(defaultValue = "0") int page, Model model) {
		StudentFilter filter = new StudentFilter(q, cohort, program, hospital, discipline, status, supervisor, sort,
				"desc".equals(dir));
		Page<StudentRow> students = this.registry.search(filter, PageRequest.of(Math.max(page, 0), PAGE_SIZE));
		model.addAttribute("students", students);
		model.addAttribute("filter", filter);
		model.addAttribute("sort", sort);
		model.addAttribute("dir", dir);
		QueryString filters = new QueryString().with("q", q)
			.with("cohort", cohort)
			.with("program", program)
			.with("hospital", hospital)
			.with("discipline", discipline)
			.with("status", status)
			.with("supervisor", supervisor);
		model.addAttribute("filterQuery", filters.prefix());
		model.addAttribute("pageQuery", filters.with("sort", sort).with("dir", dir).prefix());
		addOptions(model);
		return "students/list";
	}

	@GetMapping("/{studentNo}")
	String detail(@PathVariable String studentNo, Model model) {
		StudentDetail detail = this.registry.detail(studentNo);
		model.addAttribute("detail", detail);
		if (!model.containsAttribute("statusForm")) {
			StatusChangeForm form = new StatusChangeForm();
			form.setVersion(detail.student().version());
			SubmittedForm typed = SubmittedForm.in(model);
			model.addAttribute("statusForm", typed.restore(form));
			// a refused status change opens its form again with what was typed
			model.addAttribute("statusFormOpen", typed.isPresent());
		}
		model.addAttribute("nextStatuses", List.copyOf(detail.student().status().next()));
		return "students/detail";
	}

	@GetMapping("/new")
	@PreAuthorize("hasRole('GRAD_SCHOOL')")
	String createForm(Model model) {
		StudentForm form = new StudentForm();
		form.setCohortYear(Year.now().getValue());
		model.addAttribute("form", SubmittedForm.in(model).restore(form));
		return formView(model, true);
	}

	@PostMapping("/new")
	@PreAuthorize("hasRole('GRAD_SCHOOL')")
	String create(@Valid @ModelAttribute("form") StudentForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (result.hasErrors()) {
			return formView(model, true);
		}
		String studentNo = this.registry.register(form.toCommand());
		Flash.success(redirect, "student.created", studentNo);
		return "redirect:/students/" + studentNo;
	}

	@GetMapping("/{studentNo}/edit")
	@PreAuthorize("hasRole('GRAD_SCHOOL')")
	String editForm(@PathVariable String studentNo, Model model) {
		model.addAttribute("form", SubmittedForm.in(model).restore(StudentForm.of(this.registry.forEdit(studentNo))));
		return formView(model, false);
	}

	@PostMapping("/{studentNo}/edit")
	@PreAuthorize("hasRole('GRAD_SCHOOL')")
	String edit(@PathVariable String studentNo, @Valid @ModelAttribute("form") StudentForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		form.setStudentNo(studentNo);
		if (result.hasErrors()) {
			return formView(model, false);
		}
		this.registry.edit(studentNo, form.getVersion(), form.toCommand());
		Flash.success(redirect, "student.saved", studentNo);
		return "redirect:/students/" + studentNo;
	}

	@PostMapping("/{studentNo}/status")
	@PreAuthorize("hasRole('GRAD_SCHOOL')")
	String changeStatus(@PathVariable String studentNo, @Valid @ModelAttribute("statusForm") StatusChangeForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		if (result.hasErrors()) {
			model.addAttribute("statusFormOpen", true);
			return detail(studentNo, model);
		}
		this.registry.changeStatus(studentNo, form.getVersion(), form.toCommand());
		Flash.success(redirect, "student.status.changed", studentNo);
		return "redirect:/students/" + studentNo;
	}

	private String formView(Model model, boolean creating) {
		model.addAttribute("creating", creating);
		model.addAttribute("degreeTypes", DegreeType.values());
		model.addAttribute("admissionTypes", AdmissionType.values());
		model.addAttribute("sourceSchools", SourceSchool.values());
		addOptions(model);
		return "students/form";
	}

	private void addOptions(Model model) {
		model.addAttribute("programs", this.organization.programs());
		model.addAttribute("hospitals", this.organization.hospitals());
		model.addAttribute("disciplines", this.organization.secondLevelDisciplines());
		model.addAttribute("statuses", StudentStatus.values());
		int thisYear = Year.now().getValue();
		model.addAttribute("cohorts",
				IntStream.rangeClosed(thisYear - 10, thisYear)
					.boxed()
					.sorted(java.util.Comparator.reverseOrder())
					.toList());
	}

}
