package com.clinigrad.selection.web;

import java.math.BigDecimal;
import java.text.Collator;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import com.clinigrad.accounts.AccountDirectory;
import com.clinigrad.organization.DisciplineRef;
import com.clinigrad.organization.HospitalRef;
import com.clinigrad.organization.Organization;
import com.clinigrad.organization.ProgramRef;
import com.clinigrad.selection.AppealState;
import com.clinigrad.selection.BoardRow;
import com.clinigrad.selection.Criterion;
import com.clinigrad.selection.DegreeLevel;
import com.clinigrad.selection.EnrollmentSelection;
import com.clinigrad.selection.Explanation;
import com.clinigrad.selection.RoundView;
import com.clinigrad.selection.SelectionNotFoundException;
import com.clinigrad.selection.SelectionScheme;
import com.clinigrad.selection.SelectionSchemes;
import com.clinigrad.selection.SuspensionReason;
import com.clinigrad.shared.BusinessRuleException;
import com.clinigrad.shared.SchoolTime;
import com.clinigrad.shared.web.Cell;
import com.clinigrad.shared.web.Flash;
import com.clinigrad.shared.web.ListExport;
import com.clinigrad.shared.web.ListFilter;
import com.clinigrad.shared.web.ListQuery;
import com.clinigrad.shared.web.ListTable;
import com.clinigrad.shared.web.SubmittedForm;
import com.clinigrad.shared.web.Words;
import com.clinigrad.supervisors.QualificationRegister;
import com.clinigrad.supervisors.QualificationReview;

import org.springframework.context.MessageSource;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The enrollment selection pages (招生遴选): the graduate school's board (ranked, filtered by
 * discipline and standing, exported as shown, published once), a supervisor's score
 * explained down to its records with the suspensions and appeals, the places per
 * discipline and program, the scoring scheme, and the supervisor's own page.
 */
@Controller
@RequestMapping("/selection")
class SelectionController {

	private static final String YEAR = "year";

	private static final String DISCIPLINE = "discipline";

	private static final String STANDING = "standing";

	static final ListQuery.Definition LIST = ListQuery.define(YEAR, DISCIPLINE, STANDING)
		.sortable("rank", "staffNo", "name", "score", "places");

	private final EnrollmentSelection selection;

	private final SelectionSchemes schemes;

	private final Organization organization;

	private final QualificationRegister register;

	private final QualificationReview review;

	private final MessageSource messages;

	private final AccountDirectory accounts;

	SelectionController(EnrollmentSelection selection, SelectionSchemes schemes, Organization organization,
			QualificationRegister register, QualificationReview review, MessageSource messages,
			AccountDirectory accounts) {
		this.accounts = accounts;
		this.selection = selection;
		this.schemes = schemes;
		this.organization = organization;
		this.register = register;
		this.review = review;
		this.messages = messages;
	}

	// ---- the board

	@GetMapping
	@PreAuthorize("hasAnyRole('GRAD_SCHOOL','DEGREE_COMMITTEE','HOSPITAL_OFFICE')")
	String board(@RequestParam Map<String, String> params, Locale locale, Model model) {
		ListQuery query = LIST.read(params);
		Words words = new Words(this.messages, locale);
		List<RoundView> rounds = this.selection.rounds();
		model.addAttribute("rounds", rounds);
		model.addAttribute("openYear", SchoolTime.today().getYear() + 1);
		model.addAttribute("openAsOf", SchoolTime.today());
		Optional<RoundView> round = chosen(rounds, query);
		if (round.isEmpty()) {
			return "selection/board";
		}
		List<BoardRow> all = this.selection.board(round.get().year());
		model.addAttribute("round", round.get());
		// who published, by display name
		model.addAttribute("people", this.accounts.displayNames(Collections.singletonList(round.get().publishedBy())));
		model.addAttribute("list", table(words, round.get()).view(query.page(rows(all, query)), query));
		model.addAttribute("filters", filters(query, rounds, all, words));
		model.addAttribute("total", all.size());
		model.addAttribute("suspended", all.stream().filter(BoardRow::suspended).count());
		model.addAttribute("pendingAppeals", all.stream().filter(BoardRow::appealPending).count());
		model.addAttribute("placesAllocated", all.stream().mapToInt(BoardRow::places).sum());
		return "selection/board";
	}

	@GetMapping(params = ListExport.PARAMETER)
	@PreAuthorize("hasAnyRole('GRAD_SCHOOL','DEGREE_COMMITTEE','HOSPITAL_OFFICE')")
	ResponseEntity<byte[]> export(@RequestParam Map<String, String> params, Locale locale) {
		ListQuery query = LIST.read(params);
		Words words = new Words(this.messages, locale);
		RoundView round = chosen(this.selection.rounds(), query)
			.orElseThrow(() -> new SelectionNotFoundException("No selection"));
		return ListExport.answer(params.get(ListExport.PARAMETER),
				words.get("selection.board.exportTitle", String.valueOf(round.year())), table(words, round),
				rows(this.selection.board(round.year()), query), words);
	}

