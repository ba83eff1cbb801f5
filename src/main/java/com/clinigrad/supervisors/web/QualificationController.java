package com.clinigrad.supervisors.web;

import java.math.BigDecimal;
import java.text.Collator;
import java.text.NumberFormat;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

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
import com.clinigrad.supervisors.ApplicationState;
import com.clinigrad.supervisors.ApplicationType;
import com.clinigrad.supervisors.ApplicationView;
import com.clinigrad.supervisors.ConditionResult;
import com.clinigrad.supervisors.HighestDegree;
import com.clinigrad.supervisors.QualificationCategory;
import com.clinigrad.supervisors.QualificationKind;
import com.clinigrad.supervisors.QualificationRegister;
import com.clinigrad.supervisors.QualificationReview;
import com.clinigrad.supervisors.QualificationReview.ApplicationDetail;
import com.clinigrad.supervisors.TitleLevel;
import com.clinigrad.supervisors.WindowView;

import org.springframework.context.MessageSource;
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
 * The qualification pages (导师资格): the supervisor's own page (qualifications, grants,
 * training, the open window's application form, their applications), the graduate
 * school's list of applications in the list pattern with its export, an application's
 * page (conditions named, evidence, training, the check), the degree committee's vote
 * page, and the windows.
 */
@Controller
@RequestMapping("/qualifications")
class QualificationController {

	private static final String YEAR = "year";

	private static final String STATE = "state";

	private static final String KIND = "kind";

	private static final String TYPE = "type";

	static final ListQuery.Definition LIST = ListQuery.define(YEAR, STATE, KIND, TYPE)
		.sortable("id", "staffNo", "name", YEAR, STATE, "submitted")
		.descendingByDefault();

	private final QualificationReview review;

	private final QualificationRegister register;

	private final MessageSource messages;

	QualificationController(QualificationReview review, QualificationRegister register, MessageSource messages) {
		this.review = review;
		this.register = register;
		this.messages = messages;
	}

	// ---- the supervisor's own page

	@GetMapping("/mine")
	@PreAuthorize("hasRole('SUPERVISOR')")
	String mine(Model model) {
		List<ApplicationView> applications = this.review.mine();
		String staffNo = this.review.myStaffNo();
		model.addAttribute("summary", this.register.of(staffNo));
		model.addAttribute("applications", applications);
		Optional<WindowView> window = this.review.openOn(SchoolTime.today());
		model.addAttribute("window", window.orElse(null));
		model.addAttribute("nextWindow",
				this.review.windows()
					.stream()
					.filter((w) -> w.opensOn().isAfter(SchoolTime.today()))
					.reduce((a, b) -> b)
					.orElse(null));
		model.addAttribute("form", SubmittedForm.in(model).restore(new ApplicationForm()));
		model.addAttribute("grantForm", SubmittedForm.in(model).restore(new GrantForm()));
		choices(model);
		return "supervisors/qualifications-mine";
	}

	@PostMapping("/mine/applications")
	@PreAuthorize("hasRole('SUPERVISOR')")
	String apply(@ModelAttribute("form") ApplicationForm form, RedirectAttributes redirect) {
		long id = this.review.apply(form.toCommand());
		Flash.success(redirect, "qualification.applied");
		return "redirect:/qualifications/applications/" + id;
	}

	@PostMapping("/mine/grants")
	@PreAuthorize("hasRole('SUPERVISOR')")
	String addGrant(@ModelAttribute("grantForm") GrantForm form, RedirectAttributes redirect) {
		this.register.addGrant(this.review.myStaffNo(), form.toCommand());
		Flash.success(redirect, "qualification.grantAdded");
		return "redirect:/qualifications/mine";
	}

	// ---- the list of applications

