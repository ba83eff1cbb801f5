package com.clinigrad.accounts;

import java.io.IOException;
import java.util.Enumeration;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletContext;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpSession;

/**
 * Just inside Spring Session's filter: notes when a request changes its session through
 * the servlet API (an attribute set or removed, the timeout, a new id, the end of the
 * session), so that {@link SavedSessionReuse} knows a session nobody changed needs no
 * write. Spring Security (the security context, the CSRF token, the asked page), Spring
 * MVC (flash attributes) and the application all reach the session through this API.
 */
final class SessionChangeTracking implements Filter {

	@Override
	public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
			throws IOException, ServletException {
		chain.doFilter((request instanceof HttpServletRequest http) ? new Tracked(http) : request, response);
	}

	private static final class Tracked extends HttpServletRequestWrapper {

		Tracked(HttpServletRequest request) {
			super(request);
		}

		@Override
		public HttpSession getSession(boolean create) {
			HttpSession session = super.getSession(create);
			return (session != null) ? new TrackedSession(session) : null;
		}

		@Override
		public HttpSession getSession() {
			return getSession(true);
		}

		@Override
		public String changeSessionId() {
			SavedSessionReuse.changed();
			return super.changeSessionId();
		}

	}

	private record TrackedSession(HttpSession session) implements HttpSession {

		@Override
		public long getCreationTime() {
			return this.session.getCreationTime();
		}

		@Override
		public String getId() {
			return this.session.getId();
		}

		@Override
		public long getLastAccessedTime() {
			return this.session.getLastAccessedTime();
		}

		@Override
		public ServletContext getServletContext() {
			return this.session.getServletContext();
		}

		@Override
		public void setMaxInactiveInterval(int interval) {
			SavedSessionReuse.changed();
			this.session.setMaxInactiveInterval(interval);
		}

		@Override
		public int getMaxInactiveInterval() {
			return this.session.getMaxInactiveInterval();
		}

		@Override
		public Object getAttribute(String name) {
			return this.session.getAttribute(name);
		}

		@Override
		public Enumeration<String> getAttributeNames() {
			return this.session.getAttributeNames();
		}

		@Override
		public void setAttribute(String name, Object value) {
			SavedSessionReuse.changed();
			this.session.setAttribute(name, value);
		}

		@Override
		public void removeAttribute(String name) {
			SavedSessionReuse.changed();
			this.session.removeAttribute(name);
		}

		@Override
		public void invalidate() {
			SavedSessionReuse.changed();
			this.session.invalidate();
		}

		@Override
		public boolean isNew() {
			return this.session.isNew();
		}

	}

}
