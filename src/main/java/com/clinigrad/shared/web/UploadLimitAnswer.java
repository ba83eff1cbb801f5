package com.clinigrad.shared.web;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * How an API answers a request whose body is over the upload limit, for the paths it
 * serves (the import API answers in its report's shape). The limit and when it applies
 * are {@link UploadLimitFilter}'s alone; an API without an answer of its own gets a plain
 * JSON error.
 */
public interface UploadLimitAnswer {

	/**
	 * @return whether this answer is the one for the request's path
	 */
	boolean answers(HttpServletRequest request);

	/**
	 * Writes the whole answer; the status is 413.
	 * @param maxBytes the largest body a request may carry
	 */
	void write(HttpServletRequest request, HttpServletResponse response, long maxBytes) throws IOException;

}
