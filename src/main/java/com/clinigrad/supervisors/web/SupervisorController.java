package com.clinigrad.supervisors.web;

import java.text.Collator;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.validation.Valid;

import com.clinigrad.organization.DisciplineRef;
import com.clinigrad.organization.HospitalRef;
import com.clinigrad.organization.Organization;
import com.clinigrad.organization.ProgramRef;
import com.clinigrad.shared.web.Cell;
import com.clinigrad.shared.web.Flash;
import com.clinigrad.shared.web.ListExport;
import com.clinigrad.shared.web.ListFilter;
import com.clinigrad.shared.web.ListQuery;
import com.clinigrad.shared.web.ListTable;
import com.clinigrad.shared.web.SubmittedForm;
import com.clinigrad.shared.web.Words;
import com.clinigrad.supervisors.QualificationRegister;
import com.clinigrad.supervisors.SupervisorDirectory;
import com.clinigrad.supervisors.SupervisorDirectory.SupervisorDetail;
import com.clinigrad.supervisors.SupervisorFilter;
import com.clinigrad.supervisors.SupervisorRef;
import com.clinigrad.supervisors.TitleLevel;

import org.springframework.context.MessageSource;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
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
 * The supervisor pages: list in the list pattern (filters in the URL, search, sort,
 * paging, export of what is shown) within the caller's scope, detail with students and
 * change history, edit.
 */
@Controller
@RequestMapping("/supervisors")
class SupervisorController {

	private static final String HOSPITAL = "hospital";

	private static final String DISCIPLINE = "discipline";

	private static final String TITLE = "title";

	private static final String QUALIFICATION = "qualification";

	private static final String INSTITUTION = "institution";

	private static final String ACTIVE = "active";

	/** The list's filters and sort columns (the first the default). */
	static final ListQuery.Definition LIST = ListQuery
		.define(HOSPITAL, DISCIPLINE, TITLE, QUALIFICATION, INSTITUTION, ACTIVE)
		.sortable("staffNo", "name", TITLE, HOSPITAL, DISCIPLINE, "students");

	private final SupervisorDirectory directory;

	private final Organization organization;

	private final MessageSource messages;

	private final QualificationRegister qualifications;

	SupervisorController(SupervisorDirectory directory, Organization organization, MessageSource messages,
			QualificationRegister qualifications) {
		this.qualifications = qualifications;
		this.directory = directory;
		this.organization = organization;
		this.messages = messages;
	}

	@GetMapping
	String list(@RequestParam Map<String, String> params, Locale locale, Model model) {
		ListQuery query = LIST.read(params);
		Words words = new Words(this.messages, locale);
		List<Row> all = visible();
		List<Row> rows = rows(all, query, words.english());
		model.addAttribute("list", table(words).view(query.page(rows), query));
		model.addAttribute("filters", filters(query, all, words));
		model.addAttribute("total", all.size());
		return "supervisors/list";
	}

	@GetMapping(params = ListExport.PARAMETER)
	ResponseEntity<byte[]> export(@RequestParam Map<String, String> params, Locale locale) {
		ListQuery query = LIST.read(params);
		Words words = new Words(this.messages, locale);
		return ListExport.answer(params.get(ListExport.PARAMETER), words.get("supervisors.title"), table(words),
				rows(visible(), query, words.english()), words);
	}

	/**
	 * @return every supervisor the caller may see, with their hospital, field and the
	 * number of students they supervise in training
	 */
	private List<Row> visible() {
		List<SupervisorRef> supervisors = this.directory
			.search(SupervisorFilter.NONE, Pageable.unpaged(Sort.by("staffNo")))
			.getContent();
		Map<Long, Integer> counts = this.directory
			.activeStudentCounts(supervisors.stream().map(SupervisorRef::id).toList());
		Map<Long, HospitalRef> hospitals = this.organization.hospitalsById();
		Map<String, DisciplineRef> disciplines = new HashMap<>();
		this.organization.disciplines().forEach((d) -> disciplines.put(d.code(), d));
		return supervisors.stream()
			.map((s) -> new Row(s, (s.hospitalId() != null) ? hospitals.get(s.hospitalId()) : null,
					(s.disciplineCode() != null) ? disciplines.get(s.disciplineCode()) : null,
					counts.getOrDefault(s.id(), 0)))
			.toList();
	}

