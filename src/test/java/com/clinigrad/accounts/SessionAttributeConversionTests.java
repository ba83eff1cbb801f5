package com.clinigrad.accounts;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.core.convert.support.GenericConversionService;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.csrf.DefaultCsrfToken;
import org.springframework.security.web.csrf.HttpSessionCsrfTokenRepository;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The session's attributes as bytes and back: a security context read again from the same
 * bytes shares its authentication but is a context of its own; a CSRF token, which cannot
 * change, is handed out as kept.
 */
class SessionAttributeConversionTests {

	private final GenericConversionService conversion = SessionAttributeConversion.create(getClass().getClassLoader());

	@Test
	void aContextReadTwiceFromTheSameBytesIsTwoContextsAroundOneAuthentication() {
		byte[] stored = bytes(context("wang"));

		SecurityContext first = read(stored);
		SecurityContext second = read(stored);

		assertThat(second).isNotSameAs(first).isEqualTo(first);
		assertThat(second.getAuthentication()).isSameAs(first.getAuthentication());
		assertThat(second.getAuthentication().getName()).isEqualTo("wang");
	}

	@Test
	void aRequestThatEmptiesItsContextLeavesTheNextRequestsContextAsStored() {
		byte[] stored = bytes(context("wang"));
		read(stored);
		SecurityContext loggingOut = read(stored);

		loggingOut.setAuthentication(null);

		assertThat(read(stored).getAuthentication()).isNotNull()
			.extracting((authentication) -> authentication.getName())
			.isEqualTo("wang");
	}

	@Test
	void otherBytesAreReadForThemselves() {
		SecurityContext wang = read(bytes(context("wang")));
		SecurityContext li = read(bytes(context("li")));

		assertThat(li.getAuthentication().getName()).isEqualTo("li");
		assertThat(wang.getAuthentication().getName()).isEqualTo("wang");
		assertThat(this.conversion.convert(bytes("zh_CN"), Object.class)).isEqualTo("zh_CN");
		assertThat(this.conversion.convert(bytes(new SecurityContextImpl()), Object.class))
			.isEqualTo(new SecurityContextImpl());
	}

	@Test
	void aCsrfTokenReadTwiceIsTheSameUnchangeableToken() {
		CsrfToken token = new HttpSessionCsrfTokenRepository().generateToken(new MockHttpServletRequest());
		byte[] stored = bytes(token);

		Object first = this.conversion.convert(stored, Object.class);
		Object second = this.conversion.convert(stored, Object.class);

		assertThat(first).isInstanceOf(DefaultCsrfToken.class).isSameAs(second);
		assertThat(((CsrfToken) second).getToken()).isEqualTo(token.getToken());
		CsrfToken other = new HttpSessionCsrfTokenRepository().generateToken(new MockHttpServletRequest());
		assertThat(((CsrfToken) this.conversion.convert(bytes(other), Object.class)).getToken())
			.isEqualTo(other.getToken())
			.isNotEqualTo(token.getToken());
	}

	private SecurityContext read(byte[] stored) {
		return (SecurityContext) this.conversion.convert(stored, Object.class);
	}

	private byte[] bytes(Object value) {
		return this.conversion.convert(value, byte[].class);
	}

	private static SecurityContext context(String username) {
		return new SecurityContextImpl(UsernamePasswordAuthenticationToken.authenticated(username, null,
				List.of(new SimpleGrantedAuthority("ROLE_GRAD_SCHOOL"))));
	}

}
