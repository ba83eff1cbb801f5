package com.clinigrad.reports.web;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.clinigrad.reports.AnnualReportBook;
import com.clinigrad.reports.AnnualReportPages;
import com.clinigrad.shared.SchoolTime;
import com.clinigrad.shared.web.Cell;
import com.clinigrad.shared.web.ListExport;
import com.clinigrad.shared.web.ListFilter;
import com.clinigrad.shared.web.ListQuery;
import com.clinigrad.shared.web.ListTable;
import com.clinigrad.shared.web.Words;
import com.clinigrad.students.StudentListFilters;
import com.clinigrad.students.StudentRow;

import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The annual report page (学位授权点建设年度报告): the tables of a year with their charts, each
 * figure linking down to the students behind it, for the graduate school and the hospital
 * offices (their hospital only).
 */
@Controller
@PreAuthorize("hasAnyRole('GRAD_SCHOOL', 'HOSPITAL_OFFICE')")
class AnnualReportPageController {

	static final String YEAR = "year";

	static final String OF = "of";

	static final String FIGURE = "figure";

	/** The drill-down list's filters and sort columns (the first the default). */
	static final ListQuery.Definition LIST = ListQuery.define(StudentListFilters.names(YEAR, OF, FIGURE))
		.sortable("studentNo", "name", "program", "cohort", "hospital", "supervisor");

	private final AnnualReportPages reports;

	private final MessageSource messages;

	AnnualReportPageController(AnnualReportPages reports, MessageSource messages) {
		this.reports = reports;
		this.messages = messages;
	}

	@GetMapping("/reports/annual")
	String report(@RequestParam(required = false) Integer year, @RequestParam(required = false) String program,
			Locale locale, Model model) {
		int shown = year(year);
		String programCode = blankToNull(program);
		AnnualReportBook book = this.reports.book(shown, programCode, locale);
		model.addAttribute("book", book);
		model.addAttribute("year", shown);
		model.addAttribute("program", programCode);
		model.addAttribute("programs", this.reports.programs());
		return "reports/annual";
	}

	@GetMapping("/reports/annual.xlsx")
	ResponseEntity<byte[]> workbook(@RequestParam(required = false) Integer year,
			@RequestParam(required = false) String program) {
		int shown = year(year);
		return download(this.reports.workbook(shown, blankToNull(program)),
				"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", shown, "xlsx");
	}

	@GetMapping("/reports/annual.pdf")
	ResponseEntity<byte[]> pdf(@RequestParam(required = false) Integer year,
			@RequestParam(required = false) String program) {
		int shown = year(year);
		return download(this.reports.pdf(shown, blankToNull(program)), "application/pdf", shown, "pdf");
	}

	private ResponseEntity<byte[]> download(byte[] body, String type, int year, String extension) {
		String name = this.messages.getMessage("report.fileName", new Object[] { String.valueOf(year) },
				Locale.SIMPLIFIED_CHINESE) + "." + extension;
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(type))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(name, StandardCharsets.UTF_8).build().toString())
			.body(body);
	}

	@GetMapping("/reports/annual/students")
	String students(@RequestParam Map<String, String> params, Locale locale, Model model) {
		ListQuery query = LIST.read(params);
		Words words = new Words(this.messages, locale);
		int year = year(query.number(YEAR));
		String programCode = query.text(OF);
		String figure = query.text(FIGURE);
		if (figure == null) {
			return "redirect:/reports/annual";
		}
		AnnualReportBook book = this.reports.book(year, programCode, locale);
		List<StudentRow> all = this.reports.behind(book, figure);
		model.addAttribute("list", table(words).view(query.page(rows(all, query, words.english())), query));
		model.addAttribute("filters", filters(query, all, words, book, figure));
		model.addAttribute("figureName", book.figureName(figure));
		model.addAttribute("year", year);
		model.addAttribute("program", programCode);
		return "reports/students";
	}

	@GetMapping(path = "/reports/annual/students", params = ListExport.PARAMETER)
	ResponseEntity<byte[]> export(@RequestParam Map<String, String> params, Locale locale) {
		ListQuery query = LIST.read(params);
		Words words = new Words(this.messages, locale);
		String figure = query.text(FIGURE);
		List<StudentRow> all = (figure != null)
				? this.reports.behind(this.reports.book(year(query.number(YEAR)), query.text(OF), locale), figure)
				: List.of();
		return ListExport.answer(params.get(ListExport.PARAMETER), words.get("report.students.drillTitle"),
				table(words), rows(all, query, words.english()), words);
	}

	static int year(Integer asked) {
		return (asked != null && asked >= 1990 && asked <= 2100) ? asked : SchoolTime.today().getYear() - 1;
	}

	private static String blankToNull(String value) {
		return (value == null || value.isBlank()) ? null : value.strip();
	}

	private static List<StudentRow> rows(List<StudentRow> all, ListQuery query, boolean english) {
		return query.sorted(StudentListFilters.filter(all, (s) -> s, query, SchoolTime.today()),
				StudentListFilters.comparators((StudentRow s) -> s, english));
	}

	private static ListTable<StudentRow> table(Words words) {
		boolean english = words.english();
		return new ListTable<StudentRow>()
			.column(words.get("students.column.studentNo"), "studentNo",
					(s) -> Cell.link(s.studentNo(), "/students/" + s.studentNo()))
			.nowrap()
			.column(words.get("students.column.name"), "name", (s) -> Cell.text(s.name()))
			.nowrap()
			.column(words.get("students.column.program"), "program", (s) -> Cell.text(s.programDisplayName(english)))
			.numberColumn(words.get("students.column.cohort"), "cohort",
					(s) -> Cell.text(String.valueOf(s.cohortYear())))
			.column(words.get("students.column.hospital"), "hospital", (s) -> Cell.text(s.hospitalDisplayName(english)))
			.column(words.get("students.column.supervisor"), "supervisor", (s) -> Cell.text(s.supervisorName()))
			.nowrap()
			.column(words.get("students.column.status"), (s) -> Cell.text(words.get(s.status().messageKey())))
			.rowData((s) -> Map.of("student", s.studentNo()));
	}

	private static List<ListFilter> filters(ListQuery query, List<StudentRow> all, Words words, AnnualReportBook book,
			String figure) {
		List<ListFilter> filters = new ArrayList<>(StudentListFilters.fields(query, all, words, true));
		String year = String.valueOf(book.year());
		filters
			.add(ListFilter.setting(YEAR, words.get("report.year"), List.of(new ListFilter.Option(year, year)), year));
		if (book.programCode() != null) {
			filters.add(ListFilter.setting(OF, words.get("report.program"),
					List.of(new ListFilter.Option(book.programCode(), book.scopeName())), book.programCode()));
		}
		String name = book.figureName(figure);
		filters.add(ListFilter.setting(FIGURE, words.get("report.figure"),
				List.of(new ListFilter.Option(figure, (name != null) ? name : words.get("report.unknownFigure"))),
				figure));
		return filters;
	}

}
