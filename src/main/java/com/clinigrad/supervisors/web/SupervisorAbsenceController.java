package com.clinigrad.supervisors.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.validation.Valid;

import com.clinigrad.accounts.CurrentUser;
import com.clinigrad.accounts.CurrentUsers;
import com.clinigrad.accounts.Role;
import com.clinigrad.shared.web.Cell;
import com.clinigrad.shared.web.Flash;
import com.clinigrad.shared.web.ListExport;
import com.clinigrad.shared.web.ListFilter;
import com.clinigrad.shared.web.ListQuery;
import com.clinigrad.shared.web.ListTable;
import com.clinigrad.shared.web.SubmittedForm;
import com.clinigrad.shared.web.Words;
import com.clinigrad.supervisors.AbsenceState;
import com.clinigrad.supervisors.AbsenceView;
import com.clinigrad.supervisors.SupervisorAbsences;

import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Absences abroad and deputies (出国与代理导师): the list in the list pattern (the graduate
 * school every absence, a hospital office its hospital's supervisors', a supervisor their
 * own and those they stand in for; ended ones stay as history) and the form a supervisor
 * records their own absence with (the graduate school anyone's).
 */
@Controller
@RequestMapping("/supervisor-absences")
@PreAuthorize("hasAnyRole('GRAD_SCHOOL','DEGREE_COMMITTEE','HOSPITAL_OFFICE','SUPERVISOR')")
class SupervisorAbsenceController {

	private static final String STATE = "state";

	/** The list's filters and sort columns (the first the default). */
	static final ListQuery.Definition LIST = ListQuery.define(STATE)
		.sortable("leavesOn", "supervisor", "returnsOn", "deputy")
		.descendingByDefault();

	private final SupervisorAbsences absences;

	private final CurrentUsers currentUsers;

	private final MessageSource messages;

	SupervisorAbsenceController(SupervisorAbsences absences, CurrentUsers currentUsers, MessageSource messages) {
		this.absences = absences;
		this.currentUsers = currentUsers;
		this.messages = messages;
	}

	@GetMapping
	String list(@RequestParam Map<String, String> params, Locale locale, Model model) {
		ListQuery query = LIST.read(params);
		Words words = new Words(this.messages, locale);
		List<AbsenceView> all = this.absences.visible();
		model.addAttribute("list", table(words).view(query.page(rows(all, query)), query));
		model.addAttribute("filters", filters(query, words));
		model.addAttribute("total", all.size());
		model.addAttribute("mayRecord", this.absences.mayRecord());
		return "supervisors/absences";
	}

	@GetMapping(params = ListExport.PARAMETER)
	ResponseEntity<byte[]> export(@RequestParam Map<String, String> params, Locale locale) {
		ListQuery query = LIST.read(params);
		Words words = new Words(this.messages, locale);
		return ListExport.answer(params.get(ListExport.PARAMETER), words.get("absences.title"), table(words),
				rows(this.absences.visible(), query), words);
	}

	private static List<AbsenceView> rows(List<AbsenceView> all, ListQuery query) {
		String search = query.search();
		AbsenceState state = query.choice(STATE, AbsenceState.class);
		List<AbsenceView> matching = all.stream()
			.filter((a) -> search == null || a.supervisor().staffNo().contains(search)
					|| a.supervisor().name().contains(search) || a.destination().contains(search)
					|| (a.deputy() != null
							&& (a.deputy().name().contains(search) || a.deputy().staffNo().contains(search))))
			.filter((a) -> state == null || a.state() == state)
			.toList();
		Map<String, Comparator<AbsenceView>> order = new HashMap<>();
		order.put("leavesOn", Comparator.comparing(AbsenceView::leavesOn));
		order.put("returnsOn", Comparator.comparing(AbsenceView::returnsOn));
		order.put("supervisor", Comparator.comparing((AbsenceView a) -> a.supervisor().staffNo()));
		order.put("deputy", Comparator.comparing((AbsenceView a) -> (a.deputy() != null) ? a.deputy().staffNo() : ""));
		return query.sorted(matching, order);
	}

	private static ListTable<AbsenceView> table(Words words) {
		return new ListTable<AbsenceView>()
			.column(words.get("absences.supervisor"), "supervisor",
					(a) -> Cell.text(a.supervisor().name()).andSecondary(a.supervisor().staffNo()))
			.nowrap()
			.column(words.get("absences.destination"), (a) -> Cell.text(a.destination()).andSecondary(a.purpose()))
			.column(words.get("absences.leavesOn"), "leavesOn", (a) -> Cell.text(a.leavesOn().toString()))
			.nowrap()
			.column(words.get("absences.returnsOn"), "returnsOn", (a) -> Cell.text(a.returnsOn().toString()))
			.nowrap()
			.column(words.get("absences.deputy"), "deputy",
					(a) -> (a.deputy() != null) ? Cell.text(a.deputy().name()).andSecondary(a.deputy().staffNo())
							: Cell.text(words.get("absences.noDeputy")))
			.nowrap()
			.column(words.get("absences.state"),
					(a) -> Cell.badge(words.get(a.state().messageKey()), switch (a.state()) {
						case PLANNED -> "text-bg-info";
						case ACTIVE -> "text-bg-warning";
						case ENDED -> "text-bg-secondary";
					}))
			.nowrap();
	}

	private static List<ListFilter> filters(ListQuery query, Words words) {
		List<ListFilter> filters = new ArrayList<>();
		filters
			.add(ListFilter.search(query, words.get("absences.filter.query"), words.get("absences.filter.queryHint")));
		filters.add(ListFilter.choice(query, STATE, words.get("absences.state"),
				Arrays.stream(AbsenceState.values())
					.map((s) -> new ListFilter.Option(s.name(), words.get(s.messageKey())))
					.toList()));
		return filters;
	}

	@GetMapping("/new")
	@PreAuthorize("hasAnyRole('GRAD_SCHOOL','SUPERVISOR')")
	String createForm(Model model) {
		AbsenceForm form = new AbsenceForm();
		CurrentUser user = this.currentUsers.current();
		if (!user.has(Role.GRAD_SCHOOL)) {
			form.setSupervisorStaffNo(user.staffNo());
		}
		model.addAttribute("form", SubmittedForm.in(model).restore(form));
		return formView(model);
	}

	@PostMapping("/new")
	@PreAuthorize("hasAnyRole('GRAD_SCHOOL','SUPERVISOR')")
	String create(@Valid @ModelAttribute("form") AbsenceForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (result.hasErrors()) {
			return formView(model);
		}
		this.absences.record(form.toCommand());
		Flash.success(redirect, "absence.saved", form.getSupervisorStaffNo());
		return "redirect:/supervisor-absences";
	}

	private String formView(Model model) {
		model.addAttribute("ownOnly", !this.currentUsers.current().has(Role.GRAD_SCHOOL));
		model.addAttribute("deputyMonths", this.absences.rule().months());
		return "supervisors/absence-form";
	}

}