	private static Optional<RoundView> chosen(List<RoundView> rounds, ListQuery query) {
		Integer year = query.number(YEAR);
		return rounds.stream().filter((r) -> year == null || r.year() == year).findFirst();
	}

	private List<BoardRow> rows(List<BoardRow> all, ListQuery query) {
		String search = (query.search() != null) ? query.search().toLowerCase(Locale.ROOT) : null;
		String discipline = query.text(DISCIPLINE);
		BoardStanding standing = query.choice(STANDING, BoardStanding.class);
		List<BoardRow> matching = all.stream()
			.filter((r) -> search == null || r.supervisor().staffNo().toLowerCase(Locale.ROOT).contains(search)
					|| r.supervisor().name().toLowerCase(Locale.ROOT).contains(search))
			.filter((r) -> discipline == null || discipline.equals(r.supervisor().disciplineCode()))
			.filter((r) -> standing == null || switch (standing) {
				case WITH_PLACES -> r.places() > 0;
				case SUSPENDED -> r.suspended();
				case EXEMPT -> r.exempt();
				case APPEAL_PENDING -> r.appealPending();
			})
			.toList();
		Collator collator = Collator.getInstance(Locale.CHINA);
		Map<String, Comparator<BoardRow>> order = new HashMap<>();
		order.put("rank", Comparator.comparingInt(BoardRow::rank));
		order.put("staffNo", Comparator.comparing((BoardRow r) -> r.supervisor().staffNo()));
		order.put("name", Comparator.comparing((BoardRow r) -> r.supervisor().name(), collator));
		order.put("score", Comparator.comparing(BoardRow::score));
		order.put("places", Comparator.comparingInt(BoardRow::places));
		return query.sorted(matching, order);
	}

	private ListTable<BoardRow> table(Words words, RoundView round) {
		Map<Long, HospitalRef> hospitals = this.organization.hospitalsById();
		Map<String, DisciplineRef> disciplines = disciplines();
		ListTable<BoardRow> table = new ListTable<BoardRow>()
			.numberColumn(words.get("selection.column.rank"), "rank", (r) -> Cell.text(String.valueOf(r.rank())))
			.column(words.get("supervisors.staffNo"), "staffNo", (r) -> Cell.text(r.supervisor().staffNo()))
			.nowrap()
			.column(words.get("supervisors.name"), "name",
					(r) -> Cell.link(r.supervisor().name(),
							"/selection/" + round.year() + "/supervisors/" + r.supervisor().staffNo()))
			.nowrap()
			.column(words.get("selection.column.hospital"),
					(r) -> Cell.text(
							(r.supervisor().hospitalId() != null && hospitals.get(r.supervisor().hospitalId()) != null)
									? hospitals.get(r.supervisor().hospitalId()).displayName(words.english()) : ""))
			.column(words.get("selection.column.discipline"),
					(r) -> Cell.text((r.supervisor().disciplineCode() != null
							&& disciplines.get(r.supervisor().disciplineCode()) != null)
									? disciplines.get(r.supervisor().disciplineCode()).displayName(words.english())
									: words.get("selection.noDiscipline")))
			.numberColumn(words.get("selection.column.score"), "score", (r) -> Cell.text(plain(r.score())));
		for (Criterion criterion : Criterion.values()) {
			table.numberColumn(words.get(criterion.messageKey()), null,
					(r) -> Cell.text((r.points().get(criterion) != null) ? plain(r.points().get(criterion)) : ""));
		}
		return table
			.column(words.get("selection.column.qualified"),
					(r) -> Cell.text((r.qualified() != null) ? words.get(r.qualified().messageKey())
							: words.get("selection.notQualified")))
			.column(words.get("selection.column.standing"), (r) -> standing(r, words))
			.numberColumn(words.get("selection.column.places"), "places", (r) -> Cell.text(String.valueOf(r.places())));
	}

	private static Cell standing(BoardRow row, Words words) {
		Cell cell = Cell.empty();
		if (row.vetoed()) {
			cell = cell.andBadge(words.get("selection.veto"), "text-bg-dark");
		}
		for (SuspensionReason reason : row.suspensions()) {
			cell = cell.andBadge(words.get(reason.messageKey()), "text-bg-danger");
		}
		if (row.appealPending()) {
			cell = cell.andBadge(words.get("selection.standing.APPEAL_PENDING"), "text-bg-info");
		}
		if (row.exempt()) {
			cell = cell.andBadge(words.get("selection.exemptUntil", words.date(row.exemptUntil())),
					"text-bg-secondary");
		}
		if (cell.parts().isEmpty()) {
			cell = Cell.text(words.get("selection.standing.none"));
		}
		return cell;
	}