	@GetMapping("/applications")
	@PreAuthorize("hasAnyRole('GRAD_SCHOOL','DEGREE_COMMITTEE','HOSPITAL_OFFICE')")
	String list(@RequestParam Map<String, String> params, Locale locale, Model model) {
		ListQuery query = LIST.read(params);
		Words words = new Words(this.messages, locale);
		List<ApplicationView> all = this.review.list();
		model.addAttribute("list", table(words).view(query.page(rows(all, query)), query));
		model.addAttribute("filters", filters(query, all, words));
		model.addAttribute("total", all.size());
		model.addAttribute("windows", this.review.windows());
		return "supervisors/qualification-applications";
	}

	@GetMapping(path = "/applications", params = ListExport.PARAMETER)
	@PreAuthorize("hasAnyRole('GRAD_SCHOOL','DEGREE_COMMITTEE','HOSPITAL_OFFICE')")
	ResponseEntity<byte[]> export(@RequestParam Map<String, String> params, Locale locale) {
		ListQuery query = LIST.read(params);
		Words words = new Words(this.messages, locale);
		return ListExport.answer(params.get(ListExport.PARAMETER), words.get("qualification.applications.title"),
				table(words), rows(this.review.list(), query), words);
	}

	private static List<ApplicationView> rows(List<ApplicationView> all, ListQuery query) {
		String search = (query.search() != null) ? query.search().toLowerCase(Locale.ROOT) : null;
		Integer year = query.number(YEAR);
		ApplicationState state = query.choice(STATE, ApplicationState.class);
		QualificationKind kind = query.choice(KIND, QualificationKind.class);
		ApplicationType type = query.choice(TYPE, ApplicationType.class);
		List<ApplicationView> matching = all.stream()
			.filter((a) -> search == null || a.staffNo().toLowerCase(Locale.ROOT).contains(search)
					|| a.supervisorName().toLowerCase(Locale.ROOT).contains(search))
			.filter((a) -> year == null || a.year() == year)
			.filter((a) -> state == null || a.state() == state)
			.filter((a) -> kind == null || a.kind() == kind)
			.filter((a) -> type == null || a.type() == type)
			.toList();
		Collator collator = Collator.getInstance(Locale.CHINA);
		Map<String, Comparator<ApplicationView>> order = new HashMap<>();
		order.put("id", Comparator.comparingLong(ApplicationView::id));
		order.put("staffNo", Comparator.comparing(ApplicationView::staffNo));
		order.put("name", Comparator.comparing(ApplicationView::supervisorName, collator));
		order.put(YEAR, Comparator.comparingInt(ApplicationView::year));
		order.put(STATE, Comparator.comparing(ApplicationView::state));
		order.put("submitted",
				Comparator.comparing(ApplicationView::submittedAt, Comparator.nullsFirst(Comparator.naturalOrder())));
		return query.sorted(matching, order);
	}

	private static ListTable<ApplicationView> table(Words words) {
		return new ListTable<ApplicationView>()
			.numberColumn(words.get("qualification.column.id"), "id",
					(a) -> Cell.link(String.valueOf(a.id()), "/qualifications/applications/" + a.id()))
			.numberColumn(words.get("qualification.column.year"), YEAR, (a) -> Cell.text(String.valueOf(a.year())))
			.column(words.get("supervisors.staffNo"), "staffNo", (a) -> Cell.text(a.staffNo()))
			.nowrap()
			.column(words.get("supervisors.name"), "name", (a) -> Cell.text(a.supervisorName()))
			.nowrap()
			.column(words.get("qualification.column.kind"), (a) -> Cell.text(words.get(a.kind().messageKey())))
			.column(words.get("qualification.column.type"), (a) -> Cell.text(words.get(a.type().messageKey())))
			.column(words.get("qualification.column.category"), (a) -> Cell.text(words.get(a.category().messageKey())))
			.column(words.get("qualification.column.state"), STATE,
					(a) -> Cell.badge(words.get(a.state().messageKey()), a.state().tone()))
			.column(words.get("qualification.column.submitted"), "submitted",
					(a) -> Cell.text((a.submittedAt() != null)
							? words.date(OffsetDateTime.ofInstant(a.submittedAt(), SchoolTime.ZONE)) : ""))
			.nowrap();
	}

