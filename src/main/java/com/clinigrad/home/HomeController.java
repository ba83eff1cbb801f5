package com.clinigrad.home;

import java.util.List;
import java.util.Optional;

import com.clinigrad.accounts.AccountAdministration;
import com.clinigrad.accounts.CurrentUser;
import com.clinigrad.accounts.CurrentUsers;
import com.clinigrad.accounts.Role;
import com.clinigrad.organization.DepartmentView;
import com.clinigrad.organization.Organization;
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
 * The dashboard: one panel for each role the caller holds.
 */
@Controller
class HomeController {

	private final CurrentUsers currentUsers;

	private final StudentRegistry students;

	private final SupervisorDirectory supervisors;

	private final Organization organization;

	private final AccountAdministration accounts;

	HomeController(CurrentUsers currentUsers, StudentRegistry students, SupervisorDirectory supervisors,
			Organization organization, AccountAdministration accounts) {
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
		if (this.students.mayListStudents()) {
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
