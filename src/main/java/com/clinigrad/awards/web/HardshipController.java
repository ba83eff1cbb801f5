package com.clinigrad.awards.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.clinigrad.awards.EthicsCommand;
import com.clinigrad.awards.HardshipLevel;
import com.clinigrad.awards.HardshipRecognition;
import com.clinigrad.awards.HardshipRow;
import com.clinigrad.awards.HardshipState;
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
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
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
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Hardship recognition (家庭经济困难认定): the student's page with the application form, the
 * offices' queue on the shared list pattern with its export, one application with its
 * evidence, history and the office's or graduate school's decision. The service checks
 * who may see and do what.
 */
@Controller
class HardshipController {

	private static final String YEAR = "year";

	private static final String STATE = "state";

	private static final String LEVEL = "level";

	static final ListQuery.Definition LIST = ListQuery.define(YEAR, STATE, LEVEL)
		.sortable("submitted", "studentNo", "name", "hospital", "year", "state", "files")
		.descendingByDefault();

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
		.withZone(SchoolTime.ZONE);

	private final HardshipRecognition hardship;

	private final MessageSource messages;

	HardshipController(HardshipRecognition hardship, MessageSource messages) {
		this.hardship = hardship;
		this.messages = messages;
	}

	@GetMapping("/students/{studentNo}/hardship")
	String student(@PathVariable String studentNo, Model model) {
		if (!model.containsAttribute("form")) {
			HardshipForms.ApplicationForm form = new HardshipForms.ApplicationForm();
			form.setYear(SchoolTime.today().getYear());
			model.addAttribute("form", SubmittedForm.in(model).restore(form));
		}
		return showStudent(studentNo, model);
	}

	@PostMapping("/students/{studentNo}/hardship")
	@PreAuthorize("hasRole('STUDENT')")
	String apply(@PathVariable String studentNo, @Valid @ModelAttribute("form") HardshipForms.ApplicationForm form,
			BindingResult result, @RequestParam(name = "files", required = false) List<MultipartFile> files,
			Model model, RedirectAttributes redirect) {
		if (result.hasErrors()) {
			return showStudent(studentNo, model);
		}
		List<EthicsCommand.Evidence> evidence = new ArrayList<>();
		if (files != null) {
			for (MultipartFile file : files) {
				if (file != null && !file.isEmpty()) {
					evidence.add(new EthicsCommand.Evidence(file.getOriginalFilename(),
							String.valueOf(file.getContentType()), bytes(file)));
				}
			}
		}
		this.hardship.apply(studentNo, form.toCommand(evidence));
		Flash.success(redirect, "hardship.applied");
		return "redirect:/students/" + studentNo + "/hardship";
	}

	private String showStudent(String studentNo, Model model) {
		model.addAttribute("hardship", this.hardship.ofStudent(studentNo));
		model.addAttribute("levels", HardshipLevel.values());
		int year = SchoolTime.today().getYear();
		model.addAttribute("years", List.of(year, year + 1));
		return "awards/hardship-student";
	}

	@GetMapping("/awards/hardship")
	@PreAuthorize("hasAnyRole('GRAD_SCHOOL', 'HOSPITAL_OFFICE')")
	String queue(@RequestParam Map<String, String> params, Locale locale, Model model) {
		ListQuery query = LIST.read(params);
		Words words = new Words(this.messages, locale);
		List<HardshipRow> all = this.hardship.queue();
		model.addAttribute("list", table(words).view(query.page(rows(all, query)), query));
		model.addAttribute("filters", filters(all, query, words));
		model.addAttribute("waiting", this.hardship.waitingForCaller());
		return "awards/hardship-queue";
	}

	@GetMapping(path = "/awards/hardship", params = ListExport.PARAMETER)
	@PreAuthorize("hasAnyRole('GRAD_SCHOOL', 'HOSPITAL_OFFICE')")
	ResponseEntity<byte[]> export(@RequestParam Map<String, String> params, Locale locale) {
		ListQuery query = LIST.read(params);
		Words words = new Words(this.messages, locale);
		return ListExport.answer(params.get(ListExport.PARAMETER), words.get("hardship.file"), table(words),
				rows(this.hardship.queue(), query), words);
	}

	@GetMapping("/awards/hardship/{id}")
	String application(@PathVariable long id, Model model) {
		model.addAttribute("app", this.hardship.application(id));
		model.addAttribute("levels", HardshipLevel.values());
		if (!model.containsAttribute("decisionForm")) {
			model.addAttribute("decisionForm", SubmittedForm.in(model).restore(new HardshipForms.DecisionForm()));
		}
		return "awards/hardship";
	}

	@PostMapping("/awards/hardship/{id}/review")
	@PreAuthorize("hasRole('HOSPITAL_OFFICE')")
	String review(@PathVariable long id, @Valid @ModelAttribute("decisionForm") HardshipForms.DecisionForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		return act(id, result, model, redirect,
				() -> this.hardship.review(id, form.getVersion(), form.isApprove(), form.getLevel(), form.getReason()),
				form.isApprove() ? "hardship.reviewed" : "hardship.refused");
	}

	@PostMapping("/awards/hardship/{id}/decide")
	@PreAuthorize("hasRole('GRAD_SCHOOL')")
	String decide(@PathVariable long id, @Valid @ModelAttribute("decisionForm") HardshipForms.DecisionForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		return act(id, result, model, redirect,
				() -> this.hardship.decide(id, form.getVersion(), form.isApprove(), form.getLevel(), form.getReason()),
				form.isApprove() ? "hardship.recognised" : "hardship.refused");
	}

