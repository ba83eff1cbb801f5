package com.clinigrad.exams.web;

import java.util.Arrays;
import java.util.List;

import com.clinigrad.exams.ExamSittings;
import com.clinigrad.exams.PaperDraw;
import com.clinigrad.exams.QuestionBanks;
import com.clinigrad.exams.QuestionKind;
import com.clinigrad.exams.TestedCompetency;
import com.clinigrad.shared.BusinessRuleException;
import com.clinigrad.shared.web.Flash;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Sittings for the offices: set up (window, duration, rules, candidates), publish (draws
 * the paper), name the markers, follow the candidates, release the results.
 */
@Controller
@PreAuthorize("hasAnyRole('GRAD_SCHOOL', 'HOSPITAL_OFFICE')")
class SittingController {

	private final ExamSittings sittings;

	private final QuestionBanks banks;

	SittingController(ExamSittings sittings, QuestionBanks banks) {
		this.sittings = sittings;
		this.banks = banks;
	}

	@GetMapping("/exams/sittings")
	String list(Model model) {
		model.addAttribute("sittings", this.sittings.list());
		model.addAttribute("banks", this.banks.list());
		return "exams/sittings";
	}

	@PostMapping("/exams/sittings")
	String create(@ModelAttribute SittingForm form, RedirectAttributes redirect) {
		long id = this.sittings.create(form.toCommand());
		Flash.success(redirect, "exams.sitting.created");
		return "redirect:/exams/sittings/" + id;
	}

	@GetMapping("/exams/sittings/{id}")
	String sitting(@PathVariable long id, Model model) {
		model.addAttribute("detail", this.sittings.detail(id));
		model.addAttribute("kinds", QuestionKind.values());
		model.addAttribute("competencies", TestedCompetency.values());
		return "exams/sitting";
	}

	@PostMapping("/exams/sittings/{id}/rules")
	String addRule(@PathVariable long id, @RequestParam long version, @RequestParam(required = false) QuestionKind kind,
			@RequestParam(defaultValue = "1") int difficultyMin, @RequestParam(defaultValue = "5") int difficultyMax,
			@RequestParam(required = false) TestedCompetency competency, @RequestParam(defaultValue = "0") int count,
			RedirectAttributes redirect) {
		this.sittings.addRule(id, version, new PaperDraw.Rule(kind, difficultyMin, difficultyMax, competency, count));
		Flash.success(redirect, "exams.sitting.ruleAdded");
		return "redirect:/exams/sittings/" + id;
	}

	@PostMapping("/exams/sittings/{id}/candidates")
	String candidates(@PathVariable long id, @RequestParam long version,
			@RequestParam(required = false) String studentNos, RedirectAttributes redirect) {
		this.sittings.addCandidates(id, version, split(studentNos));
		Flash.success(redirect, "exams.sitting.candidatesAdded");
		return "redirect:/exams/sittings/" + id;
	}

	@PostMapping("/exams/sittings/{id}/publish")
	String publish(@PathVariable long id, @RequestParam long version,
			@RequestParam(defaultValue = "false") boolean confirm, RedirectAttributes redirect) {
		if (!confirm) {
			throw new BusinessRuleException("exams.error.confirm");
		}
		this.sittings.publish(id, version);
		Flash.success(redirect, "exams.sitting.published");
		return "redirect:/exams/sittings/" + id;
	}

	@PostMapping("/exams/sittings/{id}/markers")
	String markers(@PathVariable long id, @RequestParam long version, @RequestParam(defaultValue = "0") int position,
			@RequestParam(required = false) String usernames, RedirectAttributes redirect) {
		this.sittings.assignMarkers(id, version, position, split(usernames));
		Flash.success(redirect, "exams.sitting.markersAssigned");
		return "redirect:/exams/sittings/" + id;
	}

	@PostMapping("/exams/sittings/{id}/release")
	String release(@PathVariable long id, @RequestParam long version,
			@RequestParam(defaultValue = "false") boolean confirm, RedirectAttributes redirect) {
		if (!confirm) {
			throw new BusinessRuleException("exams.error.confirm");
		}
		this.sittings.release(id, version);
		Flash.success(redirect, "exams.sitting.released");
		return "redirect:/exams/sittings/" + id;
	}

	private static List<String> split(String text) {
		if (text == null) {
			return List.of();
		}
		return Arrays.stream(text.split("[,，;；\\s]+"))
			.map(String::strip)
			.filter((s) -> !s.isEmpty())
			.distinct()
			.toList();
	}

}
