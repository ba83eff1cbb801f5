package com.clinigrad.eligibility;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import com.clinigrad.eligibility.rules.AuditOutcome;
import com.clinigrad.eligibility.rules.CheckResult;
import com.clinigrad.eligibility.rules.CheckStatus;
import com.clinigrad.eligibility.rules.Gate;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * When each unmet check falls due: an extension's date, the rule set's deadline, the
 * proposal at the end of the first year, the rest at the end of the standard length (a
 * year later for each year past it); met and waived checks have none.
 */
class CheckDeadlinesTests {

	static final LocalDate TODAY = LocalDate.of(2026, 12, 5);

	@Test
	void eachUnmetCheckFallsDueOnItsDay() {
		AuditOutcome outcome = outcome(check("CREDITS_TOTAL", CheckStatus.PASS),
				check("MILESTONE_PROPOSAL", CheckStatus.PENDING), check("MEDICAL_LICENSE", CheckStatus.PENDING),
				check("THESIS_LENGTH", CheckStatus.PENDING), check("SIMILARITY", CheckStatus.FAIL),
				check("PUBLICATION", CheckStatus.WAIVED), check("CLINICAL_MONTHS", CheckStatus.WAIVED));
		List<CheckDeadlines.Deadline> deadlines = CheckDeadlines.of(2024, 3, outcome,
				Map.of("MEDICAL_LICENSE", LocalDate.of(2027, 1, 31)),
				Map.of("CLINICAL_MONTHS", LocalDate.of(2027, 3, 1)), TODAY);
		assertThat(deadlines).containsExactly(
				new CheckDeadlines.Deadline("MILESTONE_PROPOSAL", LocalDate.of(2025, 6, 30), false),
				new CheckDeadlines.Deadline("MEDICAL_LICENSE", LocalDate.of(2027, 1, 31), false),
				new CheckDeadlines.Deadline("CLINICAL_MONTHS", LocalDate.of(2027, 3, 1), true),
				new CheckDeadlines.Deadline("SIMILARITY", LocalDate.of(2027, 6, 30), false),
				new CheckDeadlines.Deadline("THESIS_LENGTH", LocalDate.of(2027, 6, 30), false));
	}

	@Test
	void theDegreeDeadlineMovesOnAYearAtATimeOncePassed() {
		assertThat(CheckDeadlines.degreeDue(2023, 3, LocalDate.of(2026, 6, 30))).isEqualTo(LocalDate.of(2026, 6, 30));
		assertThat(CheckDeadlines.degreeDue(2023, 3, LocalDate.of(2026, 7, 1))).isEqualTo(LocalDate.of(2027, 6, 30));
		assertThat(CheckDeadlines.degreeDue(2020, 4, TODAY)).isEqualTo(LocalDate.of(2027, 6, 30));
		assertThat(CheckDeadlines.degreeDue(2026, 3, TODAY)).isEqualTo(LocalDate.of(2029, 6, 30));
	}

	@Test
	void aStudentWhoMetEverythingHasNoDeadline() {
		assertThat(CheckDeadlines.of(2023, 3,
				outcome(check("CREDITS_TOTAL", CheckStatus.PASS), check("PUBLICATION", CheckStatus.WAIVED)), Map.of(),
				Map.of(), TODAY))
			.isEmpty();
	}

	private static AuditOutcome outcome(CheckResult... checks) {
		return new AuditOutcome("M1", "PUMC-PRO-MASTER", "2021", TODAY, false, false, List.of(checks));
	}

	private static CheckResult check(String rule, CheckStatus status) {
		return new CheckResult(rule, Gate.DEGREE, status, "", "", "key", List.of());
	}

}
