package com.clinigrad.eligibility.web;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import com.clinigrad.eligibility.AtRiskStudents;
import com.clinigrad.eligibility.AtRiskStudents.AtRiskStudent;
import com.clinigrad.eligibility.AtRiskStudents.DueCheck;
import com.clinigrad.shared.SchoolTime;
import com.clinigrad.shared.web.Cell;
import com.clinigrad.shared.web.ListExport;
import com.clinigrad.shared.web.ListFilter;
import com.clinigrad.shared.web.ListQuery;
import com.clinigrad.shared.web.ListTable;
import com.clinigrad.shared.web.Words;
import com.clinigrad.students.StudentListFilters;
import com.clinigrad.students.StudentRisk;

import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The at-risk view (风险学生): the students with an unmet degree-audit check due soon or
 * overdue, filtered by cohort, program, hospital, supervisor and check, for the graduate
 * school, the hospital offices and the supervisors (each within their own students).
 */
@Controller
@PreAuthorize("hasAnyRole('GRAD_SCHOOL', 'HOSPITAL_OFFICE', 'SUPERVISOR')")
class AtRiskController {

	private static final String WITHIN = "within";

	private static final String RULE = "rule";

	private static final String DUE = "due";

	/** The list's filters and sort columns (the first the default). */
	static final ListQuery.Definition LIST = ListQuery.define(StudentListFilters.names(RULE, WITHIN))
		.sortable(DUE, "studentNo", "name", "program", "cohort", "hospital", "supervisor");

	private final AtRiskStudents atRisk;

	private final MessageSource messages;

	AtRiskController(AtRiskStudents atRisk, MessageSource messages) {
		this.atRisk = atRisk;
		this.messages = messages;
	}

	@GetMapping("/audit/at-risk")
	String list(@RequestParam Map<String, String> params, Locale locale, Model model) {
		ListQuery query = LIST.read(params);
		Words words = new Words(this.messages, locale);
		LocalDate today = SchoolTime.today();
		int within = within(query);
		List<AtRiskStudent> all = this.atRisk.dueWithin(within, today);
		model.addAttribute("list",
				table(words, today).view(query.page(rows(all, query, words.english(), today)), query));
		model.addAttribute("filters", filters(query, all, within, words));
		model.addAttribute("within", within);
		model.addAttribute("today", today);
		return "eligibility/at-risk";
	}

	@GetMapping(path = "/audit/at-risk", params = ListExport.PARAMETER)
	ResponseEntity<byte[]> export(@RequestParam Map<String, String> params, Locale locale) {
		ListQuery query = LIST.read(params);
		Words words = new Words(this.messages, locale);
		LocalDate today = SchoolTime.today();
		List<AtRiskStudent> all = this.atRisk.dueWithin(within(query), today);
		return ListExport.answer(params.get(ListExport.PARAMETER), words.get("atRisk.title"), table(words, today),
				rows(all, query, words.english(), today), words);
	}

	/**
	 * @return the window asked for, or the default ({@link StudentRisk#SOON_DAYS}, as the
	 * student list's risk column)
	 */
	private static int within(ListQuery query) {
		Integer days = query.number(WITHIN);
		return (days != null && AtRiskStudents.WINDOWS.contains(days)) ? days : StudentRisk.SOON_DAYS;
	}

	/**
	 * @return the students the query filters, with only the checks of its rule if it
	 * names one, in its order
	 */
	private static List<AtRiskStudent> rows(List<AtRiskStudent> all, ListQuery query, boolean english,
			LocalDate today) {
		String rule = query.text(RULE);
		List<AtRiskStudent> matching = new ArrayList<>();
		for (AtRiskStudent student : StudentListFilters.filter(all, AtRiskStudent::student, query, today)) {
			List<DueCheck> checks = student.checks()
				.stream()
				.filter((check) -> rule == null || check.rule().equals(rule))
				.toList();
			if (!checks.isEmpty()) {
				matching.add(new AtRiskStudent(student.student(), checks));
			}
		}
		Map<String, Comparator<AtRiskStudent>> order = StudentListFilters.comparators(AtRiskStudent::student, english);
		order.put(DUE, Comparator.comparing(AtRiskStudent::nextDue)
			.thenComparing((AtRiskStudent s) -> s.student().studentNo()));
		return query.sorted(matching, order);
	}

