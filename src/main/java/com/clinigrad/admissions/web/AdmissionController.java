package com.clinigrad.admissions.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.validation.Valid;

import com.clinigrad.admissions.AdmissionView;
import com.clinigrad.admissions.Admissions;
import com.clinigrad.shared.SchoolTime;
import com.clinigrad.shared.web.Cell;
import com.clinigrad.shared.web.Flash;
import com.clinigrad.shared.web.ListExport;
import com.clinigrad.shared.web.ListFilter;
import com.clinigrad.shared.web.ListQuery;
import com.clinigrad.shared.web.ListTable;
import com.clinigrad.shared.web.SubmittedForm;
import com.clinigrad.shared.web.Words;
import com.clinigrad.students.AdmissionType;
import com.clinigrad.students.SourceSchool;

import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The admissions office's pages (招生): the applicants of a year with its figures, the
 * entry and correction of an applicant, and the enrollment of an admitted applicant as a
 * student from what the admission holds. Graduate-school staff.
 */
@Controller
@RequestMapping("/admissions")
@PreAuthorize("hasRole('GRAD_SCHOOL')")
class AdmissionController {

	private static final String YEAR = "year";

	private static final String PROGRAM = "program";

	private static final String ADMITTED = "admitted";

	private static final String TYPE = "type";

	private static final String SOURCE = "source";

	private final Admissions admissions;

	private final MessageSource messages;

	AdmissionController(Admissions admissions, MessageSource messages) {
		this.admissions = admissions;
		this.messages = messages;
	}

	/** The list's filters and sort columns (the first the default). */
	static final ListQuery.Definition LIST = ListQuery.define(YEAR, PROGRAM, ADMITTED, TYPE, SOURCE)
		.sortable("program", "applicantNo", "name", "discipline", "type", "source", "firstChoice", "admitted",
				"student");

	@GetMapping
	String list(@RequestParam Map<String, String> params, Locale locale, Model model) {
		ListQuery query = LIST.read(params);
		Words words = new Words(this.messages, locale);
		List<Integer> years = this.admissions.years();
		int shown = year(query, years);
		String programCode = query.text(PROGRAM);
		List<AdmissionView> all = this.admissions.list(shown, programCode);
		model.addAttribute("list",
				table(words, names(words.english())).view(query.page(rows(all, query, words.english())), query));
		model.addAttribute("filters", filters(query, years, shown, words));
		model.addAttribute("year", shown);
		model.addAttribute("program", programCode);
		model.addAttribute("figures", this.admissions.figures(shown, programCode));
		model.addAttribute("awaiting", all.stream().filter(AdmissionView::awaitingEnrollment).count());
		return "admissions/list";
	}

	@GetMapping(params = ListExport.PARAMETER)
	ResponseEntity<byte[]> export(@RequestParam Map<String, String> params, Locale locale) {
		ListQuery query = LIST.read(params);
		Words words = new Words(this.messages, locale);
		int shown = year(query, this.admissions.years());
		List<AdmissionView> all = this.admissions.list(shown, query.text(PROGRAM));
		return ListExport.answer(params.get(ListExport.PARAMETER), words.get("admission.list.heading", shown),
				table(words, names(words.english())), rows(all, query, words.english()), words);
	}

	private static int year(ListQuery query, List<Integer> years) {
		Integer year = query.number(YEAR);
		if (year != null && year >= 1990 && year <= 2100) {
			return year;
		}
		return years.isEmpty() ? SchoolTime.today().getYear() : years.get(0);
	}

