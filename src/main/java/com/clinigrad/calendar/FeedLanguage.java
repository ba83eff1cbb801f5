package com.clinigrad.calendar;

import java.util.Locale;

/**
 * The language of a person's calendar feed, chosen when its address is made.
 */
public enum FeedLanguage {

	/** 中文. */
	ZH("zh", Locale.SIMPLIFIED_CHINESE),
	/** English. */
	EN("en", Locale.ENGLISH);

	private final String code;

	private final Locale locale;

	FeedLanguage(String code, Locale locale) {
		this.code = code;
		this.locale = locale;
	}

	String code() {
		return this.code;
	}

	public Locale locale() {
		return this.locale;
	}

	public String messageKey() {
		return "mycal.feed.language." + name();
	}

	/**
	 * @return the language of a page shown in that locale
	 */
	public static FeedLanguage of(Locale locale) {
		return "en".equals(locale.getLanguage()) ? EN : ZH;
	}

	static FeedLanguage of(String code) {
		for (FeedLanguage language : values()) {
			if (language.code.equals(code)) {
				return language;
			}
		}
		throw new IllegalArgumentException(code);
	}

}