	private static List<ListFilter> filters(ListQuery query, List<ApplicationView> all, Words words) {
		List<ListFilter> filters = new ArrayList<>();
		filters.add(ListFilter.search(query, words.get("qualification.filter.query"),
				words.get("qualification.filter.queryHint")));
		TreeSet<Integer> years = new TreeSet<>(Comparator.reverseOrder());
		all.forEach((a) -> years.add(a.year()));
		filters.add(ListFilter.choice(query, YEAR, words.get("qualification.column.year"),
				years.stream().map((y) -> new ListFilter.Option(String.valueOf(y), String.valueOf(y))).toList()));
		filters.add(ListFilter.choice(query, STATE, words.get("qualification.column.state"),
				Arrays.stream(ApplicationState.values())
					.map((s) -> new ListFilter.Option(s.name(), words.get(s.messageKey())))
					.toList()));
		filters.add(ListFilter.choice(query, KIND, words.get("qualification.column.kind"),
				Arrays.stream(QualificationKind.values())
					.map((k) -> new ListFilter.Option(k.name(), words.get(k.messageKey())))
					.toList()));
		filters.add(ListFilter.choice(query, TYPE, words.get("qualification.column.type"),
				Arrays.stream(ApplicationType.values())
					.map((t) -> new ListFilter.Option(t.name(), words.get(t.messageKey())))
					.toList()));
		return filters;
	}

	// ---- one application

	@GetMapping("/applications/{id}")
	@PreAuthorize("hasAnyRole('SUPERVISOR','GRAD_SCHOOL','DEGREE_COMMITTEE','HOSPITAL_OFFICE')")
	String detail(@PathVariable long id, Locale locale, Model model) {
		ApplicationDetail detail = this.review.detail(id);
		model.addAttribute("detail", detail);
		model.addAttribute("own", this.review.isOwn(detail));
		model.addAttribute("conditions", conditionLines(detail.conditions(), new Words(this.messages, locale)));
		model.addAttribute("checkForm", SubmittedForm.in(model).restore(new CheckForm()));
		model.addAttribute("trainingForm", SubmittedForm.in(model).restore(new TrainingForm()));
		return "supervisors/qualification-application";
	}

	@PostMapping("/applications/{id}/withdraw")
	@PreAuthorize("hasRole('SUPERVISOR')")
	String withdraw(@PathVariable long id, @RequestParam long version, RedirectAttributes redirect) {
		this.review.withdraw(id, version);
		Flash.success(redirect, "qualification.withdrawn");
		return "redirect:/qualifications/applications/" + id;
	}

	@PostMapping("/applications/{id}/forward")
	@PreAuthorize("hasRole('GRAD_SCHOOL')")
	String forward(@PathVariable long id, @ModelAttribute("checkForm") CheckForm form, RedirectAttributes redirect) {
		this.review.forward(id, form.getVersion(), form.getNote());
		Flash.success(redirect, "qualification.forwarded");
		return "redirect:/qualifications/applications/" + id;
	}

	@PostMapping("/applications/{id}/reject")
	@PreAuthorize("hasRole('GRAD_SCHOOL')")
	String reject(@PathVariable long id, @ModelAttribute("checkForm") CheckForm form, RedirectAttributes redirect) {
		if (!form.isConfirmed()) {
			throw new BusinessRuleException("qualification.error.confirmReject");
		}
		this.review.reject(id, form.getVersion(), form.getNote());
		Flash.success(redirect, "qualification.rejected");
		return "redirect:/qualifications/applications/" + id;
	}

	@PostMapping("/applications/{id}/training")
	@PreAuthorize("hasRole('GRAD_SCHOOL')")
	String training(@PathVariable long id, @ModelAttribute("trainingForm") TrainingForm form,
			RedirectAttributes redirect) {
		ApplicationDetail detail = this.review.detail(id);
		boolean passed = this.register.recordTraining(detail.supervisor().staffNo(), form.getCompletedOn(),
				form.getExamScore());
		Flash.success(redirect, passed ? "qualification.trainingPassed" : "qualification.trainingFailed");
		return "redirect:/qualifications/applications/" + id;
	}