	/**
	 * @return the applicants the query filters, in its order (by program and applicant
	 * number unless sorted otherwise)
	 */
	private static List<AdmissionView> rows(List<AdmissionView> all, ListQuery query, boolean english) {
		String admitted = query.text(ADMITTED);
		AdmissionType type = query.choice(TYPE, AdmissionType.class);
		SourceSchool source = query.choice(SOURCE, SourceSchool.class);
		String search = (query.search() != null) ? query.search().toLowerCase(Locale.ROOT) : null;
		List<AdmissionView> matching = all.stream()
			.filter((a) -> admitted == null || String.valueOf(a.admitted()).equals(admitted))
			.filter((a) -> type == null || a.admissionType() == type)
			.filter((a) -> source == null || a.sourceSchool() == source)
			.filter((a) -> search == null || a.applicantNo().toLowerCase(Locale.ROOT).contains(search)
					|| a.name().contains(search)
					|| (a.sourceSchoolName() != null && a.sourceSchoolName().contains(search))
					|| (a.studentNo() != null && a.studentNo().toLowerCase(Locale.ROOT).contains(search)))
			.toList();
		Map<String, Comparator<AdmissionView>> order = new HashMap<>();
		order.put("program",
				Comparator.comparing(AdmissionView::programCode).thenComparing(AdmissionView::applicantNo));
		order.put("applicantNo", Comparator.comparing(AdmissionView::applicantNo));
		order.put("name", Comparator.comparing(AdmissionView::name, java.text.Collator.getInstance(Locale.CHINA)));
		order.put("discipline", Comparator.comparing(AdmissionView::disciplineCode));
		order.put("type", Comparator.comparing(AdmissionView::admissionType));
		order.put("source",
				Comparator.comparing(AdmissionView::sourceSchool, Comparator.nullsLast(Comparator.naturalOrder())));
		order.put("firstChoice", Comparator.comparing(AdmissionView::firstChoice));
		order.put("admitted", Comparator.comparing(AdmissionView::admitted));
		order.put("student",
				Comparator.comparing(AdmissionView::studentNo, Comparator.nullsLast(Comparator.naturalOrder())));
		return query.sorted(matching, order);
	}

	/**
	 * The list's columns, for the page and the export alike: words, not codes.
	 */
	private static ListTable<AdmissionView> table(Words words, Names names) {
		return new ListTable<AdmissionView>()
			.column(words.get("admission.column.applicantNo"), "applicantNo",
					(a) -> Cell.link(a.applicantNo(), "/admissions/" + a.id() + "/edit"))
			.nowrap()
			.column(words.get("admission.column.name"), "name", (a) -> Cell.text(a.name()))
			.nowrap()
			.column(words.get("admission.column.program"), "program",
					(a) -> Cell.text(names.programs().getOrDefault(a.programCode(), a.programCode())))
			.column(words.get("admission.column.discipline"), "discipline",
					(a) -> Cell.text(names.disciplines().getOrDefault(a.disciplineCode(), a.disciplineCode())))
			.column(words.get("admission.column.type"), "type",
					(a) -> Cell.text(words.get(a.admissionType().messageKey())))
			.nowrap()
			.column(words.get("admission.column.source"), "source",
					(a) -> ((a.sourceSchool() != null) ? Cell.text(words.get(a.sourceSchool().messageKey()))
							: Cell.text(words.get("common.notGiven")))
						.andSecondary((a.sourceSchoolName() != null) ? a.sourceSchoolName() : ""))
			.column(words.get("admission.column.firstChoice"), "firstChoice",
					(a) -> Cell.text(words.get(a.firstChoice() ? "common.yes" : "common.no")))
			.column(words.get("admission.column.admitted"), "admitted",
					(a) -> a.admitted() ? Cell.badge(words.get("common.yes"), "text-bg-success")
							: Cell.badge(words.get("common.no"), "text-bg-light border"))
			.column(words.get("admission.column.student"), "student",
					(a) -> (a.studentNo() != null) ? Cell.link(a.studentNo(), "/students/" + a.studentNo())
							: a.awaitingEnrollment() ? Cell.link(words.get("admission.enroll.action"),
									"/admissions/" + a.id() + "/enroll") : Cell.empty())
			.nowrap();
	}

	private List<ListFilter> filters(ListQuery query, List<Integer> years, int shown, Words words) {
		java.util.SortedSet<Integer> offered = new java.util.TreeSet<>(java.util.Comparator.reverseOrder());
		offered.addAll(years);
		offered.add(shown);
		offered.add(SchoolTime.today().getYear());
		List<ListFilter> filters = new ArrayList<>();
		filters.add(ListFilter.search(query, words.get("admission.search"), words.get("admission.searchHint")));
		filters.add(ListFilter.setting(YEAR, words.get("admission.column.year"),
				offered.stream().map((y) -> new ListFilter.Option(String.valueOf(y), String.valueOf(y))).toList(),
				String.valueOf(shown)));
		filters.add(ListFilter.choice(query, PROGRAM, words.get("admission.column.program"),
				this.admissions.programs()
					.stream()
					.map((p) -> new ListFilter.Option(p.code(), p.displayName(words.english())))
					.toList()));
		filters.add(ListFilter.choice(query, ADMITTED, words.get("admission.column.admitted"),
				List.of(new ListFilter.Option("true", words.get("common.yes")),
						new ListFilter.Option("false", words.get("common.no")))));
		filters.add(ListFilter.choice(query, TYPE, words.get("admission.column.type"),
				Arrays.stream(AdmissionType.values())
					.map((t) -> new ListFilter.Option(t.name(), words.get(t.messageKey())))
					.toList()));
		filters.add(ListFilter.choice(query, SOURCE, words.get("admission.column.source"),
				Arrays.stream(SourceSchool.values())
					.map((t) -> new ListFilter.Option(t.name(), words.get(t.messageKey())))
					.toList()));
		return filters;
	}

