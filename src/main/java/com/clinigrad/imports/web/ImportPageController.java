package com.clinigrad.imports.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

import jakarta.servlet.http.HttpSession;

import com.clinigrad.imports.ImportPreview;
import com.clinigrad.imports.ImportReport;
import com.clinigrad.imports.ImportService;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.unit.DataSize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The import pages of graduate-school staff: the datasets with their columns and
 * templates, an upload per dataset, a preview with every problem or a confirmation, and
 * the result.
 */
@Controller
@RequestMapping("/imports")
@PreAuthorize("hasRole('GRAD_SCHOOL')")
class ImportPageController {

	static final int SAMPLE_SIZE = 20;

	private final ImportService imports;

	private final long maxUploadMb;

	ImportPageController(ImportService imports,
			@Value("${spring.servlet.multipart.max-request-size:30MB}") DataSize maxUpload) {
		this.imports = imports;
		this.maxUploadMb = Math.max(1, maxUpload.toMegabytes());
	}

	@GetMapping
	String index(Model model) {
		model.addAttribute("datasets", this.imports.datasets());
		model.addAttribute("maxUploadMb", this.maxUploadMb);
		model.addAttribute("maxErrors", ImportReport.MAX_ERRORS);
		return "imports/index";
	}

	@GetMapping("/{dataset}/template.csv")
	ResponseEntity<byte[]> templateCsv(@PathVariable String dataset) {
		return download(this.imports.templateCsv(dataset), dataset + "-template.csv",
				new MediaType("text", "csv", StandardCharsets.UTF_8));
	}

	@GetMapping("/{dataset}/template.xlsx")
	ResponseEntity<byte[]> templateXlsx(@PathVariable String dataset) {
		return download(this.imports.templateXlsx(dataset), dataset + "-template.xlsx",
				MediaType.parseMediaType(ImportApiController.XLSX));
	}

	@PostMapping("/{dataset}/preview")
	String preview(@PathVariable String dataset, @ModelAttribute ImportUploadForm form, HttpSession session,
			Model model, Locale locale, RedirectAttributes redirect) throws IOException {
		model.addAttribute("dataset", this.imports.dataset(dataset));
		if (form.getFile() == null || form.getFile().isEmpty()) {
			redirect.addFlashAttribute("flashError", "imports.page.noFile");
			return "redirect:/imports";
		}
		byte[] content = form.getFile().getBytes();
		String filename = form.getFile().getOriginalFilename();
		ImportPreview preview = this.imports.preview(dataset, content, filename, locale, SAMPLE_SIZE);
		model.addAttribute("preview", preview);
		model.addAttribute("filename", filename);
		if (preview.report().succeeded() && preview.rows() > 0) {
			model.addAttribute("token", PendingUploads.put(session, dataset, filename, content));
		}
		return "imports/preview";
	}

	@PostMapping("/{dataset}/confirm")
	String confirm(@PathVariable String dataset, @ModelAttribute ImportConfirmForm form, HttpSession session,
			Locale locale, RedirectAttributes redirect) {
		PendingUploads.PendingUpload upload = PendingUploads.take(session, form.getToken());
		if (upload == null || !upload.dataset().equals(dataset)) {
			redirect.addFlashAttribute("flashError", "imports.page.expired");
			return "redirect:/imports";
		}
		ImportReport report = this.imports.importFile(dataset, upload.content(), upload.filename(), locale);
		redirect.addFlashAttribute("report", report);
		redirect.addFlashAttribute("filename", upload.filename());
		return "redirect:/imports/{dataset}/result";
	}

	@GetMapping("/{dataset}/result")
	String result(@PathVariable String dataset, Model model) {
		if (!model.containsAttribute("report")) {
			return "redirect:/imports";
		}
		model.addAttribute("dataset", this.imports.dataset(dataset));
		return "imports/result";
	}

	private static ResponseEntity<byte[]> download(byte[] content, String filename, MediaType type) {
		return ResponseEntity.ok()
			.contentType(type)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(filename, StandardCharsets.UTF_8).build().toString())
			.body(content);
	}

}
