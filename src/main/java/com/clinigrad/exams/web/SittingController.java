package com.clinigrad.exams.web;

import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.clinigrad.exams.ExamSittings;
import com.clinigrad.exams.PaperDraw;
import com.clinigrad.exams.QuestionBanks;
import com.clinigrad.exams.QuestionKind;
import com.clinigrad.exams.SittingPurpose;
import com.clinigrad.exams.SittingStatus;
import com.clinigrad.exams.SittingView;
import com.clinigrad.exams.TestedCompetency;
import com.clinigrad.organization.HospitalRef;
import com.clinigrad.organization.Organization;
import com.clinigrad.shared.Confirmation;
import com.clinigrad.shared.web.Cell;
import com.clinigrad.shared.web.Flash;
import com.clinigrad.shared.web.ListExport;
import com.clinigrad.shared.web.ListFilter;
import com.clinigrad.shared.web.ListQuery;
import com.clinigrad.shared.web.ListTable;
import com.clinigrad.shared.web.Words;

import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Sittings for the offices: set up (window, duration, rules, candidates), publish (draws
 * the paper), name the markers, follow the candidates, release the results.
 */
@Controller
@PreAuthorize("hasAnyRole('GRAD_SCHOOL', 'HOSPITAL_OFFICE')")
class SittingController {

	private static final String STATUS = "status";

	private static final String PURPOSE = "purpose";

	private static final String OPENS = "opens";

	private static final String TITLE = "title";

	private static final String CANDIDATES = "candidates";

	static final ListQuery.Definition LIST = ListQuery.define(STATUS, PURPOSE)
		.sortable(OPENS, TITLE, CANDIDATES)
		.descendingByDefault();

	private final ExamSittings sittings;

	private final QuestionBanks banks;

	private final MessageSource messages;

	private final Organization organization;

	SittingController(ExamSittings sittings, QuestionBanks banks, MessageSource messages, Organization organization) {
		this.sittings = sittings;
		this.banks = banks;
		this.messages = messages;
		this.organization = organization;
	}

	@GetMapping("/exams/sittings")
	String list(@RequestParam Map<String, String> params, Locale locale, Model model) {
		ListQuery query = LIST.read(params);
		Words words = new Words(this.messages, locale);
		model.addAttribute("list", table(words).view(query.page(rows(query)), query));
		model.addAttribute("filters", filters(query, words));
		model.addAttribute("banks", this.banks.list());
		model.addAttribute("purposes", SittingPurpose.values());
		// the rotation departments by hospital, chosen by name rather than typed as a
		// code
		List<HospitalRef> hospitals = this.organization.visibleHospitals();
		model.addAttribute("hospitals", hospitals);
		model.addAttribute("departmentsByHospital",
				hospitals.stream()
					.map((h) -> Map.entry(h, this.organization.departments(h.id())))
					.filter((e) -> !e.getValue().isEmpty())
					.toList());
		return "exams/sittings";
	}

	@GetMapping(path = "/exams/sittings", params = ListExport.PARAMETER)
	ResponseEntity<byte[]> export(@RequestParam Map<String, String> params, Locale locale) {
		ListQuery query = LIST.read(params);
		Words words = new Words(this.messages, locale);
		return ListExport.answer(params.get(ListExport.PARAMETER), words.get("exams.sittings.title"), table(words),
				rows(query), words);
	}

	private List<SittingView.Row> rows(ListQuery query) {
		SittingStatus status = query.choice(STATUS, SittingStatus.class);
		SittingPurpose purpose = query.choice(PURPOSE, SittingPurpose.class);
		String search = query.search();
		List<SittingView.Row> rows = this.sittings.list()
			.stream()
			.filter((s) -> status == null || s.status() == status)
			.filter((s) -> purpose == null || s.purpose() == purpose)
			.filter((s) -> search == null || search.isEmpty() || s.title().contains(search)
					|| s.bankTitle().contains(search)
					|| (s.departmentName() != null && s.departmentName().contains(search)))
			.toList();
		return query.sorted(rows,
				Map.of(OPENS, Comparator.comparing(SittingView.Row::opensAt), TITLE,
						Comparator.comparing(SittingView.Row::title), CANDIDATES,
						Comparator.comparingInt(SittingView.Row::candidates)));
	}

