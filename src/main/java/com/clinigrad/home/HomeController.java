package com.clinigrad.home;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.clinigrad.accounts.AccountAdministration;
import com.clinigrad.accounts.CurrentUser;
import com.clinigrad.accounts.CurrentUsers;
import com.clinigrad.accounts.Role;
import com.clinigrad.organization.DepartmentView;
import com.clinigrad.organization.Organization;
import com.clinigrad.organization.ProgramRef;
import com.clinigrad.shared.tasks.WaitingTask;
import com.clinigrad.shared.tasks.WaitingWork;
import com.clinigrad.students.StudentOverview;
import com.clinigrad.students.StudentRegistry;
import com.clinigrad.students.StudentStatus;
import com.clinigrad.supervisors.SupervisorDirectory;
import com.clinigrad.supervisors.SupervisorDirectory.SupervisorDetail;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The dashboard: the caller's to-do list (what every module says is waiting for them,
 * with counts), then one panel for each role the caller holds.
 */
@Controller
class HomeController {

	private final CurrentUsers currentUsers;

	private final StudentRegistry students;

	private final SupervisorDirectory supervisors;

	private final Organization organization;

	private final AccountAdministration accounts;

	private final List<WaitingWork> work;

	HomeController(CurrentUsers currentUsers, StudentRegistry students, SupervisorDirectory supervisors,
			Organization organization, AccountAdministration accounts, List<WaitingWork> work) {
		this.work = work;
		this.currentUsers = currentUsers;
		this.students = students;
		this.supervisors = supervisors;
		this.organization = organization;
		this.accounts = accounts;
	}

	@GetMapping("/")
	String home(Model model) {
		CurrentUser user = this.currentUsers.current();
		model.addAttribute("user", user);
		model.addAttribute("roles", List.copyOf(user.roles()));
		model.addAttribute("tasks",
				this.work.stream()
					.flatMap((source) -> source.forCaller().stream())
					.filter((task) -> task.count() > 0)
					.sorted(Comparator.comparing(WaitingTask::urgent).reversed())
					.toList());
		// the counts of the whole scope are for the offices, not for a supervisor or a
		// student
		if (user.hasAny(Role.GRAD_SCHOOL, Role.DEGREE_COMMITTEE, Role.HOSPITAL_OFFICE)
				&& this.students.mayListStudents()) {
			StudentOverview overview = this.students.overview();
			model.addAttribute("overview", overview);
			model.addAttribute("programs", this.organization.programs());
		}
		if (user.has(Role.HOSPITAL_OFFICE) && user.hospitalCode() != null) {
			model.addAttribute("hospitalDetail", this.organization.hospitalDetail(user.hospitalCode()));
		}
		if (user.has(Role.DEPT_COORDINATOR) && user.hospitalCode() != null && user.departmentCode() != null) {
			Optional<DepartmentView> department = this.organization.department(user.hospitalCode(),
					user.departmentCode());
			department.ifPresent((d) -> model.addAttribute("department", d));
			this.organization.hospitalByCode(user.hospitalCode())
				.ifPresent((h) -> model.addAttribute("departmentHospital", h));
		}
		if (user.has(Role.SUPERVISOR) && user.staffNo() != null) {
			SupervisorDetail me = this.supervisors.detail(user.staffNo());
			model.addAttribute("supervisorDetail", me);
		}
		if (user.has(Role.STUDENT) && user.studentNo() != null) {
			model.addAttribute("studentDetail", this.students.detail(user.studentNo()));
		}
		if (user.has(Role.ADMIN)) {
			model.addAttribute("accountCount", this.accounts.count());
		}
		model.addAttribute("statuses", StudentStatus.values());
		// programs by name, not by code, in the tables of students
		model.addAttribute("programsByCode",
				this.organization.programs().stream().collect(Collectors.toMap(ProgramRef::code, Function.identity())));
		return "home/index";
	}

	@GetMapping("/me")
	String me() {
		CurrentUser user = this.currentUsers.current();
		if (!user.has(Role.STUDENT) || user.studentNo() == null) {
			throw new AccessDeniedException("Not a student");
		}
		return "redirect:/students/" + user.studentNo();
	}

}