	// ---- the committee's vote

	@GetMapping("/applications/{id}/vote")
	@PreAuthorize("hasRole('DEGREE_COMMITTEE')")
	String voteForm(@PathVariable long id, Locale locale, Model model) {
		ApplicationDetail detail = this.review.detail(id);
		model.addAttribute("detail", detail);
		model.addAttribute("conditions", conditionLines(detail.conditions(), new Words(this.messages, locale)));
		VoteForm form = new VoteForm();
		form.setVersion(detail.application().version());
		form.setDecidedOn(SchoolTime.today());
		model.addAttribute("form", SubmittedForm.in(model).restore(form));
		return "supervisors/qualification-vote";
	}

	@PostMapping("/applications/{id}/vote")
	@PreAuthorize("hasRole('DEGREE_COMMITTEE')")
	String vote(@PathVariable long id, @ModelAttribute("form") VoteForm form, RedirectAttributes redirect) {
		if (!form.isConfirmed()) {
			throw new BusinessRuleException("qualification.error.confirmVote");
		}
		boolean carried = this.review.vote(id, form.getVersion(), form.toCommand());
		Flash.success(redirect, carried ? "qualification.voteCarried" : "qualification.voteFailed");
		return "redirect:/qualifications/applications/" + id;
	}

	// ---- windows

	@GetMapping("/windows")
	@PreAuthorize("hasRole('GRAD_SCHOOL')")
	String windows(Model model) {
		model.addAttribute("windows", this.review.windows());
		WindowForm form = new WindowForm();
		form.setYear(SchoolTime.today().getYear());
		model.addAttribute("form", SubmittedForm.in(model).restore(form));
		model.addAttribute("today", SchoolTime.today());
		return "supervisors/qualification-windows";
	}

	@PostMapping("/windows")
	@PreAuthorize("hasRole('GRAD_SCHOOL')")
	String setWindow(@ModelAttribute("form") WindowForm form, RedirectAttributes redirect) {
		if (form.getYear() == null) {
			throw new BusinessRuleException("qualification.error.windowYear");
		}
		this.review.setWindow(form.getYear(), form.getOpensOn(), form.getClosesOn(), form.getVersion());
		Flash.success(redirect, "qualification.windowSaved", form.getYear());
		return "redirect:/qualifications/windows";
	}

	private static void choices(Model model) {
		model.addAttribute("kinds", QualificationKind.values());
		model.addAttribute("types", ApplicationType.values());
		model.addAttribute("categories", QualificationCategory.values());
		model.addAttribute("degrees", HighestDegree.values());
	}

	/**
	 * The conditions in words: each with what it requires and what the record shows, and
	 * the sentence naming it when unmet.
	 */
	static List<ConditionLine> conditionLines(List<ConditionResult> results, Words words) {
		return results.stream()
			.map((r) -> new ConditionLine(words.get(r.condition().messageKey()), r.met(), value(r.required(), words),
					value(r.actual(), words),
					r.met() ? ""
							: words.get(r.unmetMessageKey(), value(r.required(), words), value(r.actual(), words))))
			.toList();
	}

	private static String value(Object value, Words words) {
		if (value == null) {
			return words.get("common.notGiven");
		}
		if (value instanceof TitleLevel title) {
			return words.get(title.messageKey());
		}
		if (value instanceof HighestDegree degree) {
			return words.get(degree.messageKey());
		}
		if (value instanceof BigDecimal amount) {
			return words.get("qualification.amount", NumberFormat.getIntegerInstance(Locale.ROOT).format(amount));
		}
		return words.get("qualification.count", value);
	}

	/**
	 * A condition as the pages show it.
	 */
	record ConditionLine(String name, boolean met, String required, String actual, String unmetSentence) {
	}

}
