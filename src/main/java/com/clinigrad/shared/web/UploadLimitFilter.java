package com.clinigrad.shared.web;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
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
 * The one limit on what a request may carry
 * ({@code spring.servlet.multipart.max-request-size}, 30 MB), for uploads and raw bodies
 * alike. A body announced larger is turned away before anything reads its parameters:
 * otherwise the first filter to ask for one (the CSRF check, the language switch) fails
 * inside the container and the user gets a bare container error. Pages are sent to a page
 * that says what happened; the API answers 413 with JSON, in the shape of the
 * {@link UploadLimitAnswer} for its path when there is one. A raw body sent without a
 * length is counted as it is read, and reading it fails with
 * {@link UploadTooLargeException} past the limit (the container itself limits multipart
 * bodies).
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class UploadLimitFilter extends OncePerRequestFilter {

	static final String PAGE = "/upload-too-large";

	private final long maxBytes;

	private final List<UploadLimitAnswer> answers;

	UploadLimitFilter(@Value("${spring.servlet.multipart.max-request-size:30MB}") DataSize maxRequestSize,
			List<UploadLimitAnswer> answers) {
		this.maxBytes = maxRequestSize.toBytes();
		this.answers = List.copyOf(answers);
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		long length = request.getContentLengthLong();
		if (length > this.maxBytes) {
			refuse(request, response);
		}
		else if (length < 0 && mayHaveBody(request) && !isMultipart(request)) {
			chain.doFilter(new LimitedBody(request, this.maxBytes), response);
		}
		else {
			chain.doFilter(request, response);
		}
	}

	private void refuse(HttpServletRequest request, HttpServletResponse response) throws IOException {
		if (!request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
			response.setStatus(HttpStatus.SEE_OTHER.value());
			response.setHeader("Location", request.getContextPath() + PAGE);
			return;
		}
		for (UploadLimitAnswer answer : this.answers) {
			if (answer.answers(request)) {
				answer.write(request, response, this.maxBytes);
				return;
			}
		}
		response.setStatus(HttpStatus.CONTENT_TOO_LARGE.value());
		response.setContentType(MediaType.APPLICATION_JSON_VALUE);
		response.getWriter().write("{\"error\":\"upload too large\",\"maxBytes\":" + this.maxBytes + "}");
	}

	private static boolean mayHaveBody(HttpServletRequest request) {
		return switch (request.getMethod()) {
			case "POST", "PUT", "PATCH" -> true;
			default -> false;
		};
	}

	private static boolean isMultipart(HttpServletRequest request) {
		String contentType = request.getContentType();
		return contentType != null && contentType.toLowerCase(Locale.ROOT).startsWith("multipart/");
	}

	/**
	 * A request whose body fails to read past the limit.
	 */
	static final class LimitedBody extends HttpServletRequestWrapper {

		private final long maxBytes;

		private ServletInputStream stream;

		LimitedBody(HttpServletRequest request, long maxBytes) {
			super(request);
			this.maxBytes = maxBytes;
		}

		@Override
		public ServletInputStream getInputStream() throws IOException {
			if (this.stream == null) {
				this.stream = new LimitedStream(super.getInputStream(), this.maxBytes);
			}
			return this.stream;
		}

		@Override
		public BufferedReader getReader() throws IOException {
			String encoding = getCharacterEncoding();
			Charset charset = (encoding != null) ? Charset.forName(encoding) : StandardCharsets.ISO_8859_1;
			return new BufferedReader(new InputStreamReader(getInputStream(), charset));
		}

	}

	private static final class LimitedStream extends ServletInputStream {

		private final ServletInputStream body;

		private final long maxBytes;

		private long read;

		LimitedStream(ServletInputStream body, long maxBytes) {
			this.body = body;
			this.maxBytes = maxBytes;
		}

		@Override
		public int read() throws IOException {
			int next = this.body.read();
			if (next >= 0) {
				count(1);
			}
			return next;
		}

		@Override
		public int read(byte[] buffer, int offset, int length) throws IOException {
			int count = this.body.read(buffer, offset, length);
			if (count > 0) {
				count(count);
			}
			return count;
		}

		private void count(int bytes) throws UploadTooLargeException {
			this.read += bytes;
			if (this.read > this.maxBytes) {
				throw new UploadTooLargeException(this.maxBytes);
			}
		}

		@Override
		public boolean isFinished() {
			return this.body.isFinished();
		}

		@Override
		public boolean isReady() {
			return this.body.isReady();
		}

		@Override
		public void setReadListener(ReadListener listener) {
			this.body.setReadListener(listener);
		}

	}

}
