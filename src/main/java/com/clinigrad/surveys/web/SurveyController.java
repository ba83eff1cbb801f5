package com.clinigrad.surveys.web;

import java.util.HashMap;
import java.util.Map;

import jakarta.validation.Valid;

import com.clinigrad.shared.SchoolTime;
import com.clinigrad.shared.web.Flash;
import com.clinigrad.shared.web.SubmittedForm;
import com.clinigrad.surveys.SatisfactionSurveys;
import com.clinigrad.surveys.SurveyViews.Round;

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
 * Satisfaction surveys: the graduate school's templates, rounds and results; a student's
 * open rounds and the anonymous answer form.
 */
@Controller
@RequestMapping("/surveys")
class SurveyController {

	private final SatisfactionSurveys surveys;

	SurveyController(SatisfactionSurveys surveys) {
		this.surveys = surveys;
	}

	@GetMapping
	@PreAuthorize("hasRole('GRAD_SCHOOL')")
	String index(Model model) {
		OpenRoundForm form = new OpenRoundForm();
		form.setYear(SchoolTime.today().getYear());
		form.setOpensOn(SchoolTime.today());
		form.setClosesOn(SchoolTime.today().plusDays(30));
		model.addAttribute("form", SubmittedForm.in(model).restore(form));
		return indexView(model);
	}

	@PostMapping("/rounds")
	@PreAuthorize("hasRole('GRAD_SCHOOL')")
	String open(@Valid @ModelAttribute("form") OpenRoundForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (result.hasErrors()) {
			return indexView(model);
		}
		long id = this.surveys.open(form.toCommand());
		Flash.success(redirect, "survey.opened");
		return "redirect:/surveys/rounds/" + id;
	}

	@GetMapping("/rounds/{id}")
	@PreAuthorize("hasRole('GRAD_SCHOOL')")
	String results(@PathVariable long id, Model model) {
		model.addAttribute("results", this.surveys.results(id));
		return "surveys/results";
	}

	@GetMapping("/mine")
	@PreAuthorize("hasRole('STUDENT')")
	String mine(Model model) {
		model.addAttribute("rounds", this.surveys.pendingForCaller(SchoolTime.today()));
		return "surveys/mine";
	}

	@GetMapping("/rounds/{id}/answer")
	@PreAuthorize("hasRole('STUDENT')")
	String answerForm(@PathVariable long id, Model model) {
		Round round = this.surveys.toAnswer(id, SchoolTime.today());
		model.addAttribute("round", round);
		return "surveys/answer";
	}

	@PostMapping("/rounds/{id}/answer")
	@PreAuthorize("hasRole('STUDENT')")
	String answer(@PathVariable long id, @RequestParam Map<String, String> params, RedirectAttributes redirect) {
		Map<Long, Integer> scores = new HashMap<>();
		params.forEach((name, value) -> {
			if (name.startsWith("q") && name.substring(1).matches("\\d{1,18}") && value.matches("[1-5]")) {
				scores.put(Long.valueOf(name.substring(1)), Integer.valueOf(value));
			}
		});
		this.surveys.answer(id, scores, SchoolTime.today());
		Flash.success(redirect, "survey.answered");
		return "redirect:/surveys/mine";
	}

	private String indexView(Model model) {
		model.addAttribute("templates", this.surveys.templates());
		model.addAttribute("rounds", this.surveys.rounds());
		model.addAttribute("today", SchoolTime.today());
		return "surveys/index";
	}

}
