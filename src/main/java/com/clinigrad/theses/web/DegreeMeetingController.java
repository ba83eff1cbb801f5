package com.clinigrad.theses.web;

import com.clinigrad.shared.Confirmation;
import com.clinigrad.shared.SchoolTime;
import com.clinigrad.shared.web.Flash;
import com.clinigrad.shared.web.SubmittedForm;
import com.clinigrad.theses.CommitteeDecision;
import com.clinigrad.theses.DegreeDecisions;
import com.clinigrad.theses.DegreeMeetings;
import com.clinigrad.theses.MeetingStatus;

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
 * Degree committee meetings: the agenda, the votes of all candidates in one table, one
 * confirmation that shows what will be recorded, then the record; and the graduate
 * school's correction of a recorded vote with a reason. The graduate school and the
 * committee's secretary prepare a meeting; only the committee enters and records votes;
 * only the graduate school corrects.
 */
@Controller
class DegreeMeetingController {

	private final DegreeMeetings meetings;

	private final DegreeDecisions decisions;

	DegreeMeetingController(DegreeMeetings meetings, DegreeDecisions decisions) {
		this.meetings = meetings;
		this.decisions = decisions;
	}

	@GetMapping("/degrees/meetings/new")
	@PreAuthorize("hasAnyRole('GRAD_SCHOOL','DEGREE_COMMITTEE')")
	String newMeeting(Model model) {
		var agenda = this.meetings.agenda();
		MeetingForm form = new MeetingForm();
		form.setHeldOn(SchoolTime.today().toString());
		agenda.forEach((row) -> form.getStudents().add(row.studentNo()));
		model.addAttribute("form", SubmittedForm.in(model).restore(form));
		model.addAttribute("agenda", agenda);
		return "theses/meeting-new";
	}

	@PostMapping("/degrees/meetings")
	@PreAuthorize("hasAnyRole('GRAD_SCHOOL','DEGREE_COMMITTEE')")
	String open(@ModelAttribute MeetingForm form, RedirectAttributes redirect) {
		long id = this.meetings.open(form.heldOnDate(), form.membersTotalNumber(), form.getStudents());
		Flash.success(redirect, "degree.meeting.opened");
		return "redirect:/degrees/meetings/" + id;
	}

	@GetMapping("/degrees/meetings/{id}")
	@PreAuthorize("hasAnyRole('GRAD_SCHOOL','DEGREE_COMMITTEE')")
	String meeting(@PathVariable long id, Model model) {
		DegreeMeetings.MeetingView meeting = this.meetings.meeting(id);
		model.addAttribute("meeting", meeting);
		model.addAttribute("form", SubmittedForm.in(model).restore(VotesForm.of(meeting)));
		return "theses/meeting";
	}

	@PostMapping("/degrees/meetings/{id}/votes")
	@PreAuthorize("hasRole('DEGREE_COMMITTEE')")
	String votes(@PathVariable long id, @ModelAttribute VotesForm form) {
		this.meetings.enterVotes(id, form.getVersion(), form.membersPresentNumber(), form.getResolution(),
				form.votes());
		return "redirect:/degrees/meetings/" + id + "/confirm";
	}

	@GetMapping("/degrees/meetings/{id}/confirm")
	@PreAuthorize("hasRole('DEGREE_COMMITTEE')")
	String confirm(@PathVariable long id, Model model) {
		DegreeMeetings.MeetingView meeting = this.meetings.meeting(id);
		if (meeting.status() != MeetingStatus.VOTES_ENTERED) {
			return "redirect:/degrees/meetings/" + id;
		}
		model.addAttribute("meeting", meeting);
		return "theses/meeting-confirm";
	}

	@PostMapping("/degrees/meetings/{id}/record")
	@PreAuthorize("hasRole('DEGREE_COMMITTEE')")
	String record(@PathVariable long id, @RequestParam long version, RedirectAttributes redirect) {
		int recorded = this.meetings.record(id, version);
		Flash.success(redirect, "degree.meeting.recorded", String.valueOf(recorded));
		return "redirect:/degrees/meetings/" + id;
	}

	@PostMapping("/degrees/meetings/{id}/cancel")
	@PreAuthorize("hasAnyRole('GRAD_SCHOOL','DEGREE_COMMITTEE')")
	String cancel(@PathVariable long id, @RequestParam long version,
			@RequestParam(defaultValue = "false") boolean confirm, RedirectAttributes redirect) {
		Confirmation.require(confirm, "degree.meeting.error.confirmCancel");
		this.meetings.cancel(id, version);
		Flash.success(redirect, "degree.meeting.cancelled");
		return "redirect:/degrees";
	}

	@GetMapping("/degrees/decisions/{id}/correct")
	@PreAuthorize("hasRole('GRAD_SCHOOL')")
	String correction(@PathVariable long id, Model model) {
		DegreeDecisions.Decision decision = this.decisions.decision(id);
		model.addAttribute("decision", decision);
		model.addAttribute("form", SubmittedForm.in(model).restore(CorrectionForm.of(decision)));
		return "theses/decision-correct";
	}

	@PostMapping("/degrees/decisions/{id}/correct")
	@PreAuthorize("hasRole('GRAD_SCHOOL')")
	String correct(@PathVariable long id, @ModelAttribute CorrectionForm form, RedirectAttributes redirect) {
		CommitteeDecision now = this.decisions.correct(id, form.getVersion(), form.tally(), form.getReason());
		DegreeDecisions.Decision decision = this.decisions.decision(id);
		Flash.success(redirect,
				(now == CommitteeDecision.AWARD) ? "degree.correction.doneAward" : "degree.correction.doneNotAward",
				decision.studentNo());
		return (decision.meetingId() != null) ? "redirect:/degrees/meetings/" + decision.meetingId()
				: "redirect:/students/" + decision.studentNo() + "/thesis";
	}

}
