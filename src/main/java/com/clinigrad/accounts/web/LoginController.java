package com.clinigrad.accounts.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The login page (the form posts to Spring Security's {@code /login}).
 */
@Controller
class LoginController {

	@GetMapping("/login")
	String login() {
		return "accounts/login";
	}

}
