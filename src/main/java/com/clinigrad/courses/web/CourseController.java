package com.clinigrad.courses.web;

import java.util.Arrays;
import java.util.List;

import com.clinigrad.courses.CatalogCourse;
import com.clinigrad.courses.CourseCatalog;
import com.clinigrad.courses.CourseCategory;
import com.clinigrad.courses.CourseEvaluations;
import com.clinigrad.courses.Grading;
import com.clinigrad.courses.OfferingView;
import com.clinigrad.shared.web.Flash;
import com.clinigrad.shared.web.SubmittedForm;
import jakarta.validation.Valid;

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
 * The catalog, the offerings of a term and an offering's page (roster, enrollment, links
 * to its grades and evaluation).
 */
@Controller
@RequestMapping("/courses")
class CourseController {

	private final CourseCatalog catalog;

	private final CourseEvaluations evaluations;

	CourseController(CourseCatalog catalog, CourseEvaluations evaluations) {
		this.catalog = catalog;
		this.evaluations = evaluations;
	}

	@GetMapping
	String catalog(@RequestParam(required = false) String q, @RequestParam(required = false) CourseCategory category,
			Model model) {
		List<CatalogCourse> courses = this.catalog.courses(q, category);
		model.addAttribute("courses", courses);
		model.addAttribute("q", q);
		model.addAttribute("category", category);
		model.addAttribute("categories", CourseCategory.values());
		return "courses/catalog";
	}

	@GetMapping("/new")
	@PreAuthorize("hasRole('GRAD_SCHOOL')")
	String newCourse(Model model) {
		model.addAttribute("form", SubmittedForm.in(model).restore(new CourseForm()));
		return courseForm(model, null);
	}

	@PostMapping("/new")
	@PreAuthorize("hasRole('GRAD_SCHOOL')")
	String create(@Valid @ModelAttribute("form") CourseForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (result.hasErrors()) {
			return courseForm(model, null);
		}
		this.catalog.create(form.toCommand());
		Flash.success(redirect, "course.saved", form.getName());
		return "redirect:/courses";
	}

	@GetMapping("/{code}/edit")
	@PreAuthorize("hasRole('GRAD_SCHOOL')")
	String edit(@PathVariable String code, Model model) {
		model.addAttribute("form", SubmittedForm.in(model).restore(CourseForm.of(this.catalog.course(code))));
		return courseForm(model, code);
	}

	@PostMapping("/{code}/edit")
	@PreAuthorize("hasRole('GRAD_SCHOOL')")
	String save(@PathVariable String code, @Valid @ModelAttribute("form") CourseForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		if (result.hasErrors()) {
			return courseForm(model, code);
		}
		this.catalog.edit(code, form.getVersion(), form.toCommand());
		Flash.success(redirect, "course.saved", form.getName());
		return "redirect:/courses";
	}

	@GetMapping("/offerings")
	String offerings(@RequestParam(required = false) String term, Model model) {
		String selected = (term != null && !term.isBlank()) ? term : this.catalog.currentTerm();
		model.addAttribute("term", selected);
		model.addAttribute("terms", this.catalog.terms());
		model.addAttribute("offerings", this.catalog.offerings(selected));
		model.addAttribute("mine", this.catalog.taughtByCaller().stream().map(OfferingView::id).toList());
		return "courses/offerings";
	}

	@GetMapping("/offerings/new")
	@PreAuthorize("hasRole('GRAD_SCHOOL')")
	String newOffering(@RequestParam(required = false) String course, Model model) {
		OfferingForm form = new OfferingForm();
		form.setCourseCode(course);
		form.setTerm(this.catalog.currentTerm());
		model.addAttribute("form", SubmittedForm.in(model).restore(form));
		return offeringForm(model, null);
	}

	@PostMapping("/offerings/new")
	@PreAuthorize("hasRole('GRAD_SCHOOL')")
	String createOffering(@Valid @ModelAttribute("form") OfferingForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (result.hasErrors()) {
			return offeringForm(model, null);
		}
		long id = this.catalog.createOffering(form.toCommand());
		Flash.success(redirect, "offering.created");
		return "redirect:/courses/offerings/" + id;
	}

