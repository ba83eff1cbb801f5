package com.clinigrad.documents.web;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.validation.Valid;

import com.clinigrad.documents.DocumentKind;
import com.clinigrad.documents.DocumentLanguage;
import com.clinigrad.documents.DocumentStatus;
import com.clinigrad.documents.DocumentView;
import com.clinigrad.documents.Documents;
import com.clinigrad.shared.Confirmation;
import com.clinigrad.shared.SchoolTime;
import com.clinigrad.shared.web.Cell;
import com.clinigrad.shared.web.Flash;
import com.clinigrad.shared.web.ListExport;
import com.clinigrad.shared.web.ListFilter;
import com.clinigrad.shared.web.ListQuery;
import com.clinigrad.shared.web.ListTable;
import com.clinigrad.shared.web.Words;

import org.springframework.context.MessageSource;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Self-service documents: a student's (or supervisor's) own list and request form, the
 * graduate school's list of every document with export, and its decisions.
 */
@Controller
class DocumentController {

	private static final String STATUS = "status";

	private static final String KIND = "kind";

	private static final String REQUESTED = "requested";

	static final ListQuery.Definition LIST = ListQuery.define(STATUS, KIND).sortable(REQUESTED).descendingByDefault();

	private static final int EXPORT_MAX = 10_000;

	private final Documents documents;

	private final MessageSource messages;

	DocumentController(Documents documents, MessageSource messages) {
		this.documents = documents;
		this.messages = messages;
	}

	@GetMapping("/documents/mine")
	@PreAuthorize("hasAnyRole('STUDENT','SUPERVISOR')")
	String mine(Model model) {
		if (!model.containsAttribute("requestForm")) {
			model.addAttribute("requestForm", new RequestForm());
		}
		model.addAttribute("kinds", this.documents.kindsForCaller());
		model.addAttribute("languages", DocumentLanguage.values());
		model.addAttribute("documents", this.documents.mine());
		return "documents/mine";
	}

	@PostMapping("/documents/mine")
	@PreAuthorize("hasAnyRole('STUDENT','SUPERVISOR')")
	String request(@Valid @ModelAttribute("requestForm") RequestForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (result.hasErrors()) {
			return mine(model);
		}
		long id = this.documents.request(form.getKind(), form.getLanguage());
		DocumentView view = this.documents.view(id);
		Flash.success(redirect, view.waiting() ? "documents.requested" : "documents.issued", view.documentNo());
		return "redirect:/documents/mine";
	}

	@PostMapping("/documents/{id}/withdraw")
	@PreAuthorize("hasAnyRole('STUDENT','SUPERVISOR')")
	String withdraw(@PathVariable long id, DecisionForm form, RedirectAttributes redirect) {
		this.documents.withdraw(id, form.getVersion());
		Flash.success(redirect, "documents.withdrawn");
		return "redirect:/documents/mine";
	}

	@GetMapping("/documents/{id}.pdf")
	ResponseEntity<byte[]> pdf(@PathVariable long id) {
		Documents.DocumentFile file = this.documents.file(id);
		return pdfAnswer(file);
	}

	@GetMapping("/documents")
	@PreAuthorize("hasRole('GRAD_SCHOOL')")
	String list(@RequestParam Map<String, String> params, Locale locale, Model model) {
		ListQuery query = LIST.read(params);
		Words words = new Words(this.messages, locale);
		model.addAttribute("list", table(words).view(page(query, query.pageable()), query));
		model.addAttribute("filters", filters(query, words));
		return "documents/list";
	}

	@GetMapping(path = "/documents", params = ListExport.PARAMETER)
	@PreAuthorize("hasRole('GRAD_SCHOOL')")
	ResponseEntity<byte[]> export(@RequestParam Map<String, String> params, Locale locale) {
		ListQuery query = LIST.read(params);
		Words words = new Words(this.messages, locale);
		return ListExport.answer(params.get(ListExport.PARAMETER), words.get("documents.office.title"), table(words),
				page(query, PageRequest.of(0, EXPORT_MAX)).getContent(), words);
	}

