package com.clinigrad.support;

import jakarta.servlet.http.Cookie;

import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.ResultHandler;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * A browser's session cookie for MockMvc: sessions live in the database (Spring Session
 * JDBC) and are found by their {@code SESSION} cookie, not by the container's session.
 * {@code .with(session)} sends the cookie, {@code .andDo(session)} keeps the one an
 * answer sets (a login changes it; a logout clears it).
 */
public final class SessionCookie implements RequestPostProcessor, ResultHandler {

	/** The cookie Spring Session writes. */
	public static final String NAME = "SESSION";

	private Cookie cookie;

	@Override
	public MockHttpServletRequest postProcessRequest(MockHttpServletRequest request) {
		if (this.cookie != null) {
			request.setCookies(this.cookie);
		}
		return request;
	}

	@Override
	public void handle(MvcResult result) {
		Cookie set = result.getResponse().getCookie(NAME);
		if (set != null) {
			this.cookie = (set.getMaxAge() == 0) ? null : new Cookie(NAME, set.getValue());
		}
	}

	/**
	 * @return the session cookie's value now, or {@code null} without a session
	 */
	public String value() {
		return (this.cookie != null) ? this.cookie.getValue() : null;
	}

}
