package com.clinigrad.courses.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import com.clinigrad.courses.PracticeCommand;
import com.clinigrad.courses.PracticeCredits;
import com.clinigrad.shared.web.Flash;
import com.clinigrad.shared.web.SubmittedForm;
import jakarta.validation.Valid;

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
 * Practice / innovation credits: the student's applications and form, the review queues
 * of the hospital office and the graduate school, an application's page with its steps.
 */
@Controller
class PracticeController {

	private final PracticeCredits practice;

	PracticeController(PracticeCredits practice) {
		this.practice = practice;
	}

	@GetMapping("/practice")
	@PreAuthorize("hasAnyRole('STUDENT', 'HOSPITAL_OFFICE', 'GRAD_SCHOOL')")
	String index(Model model) {
		if (this.practice.callerApplies()) {
			model.addAttribute("form", SubmittedForm.in(model).restore(new PracticeForm()));
			return mine(model);
		}
		model.addAttribute("queue", this.practice.queue());
		model.addAttribute("decided", this.practice.decided());
		return "courses/practice-queue";
	}

	@PostMapping("/practice")
	@PreAuthorize("hasRole('STUDENT')")
	String apply(@Valid @ModelAttribute("form") PracticeForm form, BindingResult result,
			@RequestParam(name = "files", required = false) List<MultipartFile> files, Model model,
			RedirectAttributes redirect) {
		if (result.hasErrors()) {
			return mine(model);
		}
		List<PracticeCommand.File> attachments = new ArrayList<>();
		if (files != null) {
			for (MultipartFile file : files) {
				if (!file.isEmpty()) {
					attachments.add(new PracticeCommand.File(file.getOriginalFilename(),
							String.valueOf(file.getContentType()), bytes(file)));
				}
			}
		}
		long id = this.practice.apply(
				new PracticeCommand(form.getTitle().trim(), form.getSummary().trim(), form.getCredits(), attachments));
		Flash.success(redirect, "practice.submitted");
		return "redirect:/practice/" + id;
	}

	@GetMapping("/practice/{id}")
	String application(@PathVariable long id, Model model) {
		model.addAttribute("practiceApplication", this.practice.application(id));
		return "courses/practice";
	}

	@PostMapping("/practice/{id}/hospital-review")
	@PreAuthorize("hasRole('HOSPITAL_OFFICE')")
	String hospitalReview(@PathVariable long id, @RequestParam long version, @RequestParam boolean approve,
			@RequestParam(required = false) String reason, RedirectAttributes redirect) {
		this.practice.hospitalReview(id, version, approve, reason);
		Flash.success(redirect, approve ? "practice.forwarded" : "practice.rejected");
		return "redirect:/practice/" + id;
	}

	@PostMapping("/practice/{id}/decision")
	@PreAuthorize("hasRole('GRAD_SCHOOL')")
	String decision(@PathVariable long id, @RequestParam long version, @RequestParam boolean approve,
			@RequestParam(required = false) BigDecimal credits, @RequestParam(required = false) String reason,
			RedirectAttributes redirect) {
		this.practice.schoolDecision(id, version, approve, credits, reason);
		Flash.success(redirect, approve ? "practice.approved" : "practice.rejected");
		return "redirect:/practice/" + id;
	}

	@GetMapping("/practice/{id}/attachments/{attachmentId}")
	ResponseEntity<byte[]> attachment(@PathVariable long id, @PathVariable long attachmentId) {
		PracticeCommand.File file = this.practice.attachment(id, attachmentId);
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(file.contentType()))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment()
						.filename(file.filename(), StandardCharsets.UTF_8)
						.build()
						.toString())
			.body(file.content());
	}

	private String mine(Model model) {
		model.addAttribute("applications", this.practice.mine());
		model.addAttribute("policy", this.practice.callerPolicy());
		model.addAttribute("program", this.practice.callerProgram().orElse(null));
		return "courses/practice-mine";
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
