package com.clinigrad.theses.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import com.clinigrad.shared.BusinessRuleException;
import com.clinigrad.shared.web.Flash;
import com.clinigrad.theses.MidtermTheoryScores;
import com.clinigrad.theses.MilestoneResult;
import com.clinigrad.theses.MilestoneSessions;
import com.clinigrad.theses.PanelInvalidException;
import com.clinigrad.theses.SessionView;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A student's thesis milestones and a milestone session's page: the panel with its
 * composition checks, confirmation, and the outcome. The service refuses anyone but the
 * graduate school and the student's hospital office for changes.
 */
@Controller
class MilestoneController {

	private static final String SCORE = "score[";

	private final MilestoneSessions sessions;

	private final MidtermTheoryScores theory;

	private final MessageSource messages;

	MilestoneController(MilestoneSessions sessions, MidtermTheoryScores theory, MessageSource messages) {
		this.sessions = sessions;
		this.theory = theory;
		this.messages = messages;
	}

	@GetMapping("/students/{studentNo}/milestones")
	String milestones(@PathVariable String studentNo, Model model) {
		model.addAttribute("studentNo", studentNo);
		model.addAttribute("sessions", this.sessions.ofStudent(studentNo));
		model.addAttribute("types", this.sessions.types(studentNo));
		model.addAttribute("mayManage", this.sessions.mayManage(studentNo));
		model.addAttribute("theory", this.theory.ofStudent(studentNo));
		return "theses/milestones";
	}

	@PostMapping("/students/{studentNo}/milestones")
	String schedule(@PathVariable String studentNo, @RequestParam String type,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate on,
			@RequestParam(required = false) String place, RedirectAttributes redirect) {
		long id = this.sessions.schedule(studentNo, type, on, place);
		Flash.success(redirect, "panel.scheduled");
		return "redirect:/milestones/" + id;
	}

	@GetMapping("/milestones/{id}")
	String session(@PathVariable long id, Model model) {
		SessionView session = this.sessions.session(id);
		model.addAttribute("milestone", session);
		model.addAttribute("mayManage", this.sessions.mayManage(session.studentNo()));
		model.addAttribute("results", MilestoneResult.values());
		model.addAttribute("theory", this.theory.ofStudent(session.studentNo()).of(session.id()));
		return "theses/session";
	}

	@PostMapping("/milestones/{id}/panel")
	String panel(@PathVariable long id, @RequestParam long version, @RequestParam String members,
			@RequestParam(required = false) String chair, RedirectAttributes redirect) {
		var violations = this.sessions.setPanel(id, version, Arrays.asList(members.split("[\\s,;，、]+")),
				(chair != null) ? chair.trim() : null);
		Flash.success(redirect, violations.isEmpty() ? "panel.savedValid" : "panel.savedInvalid",
				String.valueOf(violations.size()));
		return "redirect:/milestones/" + id;
	}

	@PostMapping("/milestones/{id}/confirm")
	String confirm(@PathVariable long id, @RequestParam long version, Model model, Locale locale,
			RedirectAttributes redirect, HttpServletResponse response) {
		try {
			this.sessions.confirm(id, version);
			Flash.success(redirect, "panel.confirmed");
			return "redirect:/milestones/" + id;
		}
		catch (PanelInvalidException ex) {
			response.setStatus(422);
			model.addAttribute("refused", this.messages.getMessage(ex.getMessageKey(), ex.getArguments(), locale));
			return session(id, model);
		}
	}

	@PostMapping("/milestones/{id}/outcome")
	String outcome(@PathVariable long id, @RequestParam long version, @RequestParam(required = false) String result,
			@RequestParam(required = false) String comments, @RequestParam(required = false) Integer votesFor,
			@RequestParam(required = false) Integer votesAgainst, @RequestParam(required = false) Integer votesAbstain,
			@RequestParam(required = false) String resolution, @RequestParam Map<String, String> params,
			RedirectAttributes redirect) {
		Map<String, BigDecimal> scores = new HashMap<>();
		params.forEach((name, value) -> {
			if (name.startsWith(SCORE) && name.endsWith("]") && value != null && !value.isBlank()) {
				try {
					scores.put(name.substring(SCORE.length(), name.length() - 1), new BigDecimal(value.trim()));
				}
				catch (NumberFormatException ex) {
					throw new BusinessRuleException("panel.error.score",
							name.substring(SCORE.length(), name.length() - 1));
				}
			}
		});
		this.sessions.recordOutcome(id, version, result, scores, comments,
				new MilestoneSessions.Vote(votesFor, votesAgainst, votesAbstain, resolution));
		Flash.success(redirect, "panel.outcomeRecorded");
		return "redirect:/milestones/" + id;
	}

}
