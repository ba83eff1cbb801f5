package com.clinigrad.achievements.web;

import java.time.LocalDate;

import com.clinigrad.achievements.AchievementRegister;
import com.clinigrad.achievements.AchievementKind;
import com.clinigrad.achievements.ClaimCommand;
import com.clinigrad.achievements.PublicationIndexing;
import com.clinigrad.shared.SchoolTime;
import com.clinigrad.shared.web.Flash;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A student's achievement register with the entry form (the student) and the confirmation
 * buttons (the graduate school and the hospital office), and the staff's pending list.
 */
@Controller
class AchievementController {

	private final AchievementRegister register;

	AchievementController(AchievementRegister register) {
		this.register = register;
	}

	@GetMapping("/students/{studentNo}/achievements")
	String register(@PathVariable String studentNo, Model model) {
		model.addAttribute("register", this.register.of(studentNo));
		model.addAttribute("today", SchoolTime.today());
		model.addAttribute("indexings", PublicationIndexing.values());
		return "achievements/register";
	}

	@PostMapping("/students/{studentNo}/achievements")
	@PreAuthorize("hasRole('STUDENT')")
	String claim(@PathVariable String studentNo, @RequestParam(required = false) AchievementKind kind,
			@RequestParam String title, @RequestParam(required = false) String journal,
			@RequestParam(required = false) PublicationIndexing indexing,
			@RequestParam(required = false) Integer authorPosition,
			@RequestParam(defaultValue = "false") boolean relatedToThesis,
			@RequestParam(required = false) String articleType,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate obtainedOn,
			@RequestParam(required = false) String detail, @RequestParam(required = false) String coAuthors,
			@RequestParam(required = false) java.math.BigDecimal impactFactor, RedirectAttributes redirect) {
		this.register.claim(studentNo, new ClaimCommand(kind, title, journal, indexing, authorPosition, relatedToThesis,
				articleType, obtainedOn, detail, coAuthors, impactFactor));
		Flash.success(redirect, "achievement.entered");
		return "redirect:/students/" + studentNo + "/achievements";
	}

	@PostMapping("/achievements/{id}/decide")
	@PreAuthorize("hasAnyRole('GRAD_SCHOOL', 'HOSPITAL_OFFICE')")
	String decide(@PathVariable long id, @RequestParam long version, @RequestParam boolean confirm,
			@RequestParam(required = false) String reason, @RequestParam(defaultValue = "pending") String from,
			RedirectAttributes redirect) {
		String studentNo = this.register.decide(id, version, confirm, reason);
		Flash.success(redirect, confirm ? "achievement.confirmed" : "achievement.rejected");
		return "student".equals(from) ? "redirect:/students/" + studentNo + "/achievements"
				: "redirect:/achievements/pending";
	}

	@GetMapping("/achievements/pending")
	@PreAuthorize("hasAnyRole('GRAD_SCHOOL', 'HOSPITAL_OFFICE')")
	String pending(Model model) {
		model.addAttribute("claims", this.register.pending());
		return "achievements/pending";
	}

}
