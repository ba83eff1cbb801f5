package com.clinigrad.imports.web;

import java.io.IOException;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

import com.clinigrad.shared.web.ApiLanguage;
import com.clinigrad.imports.ImportReport;
import com.clinigrad.imports.ImportService;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
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

	/** The body types an import reads. */
	static final List<MediaType> READABLE = MediaType.parseMediaTypes(List.of("text/csv", "application/csv",
			"text/plain", XLSX, "application/vnd.ms-excel", MediaType.APPLICATION_OCTET_STREAM_VALUE));

	private final ImportService imports;

	ImportApiController(ImportService imports) {
		this.imports = imports;
	}

	/**
	 * The file as the body. A body of another type (a form, JSON) is refused before it is
	 * read, in the report's shape, naming the formats taken; one without a type is read
	 * as the file.
	 */
	@PostMapping(path = "/{dataset}")
	ResponseEntity<ImportReport> importBody(@PathVariable String dataset,
			@RequestHeader(name = HttpHeaders.CONTENT_TYPE, required = false) String contentType,
			HttpServletRequest request) throws IOException {
		if (!readable(contentType)) {
			this.imports.datasetToImport(dataset);
			throw new UnsupportedFormatException(contentType);
		}
		byte[] body = request.getInputStream().readAllBytes();
		return answer(this.imports.importFile(dataset, body, contentType, ApiLanguage.of(request)));
	}

	@PostMapping(path = "/{dataset}", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	ResponseEntity<ImportReport> importPart(@PathVariable String dataset, @RequestPart("file") MultipartFile file,
			HttpServletRequest request) throws IOException {
		String hint = (file.getOriginalFilename() != null) ? file.getOriginalFilename() : file.getContentType();
		return answer(this.imports.importFile(dataset, file.getBytes(), hint, ApiLanguage.of(request)));
	}

	/**
	 * @return whether the body's type is one the import reads: CSV, plain text, a
	 * workbook, bytes, or none given
	 */
	private static boolean readable(String contentType) {
		if (contentType == null || contentType.isBlank()) {
			return true;
		}
		try {
			MediaType type = MediaType.parseMediaType(contentType);
			return READABLE.stream().anyMatch((readable) -> readable.equalsTypeAndSubtype(type));
		}
		catch (InvalidMediaTypeException ex) {
			return false;
		}
	}

	private static ResponseEntity<ImportReport> answer(ImportReport report) {
		return ResponseEntity.status(report.succeeded() ? HttpStatus.OK : HttpStatus.UNPROCESSABLE_CONTENT)
			.body(report);
	}

	/**
	 * The body's content type is none the import reads.
	 */
	static class UnsupportedFormatException extends RuntimeException {

		private final String contentType;

		UnsupportedFormatException(String contentType) {
			super(null, null, false, false);
			this.contentType = contentType;
		}

		String contentType() {
			return this.contentType;
		}

	}

}
