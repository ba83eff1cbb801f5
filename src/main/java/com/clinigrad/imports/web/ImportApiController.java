package com.clinigrad.imports.web;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;

import com.clinigrad.shared.web.ApiLanguage;
import com.clinigrad.imports.ImportReport;
import com.clinigrad.imports.ImportService;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * {@code POST /api/v1/imports/{dataset}}: the file as the body ({@code text/csv} or the
 * XLSX content type), or as the {@code file} part of a form upload. 200 with the number
 * of rows applied, 422 with every row's problems and nothing written.
 */
@RestController
@RequestMapping(path = "/api/v1/imports", produces = MediaType.APPLICATION_JSON_VALUE)
class ImportApiController {

	static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

	private final ImportService imports;

	ImportApiController(ImportService imports) {
		this.imports = imports;
	}

	@PostMapping(path = "/{dataset}", consumes = { "text/csv", "application/csv", "text/plain", XLSX,
			"application/vnd.ms-excel", MediaType.APPLICATION_OCTET_STREAM_VALUE })
	ResponseEntity<ImportReport> importBody(@PathVariable String dataset, @RequestBody(required = false) byte[] body,
			@RequestHeader(name = HttpHeaders.CONTENT_TYPE, required = false) String contentType,
			HttpServletRequest request) {
		return answer(this.imports.importFile(dataset, (body != null) ? body : new byte[0], contentType,
				ApiLanguage.of(request)));
	}

	@PostMapping(path = "/{dataset}", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	ResponseEntity<ImportReport> importPart(@PathVariable String dataset, @RequestPart("file") MultipartFile file,
			HttpServletRequest request) throws IOException {
		String hint = (file.getOriginalFilename() != null) ? file.getOriginalFilename() : file.getContentType();
		return answer(this.imports.importFile(dataset, file.getBytes(), hint, ApiLanguage.of(request)));
	}

	private static ResponseEntity<ImportReport> answer(ImportReport report) {
		return ResponseEntity.status(report.succeeded() ? HttpStatus.OK : HttpStatus.UNPROCESSABLE_CONTENT)
			.body(report);
	}

}