	/**
	 * @return the rows the query filters, in its order (by staff number unless sorted
	 * otherwise)
	 */
	private static List<Row> rows(List<Row> all, ListQuery query, boolean english) {
		String search = (query.search() != null) ? query.search().toLowerCase(Locale.ROOT) : null;
		String hospital = query.text(HOSPITAL);
		String discipline = query.text(DISCIPLINE);
		TitleLevel title = query.choice(TITLE, TitleLevel.class);
		Qualification qualification = query.choice(QUALIFICATION, Qualification.class);
		Institution institution = query.choice(INSTITUTION, Institution.class);
		Activity activity = query.choice(ACTIVE, Activity.class);
		List<Row> matching = all.stream()
			.filter((r) -> search == null || r.supervisor().staffNo().toLowerCase(Locale.ROOT).contains(search)
					|| r.supervisor().name().toLowerCase(Locale.ROOT).contains(search))
			.filter((r) -> hospital == null || (r.hospital() != null && r.hospital().code().equals(hospital)))
			.filter((r) -> discipline == null || discipline.equals(r.supervisor().disciplineCode()))
			.filter((r) -> title == null || r.supervisor().titleLevel() == title)
			.filter((r) -> qualification == null || qualification.matches(r.supervisor()))
			.filter((r) -> institution == null || institution.matches(r.supervisor()))
			.filter((r) -> activity == null || activity.matches(r.students()))
			.toList();
		Collator collator = Collator.getInstance(Locale.CHINA);
		Map<String, Comparator<Row>> order = new HashMap<>();
		order.put("staffNo", Comparator.comparing((Row r) -> r.supervisor().staffNo()));
		order.put("name", Comparator.comparing((Row r) -> r.supervisor().name(), collator));
		order.put(TITLE, Comparator.comparing((Row r) -> r.supervisor().titleLevel()));
		order.put(HOSPITAL, Comparator.comparing((Row r) -> r.hospitalName(english), collator));
		order.put(DISCIPLINE, Comparator.comparing((Row r) -> r.disciplineName(english), collator));
		order.put("students", Comparator.comparingInt(Row::students));
		return query.sorted(matching, order);
	}

	/**
	 * The list's columns, for the page and the export alike.
	 */
	private static ListTable<Row> table(Words words) {
		boolean english = words.english();
		return new ListTable<Row>()
			.column(words.get("supervisors.staffNo"), "staffNo",
					(r) -> Cell.link(r.supervisor().staffNo(), "/supervisors/" + r.supervisor().staffNo()))
			.nowrap()
			.column(words.get("supervisors.name"), "name",
					(r) -> r.supervisor().degreeCommitteeMember()
							? Cell.text(r.supervisor().name())
								.andBadge(words.get("supervisors.committeeShort"), "text-bg-info")
							: Cell.text(r.supervisor().name()))
			.nowrap()
			.column(words.get("supervisors.titleLevel"), TITLE,
					(r) -> Cell.text(words.get(r.supervisor().titleLevel().messageKey())))
			.column(words.get("supervisors.qualification"), (r) -> qualification(r.supervisor(), words))
			.nowrap()
			.column(words.get("supervisors.hospital"), HOSPITAL, (r) -> Cell.text(r.hospitalName(english)))
			.column(words.get("supervisors.list.discipline"), DISCIPLINE, (r) -> Cell.text(r.disciplineName(english)))
			.column(words.get("supervisors.institution"),
					(r) -> Cell.text(r.supervisor().external() ? r.supervisor().institution()
							: words.get("supervisors.ownUniversity")))
			.numberColumn(words.get("supervisors.activeStudents"), "students",
					(r) -> Cell.text(String.valueOf(r.students())));
	}

	private static Cell qualification(SupervisorRef supervisor, Words words) {
		Cell cell = Cell.empty();
		if (supervisor.doctoralSupervisor()) {
			cell = cell.andBadge(words.get("supervisors.doctoralShort"), "text-bg-primary");
		}
		if (supervisor.masterSupervisor()) {
			cell = cell.andBadge(words.get("supervisors.masterShort"), "text-bg-secondary");
		}
		return cell;
	}

	private List<ListFilter> filters(ListQuery query, List<Row> all, Words words) {
		boolean english = words.english();
		Collator collator = Collator.getInstance(Locale.CHINA);
		List<ListFilter> filters = new ArrayList<>();
		filters.add(ListFilter.search(query, words.get("supervisors.filter.query"),
				words.get("supervisors.filter.queryHint")));
		Map<String, String> hospitals = new TreeMap<>();
		all.stream()
			.filter((r) -> r.hospital() != null)
			.forEach((r) -> hospitals.put(r.hospital().code(), r.hospital().displayName(english)));
		if (hospitals.size() > 1 || query.text(HOSPITAL) != null) {
			filters.add(ListFilter.choice(query, HOSPITAL, words.get("supervisors.hospital"),
					options(hospitals, collator)));
		}
		Map<String, String> disciplines = new TreeMap<>();
		all.stream()
			.filter((r) -> r.discipline() != null)
			.forEach((r) -> disciplines.put(r.discipline().code(), r.discipline().displayName(english)));
		filters.add(ListFilter.choice(query, DISCIPLINE, words.get("supervisors.list.discipline"),
				options(disciplines, collator)));
		filters.add(ListFilter.choice(query, TITLE, words.get("supervisors.titleLevel"),
				Arrays.stream(TitleLevel.values())
					.map((t) -> new ListFilter.Option(t.name(), words.get(t.messageKey())))
					.toList()));
		filters.add(ListFilter.choice(query, QUALIFICATION, words.get("supervisors.qualification"),
				Arrays.stream(Qualification.values())
					.map((q) -> new ListFilter.Option(q.name(), words.get(q.messageKey())))
					.toList()));
		filters.add(ListFilter.choice(query, INSTITUTION, words.get("supervisors.institution"),
				Arrays.stream(Institution.values())
					.map((i) -> new ListFilter.Option(i.name(), words.get(i.messageKey())))
					.toList()));
		filters.add(ListFilter.choice(query, ACTIVE, words.get("supervisors.list.active"),
				Arrays.stream(Activity.values())
					.map((a) -> new ListFilter.Option(a.name(), words.get(a.messageKey())))
					.toList()));
		return filters;
	}

