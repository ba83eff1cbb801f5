package com.clinigrad.competency.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import com.clinigrad.competency.AnnualFeedbacks;
import com.clinigrad.competency.CompletionDefenses;
import com.clinigrad.competency.PanelMember;
import com.clinigrad.competency.PostdocProfiles;
import com.clinigrad.shared.SchoolTime;
import com.clinigrad.shared.web.Flash;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The clinical postdoc's own pages: the profile on one page, the annual one-to-one
 * feedback with both signatures, the completion defense and the exit.
 */
@Controller
class PostdocController {

	private final PostdocProfiles profiles;

	private final AnnualFeedbacks feedbacks;

	private final CompletionDefenses defenses;

	PostdocController(PostdocProfiles profiles, AnnualFeedbacks feedbacks, CompletionDefenses defenses) {
		this.profiles = profiles;
		this.feedbacks = feedbacks;
		this.defenses = defenses;
	}

	@GetMapping("/students/{studentNo}/postdoc")
	String profile(@PathVariable String studentNo, Model model) {
		model.addAttribute("pd", this.profiles.of(studentNo, english()));
		return "competency/postdoc";
	}

	@GetMapping("/students/{studentNo}/feedback")
	String feedback(@PathVariable String studentNo, Model model) {
		model.addAttribute("feedback", this.feedbacks.of(studentNo));
		return "competency/feedback";
	}

	@PostMapping("/students/{studentNo}/feedback")
	String write(@PathVariable String studentNo, @RequestParam int year, @RequestParam(required = false) Long version,
			@RequestParam(required = false) String strengths, @RequestParam(required = false) String goals,
			@RequestParam(required = false) String actions, RedirectAttributes redirect) {
		this.feedbacks.write(studentNo, year, version, strengths, goals, actions);
		Flash.success(redirect, "fb.saved");
		return "redirect:/students/" + studentNo + "/feedback#year-" + year;
	}

	@PostMapping("/students/{studentNo}/feedback/{id}/sign-mentor")
	String signAsMentor(@PathVariable String studentNo, @PathVariable long id, @RequestParam long version,
			RedirectAttributes redirect) {
		this.feedbacks.signAsMentor(studentNo, id, version);
		Flash.success(redirect, "fb.signedMentor");
		return "redirect:/students/" + studentNo + "/feedback";
	}

	@PostMapping("/students/{studentNo}/feedback/{id}/sign-trainee")
	String signAsTrainee(@PathVariable String studentNo, @PathVariable long id, @RequestParam long version,
			RedirectAttributes redirect) {
		this.feedbacks.signAsTrainee(studentNo, id, version);
		Flash.success(redirect, "fb.signedTrainee");
		return "redirect:/students/" + studentNo + "/feedback";
	}

	@PostMapping("/students/{studentNo}/feedback/{id}/correct")
	String correct(@PathVariable String studentNo, @PathVariable long id, @RequestParam long version,
			@RequestParam(required = false) String reason, @RequestParam(required = false) String strengths,
			@RequestParam(required = false) String goals, @RequestParam(required = false) String actions,
			RedirectAttributes redirect) {
		this.feedbacks.correct(studentNo, id, version, reason, strengths, goals, actions);
		Flash.success(redirect, "fb.corrected");
		return "redirect:/students/" + studentNo + "/feedback";
	}

	@GetMapping("/students/{studentNo}/defense")
	String defense(@PathVariable String studentNo, Model model) {
		model.addAttribute("defense", this.defenses.of(studentNo));
		model.addAttribute("today", SchoolTime.today());
		return "competency/defense";
	}

	@PostMapping("/students/{studentNo}/defense")
	String schedule(@PathVariable String studentNo,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate on,
			@RequestParam(required = false) String place, @RequestParam(required = false) List<String> memberName,
			@RequestParam(required = false) List<String> memberTitle, @RequestParam(defaultValue = "0") int chair,
			RedirectAttributes redirect) {
		List<PanelMember> panel = new ArrayList<>();
		List<String> names = (memberName == null) ? List.of() : memberName;
		for (int i = 0; i < names.size(); i++) {
			String title = (memberTitle != null && i < memberTitle.size()) ? memberTitle.get(i) : null;
			panel.add(new PanelMember(names.get(i), title, i == chair));
		}
		this.defenses.schedule(studentNo, on, place, panel);
		Flash.success(redirect, "def.scheduled");
		return "redirect:/students/" + studentNo + "/defense";
	}

	@PostMapping("/students/{studentNo}/defense/{id}/result")
	String result(@PathVariable String studentNo, @PathVariable long id, @RequestParam long version,
			@RequestParam(defaultValue = "false") boolean passed, @RequestParam(required = false) String note,
			@RequestParam(defaultValue = "false") boolean confirmed, RedirectAttributes redirect) {
		this.defenses.recordResult(studentNo, id, version, passed, note, confirmed);
		Flash.success(redirect, "def.recorded");
		return "redirect:/students/" + studentNo + "/defense";
	}

	@PostMapping("/students/{studentNo}/exit")
	String exit(@PathVariable String studentNo,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate exitedOn,
			@RequestParam(defaultValue = "false") boolean confirmed, RedirectAttributes redirect) {
		String certificate = this.defenses.exit(studentNo, exitedOn, confirmed);
		Flash.success(redirect, "exit.recorded", certificate);
		return "redirect:/students/" + studentNo + "/defense";
	}

	private static boolean english() {
		return LocaleContextHolder.getLocale().getLanguage().equals("en");
	}

}
