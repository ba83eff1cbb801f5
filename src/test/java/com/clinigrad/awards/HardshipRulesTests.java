package com.clinigrad.awards;

import com.clinigrad.accounts.Role;
import com.clinigrad.shared.BusinessRuleException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The hardship application's workflow (家庭经济困难认定): the office reviews, the graduate school
 * decides, a decision is corrected only with a reason, and nothing skips a step.
 */
class HardshipRulesTests {

	@Test
	void theStatesAllowOnlyTheirMoves() {
		assertThat(HardshipState.SUBMITTED.allowedNext()).containsExactlyInAnyOrder(HardshipState.OFFICE_APPROVED,
				HardshipState.REFUSED);
		assertThat(HardshipState.OFFICE_APPROVED.canMoveTo(HardshipState.RECOGNISED)).isTrue();
		assertThat(HardshipState.SUBMITTED.canMoveTo(HardshipState.RECOGNISED)).isFalse();
		assertThat(HardshipState.REFUSED.canMoveTo(HardshipState.OFFICE_APPROVED)).isFalse();
		assertThat(HardshipState.SUBMITTED.actor()).isEqualTo(Role.HOSPITAL_OFFICE);
		assertThat(HardshipState.OFFICE_APPROVED.actor()).isEqualTo(Role.GRAD_SCHOOL);
		assertThat(HardshipState.RECOGNISED.decided()).isTrue();
		assertThat(HardshipState.OFFICE_APPROVED.waiting()).isTrue();
	}

	@Test
	void reviewedThenRecognisedThenCorrected() {
		HardshipApplication application = submitted();
		application.review(true, HardshipLevel.SPECIAL, null);
		assertThat(application.state()).isEqualTo(HardshipState.OFFICE_APPROVED);
		assertThat(application.level()).isEqualTo(HardshipLevel.SPECIAL);
		application.decide(true, HardshipLevel.GENERAL, "按一般困难认定");
		assertThat(application.state()).isEqualTo(HardshipState.RECOGNISED);
		assertThat(application.level()).isEqualTo(HardshipLevel.GENERAL);
		application.correct(null, "家庭情况已好转");
		assertThat(application.state()).isEqualTo(HardshipState.REFUSED);
		assertThat(application.level()).isNull();
		application.correct(HardshipLevel.SPECIAL, "复核后恢复认定");
		assertThat(application.state()).isEqualTo(HardshipState.RECOGNISED);
	}

	@Test
	void aRefusalOrACorrectionNeedsAReasonAndAnApprovalALevel() {
		assertThatThrownBy(() -> submitted().review(false, null, " ")).isInstanceOf(BusinessRuleException.class)
			.hasFieldOrPropertyWithValue("messageKey", "hardship.error.reasonRequired");
		assertThatThrownBy(() -> submitted().review(true, null, null)).isInstanceOf(BusinessRuleException.class)
			.hasFieldOrPropertyWithValue("messageKey", "hardship.error.levelRequired");
		HardshipApplication recognised = submitted();
		recognised.review(true, HardshipLevel.GENERAL, null);
		recognised.decide(true, HardshipLevel.GENERAL, null);
		assertThatThrownBy(() -> recognised.correct(HardshipLevel.SPECIAL, ""))
			.hasFieldOrPropertyWithValue("messageKey", "hardship.error.reasonRequired");
		assertThatThrownBy(() -> recognised.correct(HardshipLevel.GENERAL, "同上"))
			.hasFieldOrPropertyWithValue("messageKey", "hardship.error.unchanged");
	}

	@Test
	void noStepIsSkippedNorTakenTwice() {
		assertThatThrownBy(() -> submitted().decide(true, HardshipLevel.SPECIAL, null))
			.hasFieldOrPropertyWithValue("messageKey", "hardship.error.state");
		assertThatThrownBy(() -> submitted().correct(HardshipLevel.SPECIAL, "理由"))
			.hasFieldOrPropertyWithValue("messageKey", "hardship.error.state");
		HardshipApplication reviewed = submitted();
		reviewed.review(true, HardshipLevel.SPECIAL, null);
		assertThatThrownBy(() -> reviewed.review(true, HardshipLevel.SPECIAL, null))
			.hasFieldOrPropertyWithValue("messageKey", "hardship.error.state");
	}

	private static HardshipApplication submitted() {
		return new HardshipApplication(1, 2, 2026, HardshipState.SUBMITTED, null, 0);
	}

}
