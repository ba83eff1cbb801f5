package com.clinigrad.awards;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import com.clinigrad.students.StatusChangeView;
import com.clinigrad.students.StudentStatus;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The months a stipend pays, from the status history: it stops the month after a delay
 * begins and restarts the first full month after the return; an award of ten months a
 * year pays September to June.
 */
class StipendMonthsTests {

	static final List<StatusChangeView> DELAYED_AND_BACK = List.of(
			change(StudentStatus.ENROLLED, StudentStatus.DELAYED, LocalDate.of(2026, 6, 10)),
			change(StudentStatus.DELAYED, StudentStatus.ENROLLED, LocalDate.of(2026, 9, 15)));

	@Test
	void aStipendStopsWhileDelayedAndRestartsTheMonthAfterTheReturn() {
		assertThat(statusOn(YearMonth.of(2026, 6))).isEqualTo(StudentStatus.ENROLLED);
		assertThat(statusOn(YearMonth.of(2026, 7))).isEqualTo(StudentStatus.DELAYED);
		// returned on 15 September: September still paused, October paid again
		assertThat(statusOn(YearMonth.of(2026, 9))).isEqualTo(StudentStatus.DELAYED);
		assertThat(statusOn(YearMonth.of(2026, 10))).isEqualTo(StudentStatus.ENROLLED);
		assertThat(StipendMonths.since(DELAYED_AND_BACK, LocalDate.of(2026, 8, 1)).effectiveOn())
			.isEqualTo(LocalDate.of(2026, 6, 10));
		// without a history, the status now
		assertThat(StipendMonths.statusOn(StudentStatus.DELAYED, List.of(), LocalDate.of(2026, 1, 1)))
			.isEqualTo(StudentStatus.DELAYED);
	}

	@Test
	void tenMonthsAYearPaySeptemberToJune() {
		assertThat(StipendMonths.paidMonth(10, YearMonth.of(2026, 9))).isTrue();
		assertThat(StipendMonths.paidMonth(10, YearMonth.of(2027, 6))).isTrue();
		assertThat(StipendMonths.paidMonth(10, YearMonth.of(2027, 7))).isFalse();
		assertThat(StipendMonths.paidMonth(10, YearMonth.of(2027, 8))).isFalse();
		assertThat(StipendMonths.paidMonth(12, YearMonth.of(2027, 8))).isTrue();
	}

	private static StudentStatus statusOn(YearMonth month) {
		return StipendMonths.statusOn(StudentStatus.ENROLLED, DELAYED_AND_BACK, month.atDay(1));
	}

	static StatusChangeView change(StudentStatus from, StudentStatus to, LocalDate on) {
		return new StatusChangeView(from, to, on, "学籍变动", null, "教务处", Instant.parse("2026-01-01T00:00:00Z"));
	}

}
