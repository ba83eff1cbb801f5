package com.clinigrad.shared.web;

import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The page {@link UploadLimitFilter} sends a too-large upload to: what happened and what
 * to do, on the conflict page, with status 413.
 */
@Controller
class UploadLimitController {

	private final MessageSource messages;

	UploadLimitController(MessageSource messages) {
		this.messages = messages;
	}

	@GetMapping(UploadLimitFilter.PAGE)
	String tooLarge(Model model, Locale locale, HttpServletResponse response) {
		response.setStatus(HttpStatus.CONTENT_TOO_LARGE.value());
		model.addAttribute("conflictKey", "error.upload.tooLarge");
		model.addAttribute("conflictMessage", this.messages.getMessage("error.upload.tooLarge", null, locale));
		return "error/409";
	}

}
