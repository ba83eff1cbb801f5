package com.clinigrad.rotations.web;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import com.clinigrad.organization.HospitalRef;
import com.clinigrad.rotations.CohortScheduler;
import com.clinigrad.rotations.OccupancyView;
import com.clinigrad.rotations.ProposalView;
import com.clinigrad.rotations.RotationAssessments;
import com.clinigrad.rotations.RotationBoard;
import com.clinigrad.rotations.RotationBoard.DepartmentTrainee;
import com.clinigrad.rotations.RotationPlans;
import com.clinigrad.shared.SchoolTime;
import com.clinigrad.shared.web.Flash;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The hospital office's rotation pages: occupancy by month against capacity, rotations
 * ending this week without their exam, the plan areas the hospital cannot train, and the
 * cohort scheduler with its proposals.
 */
@Controller
class RotationOfficeController {

	private final RotationBoard board;

	private final CohortScheduler scheduler;

	private final RotationPlans plans;

	private final RotationAssessments assessments;

	RotationOfficeController(RotationBoard board, CohortScheduler scheduler, RotationPlans plans,
			RotationAssessments assessments) {
		this.assessments = assessments;
		this.board = board;
		this.scheduler = scheduler;
		this.plans = plans;
	}

	@GetMapping("/rotations")
	String hub(Authentication authentication) {
		boolean coordinatorOnly = authentication.getAuthorities()
			.stream()
			.noneMatch((a) -> Set.of("ROLE_GRAD_SCHOOL", "ROLE_HOSPITAL_OFFICE").contains(a.getAuthority()));
		return coordinatorOnly ? "redirect:/rotations/department" : "redirect:/rotations/occupancy";
	}

	@GetMapping("/rotations/occupancy")
	@PreAuthorize("hasAnyRole('GRAD_SCHOOL', 'HOSPITAL_OFFICE', 'DEPT_COORDINATOR')")
	String occupancy(@RequestParam(required = false) String hospital, @RequestParam(required = false) Integer year,
			Model model) {
		List<HospitalRef> hospitals = this.board.occupancyHospitals();
		String code = (hospital != null && !hospital.isBlank()) ? hospital
				: hospitals.stream().findFirst().map(HospitalRef::code).orElseThrow();
		int shown = (year != null) ? year : SchoolTime.today().getYear();
		model.addAttribute("hospitals", hospitals);
		OccupancyView occupancy = this.board.occupancy(code, shown);
		model.addAttribute("occupancy", occupancy);
		model.addAttribute("viewable", this.board.viewableDepartments(occupancy));
		model.addAttribute("currentMonth", YearMonth.from(SchoolTime.today()));
		return "rotations/occupancy";
	}

	@GetMapping("/rotations/ending")
	@PreAuthorize("hasAnyRole('GRAD_SCHOOL', 'HOSPITAL_OFFICE')")
	String ending(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate week,
			Model model) {
		LocalDate today = SchoolTime.today();
		LocalDate monday = ((week != null) ? week : today).with(DayOfWeek.MONDAY);
		model.addAttribute("monday", monday);
		model.addAttribute("sunday", monday.plusDays(6));
		boolean thisWeek = monday.equals(today.with(DayOfWeek.MONDAY));
		model.addAttribute("thisWeek", thisWeek);
		model.addAttribute("today", today);
		List<DepartmentTrainee> overdue = this.board.overdueWithoutExam(today);
		// this week's list starts today: the days before are the overdue list's
		List<DepartmentTrainee> ending = this.board.endingWithoutExam(thisWeek ? today : monday, monday.plusDays(6));
		model.addAttribute("overdue", overdue);
		model.addAttribute("trainees", ending);
		model.addAttribute("assessable", this.assessments
			.assessable(Stream.concat(overdue.stream(), ending.stream()).map(DepartmentTrainee::rotation).toList()));
		return "rotations/ending";
	}

	@GetMapping("/rotations/plan-gaps")
	@PreAuthorize("hasAnyRole('GRAD_SCHOOL', 'HOSPITAL_OFFICE')")
	String planGaps(@RequestParam(required = false) String hospital, Model model) {
		List<HospitalRef> hospitals = this.board.occupancyHospitals();
		String code = (hospital != null && !hospital.isBlank()) ? hospital
				: hospitals.stream().findFirst().map(HospitalRef::code).orElseThrow();
		model.addAttribute("hospitals", hospitals);
		model.addAttribute("hospital",
				hospitals.stream().filter((h) -> h.code().equals(code)).findFirst().orElse(null));
		model.addAttribute("gaps", this.plans.gaps(code));
		return "rotations/plan-gaps";
	}

	@GetMapping("/rotations/cohort")
	@PreAuthorize("hasAnyRole('GRAD_SCHOOL', 'HOSPITAL_OFFICE')")
	String cohort(@RequestParam(required = false) String hospital, Model model) {
		List<HospitalRef> hospitals = this.board.occupancyHospitals();
		String code = (hospital != null && !hospital.isBlank()) ? hospital
				: hospitals.stream().findFirst().map(HospitalRef::code).orElseThrow();
		model.addAttribute("hospitals", hospitals);
		model.addAttribute("hospital", code);
		model.addAttribute("proposals", this.scheduler.recent(code));
		model.addAttribute("nextMonth", YearMonth.from(SchoolTime.today()).plusMonths(1));
		model.addAttribute("year", SchoolTime.today().getYear());
		return "rotations/cohort";
	}

	@PostMapping("/rotations/cohort")
	@PreAuthorize("hasAnyRole('GRAD_SCHOOL', 'HOSPITAL_OFFICE')")
	String propose(@RequestParam String hospital, @RequestParam int cohortYear,
			@RequestParam @DateTimeFormat(pattern = "yyyy-MM") YearMonth firstMonth) {
		long id = this.scheduler.propose(hospital, cohortYear, firstMonth);
		return "redirect:/rotations/proposals/" + id;
	}

	@GetMapping("/rotations/proposals/{id}")
	@PreAuthorize("hasAnyRole('GRAD_SCHOOL', 'HOSPITAL_OFFICE')")
	String proposal(@PathVariable long id, Model model) {
		ProposalView proposal = this.scheduler.proposal(id);
		model.addAttribute("proposal", proposal);
		model.addAttribute("hospital",
				this.board.occupancyHospitals()
					.stream()
					.filter((h) -> h.code().equals(proposal.hospitalCode()))
					.findFirst()
					.orElse(null));
		return "rotations/proposal";
	}

	@PostMapping("/rotations/proposals/{id}/accept")
	@PreAuthorize("hasAnyRole('GRAD_SCHOOL', 'HOSPITAL_OFFICE')")
	String accept(@PathVariable long id, @RequestParam long version,
			@RequestParam(name = "leaveOut", required = false) List<Long> leaveOut,
			@RequestParam(defaultValue = "false") boolean confirm, RedirectAttributes redirect) {
		int scheduled = this.scheduler.accept(id, version, (leaveOut != null) ? leaveOut : List.of(), confirm);
		Flash.success(redirect, "rotation.proposalAccepted", String.valueOf(scheduled));
		return "redirect:/rotations/proposals/" + id;
	}

	@PostMapping("/rotations/proposals/{id}/discard")
	@PreAuthorize("hasAnyRole('GRAD_SCHOOL', 'HOSPITAL_OFFICE')")
	String discard(@PathVariable long id, RedirectAttributes redirect) {
		this.scheduler.discard(id);
		Flash.success(redirect, "rotation.proposalDiscarded");
		return "redirect:/rotations/proposals/" + id;
	}

}
