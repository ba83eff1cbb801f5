package com.clinigrad.theses.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
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
import com.clinigrad.students.StudentListFilters;
import com.clinigrad.theses.CandidateStanding;
import com.clinigrad.theses.DegreeDecisions;
import com.clinigrad.theses.DegreeDecisions.Candidate;
import com.clinigrad.theses.DegreeMeetings;
import com.clinigrad.theses.SpotCheckResult;

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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The degree committee's candidates (in the list pattern: filters in the URL, search,
 * sort, paging and export of what is shown), meetings and decisions, the award (confirmed
 * once) and the correction of a mistyped award date or certificate number, and the yearly
 * spot check.
 */
@Controller
class DegreeController {

	/**
	 * Who sees the candidates: the graduate school and the degree committee, all of them.
	 */
	private static final String DECIDES = "hasAnyRole('GRAD_SCHOOL','DEGREE_COMMITTEE')";

	private static final String STANDING = "standing";

	private static final String AUDIT = "audit";

	private static final String DEFENDED = "defended";

	/** The candidate list's filters and sort columns (the first the default). */
	static final ListQuery.Definition LIST = ListQuery.define(StudentListFilters.names(STANDING, AUDIT))
		.sortable(STANDING, "studentNo", "name", StudentListFilters.PROGRAM, StudentListFilters.COHORT,
				StudentListFilters.HOSPITAL, StudentListFilters.SUPERVISOR, DEFENDED, AUDIT);

	private final DegreeDecisions degrees;

	private final DegreeMeetings meetings;

	private final MessageSource messages;

	DegreeController(DegreeDecisions degrees, DegreeMeetings meetings, MessageSource messages) {
		this.degrees = degrees;
		this.meetings = meetings;
		this.messages = messages;
	}

	@GetMapping("/degrees")
	@PreAuthorize(DECIDES)
	String board(@RequestParam Map<String, String> params, Locale locale, Model model) {
		ListQuery query = LIST.read(params);
		Words words = new Words(this.messages, locale);
		List<Candidate> all = this.degrees.candidateList();
		model.addAttribute("list", table(words).view(query.page(rows(all, query, words.english())), query));
		model.addAttribute("filters", filters(query, all, words));
		model.addAttribute("waiting", all.stream().filter((c) -> !c.standing().decided()).count());
		model.addAttribute("board", this.degrees.board());
		model.addAttribute("meetings", this.meetings.meetings());
		model.addAttribute("today", SchoolTime.today());
		return "theses/degrees";
	}

	@GetMapping(path = "/degrees", params = ListExport.PARAMETER)
	@PreAuthorize(DECIDES)
	ResponseEntity<byte[]> export(@RequestParam Map<String, String> params, Locale locale) {
		ListQuery query = LIST.read(params);
		Words words = new Words(this.messages, locale);
		return ListExport.answer(params.get(ListExport.PARAMETER), words.get("degree.list.title"), table(words),
				rows(this.degrees.candidateList(), query, words.english()), words);
	}

	/**
	 * @return the candidates the query filters, in its order (those waiting first, then
	 * by student number, unless sorted otherwise)
	 */
	private static List<Candidate> rows(List<Candidate> all, ListQuery query, boolean english) {
		CandidateStanding standing = query.choice(STANDING, CandidateStanding.class);
		Audit audit = query.choice(AUDIT, Audit.class);
		List<Candidate> matching = StudentListFilters.filter(all, Candidate::student, query, SchoolTime.today())
			.stream()
			.filter((c) -> standing == null || c.standing() == standing)
			.filter((c) -> audit == null || audit.matches(c))
			.toList();
		Map<String, Comparator<Candidate>> order = StudentListFilters.comparators(Candidate::student, english);
		Comparator<Candidate> byNumber = order.get("studentNo");
		order.put(STANDING, Comparator.comparing(Candidate::standing).thenComparing(byNumber));
		order.put(DEFENDED, Comparator.comparing(Candidate::defendedOn, Comparator.nullsLast(Comparator.naturalOrder()))
			.thenComparing(byNumber));
		order.put(AUDIT,
				Comparator.comparing((Candidate c) -> Audit.of(c), Comparator.nullsLast(Comparator.naturalOrder()))
					.thenComparing(byNumber));
		return query.sorted(matching, order);
	}

