package com.clinigrad.courses;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.Map;

import com.clinigrad.shared.BusinessRuleException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * A practice-credit application's chain: every change the table does not allow is
 * refused, the allowed ones lead where they should, rejections say why and credits stay
 * within the program's bounds.
 */
class PracticeApplicationTests {

	private static final CoursePolicy TWO_TO_FOUR = new CoursePolicy("PUMC-PRO-MASTER", new BigDecimal("2"),
			new BigDecimal("4"), 2, 3);

	/**
	 * The allowed transitions, written out independently of {@link PracticeStatus#next}.
	 */
	private static final Map<PracticeStatus, Map<PracticeAction, PracticeStatus>> ALLOWED = new EnumMap<>(
			PracticeStatus.class);

	static {
		for (PracticeStatus status : PracticeStatus.values()) {
			ALLOWED.put(status, new EnumMap<>(PracticeAction.class));
		}
		ALLOWED.get(PracticeStatus.SUBMITTED).put(PracticeAction.HOSPITAL_APPROVE, PracticeStatus.HOSPITAL_APPROVED);
		ALLOWED.get(PracticeStatus.SUBMITTED).put(PracticeAction.HOSPITAL_REJECT, PracticeStatus.REJECTED);
		ALLOWED.get(PracticeStatus.HOSPITAL_APPROVED).put(PracticeAction.SCHOOL_APPROVE, PracticeStatus.APPROVED);
		ALLOWED.get(PracticeStatus.HOSPITAL_APPROVED).put(PracticeAction.SCHOOL_REJECT, PracticeStatus.REJECTED);
	}

	@Test
	void everyTransitionOutsideTheTableIsRefusedAndEveryOneInItLeadsWhereItShould() {
		int refused = 0;
		for (PracticeStatus status : PracticeStatus.values()) {
			for (PracticeAction action : PracticeAction.values()) {
				PracticeStatus expected = ALLOWED.get(status).get(action);
				if (expected != null) {
					assertThat(status.next(action)).as("%s %s", status, action).isEqualTo(expected);
				}
				else {
					BusinessRuleException refusal = catchThrowableOfType(BusinessRuleException.class,
							() -> status.next(action));
					assertThat(refusal).as("%s %s", status, action).isNotNull();
					assertThat(refusal.getMessageKey()).isEqualTo((action.stage() == PracticeStage.HOSPITAL_REVIEW)
							? "practice.error.notAwaitingHospital" : "practice.error.notAwaitingSchool");
					refused++;
				}
			}
		}
		assertThat(refused).isEqualTo(PracticeStatus.values().length * PracticeAction.values().length - 4);
	}

	@Test
	void theStatusesSayWhoIsAwaited() {
		for (PracticeStatus status : PracticeStatus.values()) {
			assertThat(status.open()).as("%s", status).isEqualTo(status.awaitsHospital() || status.awaitsSchool());
			assertThat(PracticeStatus.DECIDED.contains(status)).as("%s", status).isEqualTo(!status.open());
			assertThat(PracticeStatus.HELD.contains(status)).as("%s", status).isEqualTo(!status.rejected());
		}
	}

	@Test
	void anApplicationPassesBothOfficesAndIsAwardedItsCreditsWithEveryStepKept() {
		PracticeApplication application = submitted();
		application.reviewByHospital(true, " 材料齐全 ", "教育处");
		assertThat(application.getStatus()).isEqualTo(PracticeStatus.HOSPITAL_APPROVED);
		application.decideBySchool(true, new BigDecimal("3"), TWO_TO_FOUR, "专家审核通过", "研究生院");
		assertThat(application.getStatus()).isEqualTo(PracticeStatus.APPROVED);
		assertThat(application.getCreditsAwarded()).isEqualByComparingTo("3");
		assertThat(application.getSteps()).extracting(PracticeStep::getStep)
			.containsExactly(PracticeStage.SUBMIT, PracticeStage.HOSPITAL_REVIEW, PracticeStage.SCHOOL_DECISION);
		assertThat(application.getSteps()).extracting(PracticeStep::getDecision)
			.containsExactly(PracticeDecision.SUBMITTED, PracticeDecision.APPROVED, PracticeDecision.APPROVED);
		assertThat(application.getSteps()).extracting(PracticeStep::getReason).containsExactly(null, "材料齐全", "专家审核通过");
		assertThat(application.getSteps()).extracting(PracticeStep::getCredits)
			.containsExactly(new BigDecimal("2.5"), null, new BigDecimal("3"));
	}