	/**
	 * The list's columns, for the page and the export alike.
	 */
	private static ListTable<AtRiskStudent> table(Words words, LocalDate today) {
		boolean english = words.english();
		return new ListTable<AtRiskStudent>()
			.column(words.get("students.column.studentNo"), "studentNo",
					(s) -> Cell.link(s.student().studentNo(), "/students/" + s.student().studentNo() + "/audit"))
			.nowrap()
			.column(words.get("students.column.name"), "name", (s) -> Cell.text(s.student().name()))
			.nowrap()
			.column(words.get("students.column.program"), "program",
					(s) -> Cell.text(s.student().programDisplayName(english)))
			.numberColumn(words.get("students.column.cohort"), "cohort",
					(s) -> Cell.text(String.valueOf(s.student().cohortYear())))
			.column(words.get("students.column.hospital"), "hospital",
					(s) -> Cell.text(s.student().hospitalDisplayName(english)))
			.column(words.get("students.column.supervisor"), "supervisor",
					(s) -> Cell.text(s.student().supervisorName()))
			.nowrap()
			.column(words.get("atRisk.checks"), (s) -> checks(s, words))
			.column(words.get("atRisk.nextDue"), DUE, (s) -> Cell.text(words.date(s.nextDue())))
			.nowrap()
			.column(words.get("atRisk.left"), (s) -> left(s.nextDue(), today, words))
			.nowrap()
			.rowData((s) -> Map.of("student", s.student().studentNo()));
	}

	/**
	 * @return the unmet checks grouped by deadline, one line each, e.g.
	 * 2027-06-30：论文盲审、论文答辩
	 */
	private static Cell checks(AtRiskStudent student, Words words) {
		Map<LocalDate, List<String>> byDay = new TreeMap<>();
		for (DueCheck check : student.checks()) {
			String name = words.get(check.nameKey());
			byDay.computeIfAbsent(check.dueOn(), (day) -> new ArrayList<>())
				.add(check.extended() ? words.get("atRisk.extendedCheck", name) : name);
		}
		Cell cell = Cell.empty();
		for (Map.Entry<LocalDate, List<String>> day : byDay.entrySet()) {
			cell = cell.andLine(words.get("atRisk.checksDue", words.date(day.getKey()), words.join(day.getValue())));
		}
		return cell;
	}

	/**
	 * @return the days left, or overdue, as a badge
	 */
	private static Cell left(LocalDate due, LocalDate today, Words words) {
		long days = ChronoUnit.DAYS.between(today, due);
		if (days < 0) {
			return Cell.badge(words.get("atRisk.overdue", -days), "text-bg-danger");
		}
		if (days == 0) {
			return Cell.badge(words.get("atRisk.today"), "text-bg-danger");
		}
		return Cell.badge(words.get("atRisk.daysLeft", days),
				(days <= 30) ? "text-bg-warning" : "text-bg-light border");
	}

	private static List<ListFilter> filters(ListQuery query, List<AtRiskStudent> all, int within, Words words) {
		List<ListFilter> filters = new ArrayList<>(
				StudentListFilters.fields(query, all.stream().map(AtRiskStudent::student).toList(), words, true));
		filters.add(ListFilter.choice(query, RULE, words.get("atRisk.rule"),
				all.stream()
					.flatMap((s) -> s.checks().stream())
					.map(DueCheck::rule)
					.distinct()
					.map((rule) -> new ListFilter.Option(rule, words.get("rule." + rule + ".name")))
					.sorted(Comparator.comparing(ListFilter.Option::label))
					.toList()));
		filters.add(ListFilter.setting(WITHIN, words.get("atRisk.within"),
				AtRiskStudents.WINDOWS.stream()
					.map((days) -> new ListFilter.Option(String.valueOf(days), words.get("atRisk.withinDays", days)))
					.toList(),
				String.valueOf(within)));
		return filters;
	}

}
