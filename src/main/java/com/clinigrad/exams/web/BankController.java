package com.clinigrad.exams.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

import com.clinigrad.exams.BankScope;
import com.clinigrad.exams.QuestionBanks;
import com.clinigrad.exams.QuestionImage;
import com.clinigrad.exams.QuestionKind;
import com.clinigrad.exams.QuestionSheet;
import com.clinigrad.exams.RowError;
import com.clinigrad.exams.TestedCompetency;
import com.clinigrad.shared.BusinessRuleException;
import com.clinigrad.shared.web.Flash;

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

	private final QuestionBanks banks;

	BankController(QuestionBanks banks) {
		this.banks = banks;
	}

	@GetMapping("/exams/banks")
	String list(Model model) {
		model.addAttribute("banks", this.banks.list());
		model.addAttribute("scopes", BankScope.values());
		return "exams/banks";
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
		this.banks.attachImage(questionId, image.getContentType(), bytes(image));
		Flash.success(redirect, "exams.question.imageAttached");
		return "redirect:/exams/banks/" + id;
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
