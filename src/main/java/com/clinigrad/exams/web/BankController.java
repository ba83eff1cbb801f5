package com.clinigrad.exams.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.clinigrad.exams.BankScope;
import com.clinigrad.exams.QuestionBanks;
import com.clinigrad.exams.QuestionImage;
import com.clinigrad.exams.QuestionKind;
import com.clinigrad.exams.QuestionSheet;
import com.clinigrad.exams.QuestionVersions;
import com.clinigrad.exams.BankView;
import com.clinigrad.exams.RowError;
import com.clinigrad.exams.TestedCompetency;
import com.clinigrad.shared.BusinessRuleException;
import com.clinigrad.organization.Organization;
import com.clinigrad.shared.web.Cell;
import com.clinigrad.shared.web.Flash;
import com.clinigrad.shared.web.ListExport;
import com.clinigrad.shared.web.ListFilter;
import com.clinigrad.shared.web.ListQuery;
import com.clinigrad.shared.web.ListTable;
import com.clinigrad.shared.web.Words;

import org.springframework.context.MessageSource;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Question banks for the graduate school and the hospitals' education offices: the list,
 * a bank with its questions, adding questions and images, and the xlsx import with its
 * template.
 */
@Controller
@PreAuthorize("hasAnyRole('GRAD_SCHOOL', 'HOSPITAL_OFFICE')")
class BankController {

	private static final String SCOPE = "scope";

	private static final String TITLE = "title";

	private static final String HOSPITAL = "hospital";

	private static final String QUESTIONS = "questions";

	static final ListQuery.Definition LIST = ListQuery.define(SCOPE).sortable(TITLE, HOSPITAL, QUESTIONS);

	private final QuestionBanks banks;

	private final QuestionVersions versions;

	private final Organization organization;

	private final MessageSource messages;

	BankController(QuestionBanks banks, QuestionVersions versions, Organization organization, MessageSource messages) {
		this.banks = banks;
		this.versions = versions;
		this.organization = organization;
		this.messages = messages;
	}

	@GetMapping("/exams/banks")
	String list(@RequestParam Map<String, String> params, Locale locale, Model model) {
		ListQuery query = LIST.read(params);
		Words words = new Words(this.messages, locale);
		model.addAttribute("list", table(words).view(query.page(rows(query, words)), query));
		model.addAttribute("filters", filters(query, words));
		model.addAttribute("scopes", BankScope.values());
		return "exams/banks";
	}

	@GetMapping(path = "/exams/banks", params = ListExport.PARAMETER)
	ResponseEntity<byte[]> export(@RequestParam Map<String, String> params, Locale locale) {
		ListQuery query = LIST.read(params);
		Words words = new Words(this.messages, locale);
		return ListExport.answer(params.get(ListExport.PARAMETER), words.get("exams.banks.title"), table(words),
				rows(query, words), words);
	}

	private List<BankView.Row> rows(ListQuery query, Words words) {
		BankScope scope = query.choice(SCOPE, BankScope.class);
		String search = query.search();
		List<BankView.Row> rows = this.banks.list()
			.stream()
			.filter((b) -> scope == null || b.scope() == scope)
			.filter((b) -> search == null || search.isEmpty() || b.title().contains(search)
					|| b.scopeCode().equalsIgnoreCase(search))
			.toList();
		return query.sorted(rows,
				Map.of(TITLE, Comparator.comparing(BankView.Row::title), QUESTIONS,
						Comparator.comparingInt(BankView.Row::questions), HOSPITAL,
						Comparator.comparing((BankView.Row b) -> hospitalName(b.hospitalCode(), words))));
	}

	private String hospitalName(String code, Words words) {
		if (code == null) {
			return words.get("exams.bank.university");
		}
		return this.organization.hospitalByCode(code)
			.map((h) -> (words.english() && h.nameEn() != null) ? h.nameEn() : h.name())
			.orElse(code);
	}

	private ListTable<BankView.Row> table(Words words) {
		return new ListTable<BankView.Row>()
			.column(words.get("exams.bank.name"), TITLE, (b) -> Cell.link(b.title(), "/exams/banks/" + b.id()))
			.column(words.get("exams.bank.scope"),
					(b) -> Cell.text(words.get(b.scope().messageKey())).andSecondary(b.scopeCode()))
			.column(words.get("exams.bank.hospital"), HOSPITAL, (b) -> Cell.text(hospitalName(b.hospitalCode(), words)))
			.numberColumn(words.get("exams.bank.questions"), QUESTIONS,
					(b) -> Cell.text(String.valueOf(b.questions())));
	}

	private static List<ListFilter> filters(ListQuery query, Words words) {
		return List.of(ListFilter.search(query, words.get("exams.banks.search"), words.get("exams.banks.searchHint")),
				ListFilter.choice(query, SCOPE, words.get("exams.bank.scope"),
						Arrays.stream(BankScope.values())
							.map((s) -> new ListFilter.Option(s.name(), words.get(s.messageKey())))
							.toList()));
	}

