package com.clinigrad.courses;

import com.clinigrad.shared.BusinessRuleException;
import org.junit.jupiter.api.Test;

import org.springframework.test.util.ReflectionTestUtils;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The grade sheet aggregate: submitted, reopened only with a reason (kept), corrected and
 * submitted again; a staff import into a submitted sheet is kept in its history.
 */
class GradeSheetTests {

	@Test
	void submittedReopenedWithAReasonAndSubmittedAgainEachStepKept() {
		GradeSheet sheet = open();
		sheet.recordGrades();
		sheet.submit("王老师");
		assertThat(sheet.getStatus()).isEqualTo(GradeSheetStatus.SUBMITTED);
		assertThatExceptionOfType(BusinessRuleException.class).isThrownBy(sheet::recordGrades);

		sheet.reopen("  学号 M1 的成绩录错，应为 78  ", "研究生院 李");
		sheet.recordGrades();
		sheet.submit("王老师");

		GradeSheetView view = sheet.view();
		assertThat(view.status()).isEqualTo(GradeSheetStatus.SUBMITTED);
		assertThat(view.submittedBy()).isEqualTo("王老师");
		assertThat(view.reopenedBy()).isEqualTo("研究生院 李");
		assertThat(view.steps()).extracting(GradeSheetView.Step::action)
			.containsExactly(GradeSheetAction.SUBMIT, GradeSheetAction.REOPEN, GradeSheetAction.SUBMIT);
		assertThat(view.lastReopenReason()).isEqualTo("学号 M1 的成绩录错，应为 78");
		assertThat(view.newestFirst().get(0).statusAfter()).isEqualTo(GradeSheetStatus.SUBMITTED);
	}

	@Test
	void aReopeningWithoutAReasonOrWithTooLongAOneIsRefusedAndChangesNothing() {
		GradeSheet sheet = open();
		sheet.submit("王老师");
		for (String reason : new String[] { null, "", "   " }) {
			assertThatExceptionOfType(BusinessRuleException.class).isThrownBy(() -> sheet.reopen(reason, "李"))
				.satisfies((ex) -> assertThat(ex.getMessageKey()).isEqualTo("grades.sheet.error.reasonRequired"));
		}
		assertThatExceptionOfType(BusinessRuleException.class)
			.isThrownBy(() -> sheet.reopen("因".repeat(GradeSheetView.REASON_MAX + 1), "李"))
			.satisfies((ex) -> assertThat(ex.getMessageKey()).isEqualTo("grades.sheet.error.reasonTooLong"));
		sheet.reopen("因".repeat(GradeSheetView.REASON_MAX), "李");
		assertThat(sheet.getStatus()).isEqualTo(GradeSheetStatus.REOPENED);
		assertThat(sheet.view().steps()).hasSize(2);
	}

	@Test
	void anImportIntoASubmittedSheetIsKeptAndOneIntoAnOpenSheetNeedsNoStep() {
		GradeSheet sheet = open();
		sheet.recordImport(3, "研究生院 李");
		assertThat(sheet.view().steps()).isEmpty();
		sheet.submit("王老师");
		sheet.recordImport(0, "研究生院 李");
		sheet.recordImport(2, "研究生院 李");
		assertThat(sheet.getStatus()).isEqualTo(GradeSheetStatus.SUBMITTED);
		assertThat(sheet.view().steps()).hasSize(2).last().satisfies((step) -> {
			assertThat(step.action()).isEqualTo(GradeSheetAction.IMPORT);
			assertThat(step.gradesChanged()).isEqualTo(2);
			assertThat(step.actor()).isEqualTo("研究生院 李");
		});
	}

	private static GradeSheet open() {
		GradeSheet sheet = new GradeSheet();
		ReflectionTestUtils.setField(sheet, "offeringId", 1L);
		ReflectionTestUtils.setField(sheet, "status", GradeSheetStatus.OPEN);
		return sheet;
	}

}
