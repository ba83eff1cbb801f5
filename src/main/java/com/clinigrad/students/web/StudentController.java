package com.clinigrad.students.web;

import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.IntStream;

import jakarta.validation.Valid;

import com.clinigrad.organization.Organization;
import com.clinigrad.shared.web.Flash;
import com.clinigrad.shared.web.SubmittedForm;
import com.clinigrad.shared.SchoolTime;
import com.clinigrad.shared.web.Cell;
import com.clinigrad.shared.web.ListExport;
import com.clinigrad.shared.web.ListFilter;
import com.clinigrad.shared.web.ListQuery;
import com.clinigrad.shared.web.ListTable;
import com.clinigrad.shared.web.Words;
import com.clinigrad.students.AdmissionType;
import com.clinigrad.students.DegreeType;
import com.clinigrad.students.SourceSchool;
import com.clinigrad.students.StudentChoices;
import com.clinigrad.students.StudentFilter;
import com.clinigrad.students.StudentListFilters;
import com.clinigrad.students.StudentRegistry;
import com.clinigrad.students.StudentRegistry.StudentDetail;
import com.clinigrad.students.StudentRisk;
import com.clinigrad.students.StudentRow;
import com.clinigrad.students.StudentStatus;
import com.clinigrad.students.StudentView;
import com.clinigrad.supervisors.SupervisorAbsences;

import org.springframework.context.MessageSource;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.http.ResponseEntity;
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
 * The student pages: list with search and filters, detail with status and change history,
 * create, edit and status change. The registry enforces each caller's scope.
 */
@Controller
@RequestMapping("/students")
class StudentController {

	/**
	 * Who may list students: staff and supervisors, not a student (who has their record).
	 */
	private static final String LISTS_STUDENTS = "hasAnyRole('GRAD_SCHOOL', 'DEGREE_COMMITTEE', 'HOSPITAL_OFFICE', 'SUPERVISOR')";

	private static final String DISCIPLINE = "discipline";

	private static final String STATUS = "status";

	private static final String RISK = "risk";

	/** The list's filters and sort columns (the first the default). */
	static final ListQuery.Definition LIST = ListQuery.define(StudentListFilters.names(DISCIPLINE, STATUS, RISK))
		.sortable("studentNo", "name", "program", "cohort", "hospital", "supervisor", "status", "risk");

	private final StudentRegistry registry;

	private final Organization organization;

	private final MessageSource messages;

	private final SupervisorAbsences absences;

	StudentController(StudentRegistry registry, Organization organization, MessageSource messages,
			SupervisorAbsences absences) {
		this.absences = absences;
		this.registry = registry;
		this.organization = organization;
		this.messages = messages;
	}

	@GetMapping
	@PreAuthorize(LISTS_STUDENTS)
	String list(@RequestParam Map<String, String> params, Locale locale, Model model) {
		ListQuery query = LIST.read(params);
		Words words = new Words(this.messages, locale);
		Page<StudentRow> students = this.registry.search(filter(query), query.pageable());
		model.addAttribute("list", table(words).view(students, query));
		model.addAttribute("filters", filters(query, this.registry.choices(), words));
		// a deputy's list holds the students of the supervisors they stand in for: it
		// says whose
		model.addAttribute("covering", this.absences.coveredByCaller());
		return "students/list";
	}

	@GetMapping(params = ListExport.PARAMETER)
	@PreAuthorize(LISTS_STUDENTS)
	ResponseEntity<byte[]> export(@RequestParam Map<String, String> params, Locale locale) {
		ListQuery query = LIST.read(params);
		Words words = new Words(this.messages, locale);
		List<StudentRow> students = this.registry.search(filter(query), PageRequest.of(0, Integer.MAX_VALUE))
			.getContent();
		return ListExport.answer(params.get(ListExport.PARAMETER), words.get("students.title"), table(words), students,
				words);
	}

	private static StudentFilter filter(ListQuery query) {
		return new StudentFilter(query.search(), query.number(StudentListFilters.COHORT),
				query.text(StudentListFilters.PROGRAM), query.text(StudentListFilters.HOSPITAL), query.text(DISCIPLINE),
				query.choice(STATUS, StudentStatus.class), query.text(StudentListFilters.SUPERVISOR),
				query.choice(RISK, StudentRisk.Kind.class), query.sort(), query.descending());
	}

