package com.clinigrad.courses;

import java.util.EnumMap;
import java.util.Map;

import com.clinigrad.shared.BusinessRuleException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The grade sheet's one table of changes, tried exhaustively: every state with every
 * action either gives the state the workflow names or is refused with a reason in words.
 */
class GradeSheetStatusTests {

	/** What each state allows, and where each allowed action leads; nothing else is. */
	private static final Map<GradeSheetStatus, Map<GradeSheetAction, GradeSheetStatus>> ALLOWED = new EnumMap<>(Map.of(
			GradeSheetStatus.OPEN, Map.of(GradeSheetAction.RECORD, GradeSheetStatus.OPEN, GradeSheetAction.SUBMIT,
					GradeSheetStatus.SUBMITTED, GradeSheetAction.IMPORT, GradeSheetStatus.OPEN),
			GradeSheetStatus.SUBMITTED,
			Map.of(GradeSheetAction.REOPEN, GradeSheetStatus.REOPENED, GradeSheetAction.IMPORT,
					GradeSheetStatus.SUBMITTED),
			GradeSheetStatus.REOPENED,
			Map.of(GradeSheetAction.RECORD, GradeSheetStatus.REOPENED, GradeSheetAction.SUBMIT,
					GradeSheetStatus.SUBMITTED, GradeSheetAction.IMPORT, GradeSheetStatus.REOPENED)));

	@ParameterizedTest
	@EnumSource(GradeSheetStatus.class)
	void everyActionIsAllowedAsTheWorkflowSaysAndRefusedOtherwise(GradeSheetStatus from) {
		for (GradeSheetAction action : GradeSheetAction.values()) {
			GradeSheetStatus expected = ALLOWED.get(from).get(action);
			if (expected != null) {
				assertThat(from.next(action)).as("%s after %s", from, action).isEqualTo(expected);
				assertThat(from.allows(action)).isTrue();
			}
			else {
				assertThatExceptionOfType(BusinessRuleException.class).as("%s refuses %s", from, action)
					.isThrownBy(() -> from.next(action))
					.satisfies((ex) -> assertThat(ex.getMessageKey()).startsWith("grades.sheet.error."));
				assertThat(from.allows(action)).isFalse();
			}
		}
	}

	@Test
	void theRefusalsSayWhyInTheirOwnWords() {
		assertThat(refusal(GradeSheetStatus.SUBMITTED, GradeSheetAction.RECORD)).isEqualTo("grades.sheet.error.locked");
		assertThat(refusal(GradeSheetStatus.SUBMITTED, GradeSheetAction.SUBMIT))
			.isEqualTo("grades.sheet.error.alreadySubmitted");
		assertThat(refusal(GradeSheetStatus.OPEN, GradeSheetAction.REOPEN))
			.isEqualTo("grades.sheet.error.notSubmitted");
		assertThat(refusal(GradeSheetStatus.REOPENED, GradeSheetAction.REOPEN))
			.isEqualTo("grades.sheet.error.alreadyReopened");
	}

	@Test
	void onlyASubmittedSheetIsLocked() {
		assertThat(GradeSheetStatus.SUBMITTED.locked()).isTrue();
		assertThat(GradeSheetStatus.OPEN.locked()).isFalse();
		assertThat(GradeSheetStatus.REOPENED.locked()).isFalse();
	}

	private static String refusal(GradeSheetStatus from, GradeSheetAction action) {
		try {
			from.next(action);
			throw new AssertionError(from + " allowed " + action);
		}
		catch (BusinessRuleException ex) {
			return ex.getMessageKey();
		}
	}

}
