package com.clinigrad.awards.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.clinigrad.accounts.AccountDirectory;
import com.clinigrad.awards.AwardRounds;
import com.clinigrad.awards.AwardTypeView;
import com.clinigrad.awards.Exclusion;
import com.clinigrad.awards.RoundView;
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
import jakarta.validation.Valid;

import org.springframework.context.MessageSource;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
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
 * A scheme's selection round (评选): the list with quotas, exclusions and winners on the
 * shared list pattern with its export, the hospital offices' reviews, the graduate
 * school's approval and publicity (公示), the students' objections and their decisions, and
 * the final list. The service checks who may see and do what.
 */
@Controller
class AwardRoundController {

	private static final String AWARD = "award";

	private static final String OUTCOME = "outcome";

	static final ListQuery.Definition LIST = ListQuery.define(AWARD, OUTCOME)
		.sortable("group", "rank", "studentNo", "name", "hospital", "total", "award");

	private final AwardRounds rounds;

	private final MessageSource messages;

	private final AccountDirectory accounts;

	AwardRoundController(AwardRounds rounds, MessageSource messages, AccountDirectory accounts) {
		this.accounts = accounts;
		this.rounds = rounds;
		this.messages = messages;
	}

	@PostMapping("/awards/schemes/{id}/round")
	@PreAuthorize("hasRole('GRAD_SCHOOL')")
	String compute(@PathVariable long id,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
			RedirectAttributes redirect) {
		long round = this.rounds.compute(id, (asOf != null) ? asOf : SchoolTime.today());
		Flash.success(redirect, "award.round.computed");
		return "redirect:/awards/rounds/" + round;
	}

	@GetMapping("/awards/rounds/{id}")
	String round(@PathVariable long id, @RequestParam Map<String, String> params, Locale locale, Model model) {
		RoundView round = this.rounds.round(id);
		ListQuery query = LIST.read(params);
		Words words = new Words(this.messages, locale);
		model.addAttribute("round", round);
		// who reviewed, decided and corrected, by display name (one query for the page)
		List<String> actors = new ArrayList<>();
		round.reviews().forEach((r) -> actors.add(r.reviewedBy()));
		round.objections().forEach((o) -> actors.add(o.decidedBy()));
		if (round.ownObjection() != null) {
			actors.add(round.ownObjection().decidedBy());
		}
		round.changes().forEach((c) -> actors.add(c.changedBy()));
		model.addAttribute("people", this.accounts.displayNames(actors));
		model.addAttribute("list", table(words).view(query.page(rows(round, query, words.english())), query));
		model.addAttribute("filters", filters(round, query, words));
		SubmittedForm submitted = SubmittedForm.in(model);
		if (!model.containsAttribute("publishForm")) {
			RoundForms.PublishForm publish = new RoundForms.PublishForm();
			publish.setStart(SchoolTime.today());
			publish.setEnd(SchoolTime.today().plusDays(7));
			model.addAttribute("publishForm", submitted.restore(publish));
		}
		if (!model.containsAttribute("objectionForm")) {
			model.addAttribute("objectionForm", submitted.restore(new RoundForms.ObjectionForm()));
		}
		model.addAttribute("reviewForm", submitted.restore(new RoundForms.TextForm()));
		model.addAttribute("decisionForm", submitted.restore(new RoundForms.DecisionForm()));
		model.addAttribute("rankedTypes",
				round.scheme().types().stream().filter((t) -> t.allocation().ranked()).toList());
		return "awards/round";
	}

	@GetMapping(path = "/awards/rounds/{id}", params = ListExport.PARAMETER)
	ResponseEntity<byte[]> export(@PathVariable long id, @RequestParam Map<String, String> params, Locale locale) {
		RoundView round = this.rounds.round(id);
		ListQuery query = LIST.read(params);
		Words words = new Words(this.messages, locale);
		return ListExport.answer(params.get(ListExport.PARAMETER), words.get("award.round.file", round.scheme().year()),
				table(words), rows(round, query, words.english()), words);
	}

