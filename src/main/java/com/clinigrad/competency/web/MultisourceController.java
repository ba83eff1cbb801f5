package com.clinigrad.competency.web;

import java.util.Arrays;
import java.util.List;

import com.clinigrad.competency.MultisourceEvaluations;
import com.clinigrad.competency.RaterKind;
import com.clinigrad.shared.web.Flash;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * 360° evaluation pages: a trainee's rounds, a round (results for everyone who may see
 * the trainee, invitations for the office and the mentor group), the rater's form for
 * raters with an account, and the form behind a one-time link (no login; sized for a
 * phone).
 */
@Controller
class MultisourceController {

	private final MultisourceEvaluations evaluations;

	MultisourceController(MultisourceEvaluations evaluations) {
		this.evaluations = evaluations;
	}

	@GetMapping("/students/{studentNo}/360")
	String rounds(@PathVariable String studentNo, Model model) {
		model.addAttribute("trainee", this.evaluations.roundsOf(studentNo));
		return "competency/msf-rounds";
	}

	@PostMapping("/students/{studentNo}/360")
	String open(@PathVariable String studentNo, @ModelAttribute RoundForm form, RedirectAttributes redirect) {
		long id = this.evaluations.open(studentNo, form.getTitle(), form.getOpensOn(), form.getClosesOn());
		Flash.success(redirect, "msf.opened");
		return "redirect:/360/" + id;
	}

	@GetMapping("/360/{id}")
	String round(@PathVariable long id, Model model) {
		model.addAttribute("round", this.evaluations.round(id));
		model.addAttribute("kinds", RaterKind.values());
		return "competency/msf-round";
	}

	@PostMapping("/360/{id}/invitations")
	String invite(@PathVariable long id, @RequestParam long version, @RequestParam(required = false) RaterKind kind,
			@RequestParam(required = false) String numbers, RedirectAttributes redirect) {
		int invited = this.evaluations.inviteRecords(id, version, kind, split(numbers));
		Flash.success(redirect, "msf.invited", invited);
		return "redirect:/360/" + id;
	}

	@PostMapping("/360/{id}/links")
	String link(@PathVariable long id, @RequestParam long version, @RequestParam(required = false) RaterKind kind,
			@RequestParam(required = false) String label, RedirectAttributes redirect) {
		String token = this.evaluations.inviteByLink(id, version, kind, label);
		redirect.addFlashAttribute("newLink", linkOf(token));
		Flash.success(redirect, "msf.linkMade");
		return "redirect:/360/" + id;
	}

	@PostMapping("/360/{id}/links/{invitationId}/renew")
	String renew(@PathVariable long id, @PathVariable long invitationId, @RequestParam long version,
			RedirectAttributes redirect) {
		String token = this.evaluations.renewLink(id, version, invitationId);
		redirect.addFlashAttribute("newLink", linkOf(token));
		Flash.success(redirect, "msf.linkRenewed");
		return "redirect:/360/" + id;
	}

	@PostMapping("/360/{id}/close")
	String close(@PathVariable long id, @RequestParam long version,
			@RequestParam(defaultValue = "false") boolean confirm, RedirectAttributes redirect) {
		this.evaluations.close(id, version, confirm);
		Flash.success(redirect, "msf.closedDone");
		return "redirect:/360/" + id;
	}

	@GetMapping("/360/mine")
	String mine(Model model) {
		model.addAttribute("pending", this.evaluations.pendingForCaller());
		return "competency/msf-mine";
	}

	@GetMapping("/360/answer/{invitationId}")
	String form(@PathVariable long invitationId, Model model) {
		model.addAttribute("form", this.evaluations.form(invitationId));
		model.addAttribute("action", "/360/answer/" + invitationId);
		return "competency/msf-form";
	}

	@PostMapping("/360/answer/{invitationId}")
	String answer(@PathVariable long invitationId, @ModelAttribute RatingForm form, RedirectAttributes redirect) {
		this.evaluations.answer(invitationId, form.given());
		Flash.success(redirect, "msf.thanks");
		return "redirect:/360/mine";
	}

	@GetMapping("/rate/{token}")
	String formByLink(@PathVariable String token, Model model) {
		model.addAttribute("form", this.evaluations.formByToken(token));
		model.addAttribute("action", "/rate/" + token);
		return "competency/msf-form";
	}

	@PostMapping("/rate/{token}")
	String answerByLink(@PathVariable String token, @ModelAttribute RatingForm form) {
		this.evaluations.answerByToken(token, form.given());
		return "redirect:/rate/thanks";
	}

	@GetMapping("/rate/thanks")
	String thanks() {
		return "competency/msf-thanks";
	}

	private static String linkOf(String token) {
		return ServletUriComponentsBuilder.fromCurrentContextPath()
			.path("/rate/{token}")
			.buildAndExpand(token)
			.toUriString();
	}

	private static List<String> split(String text) {
		if (text == null) {
			return List.of();
		}
		return Arrays.stream(text.split("[\\s,，、;；]+")).filter((s) -> !s.isBlank()).distinct().toList();
	}

}