	@GetMapping("/offerings/{id}/edit")
	@PreAuthorize("hasRole('GRAD_SCHOOL')")
	String editOffering(@PathVariable long id, Model model) {
		model.addAttribute("form", SubmittedForm.in(model).restore(OfferingForm.of(this.catalog.offering(id))));
		return offeringForm(model, id);
	}

	@PostMapping("/offerings/{id}/edit")
	@PreAuthorize("hasRole('GRAD_SCHOOL')")
	String saveOffering(@PathVariable long id, @Valid @ModelAttribute("form") OfferingForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		if (result.hasErrors()) {
			return offeringForm(model, id);
		}
		this.catalog.editOffering(id, form.getVersion(), form.toCommand());
		Flash.success(redirect, "offering.saved");
		return "redirect:/courses/offerings/" + id;
	}

	@GetMapping("/offerings/{id}")
	String offering(@PathVariable long id, Model model) {
		OfferingView offering = this.catalog.offering(id);
		boolean teaches = this.catalog.teaches(id);
		model.addAttribute("offering", offering);
		model.addAttribute("teaches", teaches);
		boolean manages = this.catalog.mayManage(id);
		model.addAttribute("manages", manages);
		model.addAttribute("roster", manages ? this.catalog.roster(id) : java.util.List.of());
		model.addAttribute("enrolled", this.catalog.callerEnrolled(id));
		model.addAttribute("mayEvaluate", this.evaluations.callerMayEvaluate(id));
		return "courses/offering";
	}

	@PostMapping("/offerings/{id}/enroll")
	@PreAuthorize("hasRole('GRAD_SCHOOL')")
	String enroll(@PathVariable long id, @RequestParam String studentNos, RedirectAttributes redirect) {
		List<String> numbers = Arrays.stream(studentNos.split("[\\s,;，、]+")).filter((no) -> !no.isEmpty()).toList();
		if (numbers.isEmpty()) {
			Flash.error(redirect, "offering.error.noStudentNumbers");
			return "redirect:/courses/offerings/" + id;
		}
		int added = this.catalog.enroll(id, numbers);
		if (added == 0) {
			Flash.success(redirect, "offering.enrolledNone");
		}
		else {
			Flash.success(redirect, "offering.enrolledCount", String.valueOf(added));
		}
		return "redirect:/courses/offerings/" + id;
	}

	@PostMapping("/offerings/{id}/unenroll")
	@PreAuthorize("hasRole('GRAD_SCHOOL')")
	String unenroll(@PathVariable long id, @RequestParam String studentNo, RedirectAttributes redirect) {
		this.catalog.unenroll(id, studentNo);
		Flash.success(redirect, "offering.unenrolled", studentNo);
		return "redirect:/courses/offerings/" + id;
	}

	@PostMapping("/offerings/{id}/join")
	@PreAuthorize("hasRole('STUDENT')")
	String join(@PathVariable long id, RedirectAttributes redirect) {
		this.catalog.enrollCaller(id);
		Flash.success(redirect, "offering.joined");
		return "redirect:/courses/offerings/" + id;
	}

	@PostMapping("/offerings/{id}/drop")
	@PreAuthorize("hasRole('STUDENT')")
	String drop(@PathVariable long id, RedirectAttributes redirect) {
		this.catalog.dropCaller(id);
		Flash.success(redirect, "offering.dropped");
		return "redirect:/courses/offerings/" + id;
	}

	@PostMapping("/offerings/{id}/evaluation")
	@PreAuthorize("hasRole('GRAD_SCHOOL')")
	String evaluationOpen(@PathVariable long id, @RequestParam boolean open, RedirectAttributes redirect) {
		this.catalog.setEvaluationOpen(id, open);
		Flash.success(redirect, open ? "evaluation.opened" : "evaluation.closed");
		return "redirect:/courses/offerings/" + id;
	}

	private String courseForm(Model model, String code) {
		model.addAttribute("code", code);
		model.addAttribute("categories", CourseCategory.values());
		return "courses/course-form";
	}

	private String offeringForm(Model model, Long id) {
		model.addAttribute("offeringId", id);
		model.addAttribute("terms", this.catalog.terms());
		model.addAttribute("courses", this.catalog.courses(null, null));
		model.addAttribute("gradings", Grading.values());
		return "courses/offering-form";
	}

}