	@PostMapping("/awards/rounds/{id}/review")
	@PreAuthorize("hasRole('HOSPITAL_OFFICE')")
	String review(@PathVariable long id, @Valid @ModelAttribute("reviewForm") RoundForms.TextForm form,
			BindingResult result, RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			this.rounds.review(id, form.getText());
			Flash.success(redirect, "award.round.reviewed");
		}
		return "redirect:/awards/rounds/" + id;
	}

	@PostMapping("/awards/rounds/{id}/approve")
	@PreAuthorize("hasRole('GRAD_SCHOOL')")
	String approve(@PathVariable long id, @RequestParam long version,
			@RequestParam(defaultValue = "false") boolean confirm, RedirectAttributes redirect) {
		Confirmation.require(confirm, "award.round.error.confirmApprove");
		this.rounds.approve(id, version);
		Flash.success(redirect, "award.round.approved");
		return "redirect:/awards/rounds/" + id;
	}

	@PostMapping("/awards/rounds/{id}/publish")
	@PreAuthorize("hasRole('GRAD_SCHOOL')")
	String publish(@PathVariable long id, @RequestParam long version,
			@Valid @ModelAttribute("publishForm") RoundForms.PublishForm form, BindingResult result,
			@RequestParam Map<String, String> params, @RequestParam(defaultValue = "false") boolean confirm,
			Locale locale, Model model, RedirectAttributes redirect) {
		if (result.hasErrors()) {
			return round(id, Map.of(), locale, model);
		}
		Confirmation.require(confirm, "award.round.error.confirmPublish");
		this.rounds.publish(id, version, form.getStart(), form.getEnd());
		Flash.success(redirect, "award.round.published");
		return "redirect:/awards/rounds/" + id;
	}

	@PostMapping("/awards/rounds/{id}/objection")
	@PreAuthorize("hasRole('STUDENT')")
	String object(@PathVariable long id, @Valid @ModelAttribute("objectionForm") RoundForms.ObjectionForm form,
			BindingResult result, Locale locale, Model model, RedirectAttributes redirect) {
		if (result.hasErrors()) {
			return round(id, Map.of(), locale, model);
		}
		this.rounds.object(id, form.getReason());
		Flash.success(redirect, "award.round.objected");
		return "redirect:/awards/rounds/" + id;
	}

	@PostMapping("/awards/rounds/{id}/objections/{objectionId}")
	@PreAuthorize("hasAnyRole('GRAD_SCHOOL', 'HOSPITAL_OFFICE')")
	String decide(@PathVariable long id, @PathVariable long objectionId,
			@ModelAttribute("decisionForm") RoundForms.DecisionForm form, RedirectAttributes redirect) {
		this.rounds.decide(id, objectionId, form.getVersion(), form.isUpheld(), form.getAwardTypeId(), form.getNote());
		Flash.success(redirect, form.isUpheld() ? "award.round.upheld" : "award.round.dismissed");
		return "redirect:/awards/rounds/" + id;
	}

	@PostMapping("/awards/rounds/{id}/finalise")
	@PreAuthorize("hasRole('GRAD_SCHOOL')")
	String finalise(@PathVariable long id, @RequestParam long version, RedirectAttributes redirect) {
		this.rounds.finalise(id, version);
		Flash.success(redirect, "award.round.finalised");
		return "redirect:/awards/rounds/" + id;
	}

	private static List<RoundView.LineView> rows(RoundView round, ListQuery query, boolean english) {
		String award = query.text(AWARD);
		Outcome outcome = query.choice(OUTCOME, Outcome.class);
		String search = query.search();
		List<RoundView.LineView> matching = round.lines()
			.stream()
			.filter((l) -> award == null || (l.award() != null && String.valueOf(l.award().id()).equals(award)))
			.filter((l) -> outcome == null || outcome.matches(l))
			.filter((l) -> search == null || search.isEmpty() || l.studentNo().contains(search)
					|| l.name().contains(search))
			.toList();
		Map<String, Comparator<RoundView.LineView>> order = new java.util.HashMap<>();
		order.put("group",
				Comparator.comparing(RoundView.LineView::group)
					.thenComparing((RoundView.LineView l) -> l.exclusion() != null)
					.thenComparingInt(RoundView.LineView::rank));
		order.put("rank", Comparator.comparingInt(RoundView.LineView::rank));
		order.put("studentNo", Comparator.comparing(RoundView.LineView::studentNo));
		order.put("name", Comparator.comparing(RoundView.LineView::name));
		order.put("hospital", Comparator.comparing((RoundView.LineView l) -> String.valueOf(l.hospitalCode())));
		order.put("total", Comparator.comparing(RoundView.LineView::total));
		order.put("award", Comparator
			.comparingInt((RoundView.LineView l) -> (l.award() != null) ? l.award().position() : Integer.MAX_VALUE));
		return query.sorted(matching, order);
	}

	private static ListTable<RoundView.LineView> table(Words words) {
		boolean english = words.english();
		return new ListTable<RoundView.LineView>()
			.column(words.get("award.column.group"), "group", (l) -> Cell.text(l.group()))
			.nowrap()
			.numberColumn(words.get("award.column.rank"), "rank",
					(l) -> Cell.text((l.exclusion() != null) ? "—" : String.valueOf(l.rank())))
			.column(words.get("students.column.studentNo"), "studentNo", (l) -> Cell.text(l.studentNo()))
			.nowrap()
			.column(words.get("students.column.name"), "name", (l) -> Cell.text(l.name()))
			.nowrap()
			.column(words.get("students.column.hospital"), "hospital",
					(l) -> Cell.text((l.hospitalCode() != null) ? l.hospitalCode() : ""))
			.numberColumn(words.get("award.column.total"), "total", (l) -> Cell.text(l.total().toPlainString()))
			.column(words.get("award.column.award"), "award",
					(l) -> (l.award() != null) ? Cell.badge(name(l.award(), english), "text-bg-success")
							: Cell.text(words.get("award.round.noAward")))
			.column(words.get("award.column.remark"),
					(l) -> (l.exclusion() != null) ? Cell.badge(words.get(l.exclusion().messageKey()), "text-bg-danger")
						.andSecondary(exclusionDetail(l.exclusion(), words)) : Cell.empty())
			.rowData((l) -> Map.of("student", l.studentNo(), "award",
					(l.award() != null) ? String.valueOf(l.award().id()) : ""));
	}

	private static String exclusionDetail(Exclusion exclusion, Words words) {
		String since = (exclusion.since() != null) ? words.get("award.exclusion.since", exclusion.since().toString())
				: "";
		return (exclusion.detailKey() != null) ? (words.get(exclusion.detailKey()) + " " + since).strip() : since;
	}

	private static String name(AwardTypeView type, boolean english) {
		return type.displayName(english);
	}

	private static List<ListFilter> filters(RoundView round, ListQuery query, Words words) {
		List<ListFilter> filters = new ArrayList<>();
		filters.add(ListFilter.search(query, words.get("award.round.search"), words.get("award.round.searchHint")));
		filters.add(ListFilter.choice(query, AWARD, words.get("award.column.award"),
				round.scheme()
					.types()
					.stream()
					.filter((t) -> t.allocation().ranked())
					.map((t) -> new ListFilter.Option(String.valueOf(t.id()), t.displayName(words.english())))
					.toList()));
		List<ListFilter.Option> outcomes = new ArrayList<>();
		for (Outcome o : Outcome.values()) {
			outcomes.add(new ListFilter.Option(o.name(), words.get("award.outcome." + o.name())));
		}
		filters.add(ListFilter.choice(query, OUTCOME, words.get("award.round.outcome"), outcomes));
		return filters;
	}

	/**
	 * What became of a student of the population.
	 */
	enum Outcome {

		/** Won an award. */
		AWARDED,
		/** Ranked without an award. */
		NOT_AWARDED,
		/** Not ranked (delayed, vetoed). */
		EXCLUDED;

		boolean matches(RoundView.LineView line) {
			return switch (this) {
				case AWARDED -> line.award() != null;
				case NOT_AWARDED -> line.award() == null && line.exclusion() == null;
				case EXCLUDED -> line.exclusion() != null;
			};
		}

	}

}