	/**
	 * The list's columns, for the page and the export alike.
	 */
	private static ListTable<StudentRow> table(Words words) {
		boolean english = words.english();
		LocalDate today = SchoolTime.today();
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
			.column(words.get("students.dual.column"), "supervisor",
					(s) -> Cell.text(s.supervisorName())
						.andSecondary((s.coSupervisorName() != null)
								? words.get("students.dual.clinicalShort", s.coSupervisorName()) : null))
			.column(words.get("students.column.status"), "status",
					(s) -> Cell.badge(words.get(s.status().messageKey()), "badge-status-" + s.status().name()))
			.nowrap()
			.column(words.get("students.discipline"), (s) -> Cell.text(s.disciplineDisplayName(english)))
			.column(words.get("students.column.risk"), "risk", (s) -> risk(s.risk(), today, words))
			.rowData((s) -> Map.of("student", s.studentNo()));
	}

	/**
	 * @return the risk as badges: a diversion case, a warning, the deadline of an unmet
	 * check due soon (or passed)
	 */
	static Cell risk(StudentRisk risk, LocalDate today, Words words) {
		Cell cell = Cell.empty();
		for (StudentRisk.Kind kind : risk.kinds(today)) {
			cell = switch (kind) {
				case CASE -> cell.andBadge(words.get("students.risk.badge.CASE", risk.openCases()), "text-bg-danger");
				case WARNING ->
					cell.andBadge(words.get("students.risk.badge.WARNING", risk.openWarnings()), "text-bg-warning");
				case DEADLINE -> risk.overdue(today)
						? cell.andBadge(words.get("students.risk.badge.overdue", words.date(risk.nextDueOn())),
								"text-bg-danger")
						: cell.andBadge(words.get("students.risk.badge.DEADLINE", words.date(risk.nextDueOn())),
								"text-bg-info");
				case ANY -> cell;
			};
		}
		return cell;
	}

	private static List<ListFilter> filters(ListQuery query, StudentChoices choices, Words words) {
		boolean english = words.english();
		List<ListFilter> filters = new ArrayList<>();
		filters
			.add(ListFilter.search(query, words.get("students.filter.query"), words.get("students.filter.queryHint")));
		filters.add(ListFilter.choice(query, StudentListFilters.COHORT, words.get("students.cohort"),
				choices.cohorts()
					.stream()
					.map((y) -> new ListFilter.Option(String.valueOf(y), words.get("list.cohortOption", y)))
					.toList()));
		filters.add(ListFilter.choice(query, StudentListFilters.PROGRAM, words.get("students.program"),
				choices.programs()
					.stream()
					.map((p) -> new ListFilter.Option(p.code(), p.displayName(english)))
					.toList()));
		if (choices.hospitals().size() > 1) {
			filters.add(ListFilter.choice(query, StudentListFilters.HOSPITAL, words.get("students.hospital"),
					choices.hospitals()
						.stream()
						.map((h) -> new ListFilter.Option(h.code(), h.displayName(english)))
						.toList()));
		}
		filters.add(ListFilter.choice(query, DISCIPLINE, words.get("students.discipline"),
				choices.disciplines()
					.stream()
					.map((d) -> new ListFilter.Option(d.code(), d.code() + " " + d.displayName(english)))
					.toList()));
		filters.add(ListFilter.choice(query, STATUS, words.get("students.status"),
				List.of(StudentStatus.values())
					.stream()
					.map((st) -> new ListFilter.Option(st.name(), words.get(st.messageKey())))
					.toList()));
		filters.add(ListFilter.text(query, StudentListFilters.SUPERVISOR, words.get("list.supervisorNo"), null));
		filters.add(ListFilter.choice(query, RISK, words.get("students.column.risk"),
				List.of(StudentRisk.Kind.values())
					.stream()
					.map((k) -> new ListFilter.Option(k.name(), words.get(k.messageKey())))
					.toList()));
		return filters;
	}

	@GetMapping("/{studentNo}")
	String detail(@PathVariable String studentNo, Model model) {
		StudentDetail detail = this.registry.detail(studentNo);
		model.addAttribute("detail", detail);
		if (!model.containsAttribute("statusForm")) {
			StatusChangeForm form = new StatusChangeForm();
			form.setVersion(detail.student().version());
			SubmittedForm typed = SubmittedForm.in(model);
			model.addAttribute("statusForm", typed.restore(form));
			// a refused status change opens its form again with what was typed
			model.addAttribute("statusFormOpen", typed.isPresent());
		}
		model.addAttribute("nextStatuses", List.copyOf(detail.student().status().next()));
		return "students/detail";
	}

