package com.clinigrad.exams.web;

import java.math.BigDecimal;

import com.clinigrad.exams.ExamMarking;
import com.clinigrad.shared.web.Flash;

import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Marking pages: a marker's tasks, and the answers to one paper question's open items
 * (after the window; candidates by number). Any account may be named a marker; the
 * service lets each see only what they mark.
 */
@Controller
@PreAuthorize("hasAnyRole('GRAD_SCHOOL', 'HOSPITAL_OFFICE', 'DEPT_COORDINATOR', 'SUPERVISOR', 'EXPERT')")
class MarkingController {

	private final ExamMarking marking;

	MarkingController(ExamMarking marking) {
		this.marking = marking;
	}

	@GetMapping("/exams/marking")
	String tasks(Model model) {
		model.addAttribute("tasks", this.marking.tasks());
		return "exams/marking";
	}

	@GetMapping("/exams/marking/{sittingId}/{questionId}")
	String sheet(@PathVariable long sittingId, @PathVariable long questionId, Model model) {
		model.addAttribute("sheet", this.marking.sheet(sittingId, questionId));
		return "exams/mark";
	}

	@PostMapping("/exams/marking/{sittingId}/{questionId}")
	String mark(@PathVariable long sittingId, @PathVariable long questionId, @RequestParam long candidateId,
			@RequestParam long itemId, @RequestParam(required = false) BigDecimal score, RedirectAttributes redirect) {
		this.marking.mark(sittingId, questionId, candidateId, itemId, score);
		Flash.success(redirect, "exams.marking.saved");
		return "redirect:/exams/marking/" + sittingId + "/" + questionId;
	}

	@GetMapping("/exams/marking/{sittingId}/images/{questionId}")
	ResponseEntity<byte[]> image(@PathVariable long sittingId, @PathVariable long questionId) {
		return BankController.imageAnswer(this.marking.imageForMarker(sittingId, questionId));
	}

}
