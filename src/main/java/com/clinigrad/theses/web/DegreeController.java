package com.clinigrad.theses.web;

import java.math.BigDecimal;
import java.time.LocalDate;

import com.clinigrad.shared.SchoolTime;
import com.clinigrad.shared.web.Flash;
import com.clinigrad.theses.DegreeDecisions;
import com.clinigrad.theses.DegreeMeetings;
import com.clinigrad.theses.SpotCheckResult;

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
 * The degree committee's candidates, meetings and decisions, the award, and the yearly
 * spot check.
 */
@Controller
class DegreeController {

	private final DegreeDecisions degrees;

	private final DegreeMeetings meetings;

	DegreeController(DegreeDecisions degrees, DegreeMeetings meetings) {
		this.degrees = degrees;
		this.meetings = meetings;
	}

	@GetMapping("/degrees")
	@PreAuthorize("hasAnyRole('GRAD_SCHOOL','DEGREE_COMMITTEE')")
	String board(Model model) {
		model.addAttribute("board", this.degrees.board());
		model.addAttribute("meetings", this.meetings.meetings());
		model.addAttribute("today", SchoolTime.today());
		return "theses/degrees";
	}

	@GetMapping("/degrees/panel")
	@PreAuthorize("hasAnyRole('GRAD_SCHOOL','DEGREE_COMMITTEE')")
	String panel(Model model) {
		model.addAttribute("panel", this.degrees.panel());
		return "theses/panel :: panel";
	}

	@PostMapping("/students/{studentNo}/degree/award")
	@PreAuthorize("hasRole('GRAD_SCHOOL')")
	String award(@PathVariable String studentNo, @RequestParam long version,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate awardedOn,
			@RequestParam(required = false) String certificateNo, RedirectAttributes redirect) {
		this.degrees.award(studentNo, version, awardedOn, certificateNo);
		Flash.success(redirect, "degree.awarded", studentNo);
		return "redirect:/degrees";
	}

	@GetMapping("/spot-checks")
	@PreAuthorize("hasRole('GRAD_SCHOOL')")
	String spotChecks(Model model) {
		model.addAttribute("checks", this.degrees.spotChecks());
		model.addAttribute("lastYear", SchoolTime.today().getYear() - 1);
		return "theses/spot-checks";
	}

	@PostMapping("/spot-checks")
	@PreAuthorize("hasRole('GRAD_SCHOOL')")
	String draw(@RequestParam int awardYear, @RequestParam(required = false) BigDecimal doctoralPercent,
			@RequestParam(required = false) BigDecimal masterPercent, @RequestParam(required = false) Long seed,
			RedirectAttributes redirect) {
		long id = this.degrees.drawSpotCheck(awardYear, percent(doctoralPercent), percent(masterPercent), seed);
		Flash.success(redirect, "spotCheck.drawn", String.valueOf(awardYear));
		return "redirect:/spot-checks/" + id;
	}

	@GetMapping("/spot-checks/{id}")
	@PreAuthorize("hasRole('GRAD_SCHOOL')")
	String spotCheck(@PathVariable long id, Model model) {
		model.addAttribute("check", this.degrees.spotCheck(id));
		model.addAttribute("results", SpotCheckResult.values());
		return "theses/spot-check";
	}

	@PostMapping("/spot-checks/{id}/results")
	@PreAuthorize("hasRole('GRAD_SCHOOL')")
	String result(@PathVariable long id, @RequestParam String studentNo, @RequestParam long version,
			@RequestParam(required = false) String result, @RequestParam(required = false) String comments,
			RedirectAttributes redirect) {
		this.degrees.recordSpotCheck(id, studentNo, version, result, comments);
		Flash.success(redirect, "spotCheck.recorded", studentNo);
		return "redirect:/spot-checks/" + id;
	}

	private static BigDecimal percent(BigDecimal percent) {
		return (percent == null) ? null : percent.movePointLeft(2);
	}

}
