package com.clinigrad.documents;

import java.util.Locale;

/**
 * The language a document is written in.
 */
public enum DocumentLanguage {

	ZH(Locale.SIMPLIFIED_CHINESE), EN(Locale.ENGLISH);

	private final Locale locale;

	DocumentLanguage(Locale locale) {
		this.locale = locale;
	}

	public Locale locale() {
		return this.locale;
	}

	public boolean english() {
		return this == EN;
	}

	public String messageKey() {
		return "documents.language." + name();
	}

}
