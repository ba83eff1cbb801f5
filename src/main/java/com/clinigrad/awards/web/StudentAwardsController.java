package com.clinigrad.awards.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import com.clinigrad.awards.EthicsCommand;
import com.clinigrad.awards.EthicsFile;
import com.clinigrad.awards.EthicsSource;
import com.clinigrad.awards.HardshipRecognition;
import com.clinigrad.awards.StudentFunding;
import com.clinigrad.shared.SchoolTime;
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
 * A student's awards page: what the scheme of their program offers them this month, and
 * their hardship recognition (the level only; the applications for the student and the
 * offices), their medical-ethics file (医德档案) with the form of the offices that record
 * entries. Whoever may see the student may read it (the students module's scope check).
 */
@Controller
class StudentAwardsController {

	private final StudentFunding funding;

	private final EthicsFile ethics;

	private final HardshipRecognition hardship;

	StudentAwardsController(StudentFunding funding, EthicsFile ethics, HardshipRecognition hardship) {
		this.funding = funding;
		this.ethics = ethics;
		this.hardship = hardship;
	}

	@GetMapping("/students/{studentNo}/awards")
	String page(@PathVariable String studentNo, Model model) {
		if (!model.containsAttribute("form")) {
			EthicsEntryForm form = new EthicsEntryForm();
			form.setOccurredOn(SchoolTime.today());
			model.addAttribute("form", SubmittedForm.in(model).restore(form));
		}
		return show(studentNo, model);
	}

	@PostMapping("/students/{studentNo}/ethics")
	@PreAuthorize("hasAnyRole('HOSPITAL_OFFICE', 'GRAD_SCHOOL')")
	String record(@PathVariable String studentNo, @Valid @ModelAttribute("form") EthicsEntryForm form,
			BindingResult result, @RequestParam(name = "evidence", required = false) MultipartFile evidence,
			Model model, RedirectAttributes redirect) {
		if (result.hasErrors()) {
			return show(studentNo, model);
		}
		EthicsCommand.Evidence file = (evidence != null && !evidence.isEmpty()) ? new EthicsCommand.Evidence(
				evidence.getOriginalFilename(), String.valueOf(evidence.getContentType()), bytes(evidence)) : null;
		this.ethics.record(studentNo, form.toCommand(file), form.isConfirm());
		Flash.success(redirect, form.isVeto() ? "ethics.vetoRecorded" : "ethics.recorded");
		return "redirect:/students/" + studentNo + "/awards#ethics";
	}

	@GetMapping("/students/{studentNo}/ethics/{entryId}/evidence")
	ResponseEntity<byte[]> evidence(@PathVariable String studentNo, @PathVariable long entryId) {
		EthicsCommand.Evidence file = this.ethics.evidence(studentNo, entryId);
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(file.contentType()))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment()
						.filename(file.filename(), StandardCharsets.UTF_8)
						.build()
						.toString())
			.body(file.content());
	}

	private String show(String studentNo, Model model) {
		model.addAttribute("funding", this.funding.of(studentNo, SchoolTime.today()));
		model.addAttribute("entries", this.ethics.entries(studentNo));
		model.addAttribute("mayRecord", this.ethics.mayRecord(studentNo));
		model.addAttribute("sources", EthicsSource.values());
		model.addAttribute("hardship", this.hardship.ofStudent(studentNo));
		return "awards/student";
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
