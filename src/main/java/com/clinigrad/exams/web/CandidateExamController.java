package com.clinigrad.exams.web;

import java.util.List;
import java.util.Optional;

import com.clinigrad.exams.CandidatePaper;
import com.clinigrad.exams.ExamTaking;
import com.clinigrad.shared.web.Flash;
import jakarta.servlet.http.HttpSession;

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
 * The candidate's pages: their sittings, and the exam page that saves each answer as it
 * is given and submits itself when the time is up. The attempt is bound to the browser
 * session that started it.
 */
@Controller
@PreAuthorize("hasRole('STUDENT')")
class CandidateExamController {

	private static final String TOKEN = "exams.attempt.";

	private final ExamTaking taking;

	CandidateExamController(ExamTaking taking) {
		this.taking = taking;
	}

	@GetMapping("/exams/mine")
	String mine(Model model) {
		model.addAttribute("sittings", this.taking.mine());
		return "exams/mine";
	}

	@PostMapping("/exams/take/{id}/begin")
	String begin(@PathVariable long id, HttpSession session) {
		String token = this.taking.begin(id, token(session, id));
		session.setAttribute(TOKEN + id, token);
		return "redirect:/exams/take/" + id;
	}

	@GetMapping("/exams/take/{id}")
	String take(@PathVariable long id, HttpSession session, Model model, RedirectAttributes redirect) {
		Optional<CandidatePaper> paper = this.taking.paper(id, token(session, id));
		if (paper.isEmpty()) {
			Flash.success(redirect, "exams.take.timedOut");
			return "redirect:/exams/mine";
		}
		model.addAttribute("paper", paper.get());
		return "exams/take";
	}

	@PostMapping("/exams/take/{id}/answers")
	ResponseEntity<Void> save(@PathVariable long id, @RequestParam long questionId,
			@RequestParam(name = "option", required = false) List<Long> options,
			@RequestParam(required = false) String text, HttpSession session) {
		this.taking.save(id, token(session, id), questionId, options, text);
		return ResponseEntity.noContent().build();
	}

	@PostMapping("/exams/take/{id}/submit")
	String submit(@PathVariable long id, HttpSession session, RedirectAttributes redirect) {
		this.taking.submit(id, token(session, id));
		Flash.success(redirect, "exams.take.submitted");
		return "redirect:/exams/mine";
	}

	@GetMapping("/exams/take/{id}/questions/{questionId}/image")
	ResponseEntity<byte[]> image(@PathVariable long id, @PathVariable long questionId, HttpSession session) {
		return BankController.imageAnswer(this.taking.imageForCandidate(id, token(session, id), questionId));
	}

	private static String token(HttpSession session, long id) {
		return (session.getAttribute(TOKEN + id) instanceof String token) ? token : null;
	}

}