	/**
	 * The candidates' columns, for the page and the export alike.
	 */
	private static ListTable<Candidate> table(Words words) {
		boolean english = words.english();
		return new ListTable<Candidate>()
			.column(words.get("students.column.studentNo"), "studentNo",
					(c) -> Cell.link(c.student().studentNo(), "/students/" + c.student().studentNo() + "/thesis"))
			.nowrap()
			.column(words.get("students.column.name"), "name", (c) -> Cell.text(c.student().name()))
			.nowrap()
			.column(words.get("students.column.program"), StudentListFilters.PROGRAM,
					(c) -> Cell.text(c.student().programDisplayName(english)))
			.numberColumn(words.get("students.column.cohort"), StudentListFilters.COHORT,
					(c) -> Cell.text(String.valueOf(c.student().cohortYear())))
			.column(words.get("students.column.hospital"), StudentListFilters.HOSPITAL,
					(c) -> Cell.text(c.student().hospitalDisplayName(english)))
			.column(words.get("students.column.supervisor"), StudentListFilters.SUPERVISOR,
					(c) -> Cell.text(c.student().supervisorName()))
			.column(words.get("degree.meeting.col.defense"), DEFENDED, (c) -> Cell.text(words.date(c.defendedOn())))
			.nowrap()
			.column(words.get("degree.list.standing"), STANDING, (c) -> standing(c, words))
			.nowrap()
			.column(words.get("degree.meeting.col.audit"), AUDIT, (c) -> audit(c, words))
			.rowData((c) -> Map.of("student", c.student().studentNo(), "candidate", c.student().studentNo()));
	}

	private static Cell standing(Candidate candidate, Words words) {
		String tone = switch (candidate.standing()) {
			case NOT_ON_MEETING -> "text-bg-light border";
			case ON_MEETING -> "text-bg-info";
			case AWARD_DECIDED -> "text-bg-success";
			case NOT_AWARDED -> "text-bg-danger";
			case AWARDED -> "text-bg-secondary";
		};
		Cell cell = Cell.badge(words.get(candidate.standing().messageKey()), tone);
		if (candidate.meetingOn() != null) {
			cell = cell.andSecondary(words.get("degree.list.meetingOn", words.date(candidate.meetingOn())));
		}
		return cell;
	}

	/**
	 * @return whether a waiting candidate meets the audit, and the checks not met in
	 * words; nothing for one decided
	 */
	private static Cell audit(Candidate candidate, Words words) {
		Audit audit = Audit.of(candidate);
		if (audit == null) {
			return Cell.empty();
		}
		Cell cell = Cell.badge(words.get(audit.messageKey()), audit.tone());
		if (audit == Audit.INELIGIBLE) {
			cell = cell.andLine(candidate.ruleSet()
					? words.join(candidate.unmet().stream().map((code) -> words.get("rule." + code + ".name")).toList())
					: words.get("degree.meeting.noRuleSet"));
		}
		return cell;
	}

	private static List<ListFilter> filters(ListQuery query, List<Candidate> all, Words words) {
		List<ListFilter> filters = new ArrayList<>(
				StudentListFilters.fields(query, all.stream().map(Candidate::student).toList(), words, true));
		filters.add(ListFilter.choice(query, STANDING, words.get("degree.list.standing"),
				Arrays.stream(CandidateStanding.values())
					.map((s) -> new ListFilter.Option(s.name(), words.get(s.messageKey())))
					.toList()));
		filters.add(ListFilter.choice(query, AUDIT, words.get("degree.meeting.col.audit"),
				Arrays.stream(Audit.values())
					.map((a) -> new ListFilter.Option(a.name(), words.get(a.messageKey())))
					.toList()));
		return filters;
	}

	@GetMapping("/degrees/panel")
	@PreAuthorize(DECIDES)
	String panel(Model model) {
		model.addAttribute("panel", this.degrees.panel());
		return "theses/panel :: panel";
	}

