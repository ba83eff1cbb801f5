package com.clinigrad.teaching.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.clinigrad.shared.Confirmation;
import com.clinigrad.shared.SchoolTime;
import com.clinigrad.shared.web.Cell;
import com.clinigrad.shared.web.Flash;
import com.clinigrad.shared.web.ListExport;
import com.clinigrad.shared.web.ListFilter;
import com.clinigrad.shared.web.ListQuery;
import com.clinigrad.shared.web.ListTable;
import com.clinigrad.shared.web.SubmittedForm;
import com.clinigrad.shared.web.Words;
import com.clinigrad.teaching.ClassVisits;
import com.clinigrad.teaching.TeachingInspectors;
import com.clinigrad.teaching.VisitCommand;
import com.clinigrad.teaching.VisitFormItem;
import com.clinigrad.teaching.VisitView;

import org.springframework.context.MessageSource;
import org.springframework.format.annotation.DateTimeFormat;
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
 * Class visits (督导听课): the list in the caller's scope with its export, the rating form,
 * one visit, and the graduate school's designation of teaching supervisors. Students are
 * refused everywhere.
 */
@Controller
@PreAuthorize("hasAnyRole('GRAD_SCHOOL', 'SUPERVISOR', 'EXPERT', 'DEPT_COORDINATOR') and !hasRole('STUDENT')")
class VisitController {

	static final String KIND = "kind";

	static final ListQuery.Definition LIST = ListQuery.define(KIND)
		.sortable("date", "subject", "instructor", "inspector", "average", "overall")
		.descendingByDefault();

	private final ClassVisits visits;

	private final TeachingInspectors inspectors;

	private final MessageSource messages;

	VisitController(ClassVisits visits, TeachingInspectors inspectors, MessageSource messages) {
		this.visits = visits;
		this.inspectors = inspectors;
		this.messages = messages;
	}

	@GetMapping("/teaching/visits")
	String list(@RequestParam Map<String, String> params, Locale locale, Model model) {
		ListQuery query = LIST.read(params);
		Words words = new Words(this.messages, locale);
		model.addAttribute("list", table(words).view(query.page(rows(this.visits.list(), query, words)), query));
		model.addAttribute("filters", filters(query, words));
		model.addAttribute("mayRecord", this.visits.mayRecord());
		return "teaching/visits";
	}

	@GetMapping(path = "/teaching/visits", params = ListExport.PARAMETER)
	ResponseEntity<byte[]> export(@RequestParam Map<String, String> params, Locale locale) {
		ListQuery query = LIST.read(params);
		Words words = new Words(this.messages, locale);
		return ListExport.answer(params.get(ListExport.PARAMETER), words.get("visit.title"), table(words),
				rows(this.visits.list(), query, words), words);
	}

	@GetMapping("/teaching/visits/new")
	String form(Model model) {
		model.addAttribute("form", this.visits.form());
		model.addAttribute("offerings", this.visits.offeringsToVisit());
		model.addAttribute("departments", this.visits.departmentsToVisit());
		model.addAttribute("today", SchoolTime.today());
		model.addAttribute("typed", SubmittedForm.in(model));
		return "teaching/visit-form";
	}

	@PostMapping("/teaching/visits")
	String record(@RequestParam(required = false) String subject, @RequestParam(required = false) Long offeringId,
			@RequestParam(required = false) String department, @RequestParam(required = false) String sessionTitle,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate visitedOn,
			@RequestParam(required = false) String instructor, @RequestParam(required = false) String inspector,
			@RequestParam Map<String, String> params, RedirectAttributes redirect) {
		Map<String, Integer> scores = new HashMap<>();
		Map<String, String> texts = new HashMap<>();
		for (VisitFormItem item : this.visits.form().items()) {
			String value = params.get("item." + item.code());
			if (item.scored()) {
				if (value != null && value.strip().matches("\\d{1,3}")) {
					scores.put(item.code(), Integer.valueOf(value.strip()));
				}
			}
			else if (value != null) {
				texts.put(item.code(), value);
			}
		}
		boolean session = "session".equals(subject);
		String hospitalCode = null;
		String departmentCode = null;
		if (session && department != null && department.contains("/")) {
			hospitalCode = department.substring(0, department.indexOf('/'));
			departmentCode = department.substring(department.indexOf('/') + 1);
		}
		long id = this.visits.record(new VisitCommand(session ? null : offeringId, hospitalCode, departmentCode,
				session ? sessionTitle : null, visitedOn, instructor, inspector, scores, texts));
		Flash.success(redirect, "visit.recorded");
		return "redirect:/teaching/visits/" + id;
	}