	@GetMapping("/documents/{id}")
	@PreAuthorize("hasRole('GRAD_SCHOOL')")
	String detail(@PathVariable long id, Model model) {
		model.addAttribute("document", this.documents.viewWithNames(id));
		if (!model.containsAttribute("decisionForm")) {
			model.addAttribute("decisionForm", new DecisionForm());
		}
		return "documents/detail";
	}

	@GetMapping("/documents/{id}/draft.pdf")
	@PreAuthorize("hasRole('GRAD_SCHOOL')")
	ResponseEntity<byte[]> draft(@PathVariable long id) {
		return pdfAnswer(this.documents.draft(id));
	}

	@PostMapping("/documents/{id}/issue")
	@PreAuthorize("hasRole('GRAD_SCHOOL')")
	String issue(@PathVariable long id, DecisionForm form, RedirectAttributes redirect) {
		Confirmation.require(form.isConfirm(), "documents.error.confirmIssue");
		this.documents.issue(id, form.getVersion());
		Flash.success(redirect, "documents.issuedByOffice");
		return "redirect:/documents/" + id;
	}

	@PostMapping("/documents/{id}/reject")
	@PreAuthorize("hasRole('GRAD_SCHOOL')")
	String reject(@PathVariable long id, DecisionForm form, RedirectAttributes redirect) {
		this.documents.reject(id, form.getVersion(), form.getReason());
		Flash.success(redirect, "documents.rejected");
		return "redirect:/documents/" + id;
	}

	@PostMapping("/documents/{id}/revoke")
	@PreAuthorize("hasRole('GRAD_SCHOOL')")
	String revoke(@PathVariable long id, DecisionForm form, RedirectAttributes redirect) {
		Confirmation.require(form.isConfirm(), "documents.error.confirmRevoke");
		this.documents.revoke(id, form.getVersion(), form.getReason());
		Flash.success(redirect, "documents.revoked");
		return "redirect:/documents/" + id;
	}

	static ResponseEntity<byte[]> pdfAnswer(Documents.DocumentFile file) {
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment()
						.filename(file.fileName(), StandardCharsets.UTF_8)
						.build()
						.toString())
			.body(file.content());
	}

	private Page<DocumentView> page(ListQuery query, Pageable pageable) {
		return this.documents.search(query.choice(STATUS, DocumentStatus.class), query.choice(KIND, DocumentKind.class),
				query.search(), query.descending(), pageable);
	}

	private static ListTable<DocumentView> table(Words words) {
		return new ListTable<DocumentView>()
			.column(words.get("documents.column.number"), (d) -> Cell.link(d.documentNo(), "/documents/" + d.id()))
			.nowrap()
			.column(words.get("documents.column.kind"), (d) -> Cell.text(words.get(d.kind().messageKey())))
			.column(words.get("documents.column.language"), (d) -> Cell.text(words.get(d.language().messageKey())))
			.column(words.get("documents.column.holder"),
					(d) -> Cell.text(d.holderName())
						.andSecondary((d.studentNo() != null) ? d.studentNo() : d.staffNo()))
			.column(words.get("documents.column.status"),
					(d) -> Cell.badge(words.get(d.status().messageKey()), d.status().badgeClass()))
			.column(words.get("documents.column.requestedAt"),
					(d) -> Cell.text(words.dateTime(d.requestedAt().atZone(SchoolTime.ZONE).toOffsetDateTime())))
			.nowrap()
			.column(words.get("documents.column.issuedOn"),
					(d) -> Cell.text((d.issuedOn() != null) ? d.issuedOn().toString() : ""))
			.nowrap();
	}

	private static List<ListFilter> filters(ListQuery query, Words words) {
		return List.of(ListFilter.search(query, words.get("documents.search"), words.get("documents.searchHint")),
				ListFilter.choice(query, STATUS, words.get("documents.column.status"),
						Arrays.stream(DocumentStatus.values())
							.map((s) -> new ListFilter.Option(s.name(), words.get(s.messageKey())))
							.toList()),
				ListFilter.choice(query, KIND, words.get("documents.column.kind"),
						Arrays.stream(DocumentKind.values())
							.map((k) -> new ListFilter.Option(k.name(), words.get(k.messageKey())))
							.toList()));
	}

}