	/**
	 * The status change form, fetched by the student page's button.
	 */
	@GetMapping("/{studentNo}/status-form")
	@PreAuthorize("hasRole('GRAD_SCHOOL')")
	String statusForm(@PathVariable String studentNo, Model model) {
		StudentView student = this.registry.forEdit(studentNo);
		StatusChangeForm form = new StatusChangeForm();
		form.setVersion(student.version());
		model.addAttribute("s", student);
		model.addAttribute("statusForm", form);
		model.addAttribute("nextStatuses", List.copyOf(student.status().next()));
		return "students/status-form :: form";
	}

	@GetMapping("/new")
	@PreAuthorize("hasRole('GRAD_SCHOOL')")
	String createForm(Model model) {
		StudentForm form = new StudentForm();
		form.setCohortYear(Year.now().getValue());
		model.addAttribute("form", SubmittedForm.in(model).restore(form));
		return formView(model, true);
	}

	@PostMapping("/new")
	@PreAuthorize("hasRole('GRAD_SCHOOL')")
	String create(@Valid @ModelAttribute("form") StudentForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (result.hasErrors()) {
			return formView(model, true);
		}
		String studentNo = this.registry.register(form.toCommand());
		Flash.success(redirect, "student.created", studentNo);
		return "redirect:/students/" + studentNo;
	}

	@GetMapping("/{studentNo}/edit")
	@PreAuthorize("hasRole('GRAD_SCHOOL')")
	String editForm(@PathVariable String studentNo, Model model) {
		model.addAttribute("form", SubmittedForm.in(model).restore(StudentForm.of(this.registry.forEdit(studentNo))));
		return formView(model, false);
	}

	@PostMapping("/{studentNo}/edit")
	@PreAuthorize("hasRole('GRAD_SCHOOL')")
	String edit(@PathVariable String studentNo, @Valid @ModelAttribute("form") StudentForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		form.setStudentNo(studentNo);
		if (result.hasErrors()) {
			return formView(model, false);
		}
		this.registry.edit(studentNo, form.getVersion(), form.toCommand());
		Flash.success(redirect, "student.saved", studentNo);
		return "redirect:/students/" + studentNo;
	}

	@PostMapping("/{studentNo}/status")
	@PreAuthorize("hasRole('GRAD_SCHOOL')")
	String changeStatus(@PathVariable String studentNo, @Valid @ModelAttribute("statusForm") StatusChangeForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		if (result.hasErrors()) {
			model.addAttribute("statusFormOpen", true);
			return detail(studentNo, model);
		}
		this.registry.changeStatus(studentNo, form.getVersion(), form.toCommand());
		Flash.success(redirect, "student.status.changed", studentNo);
		return "redirect:/students/" + studentNo;
	}

	@PostMapping("/{studentNo}/group")
	@PreAuthorize("hasRole('GRAD_SCHOOL')")
	String assignGroup(@PathVariable String studentNo, @RequestParam long version,
			@RequestParam(required = false) String groupCode, RedirectAttributes redirect) {
		this.registry.assignGroup(studentNo, version, groupCode);
		Flash.success(redirect, "student.groupSaved", studentNo);
		return "redirect:/students/" + studentNo;
	}

	private String formView(Model model, boolean creating) {
		model.addAttribute("creating", creating);
		model.addAttribute("degreeTypes", DegreeType.values());
		model.addAttribute("admissionTypes", AdmissionType.values());
		model.addAttribute("sourceSchools", SourceSchool.values());
		addOptions(model);
		return "students/form";
	}

	private void addOptions(Model model) {
		model.addAttribute("programs", this.organization.programs());
		model.addAttribute("hospitals", this.organization.hospitals());
		model.addAttribute("disciplines", this.organization.secondLevelDisciplines());
		model.addAttribute("statuses", StudentStatus.values());
		int thisYear = Year.now().getValue();
		model.addAttribute("cohorts",
				IntStream.rangeClosed(thisYear - 10, thisYear)
					.boxed()
					.sorted(java.util.Comparator.reverseOrder())
					.toList());
	}

}