	private Names names(boolean english) {
		Map<String, String> programs = new HashMap<>();
		this.admissions.programs().forEach((p) -> programs.put(p.code(), p.displayName(english)));
		Map<String, String> disciplines = new HashMap<>();
		this.admissions.disciplines()
			.forEach((d) -> disciplines.put(d.code(),
					d.code() + " " + ((d.displayName(english) != null) ? d.displayName(english) : d.name())));
		return new Names(programs, disciplines);
	}

	private record Names(Map<String, String> programs, Map<String, String> disciplines) {
	}

	@GetMapping("/new")
	String create(@RequestParam(required = false) Integer year, Model model) {
		AdmissionForm form = new AdmissionForm();
		form.setYear((year != null) ? year : SchoolTime.today().getYear());
		form.setAdmissionType(AdmissionType.EXAM);
		model.addAttribute("form", SubmittedForm.in(model).restore(form));
		return formView(model, null);
	}

	@PostMapping
	String record(@Valid @ModelAttribute("form") AdmissionForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (result.hasErrors()) {
			return formView(model, null);
		}
		this.admissions.record(form.toCommand());
		Flash.success(redirect, "admission.saved", form.getApplicantNo());
		return "redirect:/admissions?year=" + form.getYear();
	}

	@GetMapping("/{id}/edit")
	String edit(@PathVariable long id, Model model) {
		AdmissionView admission = this.admissions.get(id);
		model.addAttribute("form", SubmittedForm.in(model).restore(AdmissionForm.of(admission)));
		return formView(model, admission);
	}

	@PostMapping("/{id}/edit")
	String save(@PathVariable long id, @Valid @ModelAttribute("form") AdmissionForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		AdmissionView admission = this.admissions.get(id);
		form.setYear(admission.year());
		form.setApplicantNo(admission.applicantNo());
		if (result.hasErrors()) {
			return formView(model, admission);
		}
		this.admissions.edit(id, form.getVersion(), form.toCommand());
		Flash.success(redirect, "admission.saved", admission.applicantNo());
		return "redirect:/admissions?year=" + admission.year();
	}

	@GetMapping("/{id}/enroll")
	String enrollForm(@PathVariable long id, Model model) {
		AdmissionView admission = this.admissions.get(id);
		EnrollmentForm form = new EnrollmentForm();
		form.setVersion(admission.version());
		model.addAttribute("form", SubmittedForm.in(model).restore(form));
		return enrollView(model, admission);
	}

	@PostMapping("/{id}/enroll")
	String enroll(@PathVariable long id, @Valid @ModelAttribute("form") EnrollmentForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		AdmissionView admission = this.admissions.get(id);
		if (result.hasErrors()) {
			return enrollView(model, admission);
		}
		String studentNo = this.admissions.enroll(id, form.getVersion(), form.toCommand());
		Flash.success(redirect, "admission.enrolled", admission.name(), studentNo);
		return "redirect:/admissions?year=" + admission.year();
	}

	private String formView(Model model, AdmissionView admission) {
		model.addAttribute("admission", admission);
		model.addAttribute("programs", this.admissions.programs());
		model.addAttribute("disciplines", this.admissions.disciplines());
		model.addAttribute("sources", SourceSchool.values());
		model.addAttribute("types", AdmissionType.values());
		return "admissions/form";
	}

	private String enrollView(Model model, AdmissionView admission) {
		model.addAttribute("admission", admission);
		model.addAttribute("programName",
				this.admissions.programs()
					.stream()
					.filter((p) -> p.code().equals(admission.programCode()))
					.findFirst()
					.orElse(null));
		model.addAttribute("discipline",
				this.admissions.disciplines()
					.stream()
					.filter((d) -> d.code().equals(admission.disciplineCode()))
					.findFirst()
					.orElse(null));
		model.addAttribute("hospitals", this.admissions.hospitals());
		return "admissions/enroll";
	}

}
