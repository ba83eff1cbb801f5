package com.clinigrad.courses.web;

import java.util.LinkedHashMap;
import java.util.Map;

import com.clinigrad.courses.GradeBook;
import com.clinigrad.courses.GradeSheet;
import com.clinigrad.courses.GradeSheetErrors;
import com.clinigrad.shared.web.Flash;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The grade grid of an offering, for graduate-school staff and the offering's instructor
 * (the service refuses anyone else): the whole class saved at once, each cell checked,
 * nothing saved while a cell is wrong.
 */
@Controller
class GradeController {

	private static final String CELL = "grade[";

	private final GradeBook grades;

	GradeController(GradeBook grades) {
		this.grades = grades;
	}

	@GetMapping("/courses/offerings/{id}/grades")
	String sheet(@PathVariable long id, Model model) {
		GradeSheet sheet = this.grades.sheet(id);
		model.addAttribute("sheet", sheet);
		model.addAttribute("values", Map.of());
		model.addAttribute("cellErrors", Map.of());
		model.addAttribute("history", this.grades.history(id));
		return "courses/grades";
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
			Flash.success(redirect, "grades.saved", String.valueOf(changed));
			return "redirect:/courses/offerings/" + id + "/grades";
		}
		catch (GradeSheetErrors ex) {
			response.setStatus(422);
			model.addAttribute("sheet", this.grades.sheet(id));
			model.addAttribute("values", cells);
			model.addAttribute("cellErrors", ex.cellErrors());
			model.addAttribute("history", this.grades.history(id));
			return "courses/grades";
		}
	}

}