	private static List<ListFilter.Option> options(Map<String, String> labels, Collator collator) {
		return labels.entrySet()
			.stream()
			.map((e) -> new ListFilter.Option(e.getKey(), e.getValue()))
			.sorted(Comparator.comparing(ListFilter.Option::label, collator))
			.toList();
	}

	@GetMapping("/{staffNo}")
	String detail(@PathVariable String staffNo, Model model) {
		SupervisorDetail detail = this.directory.detail(staffNo);
		model.addAttribute("detail", detail);
		model.addAttribute("qualifications", this.qualifications.of(staffNo));
		if (detail.supervisor().disciplineCode() != null) {
			model.addAttribute("discipline",
					this.organization.discipline(detail.supervisor().disciplineCode()).orElse(null));
		}
		// programs by name, not by code, in the table of students
		model.addAttribute("programsByCode",
				this.organization.programs().stream().collect(Collectors.toMap(ProgramRef::code, Function.identity())));
		return "supervisors/detail";
	}

	@GetMapping("/{staffNo}/edit")
	@PreAuthorize("hasRole('GRAD_SCHOOL')")
	String editForm(@PathVariable String staffNo, Model model) {
		SupervisorDetail detail = this.directory.detail(staffNo);
		model.addAttribute("form",
				SubmittedForm.in(model)
					.restore(SupervisorForm.of(detail.supervisor(),
							(detail.hospital() != null) ? detail.hospital().code() : null)));
		return formView(model);
	}

	@PostMapping("/{staffNo}/edit")
	@PreAuthorize("hasRole('GRAD_SCHOOL')")
	String edit(@PathVariable String staffNo, @Valid @ModelAttribute("form") SupervisorForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		form.setStaffNo(staffNo);
		if (result.hasErrors()) {
			return formView(model);
		}
		this.directory.edit(staffNo, form.getVersion(), form.toCommand());
		Flash.success(redirect, "supervisor.saved", staffNo);
		return "redirect:/supervisors/" + staffNo;
	}

	private String formView(Model model) {
		model.addAttribute("hospitals", this.organization.hospitals());
		model.addAttribute("disciplines", this.organization.secondLevelDisciplines());
		model.addAttribute("titleLevels", TitleLevel.values());
		return "supervisors/form";
	}

	/**
	 * A supervisor as the list shows them.
	 *
	 * @param students the students they supervise in training
	 */
	record Row(SupervisorRef supervisor, HospitalRef hospital, DisciplineRef discipline, int students) {

		String hospitalName(boolean english) {
			return (this.hospital != null) ? this.hospital.displayName(english) : "";
		}

		String disciplineName(boolean english) {
			return (this.discipline != null) ? this.discipline.displayName(english) : "";
		}

	}

	/**
	 * The qualification filter's choices.
	 */
	enum Qualification {

		/** 博导. */
		DOCTORAL,
		/** 硕导, whether or not also 博导. */
		MASTER,
		/** 硕导 and not 博导. */
		MASTER_ONLY;

		boolean matches(SupervisorRef supervisor) {
			return switch (this) {
				case DOCTORAL -> supervisor.doctoralSupervisor();
				case MASTER -> supervisor.masterSupervisor();
				case MASTER_ONLY -> supervisor.masterSupervisor() && !supervisor.doctoralSupervisor();
			};
		}

		String messageKey() {
			return "supervisors.list.qualification." + name();
		}

	}

	/**
	 * The institution filter's choices.
	 */
	enum Institution {

		INTERNAL, EXTERNAL;

		boolean matches(SupervisorRef supervisor) {
			return supervisor.external() == (this == EXTERNAL);
		}

		String messageKey() {
			return "supervisors.list.institution." + name();
		}

	}

	/**
	 * The filter on whether a supervisor supervises students in training now.
	 */
	enum Activity {

		SUPERVISING, NONE;

		boolean matches(int students) {
			return (students > 0) == (this == SUPERVISING);
		}

		String messageKey() {
			return "supervisors.list.active." + name();
		}

	}

}
