package com.clinigrad.shared.web;

import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpHeaders;

/**
 * The language of an API answer: the client's {@code Accept-Language} when it sends one
 * (English when it prefers English, Chinese otherwise), else the page language.
 */
public final class ApiLanguage {

	private ApiLanguage() {
	}

	public static Locale of(HttpServletRequest request) {
		String header = request.getHeader(HttpHeaders.ACCEPT_LANGUAGE);
		if (header == null || header.isBlank()) {
			return "en".equals(LocaleContextHolder.getLocale().getLanguage()) ? Locale.ENGLISH
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
