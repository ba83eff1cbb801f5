package com.clinigrad.rotations.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import com.clinigrad.rotations.AssessmentKind;
import com.clinigrad.rotations.AssessmentView;
import com.clinigrad.rotations.Competency;
import com.clinigrad.rotations.RotationAssessments;
import com.clinigrad.rotations.RotationBoard;
import com.clinigrad.rotations.RotationPlans;
import com.clinigrad.shared.SchoolTime;
import com.clinigrad.shared.web.Flash;
import com.clinigrad.shared.web.SubmittedForm;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.springframework.context.MessageSource;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
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
 * The department coordinator's pages: the trainees rotating in the department and the
 * assessment form of a rotation with the trainee's plan progress (the services refuse
 * rotations of other departments).
 */
@Controller
@PreAuthorize("hasRole('DEPT_COORDINATOR')")
class DepartmentRotationController {

	private final RotationBoard board;

	private final RotationAssessments assessments;

	private final MessageSource messages;

	private final RotationPlans plans;

	DepartmentRotationController(RotationBoard board, RotationAssessments assessments, MessageSource messages,
			RotationPlans plans) {
		this.plans = plans;
		this.board = board;
		this.assessments = assessments;
		this.messages = messages;
	}

	@GetMapping("/rotations/department")
	String department(Model model) {
		LocalDate today = SchoolTime.today();
		model.addAttribute("department", this.board.coordinatedDepartment().orElse(null));
		model.addAttribute("trainees", this.board.departmentTrainees(today));
		model.addAttribute("today", today);
		return "rotations/department";
	}

	@GetMapping("/rotations/{id}/assess")
	String form(@PathVariable long id, Model model) {
		AssessmentForm form = new AssessmentForm();
		form.setAssessedOn(SchoolTime.today());
		this.assessments.onlineTheoryScore(id).ifPresent((online) -> form.setTheoryScore(online.score()));
		return form(id, SubmittedForm.in(model).restore(form), model);
	}

	@PostMapping("/rotations/{id}/assess")
	String record(@PathVariable long id, @Valid @ModelAttribute("form") AssessmentForm form, BindingResult result,
			Model model, Locale locale, RedirectAttributes redirect, HttpServletResponse response) {
		if (!result.hasErrors()) {
			this.assessments.record(id, form.getVersion(), form.toCommand());
			Flash.success(redirect, "assessment.saved");
			return "redirect:/rotations/" + id + "/assess";
		}
		response.setStatus(422);
		return form(id, form, model);
	}

	@PostMapping("/rotations/{id}/exam-correction")
	String correct(@PathVariable long id, @RequestParam(required = false) Long version,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate assessedOn,
			@RequestParam(required = false) BigDecimal theoryScore,
			@RequestParam(required = false) BigDecimal skillsScore, @RequestParam(required = false) String reason,
			@RequestParam(defaultValue = "false") boolean confirm, RedirectAttributes redirect) {
		this.assessments.correctExam(id, version, assessedOn, theoryScore, skillsScore, reason, confirm);
		Flash.success(redirect, "assessment.correction.saved");
		return "redirect:/rotations/" + id + "/assess";
	}

	private String form(long id, AssessmentForm form, Model model) {
		RotationBoard.DepartmentTrainee trainee = this.assessments.trainee(id);
		model.addAttribute("trainee", trainee);
		model.addAttribute("examOpens", RotationAssessments.examOpens(trainee.rotation()));
		model.addAttribute("examDays", RotationAssessments.EXIT_EXAM_DAYS);
		List<AssessmentView> history = this.assessments.ofRotation(id);
		model.addAttribute("history", history);
		model.addAttribute("latestExam",
				history.stream()
					.filter((a) -> a.kind() == AssessmentKind.EXIT_EXAM)
					.max(java.util.Comparator.comparingInt(AssessmentView::attempt))
					.orElse(null));
		model.addAttribute("corrections", this.assessments.corrections(id));
		model.addAttribute("onlineTheory", this.assessments.onlineTheoryScore(id).orElse(null));
		model.addAttribute("plan", this.plans.planOfTrainee(id));
		model.addAttribute("kinds", new AssessmentKind[] { AssessmentKind.EXIT_EXAM, AssessmentKind.MINI_CEX,
				AssessmentKind.DOPS, AssessmentKind.MEDICAL_RECORD });
		model.addAttribute("competencies", Competency.values());
		model.addAttribute("form", form);
		model.addAttribute("today", SchoolTime.today());
		return "rotations/assess";
	}

}
