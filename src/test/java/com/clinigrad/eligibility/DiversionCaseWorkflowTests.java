package com.clinigrad.eligibility;

import java.util.EnumMap;
import java.util.Map;

import com.clinigrad.shared.BusinessRuleException;
import com.clinigrad.students.StudentStatus;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * A warning's and a diversion case's workflow: every change the table does not allow is
 * refused, the allowed ones lead where they should; choices and decisions stay within the
 * outcomes the rules allowed, and a decision says which status the student takes.
 */
class DiversionCaseWorkflowTests {

	/**
	 * The allowed transitions of a level, written out independently of
	 * {@link CaseStatus#next}.
	 */
	private static Map<CaseStatus, Map<CaseAction, CaseStatus>> allowed(CaseLevel level) {
		Map<CaseStatus, Map<CaseAction, CaseStatus>> table = new EnumMap<>(CaseStatus.class);
		for (CaseStatus status : CaseStatus.values()) {
			table.put(status, new EnumMap<>(CaseAction.class));
		}
		table.get(CaseStatus.OPEN).put(CaseAction.RESOLVE, CaseStatus.RESOLVED);
		table.get(CaseStatus.CHOSEN).put(CaseAction.RESOLVE, CaseStatus.RESOLVED);
		if (level == CaseLevel.CASE) {
			table.get(CaseStatus.OPEN).put(CaseAction.CHOOSE, CaseStatus.CHOSEN);
			table.get(CaseStatus.OPEN).put(CaseAction.DECIDE, CaseStatus.DECIDED);
			table.get(CaseStatus.CHOSEN).put(CaseAction.CHOOSE, CaseStatus.CHOSEN);
			table.get(CaseStatus.CHOSEN).put(CaseAction.DECIDE, CaseStatus.DECIDED);
		}
		return table;
	}

	@Test
	void everyTransitionOutsideTheTableIsRefusedAndEveryOneInItLeadsWhereItShould() {
		int refused = 0;
		for (CaseLevel level : CaseLevel.values()) {
			Map<CaseStatus, Map<CaseAction, CaseStatus>> table = allowed(level);
			for (CaseStatus status : CaseStatus.values()) {
				for (CaseAction action : CaseAction.values()) {
					CaseStatus expected = table.get(status).get(action);
					if (expected != null) {
						assertThat(status.next(action, level)).as("%s %s %s", level, status, action)
							.isEqualTo(expected);
					}
					else {
						BusinessRuleException refusal = catchThrowableOfType(BusinessRuleException.class,
								() -> status.next(action, level));
						assertThat(refusal).as("%s %s %s", level, status, action).isNotNull();
						assertThat(refusal.getMessageKey()).isEqualTo("case.error.closed");
						refused++;
					}
				}
			}
		}
		int pairs = CaseStatus.values().length * CaseAction.values().length;
		assertThat(refused).isEqualTo((pairs - 6) + (pairs - 2));
	}

	@Test
	void theWaitingStatusesAreThoseFromWhichAWarningOrCaseIsResolved() {
		for (CaseStatus status : CaseStatus.values()) {
			boolean resolvable = allowed(CaseLevel.WARNING).get(status).containsKey(CaseAction.RESOLVE);
			assertThat(status.waiting()).as("%s", status).isEqualTo(resolvable);
		}
		assertThat(CaseStatus.names(CaseStatus.WAITING)).containsExactlyInAnyOrder("OPEN", "CHOSEN");
	}

