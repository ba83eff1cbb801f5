package com.clinigrad.accounts.web;

import com.clinigrad.accounts.SingleSignOn;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The login page (the form posts to Spring Security's {@code /login}; the university's
 * single sign-on, when switched on, is a link beside it) and the page an identity without
 * a Clinigrad account is shown.
 */
@Controller
class LoginController {

	private final SingleSignOn singleSignOn;

	LoginController(SingleSignOn singleSignOn) {
		this.singleSignOn = singleSignOn;
	}

	@GetMapping("/login")
	String login(Model model) {
		model.addAttribute("oidcLogin", this.singleSignOn.isOidcEnabled() ? SingleSignOn.OIDC_LOGIN : null);
		model.addAttribute("casLogin", this.singleSignOn.isCasEnabled() ? SingleSignOn.CAS_LOGIN : null);
		return "accounts/login";
	}

	@GetMapping(SingleSignOn.UNKNOWN_IDENTITY)
	String unknownIdentity() {
		return "accounts/unknown-identity";
	}

}
