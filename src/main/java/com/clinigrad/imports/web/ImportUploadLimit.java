package com.clinigrad.imports.web;

import java.io.IOException;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import com.clinigrad.imports.ImportError;
import com.clinigrad.imports.ImportReport;
import com.clinigrad.shared.web.ApiLanguage;
import com.clinigrad.shared.web.UploadLimitAnswer;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;

/**
 * The import API's answer to a file over the upload limit: 413 with the import report
 * (nothing applied, one error for the request as a whole saying the limit), whether the
 * limit was seen from the announced length or while reading the body.
 */
@Component
class ImportUploadLimit implements UploadLimitAnswer {

	static final String PATH = "/api/v1/imports/";

	private static final long MEGABYTE = 1024 * 1024;

	private final MessageSource messages;

	private final JsonMapper json;

	ImportUploadLimit(MessageSource messages, JsonMapper json) {
		this.messages = messages;
		this.json = json;
	}

	@Override
	public boolean answers(HttpServletRequest request) {
		return request.getRequestURI().startsWith(request.getContextPath() + PATH);
	}

	@Override
	public void write(HttpServletRequest request, HttpServletResponse response, long maxBytes) throws IOException {
		response.setStatus(HttpStatus.CONTENT_TOO_LARGE.value());
		response.setContentType(MediaType.APPLICATION_JSON_VALUE);
		this.json.writeValue(response.getOutputStream(), report(request, maxBytes));
	}

	ImportReport report(HttpServletRequest request, long maxBytes) {
		String message = this.messages.getMessage("imports.error.tooLarge",
				new Object[] { String.valueOf(Math.max(1, maxBytes / MEGABYTE)) }, ApiLanguage.of(request));
		return new ImportReport(dataset(request), 0, List.of(new ImportError(0, "", "", message)));
	}

	private static String dataset(HttpServletRequest request) {
		String rest = request.getRequestURI().substring(request.getContextPath().length() + PATH.length());
		int slash = rest.indexOf('/');
		return (slash >= 0) ? rest.substring(0, slash) : rest;
	}

}