	@Test
	void aRejectionNeedsAReasonAndEndsTheApplication() {
		PracticeApplication application = submitted();
		assertRefused(() -> application.reviewByHospital(false, " ", "教育处"), "practice.error.reasonRequired");
		assertThat(application.getStatus()).isEqualTo(PracticeStatus.SUBMITTED);
		application.reviewByHospital(false, "缺少活动证明", "教育处");
		assertThat(application.getStatus()).isEqualTo(PracticeStatus.REJECTED);
		assertRefused(() -> application.reviewByHospital(true, null, "教育处"), "practice.error.notAwaitingHospital");
		assertRefused(() -> application.decideBySchool(true, new BigDecimal("2"), TWO_TO_FOUR, null, "研究生院"),
				"practice.error.notAwaitingSchool");
		assertThat(application.getSteps()).hasSize(2);
	}

	@Test
	void theGraduateSchoolDecidesOnlyAfterTheHospitalOfficeAndOnlyWithinTheBounds() {
		PracticeApplication application = submitted();
		assertRefused(() -> application.decideBySchool(true, new BigDecimal("2"), TWO_TO_FOUR, null, "研究生院"),
				"practice.error.notAwaitingSchool");
		application.reviewByHospital(true, null, "教育处");
		assertRefused(() -> application.decideBySchool(true, new BigDecimal("4.5"), TWO_TO_FOUR, null, "研究生院"),
				"practice.error.creditsOutOfRange");
		assertRefused(() -> application.decideBySchool(true, new BigDecimal("1.5"), TWO_TO_FOUR, null, "研究生院"),
				"practice.error.creditsOutOfRange");
		assertRefused(() -> application.decideBySchool(true, null, TWO_TO_FOUR, null, "研究生院"),
				"practice.error.creditsOutOfRange");
		assertRefused(() -> application.decideBySchool(true, new BigDecimal("2"),
				new CoursePolicy("ZJU-DOCTOR", null, null, 2, 3), null, "研究生院"), "practice.error.notInProgram");
		assertRefused(() -> application.decideBySchool(false, null, TWO_TO_FOUR, "", "研究生院"),
				"practice.error.reasonRequired");
		assertThat(application.getStatus()).isEqualTo(PracticeStatus.HOSPITAL_APPROVED);
		assertThat(application.getCreditsAwarded()).isNull();
		application.decideBySchool(false, new BigDecimal("3"), TWO_TO_FOUR, "不属于实践活动", "研究生院");
		assertThat(application.getStatus()).isEqualTo(PracticeStatus.REJECTED);
		assertThat(application.getCreditsAwarded()).isNull();
		assertThat(application.getSteps().get(2).getCredits()).isNull();
	}

	@Test
	void theBoundsThemselvesAreAwardable() {
		TWO_TO_FOUR.requirePracticeCredits(new BigDecimal("2"));
		TWO_TO_FOUR.requirePracticeCredits(new BigDecimal("4.0"));
		assertRefused(() -> TWO_TO_FOUR.requirePracticeCredits(new BigDecimal("4.1")),
				"practice.error.creditsOutOfRange");
	}

	private static PracticeApplication submitted() {
		PracticeApplication application = PracticeApplication.submit(7, "社区义诊", "summary", new BigDecimal("2.5"),
				"2026-1", "学生");
		assertThat(application.getStatus()).isEqualTo(PracticeStatus.SUBMITTED);
		return application;
	}

	private static void assertRefused(org.assertj.core.api.ThrowableAssert.ThrowingCallable change, String key) {
		assertThatThrownBy(change).isInstanceOf(BusinessRuleException.class)
			.extracting((ex) -> ((BusinessRuleException) ex).getMessageKey())
			.isEqualTo(key);
	}

}
