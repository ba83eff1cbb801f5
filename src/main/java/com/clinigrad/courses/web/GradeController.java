package com.clinigrad.courses.web;

import java.util.LinkedHashMap;
import java.util.Map;

import com.clinigrad.courses.GradeBook;
import com.clinigrad.courses.GradeGrid;
import com.clinigrad.courses.GradeResult;
import com.clinigrad.courses.GradeSheetErrors;
import com.clinigrad.shared.web.Flash;
import com.clinigrad.shared.web.SubmittedForm;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

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
 * The grade grid of an offering, for graduate-school staff and the offering's instructor
 * (the service refuses anyone else): the whole class saved at once, each cell checked,
 * nothing saved while a cell is wrong; the class's grades submitted after a confirmation
 * that names what follows, and reopened by the graduate school with a reason.
 */
@Controller
class GradeController {

	private static final String CELL = "grade[";

	private final GradeBook grades;

	GradeController(GradeBook grades) {
		this.grades = grades;
	}

	@GetMapping("/courses/offerings/{id}/grades")
	String grid(@PathVariable long id, Model model) {
		GradeGrid grid = this.grades.grid(id);
		// a refusal that led back here (a sheet locked meanwhile) keeps what was typed
		SubmittedForm typed = SubmittedForm.in(model);
		Map<String, String> values = new LinkedHashMap<>();
		for (GradeGrid.Row row : grid.rows()) {
			String value = typed.value(CELL + row.studentNo() + "]");
			if (value != null) {
				values.put(row.studentNo(), value);
			}
		}
		if (!model.containsAttribute("reopenForm")) {
			model.addAttribute("reopenForm", new ReopenForm());
		}
		return show(grid, values, Map.of(), model);
	}

	@PostMapping("/courses/offerings/{id}/grades")
	String save(@PathVariable long id, @RequestParam long version, @RequestParam Map<String, String> params,
			Model model, RedirectAttributes redirect, HttpServletResponse response) {
		Map<String, String> cells = new LinkedHashMap<>();
		params.forEach((name, value) -> {
			if (name.startsWith(CELL) && name.endsWith("]")) {
				cells.put(name.substring(CELL.length(), name.length() - 1), value);
			}
		});
		try {
			int changed = this.grades.save(id, version, cells);
			if (changed == 0) {
				Flash.success(redirect, "grades.unchanged");
			}
			else {
				Flash.success(redirect, "grades.saved", String.valueOf(changed));
			}
			return "redirect:/courses/offerings/" + id + "/grades";
		}
		catch (GradeSheetErrors ex) {
			response.setStatus(422);
			model.addAttribute("reopenForm", new ReopenForm());
			return show(this.grades.grid(id), cells, ex.cellErrors(), model);
		}
	}

	/**
	 * The confirmation before submitting: what will be recorded and what follows.
	 */
	@GetMapping("/courses/offerings/{id}/grades/submit")
	String confirmSubmit(@PathVariable long id, Model model) {
		model.addAttribute("grid", this.grades.grid(id));
		return "courses/grades-submit";
	}

	@PostMapping("/courses/offerings/{id}/grades/submit")
	String submit(@PathVariable long id, @RequestParam long version, RedirectAttributes redirect) {
		this.grades.submit(id, version);
		Flash.success(redirect, "grades.sheet.submitted");
		return "redirect:/courses/offerings/" + id + "/grades";
	}

	@PostMapping("/courses/offerings/{id}/grades/reopen")
	@PreAuthorize("hasRole('GRAD_SCHOOL')")
	String reopen(@PathVariable long id, @Valid @ModelAttribute("reopenForm") ReopenForm form, BindingResult result,
			Model model, RedirectAttributes redirect, HttpServletResponse response) {
		if (result.hasErrors()) {
			response.setStatus(422);
			return show(this.grades.grid(id), Map.of(), Map.of(), model);
		}
		this.grades.reopen(id, form.getReason());
		Flash.success(redirect, "grades.sheet.reopened");
		return "redirect:/courses/offerings/" + id + "/grades";
	}

	private String show(GradeGrid grid, Map<String, String> values, Map<String, String> cellErrors, Model model) {
		model.addAttribute("grid", grid);
		model.addAttribute("values", values);
		model.addAttribute("cellErrors", cellErrors);
		model.addAttribute("results", GradeResult.values());
		model.addAttribute("history", this.grades.history(grid.offering().id()));
		return "courses/grades";
	}

}
