package com.clinigrad.shared.web;

import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * What every page's model holds: whether the page is in English (to pick {@code name} or
 * {@code nameEn} of reference data), and the link of the language switch, which keeps the
 * page's query (a list's filters, sort and page) and replaces only the language.
 */
@ControllerAdvice
class PageModelAdvice {

	static final String LANGUAGE = "lang";

	@ModelAttribute("english")
	boolean english() {
		return Locale.ENGLISH.getLanguage().equals(LocaleContextHolder.getLocale().getLanguage());
	}

	@ModelAttribute("languageSwitchUrl")
	String languageSwitchUrl(HttpServletRequest request) {
		return languageSwitch(request.getQueryString(), english() ? "zh_CN" : "en");
	}

	/**
	 * @param rawQuery the page's query string as sent, or {@code null}
	 * @param language the language to switch to
	 * @return {@code ?} and the query with {@code lang} set to the language
	 */
	static String languageSwitch(String rawQuery, String language) {
		return QueryString.parse(rawQuery).without(LANGUAGE).with(LANGUAGE, language).url();
	}

}
