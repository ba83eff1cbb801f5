package com.clinigrad.shared.web;

import java.time.LocalDate;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.Locale;

import com.clinigrad.shared.SchoolTime;

import org.springframework.context.MessageSource;

/**
 * The words of one language, for what a controller writes into a list's cells and its
 * export: messages by key, dates as the pages show them, several values joined as the
 * language joins them.
 */
public final class Words {

	private static final DateTimeFormatter DATE = DateTimeFormatter.ISO_LOCAL_DATE;

	private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

	private final MessageSource messages;

	private final Locale locale;

	public Words(MessageSource messages, Locale locale) {
		this.messages = messages;
		this.locale = locale;
	}

	/**
	 * @return the message in this language
	 */
	public String get(String key, Object... args) {
		return this.messages.getMessage(key, args, this.locale);
	}

	public boolean english() {
		return Locale.ENGLISH.getLanguage().equals(this.locale.getLanguage());
	}

	public Locale locale() {
		return this.locale;
	}

	/**
	 * @return {@code yyyy-MM-dd}, or an empty text
	 */
	public String date(LocalDate date) {
		return (date != null) ? DATE.format(date) : "";
	}

	/**
	 * @return the Beijing date of a moment, or an empty text
	 */
	public String date(OffsetDateTime moment) {
		return (moment != null) ? DATE.format(moment.atZoneSameInstant(SchoolTime.ZONE)) : "";
	}

	/**
	 * @return the Beijing date and time of a moment to the minute, or an empty text
	 */
	public String dateTime(OffsetDateTime moment) {
		return (moment != null) ? DATE_TIME.format(moment.atZoneSameInstant(SchoolTime.ZONE)) : "";
	}

	/**
	 * @return the Beijing date and time of a moment to the minute, or an empty text
	 */
	public String dateTime(Instant moment) {
		return (moment != null) ? DATE_TIME.format(moment.atZone(SchoolTime.ZONE)) : "";
	}

	/**
	 * @return the values joined as the language lists them (、 or a comma)
	 */
	public String join(Collection<String> values) {
		return String.join(get("list.separator"), values);
	}

}
