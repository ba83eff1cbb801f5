package com.clinigrad.shared.web;

import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * What every page's model holds: whether the page is in English (to pick {@code name} or
 * {@code nameEn} of reference data), and the link of the language switch, which keeps the
 * page's query (a list's filters, sort and page) and replaces only the language.
 */
@Component
class LanguageModel implements PageModel {

	static final String LANGUAGE = "lang";

	@Override
	public void addTo(Map<String, Object> model, HttpServletRequest request) {
		model.put("english", english());
		model.put("languageSwitchUrl", languageSwitchUrl(request));
	}

	boolean english() {
		return Locale.ENGLISH.getLanguage().equals(LocaleContextHolder.getLocale().getLanguage());
	}

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
