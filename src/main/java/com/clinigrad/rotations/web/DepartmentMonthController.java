package com.clinigrad.rotations.web;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.clinigrad.accounts.CurrentUsers;
import com.clinigrad.accounts.Role;
import com.clinigrad.rotations.RotationBoard;
import com.clinigrad.rotations.RotationBoard.DepartmentMonth;
import com.clinigrad.rotations.RotationBoard.RosterEntry;
import com.clinigrad.rotations.ScheduledRotation;
import com.clinigrad.shared.SchoolTime;
import com.clinigrad.shared.web.Cell;
import com.clinigrad.shared.web.ListExport;
import com.clinigrad.shared.web.ListQuery;
import com.clinigrad.shared.web.ListTable;
import com.clinigrad.shared.web.Words;

import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The occupancy's drill-down (科室月度在科学员): who was in a department during a month, behind a
 * cell of the occupancy table, for graduate-school staff, the office of the department's
 * hospital and the department's coordinator (the service refuses the others).
 */
@Controller
@PreAuthorize("hasAnyRole('GRAD_SCHOOL', 'HOSPITAL_OFFICE', 'DEPT_COORDINATOR')")
class DepartmentMonthController {

	private static final String START = RotationCells.START;

	private static final String END = RotationCells.END;

	/** The list's sort columns (the first the default); it has no filters. */
	static final ListQuery.Definition LIST = ListQuery.define().sortable(RotationCells.sortColumns(START));

	private final RotationBoard board;

	private final MessageSource messages;

	private final CurrentUsers currentUsers;

	DepartmentMonthController(RotationBoard board, MessageSource messages, CurrentUsers currentUsers) {
		this.board = board;
		this.messages = messages;
		this.currentUsers = currentUsers;
	}

	@GetMapping("/rotations/occupancy/{departmentId}/{month}")
	String month(@PathVariable long departmentId, @PathVariable YearMonth month,
			@RequestParam Map<String, String> params, Locale locale, Model model) {
		ListQuery query = LIST.read(params);
		Words words = new Words(this.messages, locale);
		DepartmentMonth shown = this.board.departmentMonth(departmentId, month);
		LocalDate today = SchoolTime.today();
		model.addAttribute("shown", shown);
		model.addAttribute("monthName", monthName(month, words));
		model.addAttribute("list", table(words, month, today, office())
			.view(query.page(rows(shown.trainees(), query, words.english())), query));
		model.addAttribute("filters", List.of());
		model.addAttribute("previous", month.minusMonths(1));
		model.addAttribute("next", month.plusMonths(1));
		return "rotations/department-month";
	}

	@GetMapping(path = "/rotations/occupancy/{departmentId}/{month}", params = ListExport.PARAMETER)
	ResponseEntity<byte[]> export(@PathVariable long departmentId, @PathVariable YearMonth month,
			@RequestParam Map<String, String> params, Locale locale) {
		ListQuery query = LIST.read(params);
		Words words = new Words(this.messages, locale);
		DepartmentMonth shown = this.board.departmentMonth(departmentId, month);
		return ListExport.answer(params.get(ListExport.PARAMETER),
				shown.department().displayName(words.english()) + "-" + month,
				table(words, month, SchoolTime.today(), office()), rows(shown.trainees(), query, words.english()),
				words);
	}

	/**
	 * @return whether the caller works for the graduate school or a hospital office (who
	 * open the student's rotations; a coordinator opens the assessment page)
	 */
	private boolean office() {
		return this.currentUsers.current().hasAny(Role.GRAD_SCHOOL, Role.HOSPITAL_OFFICE);
	}

	private static String monthName(YearMonth month, Words words) {
		return words.english() ? month.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " " + month.getYear()
				: words.get("rotation.month.name", String.valueOf(month.getYear()),
						String.valueOf(month.getMonthValue()));
	}

	private static List<RosterEntry> rows(List<RosterEntry> all, ListQuery query, boolean english) {
		return query.sorted(all, RotationCells.order(english));
	}

	/**
	 * The list's columns, for the page and the export alike.
	 */
	private static ListTable<RosterEntry> table(Words words, YearMonth month, LocalDate today, boolean office) {
		return RotationCells.trainees(words, (e) -> student(e, office, today))
			.numberColumn(words.get("rotation.month.days"), null,
					(e) -> Cell.text(String.valueOf(daysIn(e.rotation(), month))))
			.column(words.get("rotation.stateLabel"), (e) -> RotationCells.state(e.rotation(), words, today))
			.column(words.get("rotation.exam"), (e) -> {
				ScheduledRotation r = e.rotation();
				if (r.retakeResult() != null) {
					return Cell.text(words.get(r.retakeResult().messageKey()))
						.andSecondary(words.get("rotation.retake"));
				}
				return Cell.text((r.examResult() != null) ? words.get(r.examResult().messageKey()) : "—");
			})
			.rowData((e) -> Map.of("student", e.student().studentNo(), "rotation", String.valueOf(e.rotation().id())));
	}

	private static Cell student(RosterEntry entry, boolean office, LocalDate today) {
		String no = entry.student().studentNo();
		if (office) {
			return Cell.link(no, "/students/" + no + "/rotations");
		}
		return entry.rotation().started(today) ? Cell.link(no, "/rotations/" + entry.rotation().id() + "/assess")
				: Cell.text(no);
	}

	/**
	 * @return the rotation's days within the month
	 */
	static long daysIn(ScheduledRotation rotation, YearMonth month) {
		LocalDate from = rotation.startDate().isAfter(month.atDay(1)) ? rotation.startDate() : month.atDay(1);
		LocalDate to = rotation.endDate().isBefore(month.atEndOfMonth()) ? rotation.endDate() : month.atEndOfMonth();
		return ChronoUnit.DAYS.between(from, to) + 1;
	}

}
