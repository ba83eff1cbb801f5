package com.clinigrad.competency.web;

import java.time.LocalDate;

import com.clinigrad.accounts.AccountDirectory;
import com.clinigrad.competency.PlanPhase;
import com.clinigrad.competency.PlanView;
import com.clinigrad.competency.TrainingPlans;
import com.clinigrad.shared.web.Flash;

import org.springframework.format.annotation.DateTimeFormat;
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
 * A trainee's individual training plan: seen by whoever may see the trainee, made and
 * adjusted (with a reason per change) by the office of the trainee's hospital or the
 * graduate school.
 */
@Controller
class TrainingPlanController {

	private final TrainingPlans plans;

	private final AccountDirectory accounts;

	TrainingPlanController(TrainingPlans plans, AccountDirectory accounts) {
		this.accounts = accounts;
		this.plans = plans;
	}

	@GetMapping("/students/{studentNo}/training-plan")
	String plan(@PathVariable String studentNo, Model model) {
		PlanView plan = this.plans.of(studentNo);
		model.addAttribute("plan", plan);
		// who changed the plan, by display name (one query for the page)
		model.addAttribute("people",
				this.accounts.displayNames(plan.changes().stream().map(PlanView.Change::changedBy).toList()));
		model.addAttribute("phases", PlanPhase.values());
		return "competency/plan";
	}

	@PostMapping("/students/{studentNo}/training-plan")
	@PreAuthorize("hasAnyRole('GRAD_SCHOOL', 'HOSPITAL_OFFICE')")
	String create(@PathVariable String studentNo,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate startsOn,
			RedirectAttributes redirect) {
		this.plans.create(studentNo, startsOn);
		Flash.success(redirect, "cbt.plan.created");
		return back(studentNo);
	}

	@PostMapping("/students/{studentNo}/training-plan/periods/{itemId}/months")
	@PreAuthorize("hasAnyRole('GRAD_SCHOOL', 'HOSPITAL_OFFICE')")
	String months(@PathVariable String studentNo, @PathVariable long itemId, @RequestParam long version,
			@RequestParam(required = false) Integer months, @RequestParam(required = false) String reason,
			RedirectAttributes redirect) {
		this.plans.changeMonths(studentNo, version, itemId, months, reason);
		Flash.success(redirect, "cbt.plan.changed");
		return back(studentNo);
	}

	@PostMapping("/students/{studentNo}/training-plan/periods/{itemId}/leave-out")
	@PreAuthorize("hasAnyRole('GRAD_SCHOOL', 'HOSPITAL_OFFICE')")
	String leaveOut(@PathVariable String studentNo, @PathVariable long itemId, @RequestParam long version,
			@RequestParam(required = false) String reason, RedirectAttributes redirect) {
		this.plans.leaveOut(studentNo, version, itemId, reason);
		Flash.success(redirect, "cbt.plan.changed");
		return back(studentNo);
	}

	@PostMapping("/students/{studentNo}/training-plan/periods/{itemId}/take-back")
	@PreAuthorize("hasAnyRole('GRAD_SCHOOL', 'HOSPITAL_OFFICE')")
	String takeBack(@PathVariable String studentNo, @PathVariable long itemId, @RequestParam long version,
			@RequestParam(required = false) String reason, RedirectAttributes redirect) {
		this.plans.takeBack(studentNo, version, itemId, reason);
		Flash.success(redirect, "cbt.plan.changed");
		return back(studentNo);
	}

	@PostMapping("/students/{studentNo}/training-plan/periods")
	@PreAuthorize("hasAnyRole('GRAD_SCHOOL', 'HOSPITAL_OFFICE')")
	String addPeriod(@PathVariable String studentNo, @ModelAttribute PeriodForm form, RedirectAttributes redirect) {
		this.plans.addPeriod(studentNo, form.getVersion(), form.toCommand());
		Flash.success(redirect, "cbt.plan.changed");
		return back(studentNo);
	}

	@PostMapping("/students/{studentNo}/training-plan/mentors")
	@PreAuthorize("hasAnyRole('GRAD_SCHOOL', 'HOSPITAL_OFFICE')")
	String mentors(@PathVariable String studentNo, @ModelAttribute MentorsForm form, RedirectAttributes redirect) {
		this.plans.nameMentors(studentNo, form.getVersion(), form.toCommand());
		Flash.success(redirect, "cbt.plan.mentorsNamed");
		return back(studentNo);
	}

	private static String back(String studentNo) {
		return "redirect:/students/" + studentNo + "/training-plan";
	}

}
