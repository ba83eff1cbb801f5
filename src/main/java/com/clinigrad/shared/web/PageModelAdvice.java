package com.clinigrad.shared.web;

import java.util.Locale;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * What every page's model holds: whether the page is in English (to pick {@code name} or
 * {@code nameEn} of reference data).
 */
@ControllerAdvice
class PageModelAdvice {

	@ModelAttribute("english")
	boolean english() {
		return Locale.ENGLISH.getLanguage().equals(LocaleContextHolder.getLocale().getLanguage());
	}

}