	@Test
	void theStudentChoosesAmongTheAllowedOutcomesMayChangeTheChoiceAndTheSchoolDecides() {
		DiversionCase diversion = DiversionCase.open(7, CaseTrigger.NO_LICENSE, "2026-01-31");
		assertThat(diversion.getLevel()).isEqualTo(CaseLevel.CASE);
		assertThat(diversion.options()).containsExactly(CaseOutcome.TRANSFER_ACADEMIC, CaseOutcome.DELAY,
				CaseOutcome.WITHDRAWAL);
		assertRefused(() -> diversion.choose(CaseOutcome.COMPLETION, null), "case.error.option");
		assertThat(diversion.getStatus()).isEqualTo(CaseStatus.OPEN);
		diversion.choose(CaseOutcome.WITHDRAWAL, null);
		assertThat(diversion.getStudentNote()).isEmpty();
		diversion.choose(CaseOutcome.DELAY, " 明年再考 ");
		assertThat(diversion.getStatus()).isEqualTo(CaseStatus.CHOSEN);
		assertThat(diversion.getStudentChoice()).isEqualTo(CaseOutcome.DELAY);
		assertThat(diversion.getStudentNote()).isEqualTo("明年再考");

		assertRefused(() -> diversion.decide(CaseOutcome.GRADUATE_NO_DEGREE, "理由", "研究生院"), "case.error.option");
		assertRefused(() -> diversion.decide(CaseOutcome.DELAY, " ", "研究生院"), "case.error.reason");
		assertThat(diversion.getStatus()).isEqualTo(CaseStatus.CHOSEN);
		assertThat(diversion.decide(CaseOutcome.DELAY, " 同意延期一年 ", "研究生院")).isEqualTo(StudentStatus.DELAYED);
		assertThat(diversion.getStatus()).isEqualTo(CaseStatus.DECIDED);
		assertThat(diversion.getDecision()).isEqualTo(CaseOutcome.DELAY);
		assertThat(diversion.getDecisionReason()).isEqualTo("同意延期一年");
		assertThat(diversion.getDecidedBy()).isEqualTo("研究生院");

		assertRefused(() -> diversion.choose(CaseOutcome.WITHDRAWAL, null), "case.error.closed");
		assertRefused(() -> diversion.decide(CaseOutcome.WITHDRAWAL, "改判", "研究生院"), "case.error.closed");
		assertRefused(diversion::resolve, "case.error.closed");
	}

	@Test
	void theSchoolMayDecideBeforeTheStudentHasChosen() {
		DiversionCase diversion = DiversionCase.open(7, CaseTrigger.COURSE_FAILURES, "3 / 2 (2025-2)");
		assertThat(diversion.decide(CaseOutcome.WITHDRAWAL, "累计三门必修课不及格", "研究生院")).isEqualTo(StudentStatus.WITHDRAWN);
		assertThat(diversion.getStudentChoice()).isNull();
	}

	@Test
	void aWarningIsNeitherChosenNorDecidedButResolved() {
		DiversionCase warning = DiversionCase.open(7, CaseTrigger.LICENSE_SOON, "2026-01-31");
		assertThat(warning.getLevel()).isEqualTo(CaseLevel.WARNING);
		assertThat(warning.options()).isEmpty();
		assertRefused(() -> warning.choose(CaseOutcome.DELAY, null), "case.error.closed");
		assertRefused(() -> warning.decide(CaseOutcome.DELAY, "理由", "研究生院"), "case.error.closed");
		warning.resolve();
		assertThat(warning.getStatus()).isEqualTo(CaseStatus.RESOLVED);
		assertRefused(warning::resolve, "case.error.closed");
	}

	@Test
	void everyTriggerHasItsLevelAndACaseItsOutcomesEachWithTheStatusItGives() {
		for (CaseTrigger trigger : CaseTrigger.values()) {
			assertThat(trigger.options().isEmpty()).as("%s", trigger).isEqualTo(trigger.level() == CaseLevel.WARNING);
			assertThat(CaseOutcome.fromStored(trigger.storedOptions())).isEqualTo(trigger.options());
			assertThat(trigger.found("d")).containsExactly(trigger.level().name(), trigger.name(), "d");
		}
		assertThat(CaseTrigger.RESIDENCY_EXAM_FAILED.storedOptions()).isEqualTo("DELAY,GRADUATE_NO_DEGREE");
		assertThat(CaseOutcome.TRANSFER_ACADEMIC.studentStatus()).isEqualTo(StudentStatus.TRANSFERRED_ACADEMIC);
		assertThat(CaseOutcome.COMPLETION.studentStatus()).isEqualTo(StudentStatus.COMPLETED_NO_DEGREE);
		for (CaseOutcome outcome : CaseOutcome.values()) {
			assertThat(StudentStatus.DELAYED.canChangeTo(outcome.studentStatus())).as("%s", outcome).isTrue();
			assertThat(outcome.stopsAid()).as("%s", outcome).isEqualTo(outcome == CaseOutcome.DELAY);
			assertThat(CaseOutcome.of(outcome.name())).contains(outcome);
		}
		assertThat(CaseOutcome.of("NOPE")).isEmpty();
		assertThat(CaseOutcome.fromStored(null)).isEmpty();
	}

	private static void assertRefused(org.assertj.core.api.ThrowableAssert.ThrowingCallable change, String key) {
		assertThatThrownBy(change).isInstanceOf(BusinessRuleException.class)
			.extracting((ex) -> ((BusinessRuleException) ex).getMessageKey())
			.isEqualTo(key);
	}

}
