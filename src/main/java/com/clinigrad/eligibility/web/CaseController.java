package com.clinigrad.eligibility.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.clinigrad.eligibility.CaseLevel;
import com.clinigrad.eligibility.CaseTrigger;
import com.clinigrad.eligibility.CaseView;
import com.clinigrad.eligibility.DiversionCaseWorkflow;
import com.clinigrad.eligibility.DiversionCaseWorkflow.OpenCase;
import com.clinigrad.eligibility.DiversionCaseScan;
import com.clinigrad.shared.SchoolTime;
import com.clinigrad.shared.web.Cell;
import com.clinigrad.shared.web.Flash;
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
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Warnings and diversion cases: the list in the caller's scope, the scan, a case with the
 * student's choice and the graduate school's decision, and the alerts panel of a student.
 */
@Controller
class CaseController {

	private static final int PANEL_ROWS = 8;

	private static final String LEVEL = "level";

	private static final String TRIGGER = "trigger";

	/** The list's filters and sort columns (the first the default). */
	static final ListQuery.Definition LIST = ListQuery.define(StudentListFilters.names(LEVEL, TRIGGER))
		.sortable("level", "studentNo", "name", "program", "cohort", "hospital", "trigger", "status", "opened");

	private final DiversionCaseWorkflow cases;

	private final DiversionCaseScan scan;

	private final MessageSource messages;

	CaseController(DiversionCaseWorkflow cases, DiversionCaseScan scan, MessageSource messages) {
		this.cases = cases;
		this.scan = scan;
		this.messages = messages;
	}

	@GetMapping("/audit/cases")
	@PreAuthorize("hasAnyRole('GRAD_SCHOOL', 'DEGREE_COMMITTEE', 'HOSPITAL_OFFICE', 'SUPERVISOR')")
	String list(@RequestParam Map<String, String> params, Locale locale, Model model) {
		ListQuery query = LIST.read(params);
		Words words = new Words(this.messages, locale);
		List<OpenCase> all = this.cases.openWithStudents();
		model.addAttribute("list", table(words).view(query.page(rows(all, query, words.english())), query));
		model.addAttribute("filters", filters(query, all, words));
		return "eligibility/cases";
	}

	@GetMapping(path = "/audit/cases", params = ListExport.PARAMETER)
	@PreAuthorize("hasAnyRole('GRAD_SCHOOL', 'DEGREE_COMMITTEE', 'HOSPITAL_OFFICE', 'SUPERVISOR')")
	ResponseEntity<byte[]> export(@RequestParam Map<String, String> params, Locale locale) {
		ListQuery query = LIST.read(params);
		Words words = new Words(this.messages, locale);
		return ListExport.answer(params.get(ListExport.PARAMETER), words.get("case.title"), table(words),
				rows(this.cases.openWithStudents(), query, words.english()), words);
	}

	/**
	 * @return the cases the query filters, in its order (cases before warnings, newest
	 * first, unless sorted otherwise)
	 */
	private static List<OpenCase> rows(List<OpenCase> all, ListQuery query, boolean english) {
		CaseLevel level = query.choice(LEVEL, CaseLevel.class);
		CaseTrigger trigger = query.choice(TRIGGER, CaseTrigger.class);
		List<OpenCase> matching = StudentListFilters.filter(all, OpenCase::student, query, SchoolTime.today())
			.stream()
			.filter((c) -> level == null || c.item().level() == level)
			.filter((c) -> trigger == null || c.item().trigger() == trigger)
			.toList();
		Map<String, Comparator<OpenCase>> order = StudentListFilters.comparators(OpenCase::student, english);
		order.put("level", Comparator.comparing((OpenCase c) -> c.item().level()));
		order.put("trigger", Comparator.comparing((OpenCase c) -> c.item().trigger()));
		order.put("status", Comparator.comparing((OpenCase c) -> c.item().status()));
		order.put("opened", Comparator.comparing((OpenCase c) -> c.item().openedAt()));
		return query.sorted(matching, order);
	}

