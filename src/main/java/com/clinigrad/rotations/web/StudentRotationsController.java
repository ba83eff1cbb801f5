package com.clinigrad.rotations.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.clinigrad.rotations.AssessmentCommand;
import com.clinigrad.rotations.AssessmentKind;
import com.clinigrad.rotations.ExamResult;
import com.clinigrad.rotations.ClinicalProgress;
import com.clinigrad.rotations.RotationArea;
import com.clinigrad.rotations.RotationAssessments;
import com.clinigrad.rotations.RotationBoard;
import com.clinigrad.rotations.RotationPlans;
import com.clinigrad.rotations.ResidencyExams;
import com.clinigrad.rotations.RotationSchedule;
import com.clinigrad.rotations.RotationStatus;
import com.clinigrad.rotations.StatusChangePreview;
import com.clinigrad.rotations.ScheduleCommand;
import com.clinigrad.rotations.ScheduledRotation;
import com.clinigrad.rotations.TimelineChart;
import com.clinigrad.shared.SchoolTime;
import com.clinigrad.shared.web.Flash;
import com.clinigrad.shared.web.SubmittedForm;
import com.clinigrad.students.StudentCard;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.springframework.context.MessageSource;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A student's clinical training page: the timeline, the plan with the months done per
 * area, the audit's clinical checks, the assessments with the exam comments, the
 * cancelled rotations; and, for the student's hospital office and the graduate school,
 * scheduling, cancelling and restoring (each confirmed, with a reason), plan adjustments
 * and the annual assessment. The services refuse anyone else.
 */
@Controller
class StudentRotationsController {

	private final RotationBoard board;

	private final RotationPlans plans;

	private final RotationSchedule schedule;

	private final RotationAssessments assessments;

	private final ClinicalProgress progress;

	private final MessageSource messages;

	private final ResidencyExams residencyExams;

	StudentRotationsController(RotationBoard board, RotationPlans plans, RotationSchedule schedule,
			RotationAssessments assessments, ClinicalProgress progress, MessageSource messages,
			ResidencyExams residencyExams) {
		this.residencyExams = residencyExams;
		this.board = board;
		this.plans = plans;
		this.schedule = schedule;
		this.assessments = assessments;
		this.progress = progress;
		this.messages = messages;
	}

	@GetMapping("/students/{studentNo}/rotations")
	String page(@PathVariable String studentNo, Model model, Locale locale) {
		ScheduleForm form = SubmittedForm.in(model).restore(new ScheduleForm());
		return page(studentNo, form, model, locale);
	}

	@PostMapping("/students/{studentNo}/rotations")
	String schedule(@PathVariable String studentNo, @Valid @ModelAttribute("form") ScheduleForm form,
			BindingResult result, Model model, Locale locale, RedirectAttributes redirect,
			HttpServletResponse response) {
		if (!result.hasErrors()) {
			this.schedule.schedule(new ScheduleCommand(studentNo, form.getDepartmentId(), form.getStartDate(),
					form.getEndDate(), form.isChiefResident(), form.getOverrideReason()));
			Flash.success(redirect, "rotation.scheduled");
			return "redirect:/students/" + studentNo + "/rotations";
		}
		response.setStatus(422);
		return page(studentNo, form, model, locale);
	}

	@GetMapping("/students/{studentNo}/rotations/{id}/end")
	String confirmEndChange(@PathVariable String studentNo, @PathVariable long id, Model model) {
		StatusChangePreview preview = this.schedule.preview(studentNo, id);
		model.addAttribute("preview", preview);
		model.addAttribute("today", SchoolTime.today());
		return "rotations/change-end";
	}

	@PostMapping("/students/{studentNo}/rotations/{id}/end")
	String changeEnd(@PathVariable String studentNo, @PathVariable long id, @RequestParam long version,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate endDate,
			@RequestParam(required = false) String reason, @RequestParam(defaultValue = "false") boolean confirm,
			RedirectAttributes redirect) {
		this.schedule.changeEnd(studentNo, id, version, endDate, reason, confirm);
		Flash.success(redirect, "rotation.changeEnd.saved", (endDate != null) ? endDate.toString() : "");
		return "redirect:/students/" + studentNo + "/rotations";
	}

	@GetMapping("/students/{studentNo}/rotations/{id}/cancel")
	String confirmCancel(@PathVariable String studentNo, @PathVariable long id, Model model) {
		return confirmation(studentNo, id, RotationStatus.Transition.CANCEL, null, model);
	}

	@PostMapping("/students/{studentNo}/rotations/{id}/cancel")
	String cancel(@PathVariable String studentNo, @PathVariable long id,
			@Valid @ModelAttribute("form") StatusChangeForm form, BindingResult result, Model model, Locale locale,
			RedirectAttributes redirect, HttpServletResponse response) {
		return change(studentNo, id, RotationStatus.Transition.CANCEL, form, result, model, locale, redirect, response);
	}

	@GetMapping("/students/{studentNo}/rotations/{id}/restore")
	String confirmRestore(@PathVariable String studentNo, @PathVariable long id, Model model) {
		return confirmation(studentNo, id, RotationStatus.Transition.RESTORE, null, model);
	}

	@PostMapping("/students/{studentNo}/rotations/{id}/restore")
	String restore(@PathVariable String studentNo, @PathVariable long id,
			@Valid @ModelAttribute("form") StatusChangeForm form, BindingResult result, Model model, Locale locale,
			RedirectAttributes redirect, HttpServletResponse response) {
		return change(studentNo, id, RotationStatus.Transition.RESTORE, form, result, model, locale, redirect,
				response);
	}

