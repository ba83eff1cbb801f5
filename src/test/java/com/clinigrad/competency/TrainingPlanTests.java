package com.clinigrad.competency;

import java.time.LocalDate;
import java.util.List;

import com.clinigrad.shared.BusinessRuleException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.test.util.ReflectionTestUtils;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The training plan aggregate: adjusted only with a reason, within the rules, each change
 * kept.
 */
class TrainingPlanTests {

	private final PlanTemplate template = new PlanTemplate(1, "PUMCH-POSTDOC", 36, 3, null,
			List.of(new PlanTemplate.Period(1, 1, PlanPhase.CLINICAL, "临床", "Clinical", 12, false),
					new PlanTemplate.Period(2, 2, PlanPhase.CLINICAL, "临床", "Clinical", 6, false),
					new PlanTemplate.Period(3, 2, PlanPhase.RESEARCH, "科研", "Research", 6, false),
					new PlanTemplate.Period(4, 3, PlanPhase.CLINICAL, "临床", "Clinical", 9, false),
					new PlanTemplate.Period(5, 3, PlanPhase.ABROAD, "海外", "Abroad", 3, true)));

	private TrainingPlan plan;

	@BeforeEach
	void makePlan() {
		this.plan = new TrainingPlan(7, this.template, LocalDate.of(2025, 9, 1), "office");
		long id = 1;
		for (PlanItem item : this.plan.items()) {
			ReflectionTestUtils.setField(item, "id", id++);
		}
	}

	@Test
	void aPlanCopiesTheTemplateAndRecordsItsMaking() {
		assertThat(this.plan.items()).hasSize(5);
		assertThat(PlanRules.monthsByYear(this.plan.periods())).containsEntry(1, 12)
			.containsEntry(2, 12)
			.containsEntry(3, 12);
		assertThat(this.plan.changes()).extracting((c) -> c.toView().kind()).containsExactly(PlanChangeKind.CREATED);
	}

	@Test
	void everyChangeNeedsAReason() {
		assertThatThrownBy(() -> this.plan.changeMonths(4, 8, " ", this.template, "office")).isInstanceOfSatisfying(
				BusinessRuleException.class,
				(e) -> assertThat(e.getMessageKey()).isEqualTo("cbt.error.reasonRequired"));
		assertThatThrownBy(() -> this.plan.leaveOut(5, null, "office")).isInstanceOf(BusinessRuleException.class);
	}

	@Test
	void aShorterPeriodIsKeptWithItsReason() {
		this.plan.changeMonths(4, 8, "接续住院总医师", this.template, "office");
		assertThat(this.plan.changes().get(0).toView()).satisfies((c) -> {
			assertThat(c.kind()).isEqualTo(PlanChangeKind.MONTHS);
			assertThat(c.oldValue()).isEqualTo("9");
			assertThat(c.newValue()).isEqualTo("8");
			assertThat(c.reason()).isEqualTo("接续住院总医师");
		});
	}

	@Test
	void aLongerPeriodThatOverfillsItsYearIsRefusedAndNothingChanges() {
		assertThatThrownBy(() -> this.plan.changeMonths(4, 10, "more ward time", this.template, "office"))
			.isInstanceOfSatisfying(BusinessRuleException.class,
					(e) -> assertThat(e.getMessageKey()).isEqualTo("cbt.error.yearOverfull"));
	}

	@Test
	void onlyAnOptionalPeriodMayBeLeftOutAndTakenBack() {
		assertThatThrownBy(() -> this.plan.leaveOut(3, "no research", "office")).isInstanceOfSatisfying(
				BusinessRuleException.class,
				(e) -> assertThat(e.getMessageKey()).isEqualTo("cbt.error.requiredPeriod"));
		this.plan.leaveOut(5, "未入选海外交流", "office");
		assertThat(PlanRules.monthsByYear(this.plan.periods())).containsEntry(3, 9);
		this.plan.takeBack(5, "入选海外交流", this.template, "office");
		assertThat(PlanRules.monthsByYear(this.plan.periods())).containsEntry(3, 12);
		assertThat(this.plan.changes()).hasSize(3);
	}

	@Test
	void aMentorGroupHasItsMinimumAndALeadAmongItsMembers() {
		assertThatThrownBy(() -> this.plan.nameMentors(List.of(1L, 2L), 1L, 3, "a、b", "组建", "office"))
			.isInstanceOfSatisfying(BusinessRuleException.class,
					(e) -> assertThat(e.getMessageKey()).isEqualTo("cbt.error.tooFewMentors"));
		assertThatThrownBy(() -> this.plan.nameMentors(List.of(1L, 2L, 3L), 4L, 3, "a、b、c", "组建", "office"))
			.isInstanceOfSatisfying(BusinessRuleException.class,
					(e) -> assertThat(e.getMessageKey()).isEqualTo("cbt.error.leadNotMember"));
		this.plan.nameMentors(List.of(1L, 2L, 3L), 2L, 3, "a、b、c", "组建", "office");
		assertThat(this.plan.mentors()).containsExactlyInAnyOrder(new Mentor(1, false), new Mentor(2, true),
				new Mentor(3, false));
	}

}
