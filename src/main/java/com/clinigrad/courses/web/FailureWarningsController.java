package com.clinigrad.courses.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import com.clinigrad.courses.FailureStanding;
import com.clinigrad.courses.StudentCourses;
import com.clinigrad.courses.StudentCourses.FailureWarningRow;
import com.clinigrad.organization.Organization;
import com.clinigrad.organization.ProgramRef;
import com.clinigrad.shared.SchoolTime;
import com.clinigrad.shared.web.Cell;
import com.clinigrad.shared.web.ListExport;
import com.clinigrad.shared.web.ListFilter;
import com.clinigrad.shared.web.ListQuery;
import com.clinigrad.shared.web.ListTable;
import com.clinigrad.shared.web.Words;
import com.clinigrad.students.StudentListFilters;

import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The students in the caller's scope who failed required courses, those at a threshold
 * first: the office's list (filters, search, sort, export) and the supervisor's panel.
 */
@Controller
@PreAuthorize("hasAnyRole('GRAD_SCHOOL', 'DEGREE_COMMITTEE', 'HOSPITAL_OFFICE', 'SUPERVISOR')")
class FailureWarningsController {

	private static final int PANEL_ROWS = 8;

	private static final String LEVEL = "level";

	private static final Pattern TERM = Pattern.compile("(\\d{4})-([12])");

	/** The list's filters and sort columns (the first the default). */
	static final ListQuery.Definition LIST = ListQuery.define(StudentListFilters.names(LEVEL))
		.sortable(LEVEL, "studentNo", "name", "program", "cohort", "hospital", "supervisor", "total")
		.descendingByDefault();

	private final StudentCourses courses;

	private final MessageSource messages;

	private final Organization organization;

	FailureWarningsController(StudentCourses courses, MessageSource messages, Organization organization) {
		this.organization = organization;
		this.courses = courses;
		this.messages = messages;
	}

	@GetMapping("/courses/warnings")
	String warnings(@RequestParam Map<String, String> params, Locale locale, Model model) {
		ListQuery query = LIST.read(params);
		Words words = new Words(this.messages, locale);
		List<FailureWarningRow> all = this.courses.warningRows();
		model.addAttribute("list", table(words).view(query.page(rows(all, query, words.english())), query));
		model.addAttribute("filters", filters(query, all, words));
		return "courses/warnings";
	}

	@GetMapping(path = "/courses/warnings", params = ListExport.PARAMETER)
	ResponseEntity<byte[]> export(@RequestParam Map<String, String> params, Locale locale) {
		ListQuery query = LIST.read(params);
		Words words = new Words(this.messages, locale);
		return ListExport.answer(params.get(ListExport.PARAMETER), words.get("failures.title"), table(words),
				rows(this.courses.warningRows(), query, words.english()), words);
	}

	@GetMapping(path = "/courses/warnings", headers = "HX-Request=true")
	String panel(Model model) {
		List<StudentCourses.FailureWarning> warnings = this.courses.warnings();
		model.addAttribute("warnings", warnings.subList(0, Math.min(PANEL_ROWS, warnings.size())));
		model.addAttribute("total", warnings.size());
		// programs by name in the page's language, not by code
		model.addAttribute("programsByCode",
				this.organization.programs().stream().collect(Collectors.toMap(ProgramRef::code, Function.identity())));
		return "courses/warnings :: panel";
	}

	/**
	 * @return the warnings the query filters, in its order (those at a threshold first,
	 * then the most failures, unless sorted otherwise)
	 */
	private static List<FailureWarningRow> rows(List<FailureWarningRow> all, ListQuery query, boolean english) {
		FailureStanding.Level level = query.choice(LEVEL, FailureStanding.Level.class);
		List<FailureWarningRow> matching = StudentListFilters
			.filter(all, FailureWarningRow::student, query, SchoolTime.today())
			.stream()
			.filter((w) -> level == null || w.standing().level() == level)
			.toList();
		Map<String, Comparator<FailureWarningRow>> order = StudentListFilters.comparators(FailureWarningRow::student,
				english);
		order.put(LEVEL, Comparator.comparing((FailureWarningRow w) -> w.standing().level())
			.thenComparingInt((w) -> w.standing().total()));
		order.put("total", Comparator.comparingInt((FailureWarningRow w) -> w.standing().total()));
		return query.sorted(matching, order);
	}

	/**
	 * The list's columns, for the page and the export alike.
	 */
	private static ListTable<FailureWarningRow> table(Words words) {
		boolean english = words.english();
		return new ListTable<FailureWarningRow>()
			.column(words.get("students.column.studentNo"), "studentNo",
					(w) -> Cell.link(w.student().studentNo(), "/students/" + w.student().studentNo() + "/courses"))
			.nowrap()
			.column(words.get("students.column.name"), "name", (w) -> Cell.text(w.student().name()))
			.nowrap()
			.column(words.get("students.column.program"), "program",
					(w) -> Cell.text(w.student().programDisplayName(english)))
			.numberColumn(words.get("students.column.cohort"), "cohort",
					(w) -> Cell.text(String.valueOf(w.student().cohortYear())))
			.column(words.get("students.column.hospital"), "hospital",
					(w) -> Cell.text(w.student().hospitalDisplayName(english)))
			.column(words.get("students.column.supervisor"), "supervisor",
					(w) -> Cell.text(w.student().supervisorName()))
			.nowrap()
			.numberColumn(words.get("failureList.total"), "total",
					(w) -> Cell.text(String.valueOf(w.standing().total())))
			.column(words.get("failures.worstTerm"), (w) -> worstTerm(w.standing(), words))
			.column(words.get("failures.level"), LEVEL,
					(w) -> Cell.badge(words.get("failureList.level." + w.standing().level().name()),
							(w.standing().level() == FailureStanding.Level.THRESHOLD) ? "text-bg-danger"
									: "text-bg-warning"))
			.rowData((w) -> Map.of("student", w.student().studentNo()));
	}

	/**
	 * @return the term with the most failures in words, and how many
	 */
	private static Cell worstTerm(FailureStanding standing, Words words) {
		if (standing.worstTerm() == null) {
			return Cell.empty();
		}
		Matcher term = TERM.matcher(standing.worstTerm());
		String name = term.matches() ? words.get("list.term." + term.group(2), term.group(1),
				String.valueOf(Integer.parseInt(term.group(1)) + 1)) : standing.worstTerm();
		return Cell.text(name).andSecondary(words.get("failureList.inTerm", standing.worstTermCount()));
	}

	private static List<ListFilter> filters(ListQuery query, List<FailureWarningRow> all, Words words) {
		List<ListFilter> filters = new ArrayList<>(
				StudentListFilters.fields(query, all.stream().map(FailureWarningRow::student).toList(), words, true));
		filters.add(ListFilter.choice(query, LEVEL, words.get("failures.level"),
				Arrays.stream(FailureStanding.Level.values())
					.filter((l) -> l != FailureStanding.Level.NONE)
					.map((l) -> new ListFilter.Option(l.name(), words.get("failureList.level." + l.name())))
					.toList()));
		return filters;
	}

}
