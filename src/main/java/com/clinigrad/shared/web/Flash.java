package com.clinigrad.shared.web;

import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Messages shown once on the page a redirect leads to, by message key.
 */
public final class Flash {

	private Flash() {
	}

	public static void success(RedirectAttributes attributes, String key, Object... args) {
		attributes.addFlashAttribute("flashSuccess", key);
		attributes.addFlashAttribute("flashArgs", args);
	}

	public static void error(RedirectAttributes attributes, String key, Object... args) {
		attributes.addFlashAttribute("flashError", key);
		attributes.addFlashAttribute("flashArgs", args);
	}

}
