package com.clinigrad.accounts;

import java.util.HashSet;
import java.util.Set;

import org.springframework.security.authentication.AuthenticationTrustResolver;
import org.springframework.security.authentication.AuthenticationTrustResolverImpl;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Who is looking at a page, worked out once per page: the layout asks for it once
 * ({@code ${@pageViewers.current()}}) and the page reads its answers, instead of a
 * {@code sec:authorize} expression evaluated on each element (a security expression
 * context built every time). The answers are those of the expressions: logged in as
 * {@code isAuthenticated()} (not anonymous), roles as {@code hasRole} (the
 * authentication's {@code ROLE_} authorities).
 */
@Component("pageViewers")
public class PageViewers {

	private static final String ROLE_PREFIX = "ROLE_";

	private static final AuthenticationTrustResolver TRUST = new AuthenticationTrustResolverImpl();

	/**
	 * @return the caller of the page being rendered ({@link PageViewer#NOBODY} on the
	 * login page)
	 */
	public PageViewer current() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (!TRUST.isAuthenticated(authentication)) {
			return PageViewer.NOBODY;
		}
		Set<String> roles = new HashSet<>();
		for (GrantedAuthority authority : authentication.getAuthorities()) {
			String name = authority.getAuthority();
			if (name != null && name.startsWith(ROLE_PREFIX)) {
				roles.add(name.substring(ROLE_PREFIX.length()));
			}
		}
		String displayName = (authentication.getPrincipal() instanceof AccountPrincipal principal)
				? principal.getDisplayName() : authentication.getName();
		return new PageViewer(true, authentication.getName(), displayName, roles);
	}

	/**
	 * The caller of a page.
	 *
	 * @param authenticated logged in ({@code isAuthenticated()})
	 * @param name the login name ({@code sec:authentication="name"})
	 * @param displayName the name shown in the navigation bar
	 * @param roles the role names without their {@code ROLE_} prefix
	 */
	public record PageViewer(boolean authenticated, String name, String displayName, Set<String> roles) {

		static final PageViewer NOBODY = new PageViewer(false, null, null, Set.of());

		public PageViewer {
			roles = Set.copyOf(roles);
		}

		/**
		 * @return whether the caller holds the role ({@code hasRole(role)})
		 */
		public boolean has(String role) {
			return this.roles.contains(role);
		}

		/**
		 * @return whether the caller holds one of the roles ({@code hasAnyRole(...)})
		 */
		public boolean hasAny(String... candidates) {
			for (String role : candidates) {
				if (this.roles.contains(role)) {
					return true;
				}
			}
			return false;
		}

	}

}