	@PostMapping("/students/{studentNo}/degree/award")
	@PreAuthorize("hasRole('GRAD_SCHOOL')")
	String award(@PathVariable String studentNo, @RequestParam long version,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate awardedOn,
			@RequestParam(required = false) String certificateNo, @RequestParam(defaultValue = "false") boolean confirm,
			RedirectAttributes redirect) {
		Confirmation.require(confirm, "degree.error.confirmAward");
		this.degrees.award(studentNo, version, awardedOn, certificateNo);
		Flash.success(redirect, "degree.awarded", studentNo);
		return "redirect:/degrees";
	}

	@GetMapping("/degrees/decisions/{id}/award")
	@PreAuthorize("hasRole('GRAD_SCHOOL')")
	String awardCorrection(@PathVariable long id, Model model) {
		DegreeDecisions.Decision decision = this.degrees.decision(id);
		model.addAttribute("decision", decision);
		model.addAttribute("form", SubmittedForm.in(model).restore(AwardCorrectionForm.of(decision)));
		model.addAttribute("today", SchoolTime.today());
		return "theses/award-correct";
	}

	@PostMapping("/degrees/decisions/{id}/award")
	@PreAuthorize("hasRole('GRAD_SCHOOL')")
	String correctAward(@PathVariable long id, @ModelAttribute AwardCorrectionForm form, RedirectAttributes redirect) {
		this.degrees.correctAward(id, form.getVersion(), form.awardedOnDate(), form.getCertificateNo(),
				form.getReason());
		DegreeDecisions.Decision decision = this.degrees.decision(id);
		Flash.success(redirect, "degree.awardCorrection.done", decision.studentNo(), decision.awardedOn().toString(),
				decision.certificateNo());
		return "redirect:/students/" + decision.studentNo() + "/thesis";
	}

	@GetMapping("/spot-checks")
	@PreAuthorize("hasRole('GRAD_SCHOOL')")
	String spotChecks(Model model) {
		model.addAttribute("checks", this.degrees.spotChecks());
		model.addAttribute("lastYear", SchoolTime.today().getYear() - 1);
		return "theses/spot-checks";
	}

	@PostMapping("/spot-checks")
	@PreAuthorize("hasRole('GRAD_SCHOOL')")
	String draw(@RequestParam int awardYear, @RequestParam(required = false) BigDecimal doctoralPercent,
			@RequestParam(required = false) BigDecimal masterPercent, @RequestParam(required = false) Long seed,
			RedirectAttributes redirect) {
		long id = this.degrees.drawSpotCheck(awardYear, percent(doctoralPercent), percent(masterPercent), seed);
		Flash.success(redirect, "spotCheck.drawn", String.valueOf(awardYear));
		return "redirect:/spot-checks/" + id;
	}

	@GetMapping("/spot-checks/{id}")
	@PreAuthorize("hasRole('GRAD_SCHOOL')")
	String spotCheck(@PathVariable long id, Model model) {
		model.addAttribute("check", this.degrees.spotCheck(id));
		model.addAttribute("results", SpotCheckResult.values());
		return "theses/spot-check";
	}

	@PostMapping("/spot-checks/{id}/results")
	@PreAuthorize("hasRole('GRAD_SCHOOL')")
	String result(@PathVariable long id, @RequestParam String studentNo, @RequestParam long version,
			@RequestParam(required = false) String result, @RequestParam(required = false) String comments,
			RedirectAttributes redirect) {
		this.degrees.recordSpotCheck(id, studentNo, version, result, comments);
		Flash.success(redirect, "spotCheck.recorded", studentNo);
		return "redirect:/spot-checks/" + id;
	}

	private static BigDecimal percent(BigDecimal percent) {
		return (percent == null) ? null : percent.movePointLeft(2);
	}

	/**
	 * The audit filter's choices: a waiting candidate meets every check of the degree
	 * audit, or not (a decided one is neither).
	 */
	enum Audit {

		ELIGIBLE, INELIGIBLE;

		static Audit of(Candidate candidate) {
			Boolean eligible = candidate.eligible();
			return (eligible == null) ? null : eligible ? ELIGIBLE : INELIGIBLE;
		}

		boolean matches(Candidate candidate) {
			return of(candidate) == this;
		}

		String messageKey() {
			return "degree.list.audit." + name();
		}

		String tone() {
			return (this == ELIGIBLE) ? "text-bg-success" : "text-bg-danger";
		}

	}

}