	private static ListTable<SittingView.Row> table(Words words) {
		return new ListTable<SittingView.Row>()
			.column(words.get("exams.sitting.opensAt"), OPENS,
					(s) -> Cell.text(words.dateTime(s.opensAt().atOffset(ZoneOffset.UTC))))
			.nowrap()
			.column(words.get("exams.sitting.name"), TITLE, (s) -> Cell.link(s.title(), "/exams/sittings/" + s.id()))
			.column(words.get("exams.sitting.bank"), (s) -> Cell.text(s.bankTitle()))
			.column(words.get("exams.sitting.purpose"), (s) -> Cell.text(words.get(s.purpose().messageKey())))
			.column(words.get("exams.sitting.department"),
					(s) -> Cell.text((s.departmentName() != null) ? s.departmentName() : ""))
			.numberColumn(words.get("exams.sitting.candidates"), CANDIDATES,
					(s) -> Cell.text(String.valueOf(s.candidates())))
			.column(words.get("exams.sitting.state"),
					(s) -> Cell.badge(words.get(s.status().messageKey()), s.status().badgeClass()));
	}

	private static List<ListFilter> filters(ListQuery query, Words words) {
		return List.of(
				ListFilter.search(query, words.get("exams.sittings.search"), words.get("exams.sittings.searchHint")),
				ListFilter.choice(query, STATUS, words.get("exams.sitting.state"),
						Arrays.stream(SittingStatus.values())
							.map((s) -> new ListFilter.Option(s.name(), words.get(s.messageKey())))
							.toList()),
				ListFilter.choice(query, PURPOSE, words.get("exams.sitting.purpose"),
						Arrays.stream(SittingPurpose.values())
							.map((p) -> new ListFilter.Option(p.name(), words.get(p.messageKey())))
							.toList()));
	}

	@PostMapping("/exams/sittings")
	String create(@ModelAttribute SittingForm form, RedirectAttributes redirect) {
		long id = this.sittings.create(form.toCommand());
		Flash.success(redirect, "exams.sitting.created");
		return "redirect:/exams/sittings/" + id;
	}

	@GetMapping("/exams/sittings/{id}")
	String sitting(@PathVariable long id, Model model) {
		model.addAttribute("detail", this.sittings.detail(id));
		model.addAttribute("kinds", QuestionKind.values());
		model.addAttribute("competencies", TestedCompetency.values());
		return "exams/sitting";
	}

	@PostMapping("/exams/sittings/{id}/rules")
	String addRule(@PathVariable long id, @RequestParam long version, @RequestParam(required = false) QuestionKind kind,
			@RequestParam(defaultValue = "1") int difficultyMin, @RequestParam(defaultValue = "5") int difficultyMax,
			@RequestParam(required = false) TestedCompetency competency, @RequestParam(defaultValue = "0") int count,
			RedirectAttributes redirect) {
		this.sittings.addRule(id, version, new PaperDraw.Rule(kind, difficultyMin, difficultyMax, competency, count));
		Flash.success(redirect, "exams.sitting.ruleAdded");
		return "redirect:/exams/sittings/" + id;
	}

	@PostMapping("/exams/sittings/{id}/candidates")
	String candidates(@PathVariable long id, @RequestParam long version,
			@RequestParam(required = false) String studentNos, RedirectAttributes redirect) {
		this.sittings.addCandidates(id, version, split(studentNos));
		Flash.success(redirect, "exams.sitting.candidatesAdded");
		return "redirect:/exams/sittings/" + id;
	}

	@PostMapping("/exams/sittings/{id}/publish")
	String publish(@PathVariable long id, @RequestParam long version,
			@RequestParam(defaultValue = "false") boolean confirm, RedirectAttributes redirect) {
		Confirmation.require(confirm, "exams.error.confirm");
		this.sittings.publish(id, version);
		Flash.success(redirect, "exams.sitting.published");
		return "redirect:/exams/sittings/" + id;
	}

	@PostMapping("/exams/sittings/{id}/markers")
	String markers(@PathVariable long id, @RequestParam long version, @RequestParam(defaultValue = "0") int position,
			@RequestParam(required = false) String usernames, RedirectAttributes redirect) {
		this.sittings.assignMarkers(id, version, position, split(usernames));
		Flash.success(redirect, "exams.sitting.markersAssigned");
		return "redirect:/exams/sittings/" + id;
	}

	@PostMapping("/exams/sittings/{id}/release")
	String release(@PathVariable long id, @RequestParam long version,
			@RequestParam(defaultValue = "false") boolean confirm, RedirectAttributes redirect) {
		Confirmation.require(confirm, "exams.error.confirm");
		this.sittings.release(id, version);
		Flash.success(redirect, "exams.sitting.released");
		return "redirect:/exams/sittings/" + id;
	}

	private static List<String> split(String text) {
		if (text == null) {
			return List.of();
		}
		return Arrays.stream(text.split("[,，;；\\s]+"))
			.map(String::strip)
			.filter((s) -> !s.isEmpty())
			.distinct()
			.toList();
	}

}
