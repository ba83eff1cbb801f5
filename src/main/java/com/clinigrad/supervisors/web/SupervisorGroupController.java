package com.clinigrad.supervisors.web;

import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.validation.Valid;

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
import com.clinigrad.supervisors.GroupView;
import com.clinigrad.supervisors.SupervisorDirectory;
import com.clinigrad.supervisors.SupervisorGroups;

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
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The supervisor-group pages (导师组): the list in the list pattern within the caller's
 * scope, a group with its members (and whether each meets the title rule) and students,
 * and the form the graduate school or the group's hospital office edits it with.
 */
@Controller
@RequestMapping("/supervisor-groups")
@PreAuthorize("hasAnyRole('GRAD_SCHOOL','DEGREE_COMMITTEE','HOSPITAL_OFFICE','SUPERVISOR')")
class SupervisorGroupController {

	private static final String HOSPITAL = "hospital";

	/** The list's filters and sort columns (the first the default). */
	static final ListQuery.Definition LIST = ListQuery.define(HOSPITAL).sortable("code", "name", HOSPITAL, "members");

	private final SupervisorGroups groups;

	private final SupervisorDirectory directory;

	private final Organization organization;

	private final MessageSource messages;

	SupervisorGroupController(SupervisorGroups groups, SupervisorDirectory directory, Organization organization,
			MessageSource messages) {
		this.groups = groups;
		this.directory = directory;
		this.organization = organization;
		this.messages = messages;
	}

	@GetMapping
	String list(@RequestParam Map<String, String> params, Locale locale, Model model) {
		ListQuery query = LIST.read(params);
		Words words = new Words(this.messages, locale);
		List<GroupView> all = this.groups.visible();
		model.addAttribute("list", table(words).view(query.page(rows(all, query, words.english())), query));
		model.addAttribute("filters", filters(query, all, words));
		model.addAttribute("total", all.size());
		model.addAttribute("mayCreate", this.groups.mayCreate());
		return "supervisors/groups";
	}

	@GetMapping(params = ListExport.PARAMETER)
	ResponseEntity<byte[]> export(@RequestParam Map<String, String> params, Locale locale) {
		ListQuery query = LIST.read(params);
		Words words = new Words(this.messages, locale);
		return ListExport.answer(params.get(ListExport.PARAMETER), words.get("supervisorGroups.title"), table(words),
				rows(this.groups.visible(), query, words.english()), words);
	}

	private static List<GroupView> rows(List<GroupView> all, ListQuery query, boolean english) {
		String search = (query.search() != null) ? query.search().toLowerCase(Locale.ROOT) : null;
		String hospital = query.text(HOSPITAL);
		List<GroupView> matching = all.stream()
			.filter((g) -> search == null || g.code().toLowerCase(Locale.ROOT).contains(search)
					|| g.name().toLowerCase(Locale.ROOT).contains(search)
					|| g.members().stream().anyMatch((m) -> m.supervisor().name().contains(query.search())))
			.filter((g) -> hospital == null || (g.hospital() != null && g.hospital().code().equals(hospital)))
			.toList();
		Collator collator = Collator.getInstance(Locale.CHINA);
		Map<String, Comparator<GroupView>> order = new HashMap<>();
		order.put("code", Comparator.comparing(GroupView::code));
		order.put("name", Comparator.comparing(GroupView::name, collator));
		order.put(HOSPITAL, Comparator.comparing((GroupView g) -> hospitalName(g, english), collator));
		order.put("members", Comparator.comparingInt((GroupView g) -> g.members().size()));
		return query.sorted(matching, order);
	}

	private static String hospitalName(GroupView group, boolean english) {
		return (group.hospital() != null) ? group.hospital().displayName(english) : "";
	}

