package com.clinigrad.courses.web;

import com.clinigrad.courses.CourseCatalog;
import com.clinigrad.courses.CourseEvaluations;
import com.clinigrad.shared.web.Flash;
import jakarta.validation.Valid;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Anonymous course evaluation: the enrolled student's form, the aggregate for the
 * instructor and the graduate school.
 */
@Controller
class EvaluationController {

	private final CourseEvaluations evaluations;

	private final CourseCatalog catalog;

	EvaluationController(CourseEvaluations evaluations, CourseCatalog catalog) {
		this.evaluations = evaluations;
		this.catalog = catalog;
	}

	@GetMapping("/courses/evaluations")
	@PreAuthorize("hasRole('STUDENT')")
	String pending(Model model) {
		model.addAttribute("pending", this.evaluations.pendingForCaller());
		model.addAttribute("enrolled", this.catalog.enrolledByCaller());
		return "courses/evaluations";
	}

	@GetMapping("/courses/offerings/{id}/evaluate")
	@PreAuthorize("hasRole('STUDENT')")
	String form(@PathVariable long id, Model model) {
		model.addAttribute("offering", this.catalog.offering(id));
		model.addAttribute("form", new EvaluationForm());
		model.addAttribute("mayEvaluate", this.evaluations.callerMayEvaluate(id));
		return "courses/evaluate";
	}

	@PostMapping("/courses/offerings/{id}/evaluate")
	@PreAuthorize("hasRole('STUDENT')")
	String submit(@PathVariable long id, @Valid @ModelAttribute("form") EvaluationForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		if (result.hasErrors()) {
			model.addAttribute("offering", this.catalog.offering(id));
			model.addAttribute("mayEvaluate", true);
			return "courses/evaluate";
		}
		this.evaluations.submit(id, form.toCommand());
		Flash.success(redirect, "evaluation.thanks");
		return "redirect:/courses/evaluations";
	}

	@GetMapping("/courses/offerings/{id}/evaluation")
	String results(@PathVariable long id, Model model) {
		model.addAttribute("results", this.evaluations.results(id));
		model.addAttribute("minAnswers", CourseEvaluations.MIN_ANSWERS);
		return "courses/evaluation";
	}

}
