package com.clinigrad.teaching.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.clinigrad.shared.web.Cell;
import com.clinigrad.shared.web.ListExport;
import com.clinigrad.shared.web.ListFilter;
import com.clinigrad.shared.web.ListQuery;
import com.clinigrad.shared.web.ListTable;
import com.clinigrad.shared.web.Words;
import com.clinigrad.teaching.ClassVisits;
import com.clinigrad.teaching.QualityReports;
import com.clinigrad.teaching.QualityRow;

import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Teaching quality reports: the list of courses and instructors in the caller's scope
 * with its export, and one course's report.
 */
@Controller
@PreAuthorize("hasAnyRole('GRAD_SCHOOL', 'SUPERVISOR') and !hasRole('STUDENT')")
class QualityController {

	static final ListQuery.Definition LIST = ListQuery.define()
		.sortable("course", "instructor", "offerings", "visits", "visitAverage", "evaluation", "passRate");

	private final QualityReports reports;

	private final ClassVisits visits;

	private final MessageSource messages;

	QualityController(QualityReports reports, ClassVisits visits, MessageSource messages) {
		this.reports = reports;
		this.visits = visits;
		this.messages = messages;
	}

	@GetMapping("/teaching/quality")
	String list(@RequestParam Map<String, String> params, Locale locale, Model model) {
		ListQuery query = LIST.read(params);
		Words words = new Words(this.messages, locale);
		model.addAttribute("list", table(words).view(query.page(rows(this.reports.list(), query, words)), query));
		model.addAttribute("filters", List
			.of(ListFilter.search(query, words.get("quality.filter.search"), words.get("quality.filter.hint"))));
		model.addAttribute("mayRecord", this.visits.mayRecord());
		return "teaching/quality";
	}

	@GetMapping(path = "/teaching/quality", params = ListExport.PARAMETER)
	ResponseEntity<byte[]> export(@RequestParam Map<String, String> params, Locale locale) {
		ListQuery query = LIST.read(params);
		Words words = new Words(this.messages, locale);
		return ListExport.answer(params.get(ListExport.PARAMETER), words.get("quality.title"), table(words),
				rows(this.reports.list(), query, words), words);
	}

	@GetMapping("/teaching/quality/{staffNo}/{courseCode}")
	String report(@PathVariable String staffNo, @PathVariable String courseCode, Model model) {
		model.addAttribute("report", this.reports.report(staffNo, courseCode));
		model.addAttribute("sessions", this.reports.sessionVisits(staffNo));
		return "teaching/quality-report";
	}

	private static List<QualityRow> rows(List<QualityRow> all, ListQuery query, Words words) {
		String search = query.search();
		String like = (search == null) ? null : search.toLowerCase(Locale.ROOT);
		boolean english = words.english();
		List<QualityRow> matching = all.stream()
			.filter((r) -> like == null || r.courseCode().toLowerCase(Locale.ROOT).contains(like)
					|| r.courseName(english).toLowerCase(Locale.ROOT).contains(like)
					|| r.instructor().name().toLowerCase(Locale.ROOT).contains(like)
					|| r.instructor().staffNo().toLowerCase(Locale.ROOT).contains(like))
			.toList();
		Comparator<BigDecimal> nullsFirst = Comparator.nullsFirst(Comparator.naturalOrder());
		Map<String, Comparator<QualityRow>> order = new HashMap<>();
		order.put("course", Comparator.comparing(QualityRow::courseCode));
		order.put("instructor", Comparator.comparing((QualityRow r) -> r.instructor().name()));
		order.put("offerings", Comparator.comparing((QualityRow r) -> r.figures().offerings()));
		order.put("visits", Comparator.comparing((QualityRow r) -> r.figures().visits()));
		order.put("visitAverage", Comparator.comparing((QualityRow r) -> r.figures().visitAverage(), nullsFirst));
		order.put("evaluation", Comparator.comparing((QualityRow r) -> r.figures().evaluationOverall(), nullsFirst));
		order.put("passRate", Comparator.comparing((QualityRow r) -> r.figures().passRate(), nullsFirst));
		return query.sorted(matching, order);
	}

	private static ListTable<QualityRow> table(Words words) {
		boolean english = words.english();
		return new ListTable<QualityRow>()
			.column(words.get("quality.column.course"), "course",
					(r) -> Cell
						.link(r.courseName(english),
								"/teaching/quality/" + r.instructor().staffNo() + "/" + r.courseCode())
						.andSecondary(r.courseCode()))
			.column(words.get("quality.column.instructor"), "instructor",
					(r) -> Cell.text(r.instructor().name()).andSecondary(r.instructor().staffNo()))
			.nowrap()
			.numberColumn(words.get("quality.column.offerings"), "offerings",
					(r) -> Cell.text(String.valueOf(r.figures().offerings())))
			.numberColumn(words.get("quality.column.visits"), "visits",
					(r) -> Cell.text(String.valueOf(r.figures().visits())))
			.numberColumn(words.get("quality.column.visitAverage"), "visitAverage",
					(r) -> (r.figures().visitAverage() != null) ? Cell.text(r.figures().visitAverage().toPlainString())
							: Cell.text(words.get("quality.noVisits")))
			.numberColumn(words.get("quality.column.evaluation"), "evaluation",
					(r) -> (r.figures().evaluationOverall() != null)
							? Cell.text(r.figures().evaluationOverall().toPlainString())
								.andSecondary(words.get("quality.answers", r.figures().evaluationAnswers()))
							: Cell.text(words.get("quality.evaluationHidden")))
			.numberColumn(words.get("quality.column.passRate"), "passRate",
					(r) -> (r.figures().passRate() != null)
							? Cell.text(r.figures().passRate().toPlainString() + "%")
								.andSecondary(words.get("quality.passedOf", r.figures().passed(), r.figures().graded()))
							: Cell.text(words.get("quality.noGrades")))
			.rowData((r) -> Map.of("course", r.courseCode(), "instructor", r.instructor().staffNo()));
	}

}