	private static ListTable<GroupView> table(Words words) {
		boolean english = words.english();
		return new ListTable<GroupView>()
			.column(words.get("supervisorGroups.code"), "code",
					(g) -> Cell.link(g.code(), "/supervisor-groups/" + g.code()))
			.nowrap()
			.column(words.get("supervisorGroups.name"), "name", (g) -> Cell.text(g.name()))
			.column(words.get("supervisorGroups.leader"),
					(g) -> Cell.text(g.leader().name()).andSecondary(g.leader().staffNo()))
			.nowrap()
			.column(words.get("supervisorGroups.hospital"), HOSPITAL,
					(g) -> Cell.text((g.hospital() != null) ? g.hospital().displayName(english)
							: words.get("supervisorGroups.universityWide")))
			.numberColumn(words.get("supervisorGroups.members"), "members",
					(g) -> Cell.text(String.valueOf(g.members().size())))
			.column(words.get("supervisorGroups.rule"),
					(g) -> g.members().stream().allMatch(GroupView.Member::meetsRule)
							? Cell.badge(words.get("supervisorGroups.rule.met"), "text-bg-success")
							: Cell.badge(words.get("supervisorGroups.rule.unmet"), "text-bg-warning"));
	}

	private static List<ListFilter> filters(ListQuery query, List<GroupView> all, Words words) {
		boolean english = words.english();
		List<ListFilter> filters = new ArrayList<>();
		filters.add(ListFilter.search(query, words.get("supervisorGroups.filter.query"),
				words.get("supervisorGroups.filter.queryHint")));
		Map<String, String> hospitals = new TreeMap<>();
		all.stream()
			.filter((g) -> g.hospital() != null)
			.forEach((g) -> hospitals.put(g.hospital().code(), g.hospital().displayName(english)));
		filters.add(ListFilter.choice(query, HOSPITAL, words.get("supervisorGroups.hospital"),
				hospitals.entrySet().stream().map((e) -> new ListFilter.Option(e.getKey(), e.getValue())).toList()));
		return filters;
	}

	@GetMapping("/{code}")
	String detail(@PathVariable String code, Model model) {
		SupervisorGroups.GroupDetail detail = this.groups.detail(code);
		model.addAttribute("detail", detail);
		// a member's number links to their page only for whoever may open it
		model.addAttribute("supervisorPagesOpen",
				this.directory.pagesOpen(detail.group().members().stream().map(GroupView.Member::supervisor).toList()));
		model.addAttribute("programsByCode",
				this.organization.programs().stream().collect(Collectors.toMap(ProgramRef::code, Function.identity())));
		return "supervisors/group";
	}

	@GetMapping("/new")
	@PreAuthorize("hasAnyRole('GRAD_SCHOOL','HOSPITAL_OFFICE')")
	String createForm(Model model) {
		if (!this.groups.mayCreate()) {
			throw new AccessDeniedException("No hospital to create groups for");
		}
		model.addAttribute("form", SubmittedForm.in(model).restore(new GroupForm()));
		return formView(model, true);
	}

	@PostMapping("/new")
	@PreAuthorize("hasAnyRole('GRAD_SCHOOL','HOSPITAL_OFFICE')")
	String create(@Valid @ModelAttribute("form") GroupForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (result.hasErrors()) {
			return formView(model, true);
		}
		String code = this.groups.create(form.toCommand());
		Flash.success(redirect, "supervisorGroup.saved", code);
		return "redirect:/supervisor-groups/" + code;
	}

	@GetMapping("/{code}/edit")
	@PreAuthorize("hasAnyRole('GRAD_SCHOOL','HOSPITAL_OFFICE')")
	String editForm(@PathVariable String code, Model model) {
		model.addAttribute("form", SubmittedForm.in(model).restore(GroupForm.of(this.groups.forEdit(code))));
		return formView(model, false);
	}

	@PostMapping("/{code}/edit")
	@PreAuthorize("hasAnyRole('GRAD_SCHOOL','HOSPITAL_OFFICE')")
	String edit(@PathVariable String code, @Valid @ModelAttribute("form") GroupForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		form.setCode(code);
		if (result.hasErrors()) {
			return formView(model, false);
		}
		this.groups.edit(code, form.getVersion(), form.toCommand());
		Flash.success(redirect, "supervisorGroup.saved", code);
		return "redirect:/supervisor-groups/" + code;
	}

	private String formView(Model model, boolean creating) {
		model.addAttribute("creating", creating);
		model.addAttribute("hospitals", this.organization.hospitals());
		model.addAttribute("rule", this.groups.rule());
		return "supervisors/group-form";
	}

}
