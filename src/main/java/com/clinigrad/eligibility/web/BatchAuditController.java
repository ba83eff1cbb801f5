package com.clinigrad.eligibility.web;

import java.nio.charset.StandardCharsets;
import java.time.Year;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.IntStream;

import com.clinigrad.eligibility.BatchAuditQuery;
import com.clinigrad.eligibility.BatchAuditRun;
import com.clinigrad.eligibility.BatchAuditRunner;
import com.clinigrad.eligibility.BatchAuditSelection;
import com.clinigrad.eligibility.BatchAuditSort;
import com.clinigrad.eligibility.BatchCell;
import com.clinigrad.organization.HospitalRef;
import com.clinigrad.organization.ProgramRef;
import com.clinigrad.shared.SchoolTime;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.springframework.context.MessageSource;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
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

/**
 * Batch audits of one, several or all programs (and a cohort), for the offices (graduate
 * school, degree committee, a hospital office for its hospital's students): the form, the
 * progress while it runs, the table with its filters in the URL, and its xlsx and CSV
 * exports of exactly the rows and columns the table shows.
 */
@Controller
@PreAuthorize("hasAnyRole('GRAD_SCHOOL', 'DEGREE_COMMITTEE', 'HOSPITAL_OFFICE')")
class BatchAuditController {

	static final int PAGE_SIZE = 100;

	private final BatchAuditRunner runner;

	private final MessageSource messages;

	BatchAuditController(BatchAuditRunner runner, MessageSource messages) {
		this.runner = runner;
		this.messages = messages;
	}

	@GetMapping("/audit/batch")
	String form(Model model) {
		BatchAuditForm form = new BatchAuditForm();
		form.setPrograms(this.runner.programs().stream().map(ProgramRef::code).toList());
		form.setAsOf(SchoolTime.today());
		model.addAttribute("form", form);
		return formView(model);
	}

	@PostMapping("/audit/batch")
	String start(@Valid @ModelAttribute("form") BatchAuditForm form, BindingResult result, Model model) {
		if (result.hasErrors()) {
			return formView(model);
		}
		return "redirect:/audit/batch/" + this.runner.start(form.getPrograms(), form.getCohort(), form.getAsOf());
	}

	private String formView(Model model) {
		model.addAttribute("programs", this.runner.programs());
		int thisYear = Year.from(SchoolTime.today()).getValue();
		model.addAttribute("cohorts",
				IntStream.rangeClosed(thisYear - 10, thisYear).boxed().sorted(Comparator.reverseOrder()).toList());
		return "eligibility/batch-form";
	}

	@GetMapping("/audit/batch/{id}")
	String result(@PathVariable String id, @ModelAttribute("filter") BatchAuditFilter filter, BindingResult unknown,
			@RequestParam(defaultValue = "0") int page, Model model, Locale locale) {
		BatchAuditRun batch = this.runner.run(id);
		model.addAttribute("batch", batch);
		if (batch.rows() == null) {
			return "eligibility/batch";
		}
		BatchAuditSelection selection = this.runner.select(id, filter.toQuery());
		BatchAuditSheet sheet = new BatchAuditSheet(selection, this.messages, locale);
		PageRequest request = PageRequest.of(Math.max(page, 0), PAGE_SIZE);
		int from = (int) Math.min(request.getOffset(), selection.rows().size());
		List<BatchAuditRun.Row> rows = selection.rows()
			.subList(from, Math.min(from + PAGE_SIZE, selection.rows().size()));
		model.addAttribute("selection", selection);
		model.addAttribute("sheet", sheet);
		model.addAttribute("rows", new PageImpl<>(rows, request, selection.rows().size()));
		model.addAttribute("pageQuery", filter.queryPrefix());
		model.addAttribute("failedCount", batch.rows().stream().filter((row) -> row.hasAny(BatchCell.FAIL)).count());
		model.addAttribute("defendCount", batch.rows().stream().filter(BatchAuditRun.Row::eligibleToDefend).count());
		model.addAttribute("degreeCount", batch.rows().stream().filter(BatchAuditRun.Row::eligibleForDegree).count());
		model.addAttribute("hospitals",
				batch.rows()
					.stream()
					.map(BatchAuditRun.Row::hospital)
					.filter(Objects::nonNull)
					.distinct()
					.sorted(Comparator.comparing(HospitalRef::code))
					.toList());
		model.addAttribute("cohorts",
				batch.rows().stream().map((row) -> row.student().cohortYear()).distinct().sorted().toList());
		model.addAttribute("statuses", BatchCell.values());
		model.addAttribute("sorts", BatchAuditSort.values());
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
	ResponseEntity<byte[]> xlsx(@PathVariable String id, @ModelAttribute("filter") BatchAuditFilter filter,
			BindingResult unknown, Locale locale) {
		ExportTable table = export(id, filter.toQuery(), locale);
		return file(table.xlsx(), ExportTable.XLSX, table.title() + ".xlsx");
	}

	@GetMapping("/audit/batch/{id}.csv")
	ResponseEntity<byte[]> csv(@PathVariable String id, @ModelAttribute("filter") BatchAuditFilter filter,
			BindingResult unknown, Locale locale) {
		ExportTable table = export(id, filter.toQuery(), locale);
		return file(table.csv(), ExportTable.CSV, table.title() + ".csv");
	}

	private ExportTable export(String id, BatchAuditQuery query, Locale locale) {
		BatchAuditSelection selection = this.runner.select(id, query);
		String title = this.messages.getMessage("batch.fileName", new Object[] { selection.run().asOf().toString() },
				locale);
		return new BatchAuditSheet(selection, this.messages, locale).export(title);
	}

	private static ResponseEntity<byte[]> file(byte[] body, String contentType, String fileName) {
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(contentType))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(fileName, StandardCharsets.UTF_8).build().toString())
			.body(body);
	}

}
