package com.clinigrad.careers.web;

import java.text.Collator;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;

import jakarta.validation.Valid;

import com.clinigrad.accounts.CurrentUsers;
import com.clinigrad.careers.DestinationKind;
import com.clinigrad.careers.EmploymentView;
import com.clinigrad.careers.GraduateEmployment;
import com.clinigrad.careers.Regions;
import com.clinigrad.organization.Organization;
import com.clinigrad.shared.SchoolTime;
import com.clinigrad.shared.web.Cell;
import com.clinigrad.shared.web.Flash;
import com.clinigrad.shared.web.ListExport;
import com.clinigrad.shared.web.ListFilter;
import com.clinigrad.shared.web.ListQuery;
import com.clinigrad.shared.web.ListTable;
import com.clinigrad.shared.web.SubmittedForm;
import com.clinigrad.shared.web.Words;

import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Graduate destinations (就业): the year's graduates with the employment rate for the
 * graduate school, and a graduate's destination page, which the graduate school and the
 * graduate themself fill in and those who may see the student read.
 */
@Controller
class EmploymentController {

	private final GraduateEmployment employment;

	private static final String YEAR = "year";

	private static final String PROGRAM = "program";

	private static final String KIND = "kind";

	private static final String REGION = "region";

	private final CurrentUsers currentUsers;

	private final Organization organization;

	private final MessageSource messages;

	EmploymentController(GraduateEmployment employment, CurrentUsers currentUsers, Organization organization,
			MessageSource messages) {
		this.employment = employment;
		this.currentUsers = currentUsers;
		this.organization = organization;
		this.messages = messages;
	}

	/** The list's filters and sort columns (the first the default). */
	static final ListQuery.Definition LIST = ListQuery.define(YEAR, PROGRAM, KIND, REGION)
		.sortable("graduatedOn", "studentNo", "name", "program", "destination", "employer", "region");

	@GetMapping("/employment")
	@PreAuthorize("hasRole('GRAD_SCHOOL')")
	String list(@RequestParam Map<String, String> params, Locale locale, Model model) {
		ListQuery query = LIST.read(params);
		Words words = new Words(this.messages, locale);
		int shown = year(query);
		String programCode = query.text(PROGRAM);
		List<EmploymentView> all = this.employment.list(shown, programCode);
		model.addAttribute("list",
				table(words, programNames(words.english())).view(query.page(rows(all, query, words.english())), query));
		model.addAttribute("filters", filters(query, all, shown, words));
		model.addAttribute("year", shown);
		model.addAttribute("program", programCode);
		model.addAttribute("figures", this.employment.figures(shown, programCode));
		return "careers/list";
	}

	@GetMapping(path = "/employment", params = ListExport.PARAMETER)
	@PreAuthorize("hasRole('GRAD_SCHOOL')")
	ResponseEntity<byte[]> export(@RequestParam Map<String, String> params, Locale locale) {
		ListQuery query = LIST.read(params);
		Words words = new Words(this.messages, locale);
		int shown = year(query);
		List<EmploymentView> all = this.employment.list(shown, query.text(PROGRAM));
		return ListExport.answer(params.get(ListExport.PARAMETER), words.get("employment.list.heading", shown),
				table(words, programNames(words.english())), rows(all, query, words.english()), words);
	}

	private static int year(ListQuery query) {
		Integer year = query.number(YEAR);
		return (year != null && year >= 1990 && year <= 2100) ? year : SchoolTime.today().getYear();
	}

	private static List<EmploymentView> rows(List<EmploymentView> all, ListQuery query, boolean english) {
		DestinationKind kind = query.choice(KIND, DestinationKind.class);
		String region = query.text(REGION);
		String search = (query.search() != null) ? query.search().toLowerCase(Locale.ROOT) : null;
		List<EmploymentView> matching = all.stream()
			.filter((e) -> kind == null || e.destinationKind() == kind)
			.filter((e) -> region == null || region.equals(e.region()))
			.filter((e) -> search == null || e.studentNo().toLowerCase(Locale.ROOT).contains(search)
					|| e.studentName().contains(search) || (e.employer() != null && e.employer().contains(search))
					|| (e.region() != null && e.region().contains(search)))
			.toList();
		Map<String, Comparator<EmploymentView>> order = new HashMap<>();
		order.put("graduatedOn",
				Comparator.comparing(EmploymentView::graduatedOn).thenComparing(EmploymentView::studentNo));
		order.put("studentNo", Comparator.comparing(EmploymentView::studentNo));
		order.put("name", Comparator.comparing(EmploymentView::studentName, Collator.getInstance(Locale.CHINA)));
		order.put("program", Comparator.comparing(EmploymentView::programCode));
		order.put("destination", Comparator.comparing(EmploymentView::destinationKind));
		order.put("employer", Comparator.comparing(EmploymentView::employer,
				Comparator.nullsLast(Collator.getInstance(Locale.CHINA))));
		order.put("region",
				Comparator.comparing(EmploymentView::region, Comparator.nullsLast(Collator.getInstance(Locale.CHINA))));
		return query.sorted(matching, order);
	}

