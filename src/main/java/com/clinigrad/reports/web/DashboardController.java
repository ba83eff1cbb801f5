package com.clinigrad.reports.web;

import java.util.Locale;

import com.clinigrad.reports.DashboardFigures;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The live figures the home page loads into its dashboard: charts with their tables, each
 * office within its scope.
 */
@Controller
class DashboardController {

	private final DashboardFigures figures;

	DashboardController(DashboardFigures figures) {
		this.figures = figures;
	}

	@GetMapping(path = "/reports/dashboard", headers = "HX-Request=true")
	@PreAuthorize("hasAnyRole('GRAD_SCHOOL', 'HOSPITAL_OFFICE', 'SUPERVISOR')")
	String panel(Locale locale, Model model) {
		model.addAttribute("tables", this.figures.forCaller(locale));
		return "reports/dashboard :: figures";
	}

}
