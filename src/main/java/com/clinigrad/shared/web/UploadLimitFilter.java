package com.clinigrad.shared.web;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Turns away an upload larger than a request may carry before anything reads its
 * parameters: otherwise the first filter to ask for one (the CSRF check, the language
 * switch) fails inside the container and the user gets a bare container error. Pages are
 * sent to a page that says what happened; the API answers 413 with a JSON error.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class UploadLimitFilter extends OncePerRequestFilter {

	static final String PAGE = "/upload-too-large";

	private final long maxBytes;

	UploadLimitFilter(@Value("${spring.servlet.multipart.max-request-size:30MB}") DataSize maxRequestSize) {
		this.maxBytes = maxRequestSize.toBytes();
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String contentType = request.getContentType();
		if (contentType == null || !contentType.startsWith(MediaType.MULTIPART_FORM_DATA_VALUE)
				|| request.getContentLengthLong() <= this.maxBytes) {
			chain.doFilter(request, response);
			return;
		}
		if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
			response.setStatus(HttpStatus.CONTENT_TOO_LARGE.value());
			response.setContentType(MediaType.APPLICATION_JSON_VALUE);
			response.getWriter().write("{\"error\":\"upload too large\",\"maxBytes\":" + this.maxBytes + "}");
			return;
		}
		response.setStatus(HttpStatus.SEE_OTHER.value());
		response.setHeader("Location", request.getContextPath() + PAGE);
	}

}