	private String change(String studentNo, long id, RotationStatus.Transition transition, StatusChangeForm form,
			BindingResult result, Model model, Locale locale, RedirectAttributes redirect,
			HttpServletResponse response) {
		if (!result.hasErrors()) {
			if (transition == RotationStatus.Transition.CANCEL) {
				this.schedule.cancel(studentNo, id, form.getVersion(), form.getReason());
			}
			else {
				this.schedule.restore(studentNo, id, form.getVersion(), form.getReason());
			}
			Flash.success(redirect,
					(transition == RotationStatus.Transition.CANCEL) ? "rotation.cancelled" : "rotation.restored");
			return "redirect:/students/" + studentNo + "/rotations";
		}
		response.setStatus(422);
		return confirmation(studentNo, id, transition, form, model);
	}

	private String confirmation(String studentNo, long id, RotationStatus.Transition transition, StatusChangeForm form,
			Model model) {
		StatusChangePreview preview = this.schedule.preview(studentNo, id);
		if (form == null) {
			form = new StatusChangeForm();
			form.setVersion(preview.rotation().version());
			SubmittedForm.in(model).restore(form);
		}
		model.addAttribute("preview", preview);
		model.addAttribute("transition", transition);
		model.addAttribute("cancelling", transition == RotationStatus.Transition.CANCEL);
		model.addAttribute("form", form);
		return "rotations/status-change";
	}

	@PostMapping("/students/{studentNo}/rotation-plan")
	String generate(@PathVariable String studentNo, RedirectAttributes redirect) {
		this.plans.generate(studentNo);
		Flash.success(redirect, "rotation.planGenerated");
		return "redirect:/students/" + studentNo + "/rotations";
	}

	@PostMapping("/students/{studentNo}/rotation-plan/adjust")
	String adjust(@PathVariable String studentNo, @RequestParam String area,
			@RequestParam(required = false) String areaEn, @RequestParam(required = false) String subspecialty,
			@RequestParam(required = false) String departmentKeyword, @RequestParam int months,
			@RequestParam(defaultValue = "false") boolean mandatory, @RequestParam String reason,
			RedirectAttributes redirect) {
		this.plans.adjust(studentNo,
				new RotationArea(area.trim(), areaEn, subspecialty, departmentKeyword, months, mandatory), reason);
		Flash.success(redirect, "rotation.planAdjusted");
		return "redirect:/students/" + studentNo + "/rotations";
	}

	@PostMapping("/students/{studentNo}/annual-assessments")
	String annual(@PathVariable String studentNo, @RequestParam int year,
			@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate assessedOn,
			@RequestParam BigDecimal score, @RequestParam(required = false) String comments,
			RedirectAttributes redirect) {
		this.assessments.recordAnnual(studentNo, year,
				new AssessmentCommand(AssessmentKind.ANNUAL, assessedOn, null, null, score, Map.of(), comments));
		Flash.success(redirect, "assessment.saved");
		return "redirect:/students/" + studentNo + "/rotations";
	}

	@PostMapping("/students/{studentNo}/residency-exams")
	String residencyExam(@PathVariable String studentNo,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate satOn,
			@RequestParam(required = false) ExamResult theoryResult,
			@RequestParam(required = false) ExamResult skillsResult,
			@RequestParam(required = false) BigDecimal theoryScore,
			@RequestParam(required = false) BigDecimal skillsScore, @RequestParam(required = false) String note,
			RedirectAttributes redirect) {
		this.residencyExams.record(studentNo, satOn, theoryResult, skillsResult, theoryScore, skillsScore, note);
		Flash.success(redirect, "residencyExam.saved");
		return "redirect:/students/" + studentNo + "/rotations";
	}

	@PostMapping("/students/{studentNo}/residency-exams/{satOn}/delete")
	String removeResidencyExam(@PathVariable String studentNo,
			@PathVariable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate satOn,
			@RequestParam(defaultValue = "false") boolean confirm, RedirectAttributes redirect) {
		this.residencyExams.remove(studentNo, satOn, confirm);
		Flash.success(redirect, "residencyExam.removed", satOn.toString());
		return "redirect:/students/" + studentNo + "/rotations";
	}

	private String page(String studentNo, ScheduleForm form, Model model, Locale locale) {
		LocalDate today = SchoolTime.today();
		List<ScheduledRotation> rotations = this.board.timeline(studentNo);
		StudentCard student = this.board.student(studentNo);
		model.addAttribute("student", student);
		model.addAttribute("chart", TimelineChart.of(rotations, today));
		model.addAttribute("rotations", rotations);
		model.addAttribute("today", today);
		model.addAttribute("plan", this.plans.plan(studentNo, rotations));
		model.addAttribute("cancelled", this.board.cancelled(studentNo));
		model.addAttribute("statusHistory", this.board.statusHistory(studentNo));
		model.addAttribute("checks", this.progress.of(studentNo, today, locale));
		model.addAttribute("assessments", this.assessments.ofStudent(studentNo));
		model.addAttribute("assessable", this.assessments.assessable(rotations));
		model.addAttribute("residencyExams", this.residencyExams.ofStudent(studentNo));
		boolean mayPlan = this.board.mayPlan(studentNo);
		model.addAttribute("mayPlan", mayPlan);
		// a student no longer in training (graduated, withdrawn, …) keeps the outcomes
		// the
		// office may still record, but the plan and the schedule are not offered for
		// change
		boolean mayArrange = mayPlan && student.status().active();
		model.addAttribute("mayArrange", mayArrange);
		if (mayArrange) {
			model.addAttribute("departments", this.board.departmentsFor(studentNo));
		}
		model.addAttribute("form", form);
		return "rotations/student";
	}

}
