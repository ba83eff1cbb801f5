package com.clinigrad.accounts;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import org.aopalliance.intercept.MethodInterceptor;
import org.aopalliance.intercept.MethodInvocation;

import org.springframework.session.Session;

/**
 * One session query per page instead of two. At the end of a request Spring Session's
 * filter saves the session and then reads it again from the database, only to learn
 * whether the session id the browser sent is still valid before deciding to send the
 * cookie again (spring-session issue 1731): a second query on every page view. Within one
 * request on one thread, the session repository now answers that read with the session it
 * has just saved (same id, not expired), which is what the query would return unless
 * another node deleted the row in the instant between; then the cookie is not sent again,
 * which changes nothing for the browser (it already holds that id, and the next request
 * finds no session as before). Every other read goes to the database.
 * <p>
 * The saved session is remembered only while a request passes the filter that
 * {@link SessionStoreConfiguration} places just outside Spring Session's, and forgotten
 * when the request ends or at the first read after the save, so that nothing carries over
 * to the next request the thread serves.
 */
final class SavedSessionReuse implements MethodInterceptor, Filter {

	private static final ThreadLocal<Boolean> IN_REQUEST = new ThreadLocal<>();

	private static final ThreadLocal<Session> SAVED = new ThreadLocal<>();

	/** The request's session as read from the database, and its last access then. */
	private static final ThreadLocal<Loaded> LOADED = new ThreadLocal<>();

	/** Set when this request changed its session ({@link SessionChangeTracking}). */
	private static final ThreadLocal<Boolean> CHANGED = new ThreadLocal<>();

	/**
	 * Notes that the current request changed its session: it is written at the end.
	 */
	static void changed() {
		CHANGED.set(Boolean.TRUE);
	}

	@Override
	public Object invoke(MethodInvocation invocation) throws Throwable {
		Object[] arguments = invocation.getArguments();
		switch (invocation.getMethod().getName()) {
			case "save" -> {
				SAVED.remove();
				if (unchanged(arguments)) {
					// nothing stored would change: no transaction, no statement
					SAVED.set((Session) arguments[0]);
					return null;
				}
				Object result = invocation.proceed();
				if (IN_REQUEST.get() != null && arguments.length == 1 && arguments[0] instanceof Session session) {
					SAVED.set(session);
				}
				return result;
			}
			case "findById" -> {
				Session saved = SAVED.get();
				SAVED.remove();
				if (saved != null && arguments.length == 1 && saved.getId().equals(arguments[0])
						&& !saved.isExpired()) {
					return saved;
				}
				Object found = invocation.proceed();
				// the request's own session is the first it reads (Spring Session's
				// filter
				// reads it when the request first asks for it)
				if (IN_REQUEST.get() != null && LOADED.get() == null && found instanceof Session session) {
					LOADED.set(new Loaded(session, session.getLastAccessedTime()));
				}
				return found;
			}
			default -> {
				SAVED.remove();
				return invocation.proceed();
			}
		}
	}

	@Override
	public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
			throws IOException, ServletException {
		if (IN_REQUEST.get() != null) {
			// a forward, include or error dispatch within the request
			chain.doFilter(request, response);
			return;
		}
		IN_REQUEST.set(Boolean.TRUE);
		try {
			chain.doFilter(request, response);
		}
		finally {
			SAVED.remove();
			LOADED.remove();
			CHANGED.remove();
			IN_REQUEST.remove();
		}
	}

	/**
	 * @return whether saving would change nothing that is stored: the very session object
	 * the request read, under the same id, not changed through the servlet API, its last
	 * access moved by less than the precision at which it is written
	 * ({@link SessionStoreConfiguration#LAST_ACCESS_PRECISION}, as the update itself
	 * checks)
	 */
	private static boolean unchanged(Object[] arguments) {
		Loaded loaded = LOADED.get();
		return IN_REQUEST.get() != null && CHANGED.get() == null && loaded != null && arguments.length == 1
				&& arguments[0] == loaded.session() && loaded.id().equals(loaded.session().getId())
				&& Duration.between(loaded.lastAccess(), loaded.session().getLastAccessedTime())
					.compareTo(SessionStoreConfiguration.LAST_ACCESS_PRECISION) < 0;
	}

	/**
	 * @param id the session's id when it was read (a new id is written)
	 */
	private record Loaded(Session session, String id, Instant lastAccess) {

		Loaded(Session session, Instant lastAccess) {
			this(session, session.getId(), lastAccess);
		}

	}

}
