package com.clinigrad.awards.web;

import java.time.LocalDate;

import com.clinigrad.awards.AwardEvaluations;
import com.clinigrad.awards.EvaluationComponent;
import com.clinigrad.shared.SchoolTime;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * A scheme's comprehensive evaluation (综合测评): the offices' ranking per quota group with
 * the exclusions named, and one student's result explained down to the records (for the
 * student, their supervisors and the offices in scope).
 */
@Controller
class AwardEvaluationController {

	private final AwardEvaluations evaluations;

	AwardEvaluationController(AwardEvaluations evaluations) {
		this.evaluations = evaluations;
	}

	@GetMapping("/awards/schemes/{id}/evaluation")
	@PreAuthorize("hasAnyRole('GRAD_SCHOOL', 'HOSPITAL_OFFICE')")
	String evaluation(@PathVariable long id,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
			Model model) {
		model.addAttribute("evaluation", this.evaluations.evaluation(id, (asOf != null) ? asOf : SchoolTime.today()));
		model.addAttribute("components", EvaluationComponent.values());
		return "awards/evaluation";
	}

	@GetMapping("/awards/schemes/{id}/evaluation/{studentNo}")
	String student(@PathVariable long id, @PathVariable String studentNo,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
			Model model) {
		model.addAttribute("result",
				this.evaluations.ofStudent(id, studentNo, (asOf != null) ? asOf : SchoolTime.today()));
		return "awards/evaluation-student";
	}

}