	@PostMapping("/awards/hardship/{id}/correct")
	@PreAuthorize("hasRole('GRAD_SCHOOL')")
	String correct(@PathVariable long id, @Valid @ModelAttribute("decisionForm") HardshipForms.DecisionForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		return act(id, result, model, redirect, () -> this.hardship.correct(id, form.getVersion(),
				form.isApprove() ? form.getLevel() : null, form.getReason()), "hardship.corrected");
	}

	/**
	 * The one path of a decision on an application (review, decision, correction): a
	 * refused form is shown again with what was typed; otherwise the step is taken and
	 * the application shown with the step's message.
	 */
	private String act(long id, BindingResult result, Model model, RedirectAttributes redirect, Runnable step,
			String done) {
		if (result.hasErrors()) {
			return application(id, model);
		}
		step.run();
		Flash.success(redirect, done);
		return "redirect:/awards/hardship/" + id;
	}

	@GetMapping("/awards/hardship/{id}/evidence/{fileId}")
	ResponseEntity<byte[]> evidence(@PathVariable long id, @PathVariable long fileId) {
		EthicsCommand.Evidence file = this.hardship.evidence(id, fileId);
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(file.contentType()))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment()
						.filename(file.filename(), StandardCharsets.UTF_8)
						.build()
						.toString())
			.body(file.content());
	}

	private static List<HardshipRow> rows(List<HardshipRow> all, ListQuery query) {
		Integer year = query.number(YEAR);
		HardshipState state = query.choice(STATE, HardshipState.class);
		HardshipLevel level = query.choice(LEVEL, HardshipLevel.class);
		String search = query.search();
		List<HardshipRow> matching = all.stream()
			.filter((r) -> year == null || r.year() == year)
			.filter((r) -> state == null || r.state() == state)
			.filter((r) -> level == null || r.requestedLevel() == level || r.level() == level)
			.filter((r) -> search == null || search.isEmpty() || r.studentNo().contains(search)
					|| r.name().contains(search))
			.toList();
		Map<String, Comparator<HardshipRow>> order = new HashMap<>();
		order.put("submitted", Comparator.comparing(HardshipRow::submittedAt));
		order.put("studentNo", Comparator.comparing(HardshipRow::studentNo));
		order.put("name", Comparator.comparing(HardshipRow::name));
		order.put("hospital", Comparator.comparing((HardshipRow r) -> String.valueOf(r.hospitalCode())));
		order.put("year", Comparator.comparingInt(HardshipRow::year));
		order.put("state", Comparator.comparing(HardshipRow::state));
		order.put("files", Comparator.comparingInt(HardshipRow::files));
		return query.sorted(matching, order);
	}

	private static ListTable<HardshipRow> table(Words words) {
		return new ListTable<HardshipRow>()
			.column(words.get("students.column.studentNo"), "studentNo",
					(r) -> Cell.link(r.studentNo(), "/awards/hardship/" + r.id()))
			.nowrap()
			.column(words.get("students.column.name"), "name", (r) -> Cell.text(r.name()))
			.nowrap()
			.column(words.get("students.column.hospital"), "hospital",
					(r) -> Cell.text((r.hospitalCode() != null) ? r.hospitalCode() : ""))
			.column(words.get("hardship.column.year"), "year", (r) -> Cell.text(String.valueOf(r.year())))
			.column(words.get("hardship.column.requested"),
					(r) -> Cell.badge(words.get(r.requestedLevel().messageKey()), r.requestedLevel().tone()))
			.column(words.get("hardship.column.state"), "state",
					(r) -> Cell.badge(words.get(r.state().messageKey()), r.state().tone())
						.andSecondary((r.level() != null) ? words.get(r.level().messageKey()) : ""))
			.numberColumn(words.get("hardship.column.files"), "files", (r) -> Cell.text(String.valueOf(r.files())))
			.column(words.get("hardship.column.submitted"), "submitted", (r) -> Cell.text(TIME.format(r.submittedAt())))
			.nowrap()
			.rowData((r) -> Map.of("student", r.studentNo(), "state", r.state().name()));
	}

	private static List<ListFilter> filters(List<HardshipRow> all, ListQuery query, Words words) {
		List<ListFilter> filters = new ArrayList<>();
		filters.add(ListFilter.search(query, words.get("hardship.search"), words.get("hardship.searchHint")));
		filters.add(ListFilter.choice(query, YEAR, words.get("hardship.column.year"),
				all.stream()
					.map(HardshipRow::year)
					.distinct()
					.sorted(Comparator.reverseOrder())
					.map((y) -> new ListFilter.Option(String.valueOf(y), String.valueOf(y)))
					.toList()));
		List<ListFilter.Option> states = new ArrayList<>();
		for (HardshipState s : HardshipState.values()) {
			states.add(new ListFilter.Option(s.name(), words.get(s.messageKey())));
		}
		filters.add(ListFilter.choice(query, STATE, words.get("hardship.column.state"), states));
		List<ListFilter.Option> levels = new ArrayList<>();
		for (HardshipLevel l : HardshipLevel.values()) {
			levels.add(new ListFilter.Option(l.name(), words.get(l.messageKey())));
		}
		filters.add(ListFilter.choice(query, LEVEL, words.get("hardship.column.level"), levels));
		return filters;
	}

	private static byte[] bytes(MultipartFile file) {
		try {
			return file.getBytes();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
