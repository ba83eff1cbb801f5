package com.clinigrad.calendar;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * Writes calendar items as an iCalendar stream (RFC 5545): all-day events
 * ({@code DTSTART;VALUE=DATE}, {@code DTEND} the day after the last), text escaped
 * (§3.3.11), lines ended by CRLF and folded before 75 octets without splitting a UTF-8
 * character (§3.1).
 */
final class ICalendarText {

	private static final String CRLF = "\r\n";

	private static final int MAX_OCTETS = 75;

	private static final DateTimeFormatter DATE = DateTimeFormatter.BASIC_ISO_DATE;

	private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
		.withZone(ZoneOffset.UTC);

	/** The domain part of every UID, so that they are unique beyond this application. */
	static final String UID_DOMAIN = "@clinigrad";

	private ICalendarText() {
	}

	static String write(List<CalendarItem> items, String name, String baseUrl, Instant now) {
		StringBuilder out = new StringBuilder();
		line(out, "BEGIN:VCALENDAR");
		line(out, "VERSION:2.0");
		line(out, "PRODID:-//Clinigrad//Personal calendar//EN");
		line(out, "CALSCALE:GREGORIAN");
		line(out, "METHOD:PUBLISH");
		line(out, "X-WR-CALNAME:" + escape(name));
		line(out, "X-WR-TIMEZONE:Asia/Shanghai");
		line(out, "REFRESH-INTERVAL;VALUE=DURATION:PT6H");
		line(out, "X-PUBLISHED-TTL:PT6H");
		String stamp = STAMP.format(now);
		for (CalendarItem item : items) {
			line(out, "BEGIN:VEVENT");
			line(out, "UID:" + escape(item.uid() + UID_DOMAIN));
			line(out, "DTSTAMP:" + stamp);
			line(out, "DTSTART;VALUE=DATE:" + DATE.format(item.start()));
			line(out, "DTEND;VALUE=DATE:" + DATE.format(item.end().plusDays(1)));
			line(out, "SUMMARY:" + escape(item.title()));
			if (item.detail() != null && !item.detail().isBlank()) {
				line(out, "DESCRIPTION:" + escape(item.detail()));
			}
			if (item.link() != null) {
				line(out, "URL:" + baseUrl + item.link());
			}
			line(out, "CATEGORIES:" + escape(item.kind().name()));
			line(out, "TRANSP:TRANSPARENT");
			line(out, "END:VEVENT");
		}
		line(out, "END:VCALENDAR");
		return out.toString();
	}

	/**
	 * Escapes a TEXT value: backslash, semicolon, comma and line breaks.
	 */
	static String escape(String text) {
		StringBuilder out = new StringBuilder(text.length());
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			switch (c) {
				case '\\' -> out.append("\\\\");
				case ';' -> out.append("\\;");
				case ',' -> out.append("\\,");
				case '\n' -> out.append("\\n");
				case '\r' -> {
				}
				default -> out.append(c);
			}
		}
		return out.toString();
	}

	/**
	 * Appends a content line, folded so that no line is longer than 75 octets (a
	 * continuation line starts with a space, which counts).
	 */
	static void line(StringBuilder out, String content) {
		int octets = 0;
		for (int i = 0; i < content.length();) {
			int codePoint = content.codePointAt(i);
			int size = new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8).length;
			if (octets + size > MAX_OCTETS) {
				out.append(CRLF).append(' ');
				octets = 1;
			}
			out.appendCodePoint(codePoint);
			octets += size;
			i += Character.charCount(codePoint);
		}
		out.append(CRLF);
	}

}
