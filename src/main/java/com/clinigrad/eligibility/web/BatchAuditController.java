package com.clinigrad.eligibility.web;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import com.clinigrad.eligibility.BatchAuditRun;
import com.clinigrad.eligibility.BatchAuditRunner;
import com.clinigrad.eligibility.ProgramRules;
import com.clinigrad.shared.SchoolTime;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Batch audits of a program or a cohort: the form, the progress while it runs, the table
 * with filters, and the xlsx export.
 */
@Controller
@PreAuthorize("hasAnyRole('GRAD_SCHOOL', 'DEGREE_COMMITTEE', 'HOSPITAL_OFFICE', 'SUPERVISOR')")
class BatchAuditController {

	static final int SHOWN = 500;

	private final BatchAuditRunner runner;

	private final ProgramRules programRules;

	BatchAuditController(BatchAuditRunner runner, ProgramRules programRules) {
		this.runner = runner;
		this.programRules = programRules;
	}

	@GetMapping("/audit/batch")
	String form(Model model) {
		model.addAttribute("programs", this.programRules.programCodes());
		model.addAttribute("today", SchoolTime.today());
		return "eligibility/batch-form";
	}

	@PostMapping("/audit/batch")
	String start(@RequestParam String program, @RequestParam(required = false) Integer cohort,
			@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf) {
		return "redirect:/audit/batch/" + this.runner.start(program, cohort, asOf);
	}

	@GetMapping("/audit/batch/{id}")
	String result(@PathVariable String id, @RequestParam(required = false) String q,
			@RequestParam(required = false) String defend, @RequestParam(required = false) String degree,
			@RequestParam(required = false) String rule, @RequestParam(required = false) String status, Model model) {
		BatchAuditRun batch = this.runner.run(id);
		model.addAttribute("batch", batch);
		if (batch.rows() != null) {
			List<BatchAuditRun.Row> rows = batch.rows()
				.stream()
				.filter((r) -> q == null || q.isBlank() || r.student().studentNo().contains(q.trim())
						|| r.student().name().contains(q.trim()))
				.filter((r) -> defend == null || defend.isBlank() || r.eligibleToDefend() == "yes".equals(defend))
				.filter((r) -> degree == null || degree.isBlank() || r.eligibleForDegree() == "yes".equals(degree))
				.filter((r) -> rule == null || rule.isBlank() || status == null || status.isBlank()
						|| status.equals(r.status(rule)))
				.toList();
			model.addAttribute("matching", rows.size());
			model.addAttribute("rows", rows.subList(0, Math.min(SHOWN, rows.size())));
			model.addAttribute("shown", SHOWN);
			long defendCount = batch.rows().stream().filter(BatchAuditRun.Row::eligibleToDefend).count();
			long degreeCount = batch.rows().stream().filter(BatchAuditRun.Row::eligibleForDegree).count();
			model.addAttribute("defendCount", defendCount);
			model.addAttribute("degreeCount", degreeCount);
		}
		model.addAttribute("q", q);
		model.addAttribute("defend", defend);
		model.addAttribute("degree", degree);
		model.addAttribute("rule", rule);
		model.addAttribute("status", status);
		return "eligibility/batch";
	}

	@GetMapping(path = "/audit/batch/{id}", headers = "HX-Request=true")
	String progress(@PathVariable String id, Model model, HttpServletResponse response) {
		BatchAuditRun batch = this.runner.run(id);
		if (batch.finished()) {
			response.setHeader("HX-Refresh", "true");
		}
		model.addAttribute("batch", batch);
		return "eligibility/batch :: progress";
	}

	@GetMapping("/audit/batch/{id}.xlsx")
	ResponseEntity<byte[]> xlsx(@PathVariable String id, Locale locale) {
		BatchAuditRun batch = this.runner.run(id);
		byte[] workbook = this.runner.xlsx(id, locale);
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment()
						.filename("audit-" + batch.programCode() + "-" + batch.asOf() + ".xlsx", StandardCharsets.UTF_8)
						.build()
						.toString())
			.body(workbook);
	}

}