	/**
	 * The list's columns, for the page and the export alike: words, not codes.
	 */
	private static ListTable<EmploymentView> table(Words words, Map<String, String> programs) {
		return new ListTable<EmploymentView>()
			.column(words.get("students.column.studentNo"), "studentNo",
					(e) -> Cell.link(e.studentNo(), "/students/" + e.studentNo() + "/employment"))
			.nowrap()
			.column(words.get("students.column.name"), "name", (e) -> Cell.text(e.studentName()))
			.nowrap()
			.column(words.get("admission.column.program"), "program",
					(e) -> Cell.text(programs.getOrDefault(e.programCode(), e.programCode())))
			.column(words.get("employment.graduatedOn"), "graduatedOn", (e) -> Cell.text(words.date(e.graduatedOn())))
			.nowrap()
			.column(words.get("employment.destination"), "destination",
					(e) -> e.destinationKind().employed() ? Cell.text(words.get(e.destinationKind().messageKey()))
							: Cell.badge(words.get(e.destinationKind().messageKey()), "text-bg-warning"))
			.column(words.get("employment.employer"), "employer",
					(e) -> (e.employer() != null) ? Cell.text(e.employer()) : Cell.empty())
			.column(words.get("employment.region"), "region",
					(e) -> (e.region() != null) ? Cell.text(e.regionName(words.english())) : Cell.empty());
	}

	private List<ListFilter> filters(ListQuery query, List<EmploymentView> all, int shown, Words words) {
		SortedSet<Integer> years = new TreeSet<>(Comparator.reverseOrder());
		int thisYear = SchoolTime.today().getYear();
		for (int y = thisYear; y >= thisYear - 5; y--) {
			years.add(y);
		}
		years.add(shown);
		List<ListFilter> filters = new ArrayList<>();
		filters.add(ListFilter.search(query, words.get("employment.search"), words.get("employment.searchHint")));
		filters.add(ListFilter.setting(YEAR, words.get("admission.column.year"),
				years.stream().map((y) -> new ListFilter.Option(String.valueOf(y), String.valueOf(y))).toList(),
				String.valueOf(shown)));
		filters.add(ListFilter.choice(query, PROGRAM, words.get("admission.column.program"),
				this.organization.programs()
					.stream()
					.map((p) -> new ListFilter.Option(p.code(), p.displayName(words.english())))
					.toList()));
		filters.add(ListFilter.choice(query, KIND, words.get("employment.destination"),
				Arrays.stream(DestinationKind.values())
					.map((k) -> new ListFilter.Option(k.name(), words.get(k.messageKey())))
					.toList()));
		filters.add(ListFilter.choice(query, REGION, words.get("employment.region"),
				all.stream()
					.map(EmploymentView::region)
					.filter(java.util.Objects::nonNull)
					.distinct()
					.sorted(Collator.getInstance(Locale.CHINA))
					.map((r) -> new ListFilter.Option(r, Regions.displayName(r, words.english())))
					.toList()));
		return filters;
	}

	private Map<String, String> programNames(boolean english) {
		Map<String, String> names = new HashMap<>();
		this.organization.programs().forEach((p) -> names.put(p.code(), p.displayName(english)));
		return names;
	}

	@GetMapping("/employment/mine")
	@PreAuthorize("hasRole('STUDENT')")
	String mine() {
		String studentNo = this.currentUsers.current().studentNo();
		if (studentNo == null) {
			throw new AccessDeniedException("No student record");
		}
		return "redirect:/students/" + studentNo + "/employment";
	}

	@GetMapping("/students/{studentNo}/employment")
	String page(@PathVariable String studentNo, Model model) {
		Optional<EmploymentView> recorded = this.employment.of(studentNo);
		EmploymentForm form = recorded.map(EmploymentForm::of).orElseGet(EmploymentForm::new);
		model.addAttribute("form", SubmittedForm.in(model).restore(form));
		return view(studentNo, recorded, model);
	}

	@PostMapping("/students/{studentNo}/employment")
	String record(@PathVariable String studentNo, @Valid @ModelAttribute("form") EmploymentForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		if (!this.employment.mayRecord(studentNo)) {
			throw new AccessDeniedException("Not the graduate school nor the graduate");
		}
		if (result.hasErrors()) {
			return view(studentNo, this.employment.of(studentNo), model);
		}
		this.employment.record(form.toCommand(studentNo), form.getVersion());
		Flash.success(redirect, "employment.saved");
		return "redirect:/students/" + studentNo + "/employment";
	}

	private String view(String studentNo, Optional<EmploymentView> recorded, Model model) {
		model.addAttribute("studentNo", studentNo);
		model.addAttribute("recorded", recorded.orElse(null));
		model.addAttribute("mayRecord", this.employment.mayRecord(studentNo));
		model.addAttribute("kinds", DestinationKind.values());
		return "careers/student";
	}

}
