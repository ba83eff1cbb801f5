package com.clinigrad.shared.web;

import java.io.Serializable;

import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Messages shown once on the page a redirect leads to, by message key. They travel in the
 * session, which lives in the database: arguments that cannot be stored there travel as
 * their text.
 */
public final class Flash {

	private Flash() {
	}

	public static void success(RedirectAttributes attributes, String key, Object... args) {
		attributes.addFlashAttribute("flashSuccess", key);
		attributes.addFlashAttribute("flashArgs", storable(args));
	}

	public static void error(RedirectAttributes attributes, String key, Object... args) {
		attributes.addFlashAttribute("flashError", key);
		attributes.addFlashAttribute("flashArgs", storable(args));
	}

	/**
	 * @return the message arguments, each kept as it is when the session can store it,
	 * else as its text
	 */
	public static Object[] storable(Object[] args) {
		if (args == null) {
			return new Object[0];
		}
		Object[] kept = new Object[args.length];
		for (int i = 0; i < args.length; i++) {
			Object arg = args[i];
			kept[i] = (arg == null || arg instanceof Serializable) ? arg : String.valueOf(arg);
		}
		return kept;
	}

}
