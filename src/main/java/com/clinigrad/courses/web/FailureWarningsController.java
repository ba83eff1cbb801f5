package com.clinigrad.courses.web;

import com.clinigrad.courses.StudentCourses;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The students in the caller's scope who failed required courses, those at a threshold
 * first: the office's list and the supervisor's.
 */
@Controller
class FailureWarningsController {

	private static final int PANEL_ROWS = 8;

	private final StudentCourses courses;

	FailureWarningsController(StudentCourses courses) {
		this.courses = courses;
	}

	@GetMapping("/courses/warnings")
	@PreAuthorize("hasAnyRole('GRAD_SCHOOL', 'DEGREE_COMMITTEE', 'HOSPITAL_OFFICE', 'SUPERVISOR')")
	String warnings(Model model) {
		java.util.List<com.clinigrad.courses.StudentCourses.FailureWarning> warnings = this.courses.warnings();
		model.addAttribute("warnings", warnings);
		model.addAttribute("total", warnings.size());
		return "courses/warnings";
	}

	@GetMapping(path = "/courses/warnings", headers = "HX-Request=true")
	@PreAuthorize("hasAnyRole('GRAD_SCHOOL', 'DEGREE_COMMITTEE', 'HOSPITAL_OFFICE', 'SUPERVISOR')")
	String panel(Model model) {
		java.util.List<com.clinigrad.courses.StudentCourses.FailureWarning> warnings = this.courses.warnings();
		model.addAttribute("warnings", warnings.subList(0, Math.min(PANEL_ROWS, warnings.size())));
		model.addAttribute("total", warnings.size());
		return "courses/warnings :: panel";
	}

}
