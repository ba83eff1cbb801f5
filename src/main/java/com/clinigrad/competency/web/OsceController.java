package com.clinigrad.competency.web;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import com.clinigrad.competency.CompetencyFramework;
import com.clinigrad.competency.OsceExams;
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
 * OSCE pages: the offices set up exams (stations, examiners, candidates) and read the
 * results; an examiner enters the sheets of their own stations on a tablet-sized page.
 */
@Controller
class OsceController {

	private final OsceExams exams;

	private final CompetencyFramework framework;

	OsceController(OsceExams exams, CompetencyFramework framework) {
		this.exams = exams;
		this.framework = framework;
	}

	@GetMapping("/osce")
	@PreAuthorize("hasAnyRole('GRAD_SCHOOL', 'HOSPITAL_OFFICE')")
	String list(Model model) {
		model.addAttribute("exams", this.exams.list());
		return "competency/osce-list";
	}

	@PostMapping("/osce")
	@PreAuthorize("hasAnyRole('GRAD_SCHOOL', 'HOSPITAL_OFFICE')")
	String create(@RequestParam(required = false) String hospital, @RequestParam(required = false) String title,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate heldOn,
			RedirectAttributes redirect) {
		long id = this.exams.create(hospital, "PUMCH-POSTDOC", title, heldOn);
		Flash.success(redirect, "cbt.osce.created");
		return "redirect:/osce/" + id;
	}

	@GetMapping("/osce/{id}")
	@PreAuthorize("hasAnyRole('GRAD_SCHOOL', 'HOSPITAL_OFFICE')")
	String exam(@PathVariable long id, Model model) {
		model.addAttribute("exam", this.exams.exam(id));
		model.addAttribute("competencies", this.framework.competencies());
		return "competency/osce-exam";
	}

	@PostMapping("/osce/{id}/stations")
	@PreAuthorize("hasAnyRole('GRAD_SCHOOL', 'HOSPITAL_OFFICE')")
	String addStation(@PathVariable long id, @ModelAttribute StationForm form, RedirectAttributes redirect) {
		this.exams.addStation(id, form.getVersion(), form.toCommand());
		Flash.success(redirect, "cbt.osce.stationAdded");
		return "redirect:/osce/" + id;
	}

	@PostMapping("/osce/{id}/stations/{stationId}/examiners")
	@PreAuthorize("hasAnyRole('GRAD_SCHOOL', 'HOSPITAL_OFFICE')")
	String examiners(@PathVariable long id, @PathVariable long stationId, @RequestParam long version,
			@RequestParam(required = false) String staffNos, RedirectAttributes redirect) {
		this.exams.assignExaminers(id, version, stationId, split(staffNos));
		Flash.success(redirect, "cbt.osce.examinersAssigned");
		return "redirect:/osce/" + id;
	}

	@PostMapping("/osce/{id}/candidates")
	@PreAuthorize("hasAnyRole('GRAD_SCHOOL', 'HOSPITAL_OFFICE')")
	String candidates(@PathVariable long id, @RequestParam long version,
			@RequestParam(required = false) String studentNos, RedirectAttributes redirect) {
		this.exams.addCandidates(id, version, split(studentNos));
		Flash.success(redirect, "cbt.osce.candidatesAdded");
		return "redirect:/osce/" + id;
	}

	@PostMapping("/osce/{id}/close")
	@PreAuthorize("hasAnyRole('GRAD_SCHOOL', 'HOSPITAL_OFFICE')")
	String close(@PathVariable long id, @RequestParam long version,
			@RequestParam(defaultValue = "false") boolean confirm, RedirectAttributes redirect) {
		this.exams.close(id, version, confirm);
		Flash.success(redirect, "cbt.osce.closedDone");
		return "redirect:/osce/" + id;
	}

	@GetMapping("/osce/stations")
	String myStations(Model model) {
		model.addAttribute("stations", this.exams.myStations());
		return "competency/osce-mine";
	}

	@GetMapping("/osce/stations/{stationId}")
	String sheet(@PathVariable long stationId, @RequestParam(required = false) String student, Model model) {
		model.addAttribute("sheet", this.exams.sheet(stationId, student == null || student.isBlank() ? null : student));
		return "competency/osce-sheet";
	}

	@PostMapping("/osce/stations/{stationId}")
	String enter(@PathVariable long stationId, @ModelAttribute SheetForm form, RedirectAttributes redirect) {
		this.exams.enter(stationId, form.toCommand());
		Flash.success(redirect, "cbt.osce.sheetSaved", form.getStudentNo());
		return "redirect:/osce/stations/" + stationId;
	}

	private static List<String> split(String text) {
		if (text == null) {
			return List.of();
		}
		return Arrays.stream(text.split("[\\s,，、;；]+")).filter((s) -> !s.isBlank()).distinct().toList();
	}

}