	@GetMapping("/teaching/visits/{id}")
	String visit(@PathVariable long id, Model model) {
		model.addAttribute("visit", this.visits.visit(id));
		return "teaching/visit";
	}

	@GetMapping("/teaching/inspectors")
	@PreAuthorize("hasRole('GRAD_SCHOOL')")
	String inspectors(Model model) {
		model.addAttribute("inspectors", this.inspectors.list());
		return "teaching/inspectors";
	}

	@PostMapping("/teaching/inspectors")
	@PreAuthorize("hasRole('GRAD_SCHOOL')")
	String designate(@RequestParam(required = false) String staffNo, RedirectAttributes redirect) {
		this.inspectors.designate(staffNo);
		Flash.success(redirect, "inspector.designated", staffNo);
		return "redirect:/teaching/inspectors";
	}

	@PostMapping("/teaching/inspectors/{staffNo}/end")
	@PreAuthorize("hasRole('GRAD_SCHOOL')")
	String end(@PathVariable String staffNo, @RequestParam long version,
			@RequestParam(defaultValue = "false") boolean confirm, RedirectAttributes redirect) {
		Confirmation.require(confirm, "inspector.error.confirmEnd");
		this.inspectors.end(staffNo, version);
		Flash.success(redirect, "inspector.endedFlash", staffNo);
		return "redirect:/teaching/inspectors";
	}

	private static List<VisitView> rows(List<VisitView> all, ListQuery query, Words words) {
		String kind = query.text(KIND);
		String search = query.search();
		String like = (search == null) ? null : search.toLowerCase(Locale.ROOT);
		boolean english = words.english();
		List<VisitView> matching = all.stream()
			.filter((v) -> kind == null || ("course".equals(kind) == v.ofCourse()))
			.filter((v) -> like == null || v.subject(english).toLowerCase(Locale.ROOT).contains(like)
					|| v.instructorName().toLowerCase(Locale.ROOT).contains(like)
					|| v.instructorStaffNo().toLowerCase(Locale.ROOT).contains(like)
					|| v.inspectorName().toLowerCase(Locale.ROOT).contains(like))
			.toList();
		Map<String, Comparator<VisitView>> order = new HashMap<>();
		order.put("date", Comparator.comparing(VisitView::visitedOn).thenComparing(VisitView::id));
		order.put("subject", Comparator.comparing((VisitView v) -> v.subject(english)));
		order.put("instructor", Comparator.comparing(VisitView::instructorName));
		order.put("inspector", Comparator.comparing(VisitView::inspectorName));
		order.put("average",
				Comparator.comparing(VisitView::average, Comparator.nullsFirst(Comparator.naturalOrder())));
		order.put("overall",
				Comparator.comparing(VisitView::overall, Comparator.nullsFirst(Comparator.naturalOrder())));
		return query.sorted(matching, order);
	}

	private static ListTable<VisitView> table(Words words) {
		boolean english = words.english();
		return new ListTable<VisitView>()
			.column(words.get("visit.column.date"), "date", (v) -> Cell.text(words.date(v.visitedOn())))
			.nowrap()
			.column(words.get("visit.column.subject"), "subject",
					(v) -> Cell.link(v.subject(english), "/teaching/visits/" + v.id())
						.andBadge(words.get(v.ofCourse() ? "visit.kind.course" : "visit.kind.session"),
								v.ofCourse() ? "text-bg-primary" : "text-bg-info"))
			.column(words.get("visit.column.instructor"), "instructor",
					(v) -> Cell.text(v.instructorName()).andSecondary(v.instructorStaffNo()))
			.nowrap()
			.column(words.get("visit.column.inspector"), "inspector", (v) -> Cell.text(v.inspectorName()))
			.nowrap()
			.numberColumn(words.get("visit.column.average"), "average",
					(v) -> (v.average() != null) ? Cell.text(v.average().toPlainString()) : Cell.empty())
			.numberColumn(words.get("visit.column.overall"), "overall",
					(v) -> (v.overall() != null) ? Cell.text(String.valueOf(v.overall())) : Cell.empty())
			.rowData((v) -> Map.of("visit", String.valueOf(v.id())));
	}

	private static List<ListFilter> filters(ListQuery query, Words words) {
		List<ListFilter> filters = new ArrayList<>();
		filters.add(ListFilter.search(query, words.get("visit.filter.search"), words.get("visit.filter.hint")));
		filters.add(ListFilter.choice(query, KIND, words.get("visit.filter.kind"),
				List.of(new ListFilter.Option("course", words.get("visit.kind.course")),
						new ListFilter.Option("session", words.get("visit.kind.session")))));
		return filters;
	}

}
