package com.clinigrad.organization.web;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import com.clinigrad.organization.CapacityOverloadException;
import com.clinigrad.organization.DepartmentNames;
import com.clinigrad.organization.DepartmentView;
import com.clinigrad.organization.Organization;
import com.clinigrad.shared.web.Flash;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Hospitals, their departments with beds and trainee capacity, and the programs and
 * disciplines.
 */
@Controller
@RequestMapping("/organization")
@PreAuthorize("hasAnyRole('GRAD_SCHOOL', 'ADMIN', 'HOSPITAL_OFFICE', 'DEPT_COORDINATOR')")
class OrganizationController {

	private final Organization organization;

	OrganizationController(Organization organization) {
		this.organization = organization;
	}

	@GetMapping("/hospitals")
	String hospitals(Model model) {
		model.addAttribute("hospitals",
				this.organization.visibleHospitals()
					.stream()
					.map((hospital) -> this.organization.hospitalDetail(hospital.code()))
					.toList());
		return "organization/hospitals";
	}

	@GetMapping("/hospitals/{code}")
	String hospital(@PathVariable String code, Model model) {
		model.addAttribute("detail", this.organization.hospitalDetail(code));
		return "organization/hospital";
	}

	@GetMapping("/departments/{id}/edit")
	@PreAuthorize("hasAnyRole('GRAD_SCHOOL', 'ADMIN', 'HOSPITAL_OFFICE')")
	String editDepartment(@PathVariable long id, Model model) {
		DepartmentView department = visibleDepartment(id);
		model.addAttribute("department", department);
		model.addAttribute("standardEnglish", DepartmentNames.standardEnglish(department.name()).orElse(null));
		model.addAttribute("form", DepartmentForm.of(department));
		model.addAttribute("subspecialties", this.organization.subspecialties());
		return "organization/department-form";
	}

	@PostMapping("/departments/{id}/edit")
	@PreAuthorize("hasAnyRole('GRAD_SCHOOL', 'ADMIN', 'HOSPITAL_OFFICE')")
	String saveDepartment(@PathVariable long id, @Valid @ModelAttribute("form") DepartmentForm form,
			BindingResult result, Model model, RedirectAttributes redirect, HttpServletResponse response) {
		DepartmentView department = visibleDepartment(id);
		if (!result.hasErrors()) {
			try {
				this.organization.editDepartment(id, form.getVersion(), form.getName().trim(),
						(form.getNameEn() != null) ? form.getNameEn().trim() : null, form.getSubspecialty(),
						form.getBeds(), form.getCapacity(), form.isConfirmOverload());
				Flash.success(redirect, "organization.department.saved", form.getName());
				return "redirect:/organization/hospitals/" + department.hospitalCode();
			}
			catch (CapacityOverloadException ex) {
				// the office confirms a capacity below what is already scheduled, or
				// changes it
				model.addAttribute("overload", ex.overload());
				model.addAttribute("overloadCapacity", ex.capacity());
				response.setStatus(HttpServletResponse.SC_CONFLICT);
			}
		}
		model.addAttribute("department", department);
		model.addAttribute("standardEnglish", DepartmentNames.standardEnglish(department.name()).orElse(null));
		model.addAttribute("subspecialties", this.organization.subspecialties());
		return "organization/department-form";
	}

	@GetMapping("/programs")
	String programs(Model model) {
		model.addAttribute("programs", this.organization.programs());
		model.addAttribute("disciplines", this.organization.disciplines());
		model.addAttribute("subspecialties", this.organization.subspecialties());
		return "organization/programs";
	}

	/**
	 * The department, if its hospital is visible to the caller (404 otherwise).
	 */
	private DepartmentView visibleDepartment(long id) {
		DepartmentView department = this.organization.department(id);
		this.organization.hospitalDetail(department.hospitalCode());
		return department;
	}

}
