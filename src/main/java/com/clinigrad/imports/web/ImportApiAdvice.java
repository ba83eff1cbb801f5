package com.clinigrad.imports.web;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletRequest;

import com.clinigrad.shared.web.ApiLanguage;
import com.clinigrad.shared.web.UploadTooLargeException;
import com.clinigrad.imports.ImportDataset;
import com.clinigrad.imports.ImportError;
import com.clinigrad.imports.ImportReport;
import com.clinigrad.imports.ImportService;
import com.clinigrad.imports.UnknownDatasetException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.HandlerMapping;

/**
 * Keeps the import API's failures JSON in the report's shape (an unknown dataset 404, a
 * caller without the graduate-school role 403, a body over the upload limit 413, anything
 * else with its status), instead of the HTML error pages.
 */
@RestControllerAdvice(assignableTypes = ImportApiController.class)
class ImportApiAdvice {

	private static final Logger log = LoggerFactory.getLogger(ImportApiAdvice.class);

	private final ImportService imports;

	private final MessageSource messages;

	private final ImportUploadLimit uploadLimit;

	ImportApiAdvice(ImportService imports, MessageSource messages, ImportUploadLimit uploadLimit) {
		this.imports = imports;
		this.messages = messages;
		this.uploadLimit = uploadLimit;
	}

	@ExceptionHandler(UnknownDatasetException.class)
	ResponseEntity<ImportReport> unknownDataset(UnknownDatasetException ex, HttpServletRequest request) {
		String known = this.imports.datasets().stream().map(ImportDataset::name).collect(Collectors.joining(", "));
		return answer(request, HttpStatus.NOT_FOUND, ex.getDataset(), "imports.error.unknownDataset", ex.getDataset(),
				known);
	}

	@ExceptionHandler(AccessDeniedException.class)
	ResponseEntity<ImportReport> forbidden(HttpServletRequest request) {
		return answer(request, HttpStatus.FORBIDDEN, "", "imports.error.forbidden");
	}

	@ExceptionHandler(ImportApiController.UnsupportedFormatException.class)
	ResponseEntity<ImportReport> unsupportedFormat(ImportApiController.UnsupportedFormatException ex,
			HttpServletRequest request) {
		return answer(request, HttpStatus.UNSUPPORTED_MEDIA_TYPE, (ex.contentType() != null) ? ex.contentType() : "",
				"imports.error.unsupportedFormat");
	}

	@ExceptionHandler(Exception.class)
	ResponseEntity<ImportReport> failed(Exception ex, HttpServletRequest request) {
		if (ex instanceof ErrorResponse response) {
			// the answer's detail is written for clients; the exception's message is not
			String detail = response.getBody().getDetail();
			return answer(request, response.getStatusCode(), "", "imports.error.badRequest",
					(detail != null) ? detail : response.getStatusCode().toString());
		}
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			if (cause instanceof UploadTooLargeException tooLarge) {
				// a body sent without a length, found too large while read
				return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE)
					.contentType(MediaType.APPLICATION_JSON)
					.body(this.uploadLimit.report(request, tooLarge.maxBytes()));
			}
		}
		if (ex instanceof HttpMessageNotReadableException) {
			return answer(request, HttpStatus.BAD_REQUEST, "", "imports.error.unreadableBody");
		}
		log.error("Import request {} failed", request.getRequestURI(), ex);
		return answer(request, HttpStatus.INTERNAL_SERVER_ERROR, "", "imports.error.internal");
	}

	private ResponseEntity<ImportReport> answer(HttpServletRequest request, HttpStatusCode status, String value,
			String messageKey, Object... arguments) {
		String message = this.messages.getMessage(messageKey, arguments, ApiLanguage.of(request));
		ImportReport report = new ImportReport(dataset(request), 0, List.of(new ImportError(0, "", value, message)));
		return ResponseEntity.status(status).contentType(MediaType.APPLICATION_JSON).body(report);
	}

	private static String dataset(HttpServletRequest request) {
		Object variables = request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
		if (variables instanceof Map<?, ?> map && map.get("dataset") instanceof String dataset) {
			return dataset;
		}
		return "";
	}

}
