package com.clinigrad.organization.web;

import java.time.LocalDate;

import com.clinigrad.organization.CalendarDayKind;
import com.clinigrad.organization.SchoolCalendar;
import com.clinigrad.shared.Confirmation;
import com.clinigrad.shared.SchoolTime;
import com.clinigrad.shared.web.Flash;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The school calendar's holidays and worked weekend days, per year; the graduate school
 * edits it.
 */
@Controller
class CalendarController {

	private final SchoolCalendar calendar;

	CalendarController(SchoolCalendar calendar) {
		this.calendar = calendar;
	}

	@GetMapping("/organization/calendar")
	@PreAuthorize("hasAnyRole('GRAD_SCHOOL', 'ADMIN', 'HOSPITAL_OFFICE', 'DEPT_COORDINATOR')")
	String year(@RequestParam(required = false) Integer year, Model model) {
		int shown = (year != null && year >= 2000 && year <= 2100) ? year : SchoolTime.today().getYear();
		model.addAttribute("year", shown);
		model.addAttribute("days", this.calendar.year(shown));
		return "organization/calendar";
	}

	@PostMapping("/organization/calendar")
	@PreAuthorize("hasRole('GRAD_SCHOOL')")
	String add(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day,
			@RequestParam(required = false) CalendarDayKind kind, @RequestParam(required = false) String name,
			RedirectAttributes redirect) {
		this.calendar.add(day, kind, name);
		Flash.success(redirect, "calendar.added", String.valueOf(day));
		return "redirect:/organization/calendar?year=" + ((day != null) ? day.getYear() : SchoolTime.today().getYear());
	}

	@PostMapping("/organization/calendar/{day}/delete")
	@PreAuthorize("hasRole('GRAD_SCHOOL')")
	String remove(@PathVariable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day,
			@RequestParam(defaultValue = "false") boolean confirm, RedirectAttributes redirect) {
		Confirmation.require(confirm, "calendar.error.confirmRemove", day.toString());
		this.calendar.remove(day);
		Flash.success(redirect, "calendar.removed", day.toString());
		return "redirect:/organization/calendar?year=" + day.getYear();
	}

}
