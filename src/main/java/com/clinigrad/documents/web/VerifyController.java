package com.clinigrad.documents.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import com.clinigrad.documents.Documents;
import com.clinigrad.documents.VerifyThrottle;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The public verification page a document's QR code points to (no login): what the
 * document states, or that the code is not valid or the document revoked. Each address
 * may ask a limited number of times a minute; beyond it the page answers 429.
 */
@Controller
class VerifyController {

	private final Documents documents;

	private final VerifyThrottle throttle;

	VerifyController(Documents documents, VerifyThrottle throttle) {
		this.documents = documents;
		this.throttle = throttle;
	}

	@GetMapping("/verify/{code}")
	String verify(@PathVariable String code, HttpServletRequest request, HttpServletResponse response, Model model) {
		response.setHeader("Cache-Control", "no-store");
		response.setHeader("X-Robots-Tag", "noindex");
		if (!this.throttle.allow(request.getRemoteAddr())) {
			response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
			response.setHeader("Retry-After", "60");
			return "documents/verify-limit";
		}
		model.addAttribute("verification", this.documents.verify(code).orElse(null));
		return "documents/verify";
	}

}