	@PostMapping("/exams/banks")
	String create(@RequestParam(required = false) String title, @RequestParam(required = false) BankScope scope,
			@RequestParam(required = false) String scopeCode, RedirectAttributes redirect) {
		long id = this.banks.create(title, scope, scopeCode);
		Flash.success(redirect, "exams.bank.created");
		return "redirect:/exams/banks/" + id;
	}

	@GetMapping("/exams/banks/{id}")
	String bank(@PathVariable long id, Model model) {
		model.addAttribute("bank", this.banks.bank(id));
		model.addAttribute("kinds", QuestionKind.values());
		model.addAttribute("competencies", TestedCompetency.values());
		if (!model.containsAttribute("importErrors")) {
			model.addAttribute("importErrors", List.of());
		}
		return "exams/bank";
	}

	@PostMapping("/exams/banks/{id}/questions")
	String addQuestion(@PathVariable long id, @ModelAttribute QuestionForm form, RedirectAttributes redirect) {
		this.banks.addQuestion(id, form.getVersion(), form.getCaseId(), form.toCommand());
		Flash.success(redirect, "exams.question.added");
		return "redirect:/exams/banks/" + id;
	}

	@PostMapping("/exams/banks/{id}/questions/{questionId}/image")
	String image(@PathVariable long id, @PathVariable long questionId,
			@RequestParam(name = "image", required = false) MultipartFile image, RedirectAttributes redirect) {
		if (image == null || image.isEmpty()) {
			throw new BusinessRuleException("exams.error.image");
		}
		long kept = this.versions.attachImage(id, questionId, image.getContentType(), bytes(image));
		Flash.success(redirect, (kept == questionId) ? "exams.question.imageAttached" : "exams.question.newVersion");
		return "redirect:/exams/banks/" + id + "/questions/" + kept;
	}

	@GetMapping("/exams/banks/{id}/questions/{questionId}")
	String question(@PathVariable long id, @PathVariable long questionId, Model model) {
		BankView.Editing editing = this.versions.editing(id, questionId);
		model.addAttribute("editing", editing);
		model.addAttribute("competencies", TestedCompetency.values());
		StringBuilder options = new StringBuilder();
		StringBuilder correct = new StringBuilder();
		List<BankView.Option> given = editing.question().options();
		for (int i = 0; i < given.size(); i++) {
			options.append(given.get(i).text()).append('\n');
			if (given.get(i).correct()) {
				correct.append(correct.isEmpty() ? "" : ",").append((char) ('A' + i));
			}
		}
		model.addAttribute("optionsText", options.toString().strip());
		model.addAttribute("correctText", correct.toString());
		return "exams/question";
	}

	@PostMapping("/exams/banks/{id}/questions/{questionId}")
	String save(@PathVariable long id, @PathVariable long questionId, @ModelAttribute QuestionForm form,
			RedirectAttributes redirect) {
		long kept = this.versions.save(id, questionId, form.getVersion(), form.toCommand());
		Flash.success(redirect, (kept == questionId) ? "exams.question.saved" : "exams.question.newVersion");
		return "redirect:/exams/banks/" + id + "/questions/" + kept;
	}

	@PostMapping("/exams/banks/{id}/questions/{questionId}/retire")
	String retire(@PathVariable long id, @PathVariable long questionId, @RequestParam long version,
			@RequestParam(required = false) String reason, RedirectAttributes redirect) {
		this.versions.retire(id, questionId, version, reason);
		Flash.success(redirect, "exams.question.retiredDone");
		return "redirect:/exams/banks/" + id + "/questions/" + questionId;
	}

	@GetMapping("/exams/banks/{id}/questions/{questionId}/image")
	ResponseEntity<byte[]> showImage(@PathVariable long id, @PathVariable long questionId) {
		return imageAnswer(this.banks.image(questionId));
	}

	@GetMapping("/exams/banks/template.xlsx")
	ResponseEntity<byte[]> template() {
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename("questions-template.xlsx").build().toString())
			.body(QuestionSheet.template());
	}

	@PostMapping("/exams/banks/{id}/import")
	String importFile(@PathVariable long id, @RequestParam long version,
			@RequestParam(name = "file", required = false) MultipartFile file, Model model,
			RedirectAttributes redirect) {
		if (file == null || file.isEmpty()) {
			throw new BusinessRuleException("exams.import.error.file");
		}
		List<RowError> errors = this.banks.importQuestions(id, version, bytes(file));
		if (errors.isEmpty()) {
			Flash.success(redirect, "exams.import.applied");
			return "redirect:/exams/banks/" + id;
		}
		model.addAttribute("importErrors", errors);
		return bank(id, model);
	}

	private static byte[] bytes(MultipartFile file) {
		try {
			return file.getBytes();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static ResponseEntity<byte[]> imageAnswer(QuestionImage image) {
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(image.contentType()))
			.header(HttpHeaders.CACHE_CONTROL, "private, no-store")
			.body(image.content());
	}

}