	private List<ListFilter> filters(ListQuery query, List<RoundView> rounds, List<BoardRow> all, Words words) {
		Map<String, DisciplineRef> disciplines = disciplines();
		List<ListFilter> filters = new ArrayList<>();
		filters.add(
				ListFilter.search(query, words.get("selection.filter.query"), words.get("selection.filter.queryHint")));
		filters.add(ListFilter.choice(query, YEAR, words.get("selection.column.year"),
				rounds.stream()
					.map((r) -> new ListFilter.Option(String.valueOf(r.year()), String.valueOf(r.year())))
					.toList()));
		TreeMap<String, String> present = new TreeMap<>();
		all.stream()
			.map((r) -> r.supervisor().disciplineCode())
			.filter((c) -> c != null && disciplines.containsKey(c))
			.forEach((c) -> present.put(c, disciplines.get(c).displayName(words.english())));
		filters.add(ListFilter.choice(query, DISCIPLINE, words.get("selection.column.discipline"),
				present.entrySet().stream().map((e) -> new ListFilter.Option(e.getKey(), e.getValue())).toList()));
		filters.add(ListFilter.choice(query, STANDING, words.get("selection.column.standing"),
				Arrays.stream(BoardStanding.values())
					.map((s) -> new ListFilter.Option(s.name(), words.get(s.messageKey())))
					.toList()));
		return filters;
	}

	private Map<String, DisciplineRef> disciplines() {
		Map<String, DisciplineRef> disciplines = new LinkedHashMap<>();
		this.organization.disciplines().forEach((d) -> disciplines.put(d.code(), d));
		return disciplines;
	}

	private static String plain(BigDecimal value) {
		return value.setScale(2, java.math.RoundingMode.HALF_UP).toPlainString();
	}

	// ---- the round's actions

	@PostMapping("/rounds")
	@PreAuthorize("hasRole('GRAD_SCHOOL')")
	String open(@RequestParam Integer year, @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
			RedirectAttributes redirect) {
		if (year == null) {
			throw new BusinessRuleException("selection.error.round");
		}
		this.selection.open(year, asOf);
		Flash.success(redirect, "selection.opened", String.valueOf(year));
		return "redirect:/selection?year=" + year;
	}

	@PostMapping("/{year}/compute")
	@PreAuthorize("hasRole('GRAD_SCHOOL')")
	String compute(@PathVariable int year, @RequestParam long version, RedirectAttributes redirect) {
		this.selection.compute(year, version);
		Flash.success(redirect, "selection.computed");
		return "redirect:/selection?year=" + year;
	}

	@PostMapping("/{year}/publish")
	@PreAuthorize("hasRole('GRAD_SCHOOL')")
	String publish(@PathVariable int year, @RequestParam long version,
			@RequestParam(defaultValue = "false") boolean confirmed, RedirectAttributes redirect) {
		this.selection.publish(year, version, confirmed);
		Flash.success(redirect, "selection.publishedFlash", String.valueOf(year));
		return "redirect:/selection?year=" + year;
	}

	// ---- places

	@GetMapping("/{year}/places")
	@PreAuthorize("hasAnyRole('GRAD_SCHOOL','DEGREE_COMMITTEE')")
	String places(@PathVariable int year, Model model) {
		RoundView round = this.selection.round(year)
			.orElseThrow(() -> new SelectionNotFoundException("No selection of " + year));
		model.addAttribute("round", round);
		model.addAttribute("totals", this.selection.totalRows(year));
		model.addAttribute("disciplineNames", disciplines());
		Map<String, ProgramRef> programs = new LinkedHashMap<>();
		this.organization.programs()
			.stream()
			.filter((p) -> DegreeLevel.ofDegreeType(p.degreeType()).isPresent())
			.forEach((p) -> programs.put(p.code(), p));
		model.addAttribute("programs", programs);
		model.addAttribute("disciplines", this.organization.secondLevelDisciplines());
		SelectionScheme scheme = this.schemes.byYear(year);
		model.addAttribute("doctoralCap", scheme.cap(DegreeLevel.DOCTORAL));
		model.addAttribute("masterCap", scheme.cap(DegreeLevel.MASTER));
		return "selection/places";
	}

	@PostMapping("/{year}/places")
	@PreAuthorize("hasRole('GRAD_SCHOOL')")
	String setPlaces(@PathVariable int year, @RequestParam String discipline, @RequestParam String program,
			@RequestParam(required = false) Integer places, RedirectAttributes redirect) {
		this.selection.setTotal(year, discipline, program, places);
		Flash.success(redirect, "selection.placesSet");
		return "redirect:/selection/" + year + "/places";
	}

