package com.clinigrad.supervisors.web;

import com.clinigrad.shared.SchoolTime;
import com.clinigrad.supervisors.AgeBand;
import com.clinigrad.supervisors.SupervisorFigures;
import com.clinigrad.supervisors.TitleLevel;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * {@code /supervisors/figures}: the supervisors of a year by title level and age band
 * (导师队伍结构) and the student : supervisor ratio, for the university or one program, as a
 * table and a chart drawn from it. Graduate-school staff and the degree committee.
 */
@Controller
class SupervisorFiguresController {

	private final SupervisorFigures figures;

	SupervisorFiguresController(SupervisorFigures figures) {
		this.figures = figures;
	}

	@GetMapping("/supervisors/figures")
	@PreAuthorize("hasAnyRole('GRAD_SCHOOL','DEGREE_COMMITTEE')")
	String figures(@RequestParam(required = false) Integer year, @RequestParam(required = false) String program,
			Model model) {
		int shown = (year != null && year >= 1990 && year <= 2100) ? year : SchoolTime.today().getYear();
		String programCode = (program == null || program.isBlank()) ? null : program;
		model.addAttribute("year", shown);
		model.addAttribute("program", programCode);
		model.addAttribute("programs", this.figures.programs());
		model.addAttribute("counts", this.figures.of(shown, programCode));
		model.addAttribute("titles", TitleLevel.values());
		model.addAttribute("bands", AgeBand.values());
		return "supervisors/figures";
	}

}
