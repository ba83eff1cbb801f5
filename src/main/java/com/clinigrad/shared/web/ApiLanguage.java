package com.clinigrad.shared.web;

import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpHeaders;
import org.springframework.web.servlet.DispatcherServlet;

/**
 * The language of an API answer: the client's {@code Accept-Language} when it sends one
 * (English when it prefers English, Chinese otherwise), else the page language, Chinese
 * before the page language is known.
 */
public final class ApiLanguage {

	private ApiLanguage() {
	}

	public static Locale of(HttpServletRequest request) {
		String header = request.getHeader(HttpHeaders.ACCEPT_LANGUAGE);
		if (header == null || header.isBlank()) {
			// the page language once the dispatcher has resolved it; before (an answer
			// written by a filter) the request's locale is only the server's default
			boolean resolved = request.getAttribute(DispatcherServlet.LOCALE_RESOLVER_ATTRIBUTE) != null;
			return (resolved && "en".equals(LocaleContextHolder.getLocale().getLanguage())) ? Locale.ENGLISH
					: Locale.SIMPLIFIED_CHINESE;
		}
		try {
			for (Locale.LanguageRange range : Locale.LanguageRange.parse(header)) {
				String tag = range.getRange().toLowerCase(Locale.ROOT);
				if (range.getWeight() <= 0) {
					continue;
				}
				if (tag.equals("en") || tag.startsWith("en-")) {
					return Locale.ENGLISH;
				}
				if (tag.equals("zh") || tag.startsWith("zh-") || tag.equals("*")) {
					return Locale.SIMPLIFIED_CHINESE;
				}
			}
		}
		catch (IllegalArgumentException ex) {
			// a malformed header: answer in the default language
		}
		return Locale.SIMPLIFIED_CHINESE;
	}

}