	// ---- one supervisor

	@GetMapping("/{year}/supervisors/{staffNo}")
	@PreAuthorize("hasAnyRole('GRAD_SCHOOL','DEGREE_COMMITTEE','HOSPITAL_OFFICE','SUPERVISOR')")
	String supervisor(@PathVariable int year, @PathVariable String staffNo, Locale locale, Model model) {
		Explanation explanation = this.selection.explanation(year, staffNo);
		model.addAttribute("explanation", explanation);
		explanationModel(model, locale);
		model.addAttribute("reasons", SuspensionReason.values());
		model.addAttribute("hospital", hospitalOf(explanation.row().supervisor().hospitalId()));
		return "selection/supervisor";
	}

	private void explanationModel(Model model, Locale locale) {
		model.addAttribute("say", new LineWords(new Words(this.messages, locale)));
		Map<String, ProgramRef> programs = new LinkedHashMap<>();
		this.organization.programs().forEach((p) -> programs.put(p.code(), p));
		model.addAttribute("programs", programs);
		model.addAttribute("disciplineNames", disciplines());
	}

	private HospitalRef hospitalOf(Long id) {
		return (id != null) ? this.organization.hospital(id).orElse(null) : null;
	}

	@PostMapping("/{year}/supervisors/{staffNo}/suspensions")
	@PreAuthorize("hasRole('GRAD_SCHOOL')")
	String suspend(@PathVariable int year, @PathVariable String staffNo,
			@RequestParam(required = false) SuspensionReason reason, @RequestParam(required = false) String note,
			RedirectAttributes redirect) {
		this.selection.suspend(year, staffNo, reason, note);
		Flash.success(redirect, "selection.suspended");
		return "redirect:/selection/" + year + "/supervisors/" + staffNo;
	}

	@PostMapping("/appeals/{id}/decision")
	@PreAuthorize("hasAnyRole('GRAD_SCHOOL','DEGREE_COMMITTEE')")
	String decide(@PathVariable long id, @RequestParam long version,
			@RequestParam(required = false) AppealState decision, @RequestParam(required = false) String note,
			RedirectAttributes redirect) {
		if (decision == null || decision.pending()) {
			throw new BusinessRuleException("selection.error.decision");
		}
		Map.Entry<String, Integer> decided = this.selection.decide(id, version, decision == AppealState.LIFTED, note);
		Flash.success(redirect, "selection.appealDecided");
		return "redirect:/selection/" + decided.getValue() + "/supervisors/" + decided.getKey();
	}

	// ---- the supervisor's own page

	@GetMapping("/mine")
	@PreAuthorize("hasRole('SUPERVISOR')")
	String mine(@RequestParam(required = false) Integer year, Locale locale, Model model) {
		EnrollmentSelection.Mine mine = this.selection.mine(year);
		model.addAttribute("mine", mine);
		model.addAttribute("summary", this.register.of(mine.supervisor().staffNo()));
		model.addAttribute("applications", this.review.mine());
		explanationModel(model, locale);
		return "selection/mine";
	}

	@PostMapping("/mine/suspensions/{id}/appeal")
	@PreAuthorize("hasRole('SUPERVISOR')")
	String appeal(@PathVariable long id, @RequestParam(required = false) String statement,
			RedirectAttributes redirect) {
		this.selection.appeal(id, statement);
		Flash.success(redirect, "selection.appealed");
		return "redirect:/selection/mine";
	}

	// ---- the scheme

	@GetMapping("/scheme")
	@PreAuthorize("hasAnyRole('GRAD_SCHOOL','DEGREE_COMMITTEE')")
	String scheme(@RequestParam(required = false) Integer year, Model model) {
		int shown = (year != null) ? year : SchoolTime.today().getYear() + 1;
		SelectionScheme scheme = this.schemes.byYear(shown);
		model.addAttribute("year", shown);
		model.addAttribute("scheme", scheme);
		model.addAttribute("form", SubmittedForm.in(model).restore(SchemeForm.of(scheme)));
		model.addAttribute("levels", DegreeLevel.values());
		return "selection/scheme";
	}

	@PostMapping("/scheme")
	@PreAuthorize("hasRole('GRAD_SCHOOL')")
	String saveScheme(@RequestParam int year, @ModelAttribute("form") SchemeForm form, RedirectAttributes redirect) {
		this.schemes.save(year, form.getVersion(), form.toCommand());
		Flash.success(redirect, "selection.schemeSaved", String.valueOf(year));
		return "redirect:/selection/scheme?year=" + year;
	}

}
