package com.clinigrad.calendar;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The iCalendar text (RFC 5545): escaping of TEXT values, folding at 75 octets without
 * splitting a Chinese character, all-day dates with an exclusive end.
 */
class ICalendarTextTests {

	@Test
	void textValuesAreEscaped() {
		assertThat(ICalendarText.escape("a,b;c\\d\ne")).isEqualTo("a\\,b\\;c\\\\d\\ne");
	}

	@Test
	void longLinesAreFoldedAt75OctetsWithoutSplittingACharacter() {
		StringBuilder out = new StringBuilder();
		String summary = "SUMMARY:" + "轮转心内科".repeat(10);
		ICalendarText.line(out, summary);
		String[] lines = out.toString().split("\r\n");
		assertThat(lines.length).isGreaterThan(1);
		for (String line : lines) {
			assertThat(line.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(75);
		}
		for (int i = 1; i < lines.length; i++) {
			assertThat(lines[i]).startsWith(" ");
		}
		assertThat(out.toString().replace("\r\n ", "")).isEqualTo(summary + "\r\n");
	}

	@Test
	void anAllDayItemEndsTheDayAfterItsLastDay() {
		CalendarItem rotation = new CalendarItem("rotation-7", CalendarItemKind.ROTATION, LocalDate.of(2026, 12, 1),
				LocalDate.of(2026, 12, 31), "Rotation: Cardiology, H1", null, "/students/M1/rotations");
		String text = ICalendarText.write(List.of(rotation), "Mine", "https://cg.example",
				Instant.parse("2026-12-05T06:00:00Z"));
		assertThat(text).startsWith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n")
			.contains("UID:rotation-7@clinigrad\r\n")
			.contains("DTSTAMP:20261205T060000Z\r\n")
			.contains("DTSTART;VALUE=DATE:20261201\r\n")
			.contains("DTEND;VALUE=DATE:20270101\r\n")
			.contains("SUMMARY:Rotation: Cardiology\\, H1\r\n")
			.contains("URL:https://cg.example/students/M1/rotations\r\n")
			.endsWith("END:VEVENT\r\nEND:VCALENDAR\r\n");
	}

}
