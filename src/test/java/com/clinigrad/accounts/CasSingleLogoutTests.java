package com.clinigrad.accounts;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The CAS logout request is taken only in its exact form and, when
 * {@code clinigrad.sso.cas.logout-from} names addresses, only from them (the ending of
 * sessions itself is shown against a running CAS server in {@code CasLoginTests}).
 */
class CasSingleLogoutTests {

	private static MockHttpServletRequest logoutRequest(String from) {
		MockHttpServletRequest request = new MockHttpServletRequest("POST", "/login/cas");
		request.setContentType("application/x-www-form-urlencoded");
		request.setParameter("logoutRequest",
				"<samlp:LogoutRequest xmlns:samlp=\"urn:oasis:names:tc:SAML:2.0:protocol\">"
						+ "<samlp:SessionIndex>ST-1</samlp:SessionIndex></samlp:LogoutRequest>");
		request.setRemoteAddr(from);
		return request;
	}

	@Test
	void theExactFormOnly() {
		assertThat(CasSingleLogout.LOGOUT_REQUEST.matches(logoutRequest("10.8.1.2"))).isTrue();
		MockHttpServletRequest get = logoutRequest("10.8.1.2");
		get.setMethod("GET");
		assertThat(CasSingleLogout.LOGOUT_REQUEST.matches(get)).isFalse();
		MockHttpServletRequest multipart = logoutRequest("10.8.1.2");
		multipart.setContentType("multipart/form-data; boundary=x");
		assertThat(CasSingleLogout.LOGOUT_REQUEST.matches(multipart)).isFalse();
		MockHttpServletRequest elsewhere = logoutRequest("10.8.1.2");
		elsewhere.setRequestURI("/students");
		assertThat(CasSingleLogout.LOGOUT_REQUEST.matches(elsewhere)).isFalse();
		MockHttpServletRequest withTicket = logoutRequest("10.8.1.2");
		withTicket.setParameter("ticket", "ST-2");
		assertThat(CasSingleLogout.LOGOUT_REQUEST.matches(withTicket)).isFalse();
	}

	@Test
	void aLogoutRequestFromAnotherAddressThanTheCasServersIsRefused() throws Exception {
		CasSingleLogout filter = new CasSingleLogout(null, null, null, List.of("10.8.0.0/16", "192.168.5.7"));
		MockHttpServletResponse refused = new MockHttpServletResponse();
		MockFilterChain chain = new MockFilterChain();
		filter.doFilter(logoutRequest("10.9.1.2"), refused, chain);
		assertThat(refused.getStatus()).isEqualTo(403);
		assertThat(chain.getRequest()).as("not passed on").isNull();
	}

}