	/**
	 * The list's columns, for the page and the export alike.
	 */
	private static ListTable<OpenCase> table(Words words) {
		boolean english = words.english();
		return new ListTable<OpenCase>()
			.column(words.get("case.levelLabel"), "level",
					(c) -> Cell.badge(words.get(c.item().level().messageKey()),
							c.item().isCase() ? "text-bg-danger" : "text-bg-warning"))
			.nowrap()
			.column(words.get("students.column.studentNo"), "studentNo",
					(c) -> Cell.link(c.student().studentNo(), "/students/" + c.student().studentNo()))
			.nowrap()
			.column(words.get("students.column.name"), "name", (c) -> Cell.text(c.student().name()))
			.nowrap()
			.column(words.get("students.column.program"), "program",
					(c) -> Cell.text(c.student().programDisplayName(english)))
			.numberColumn(words.get("students.column.cohort"), "cohort",
					(c) -> Cell.text(String.valueOf(c.student().cohortYear())))
			.column(words.get("students.column.hospital"), "hospital",
					(c) -> Cell.text(c.student().hospitalDisplayName(english)))
			.column(words.get("case.trigger"), "trigger",
					(c) -> Cell
						.link(words.get("case.trigger." + c.item().trigger().name()), "/audit/cases/" + c.item().id())
						.andSecondary(ListWords.caseDetail(c.item(), words)))
			.column(words.get("case.statusLabel"), "status",
					(c) -> Cell.text(words.get(c.item().status().messageKey())))
			.column(words.get("caseList.opened"), "opened", (c) -> Cell.text(words.date(c.item().openedAt())))
			.nowrap()
			.rowData((c) -> Map.of("student", c.student().studentNo(), "trigger", c.item().trigger().name(), "level",
					c.item().level().name()));
	}

	private static List<ListFilter> filters(ListQuery query, List<OpenCase> all, Words words) {
		List<ListFilter> filters = new ArrayList<>(
				StudentListFilters.fields(query, all.stream().map(OpenCase::student).toList(), words, false));
		filters.add(ListFilter.choice(query, LEVEL, words.get("case.levelLabel"),
				Arrays.stream(CaseLevel.values())
					.map((l) -> new ListFilter.Option(l.name(), words.get(l.messageKey())))
					.toList()));
		filters.add(ListFilter.choice(query, TRIGGER, words.get("case.trigger"),
				Arrays.stream(CaseTrigger.values())
					.filter((t) -> all.stream().anyMatch((c) -> c.item().trigger() == t))
					.map((t) -> new ListFilter.Option(t.name(), words.get("case.trigger." + t.name())))
					.toList()));
		return filters;
	}

	@GetMapping(path = "/audit/cases", headers = "HX-Request=true")
	@PreAuthorize("hasAnyRole('GRAD_SCHOOL', 'DEGREE_COMMITTEE', 'HOSPITAL_OFFICE', 'SUPERVISOR')")
	String panel(Model model) {
		List<CaseView> open = this.cases.open();
		model.addAttribute("total", open.size());
		model.addAttribute("caseCount", open.stream().filter(CaseView::isCase).count());
		model.addAttribute("cases", open.subList(0, Math.min(PANEL_ROWS, open.size())));
		return "eligibility/cases :: panel";
	}

	@PostMapping("/audit/cases/scan")
	@PreAuthorize("hasRole('GRAD_SCHOOL')")
	String scan(RedirectAttributes redirect) {
		int open = this.scan.scan(SchoolTime.today());
		Flash.success(redirect, "case.scanned", String.valueOf(open));
		return "redirect:/audit/cases";
	}

	@GetMapping("/audit/cases/{id}")
	String get(@PathVariable long id, Model model, Locale locale) {
		CaseView item = this.cases.get(id);
		model.addAttribute("item", item);
		model.addAttribute("detail", ListWords.caseValue(item, new Words(this.messages, locale)));
		return "eligibility/case";
	}

	@PostMapping("/audit/cases/{id}/choose")
	@PreAuthorize("hasRole('STUDENT')")
	String choose(@PathVariable long id, @RequestParam long version, @RequestParam String option,
			@RequestParam(required = false) String note, RedirectAttributes redirect) {
		this.cases.choose(id, version, option, note);
		Flash.success(redirect, "case.chosen");
		return "redirect:/audit/cases/" + id;
	}

	@PostMapping("/audit/cases/{id}/decide")
	@PreAuthorize("hasRole('GRAD_SCHOOL')")
	String decide(@PathVariable long id, @RequestParam long version, @RequestParam String decision,
			@RequestParam String reason, RedirectAttributes redirect) {
		this.cases.decide(id, version, decision, reason);
		Flash.success(redirect, "case.decided");
		return "redirect:/audit/cases/" + id;
	}

	@GetMapping(path = "/students/{studentNo}/alerts", headers = "HX-Request=true")
	String alerts(@PathVariable String studentNo, Model model, Locale locale) {
		Words words = new Words(this.messages, locale);
		List<CaseView> alerts = this.cases.ofStudent(studentNo)
			.stream()
			.filter((c) -> c.waiting() || c.stopsAid())
			.toList();
		Map<Long, String> details = new java.util.HashMap<>();
		alerts.forEach((c) -> details.put(c.id(), ListWords.caseValue(c, words)));
		model.addAttribute("alerts", alerts);
		model.addAttribute("details", details);
		return "eligibility/cases :: alerts";
	}

}
