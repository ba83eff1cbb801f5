package com.clinigrad.documents.web;

import java.nio.charset.StandardCharsets;

import com.clinigrad.documents.DegreeArchives;
import com.clinigrad.shared.web.Flash;

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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The degree archives (学位档案) of the graduate school: the awarded degrees, one archive's
 * files with their SHA-256, freezing it, and the ZIP.
 */
@Controller
@PreAuthorize("hasRole('GRAD_SCHOOL')")
class ArchiveController {

	private final DegreeArchives archives;

	ArchiveController(DegreeArchives archives) {
		this.archives = archives;
	}

	@GetMapping("/documents/archives")
	String list(Model model) {
		model.addAttribute("entries", this.archives.entries());
		return "documents/archives";
	}

	@GetMapping("/documents/archives/{studentNo}")
	String archive(@PathVariable String studentNo, Model model) {
		model.addAttribute("studentNo", studentNo);
		model.addAttribute("archive", this.archives.of(studentNo).orElse(null));
		return "documents/archive";
	}

	@PostMapping("/documents/archives/{studentNo}/freeze")
	String freeze(@PathVariable String studentNo, RedirectAttributes redirect) {
		this.archives.freeze(studentNo);
		Flash.success(redirect, "archive.frozen");
		return "redirect:/documents/archives/" + studentNo;
	}

	@GetMapping("/documents/archives/{studentNo}.zip")
	ResponseEntity<byte[]> zip(@PathVariable String studentNo) {
		DegreeArchives.ArchiveZip zip = this.archives.zip(studentNo);
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType("application/zip"))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(zip.fileName(), StandardCharsets.UTF_8).build().toString())
			.body(zip.content());
	}

}
