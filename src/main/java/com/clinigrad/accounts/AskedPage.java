package com.clinigrad.accounts;

import org.springframework.http.HttpMethod;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.savedrequest.RequestCache;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.AndRequestMatcher;
import org.springframework.security.web.util.matcher.NegatedRequestMatcher;
import org.springframework.security.web.util.matcher.RequestHeaderRequestMatcher;

/**
 * The page a person asked for before they logged in (a link in a notification mail, a
 * bookmark, the page they were on when their session ended): kept in the session while
 * the login page answers instead, and shown once they have logged in, by the form, OIDC
 * or CAS, instead of the home page. Only whole pages are kept: a GET that is not an htmx
 * panel or a script's request (shown after the login, a panel would be a page without its
 * layout). With nothing kept, a login lands on the home page.
 */
final class AskedPage {

	private static final RequestCache CACHE = pagesOnly();

	private AskedPage() {
	}

	/**
	 * @return where the pages' security keeps the asked page
	 */
	static RequestCache cache() {
		return CACHE;
	}

	private static RequestCache pagesOnly() {
		HttpSessionRequestCache cache = new HttpSessionRequestCache();
		cache.setRequestMatcher(new AndRequestMatcher(
				PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.GET, "/**"),
				new NegatedRequestMatcher(new RequestHeaderRequestMatcher("HX-Request")),
				new NegatedRequestMatcher(new RequestHeaderRequestMatcher("X-Requested-With", "XMLHttpRequest"))));
		// the page's own address after the login, without Spring Security's "?continue"
		cache.setMatchingRequestParameterName(null);
		return cache;
	}

	/**
	 * @return after a login: the asked page if one was kept, else the home page
	 */
	static AuthenticationSuccessHandler afterLogin() {
		SavedRequestAwareAuthenticationSuccessHandler handler = new SavedRequestAwareAuthenticationSuccessHandler();
		handler.setDefaultTargetUrl("/");
		handler.setRequestCache(cache());
		return handler;
	}

}
