package com.clinigrad.theses.web;

import com.clinigrad.shared.web.Flash;
import com.clinigrad.shared.web.SubmittedForm;
import com.clinigrad.theses.BlindReviews;
import com.clinigrad.theses.ReviewVerdict;

import org.springframework.http.ResponseEntity;
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
 * The reviewer's side of the blind review — only their own assignments, by code, with the
 * anonymised copy. (The graduate school's board is {@link ReviewBoardController}.)
 */
@Controller
class ReviewController {

	private final BlindReviews reviews;

	ReviewController(BlindReviews reviews) {
		this.reviews = reviews;
	}

	@GetMapping("/reviews")
	@PreAuthorize("hasRole('EXPERT')")
	String mine(Model model) {
		model.addAttribute("assignments", this.reviews.mine());
		return "theses/reviews";
	}

	@GetMapping("/reviews/panel")
	@PreAuthorize("hasRole('EXPERT')")
	String panel(Model model) {
		model.addAttribute("assignments", this.reviews.mine());
		return "theses/reviews :: panel";
	}

	@GetMapping("/reviews/{code}")
	@PreAuthorize("hasRole('EXPERT')")
	String review(@PathVariable String code, Model model) {
		var assignment = this.reviews.assignment(code);
		model.addAttribute("assignment", assignment);
		model.addAttribute("verdicts", ReviewVerdict.values());
		model.addAttribute("form", SubmittedForm.in(model).restore(ReviewForm.of(assignment.version())));
		return "theses/review";
	}

	@GetMapping("/reviews/{code}/file")
	@PreAuthorize("hasRole('EXPERT')")
	ResponseEntity<byte[]> file(@PathVariable String code) {
		return Downloads.of(this.reviews.blindCopy(code));
	}

	@PostMapping("/reviews/{code}")
	@PreAuthorize("hasRole('EXPERT')")
	String submit(@PathVariable String code, @ModelAttribute ReviewForm form, RedirectAttributes redirect) {
		this.reviews.submit(code, form.getVersion(), form.toCommand());
		Flash.success(redirect, "review.submitted");
		return "redirect:/reviews/" + code;
	}

	@PostMapping("/reviews/{code}/decline")
	@PreAuthorize("hasRole('EXPERT')")
	String decline(@PathVariable String code, @RequestParam long version, @RequestParam(required = false) String reason,
			@RequestParam(defaultValue = "false") boolean confirm, RedirectAttributes redirect) {
		this.reviews.decline(code, version, reason, confirm);
		Flash.success(redirect, "review.declined");
		return "redirect:/reviews/" + code;
	}

}
