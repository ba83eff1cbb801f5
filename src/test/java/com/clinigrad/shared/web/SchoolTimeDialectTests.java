package com.clinigrad.shared.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * Moments from the database (UTC) are shown in Beijing time: 16:30 UTC is 00:30 the next
 * day in Beijing.
 */
class SchoolTimeDialectTests {

	final SchoolTimeDialect.SchoolTimes school = new SchoolTimeDialect.SchoolTimes();

	@Test
	void utcMomentsAreShownInBeijingTime() {
		OffsetDateTime utc = OffsetDateTime.of(2026, 11, 27, 16, 30, 0, 0, ZoneOffset.UTC);
		assertThat(this.school.time(utc)).isEqualTo("2026-11-28 00:30");
		assertThat(this.school.date(utc)).isEqualTo("2026-11-28");
		assertThat(this.school.time(Instant.parse("2026-11-27T15:59:00Z"))).isEqualTo("2026-11-27 23:59");
		assertThat(this.school.date(LocalDate.parse("2026-11-27"))).isEqualTo("2026-11-27");
		assertThat(this.school.time(null)).isEmpty();
		assertThatIllegalArgumentException().isThrownBy(() -> this.school.time("2026-11-27"));
	}

}
