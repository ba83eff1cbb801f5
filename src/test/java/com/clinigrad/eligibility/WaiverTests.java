package com.clinigrad.eligibility;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;

import com.clinigrad.accounts.Role;
import com.clinigrad.shared.BusinessRuleException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * The waiver's chain: every change the table does not allow is refused, the allowed ones
 * lead where they should, and nobody decides a step of a waiver they asked for or decided
 * before.
 */
class WaiverTests {

	private static final LocalDate TODAY = LocalDate.of(2026, 3, 2);

	private static final Waiver.Actor STUDENT = new Waiver.Actor("学生", 1);

	private static final Waiver.Actor SUPERVISOR = new Waiver.Actor("导师", 2);

	private static final Waiver.Actor OFFICE = new Waiver.Actor("教育处", 3);

	private static final Waiver.Actor SCHOOL = new Waiver.Actor("研究生院", 4);

	private static final Waiver.Actor OTHER_SCHOOL = new Waiver.Actor("研究生院二", 5);

	/**
	 * The allowed transitions, written out independently of {@link WaiverStatus#next}:
	 * with a hospital office, and where a student has none.
	 */
	private static Map<WaiverStatus, Map<WaiverAction, WaiverStatus>> allowed(boolean withHospitalOffice) {
		Map<WaiverStatus, Map<WaiverAction, WaiverStatus>> table = new EnumMap<>(WaiverStatus.class);
		for (WaiverStatus status : WaiverStatus.values()) {
			table.put(status, new EnumMap<>(WaiverAction.class));
		}
		table.get(WaiverStatus.REQUESTED)
			.put(WaiverAction.APPROVE,
					withHospitalOffice ? WaiverStatus.SUPERVISOR_APPROVED : WaiverStatus.HOSPITAL_APPROVED);
		table.get(WaiverStatus.REQUESTED).put(WaiverAction.REJECT, WaiverStatus.REJECTED);
		table.get(WaiverStatus.SUPERVISOR_APPROVED).put(WaiverAction.APPROVE, WaiverStatus.HOSPITAL_APPROVED);
		table.get(WaiverStatus.SUPERVISOR_APPROVED).put(WaiverAction.REJECT, WaiverStatus.REJECTED);
		table.get(WaiverStatus.HOSPITAL_APPROVED).put(WaiverAction.APPROVE, WaiverStatus.APPROVED);
		table.get(WaiverStatus.HOSPITAL_APPROVED).put(WaiverAction.REJECT, WaiverStatus.REJECTED);
		table.get(WaiverStatus.APPROVED).put(WaiverAction.REVOKE, WaiverStatus.REVOKED);
		table.get(WaiverStatus.APPROVED).put(WaiverAction.EXPIRE, WaiverStatus.EXPIRED);
		return table;
	}

	@Test
	void everyTransitionOutsideTheTableIsRefusedAndEveryOneInItLeadsWhereItShould() {
		int refused = 0;
		for (boolean withHospitalOffice : new boolean[] { true, false }) {
			Map<WaiverStatus, Map<WaiverAction, WaiverStatus>> table = allowed(withHospitalOffice);
			for (WaiverStatus status : WaiverStatus.values()) {
				for (WaiverAction action : WaiverAction.values()) {
					WaiverStatus expected = table.get(status).get(action);
					if (expected != null) {
						assertThat(status.next(action, withHospitalOffice)).as("%s %s", status, action)
							.isEqualTo(expected);
					}
					else {
						BusinessRuleException refusal = catchThrowableOfType(BusinessRuleException.class,
								() -> status.next(action, withHospitalOffice));
						assertThat(refusal).as("%s %s", status, action).isNotNull();
						assertThat(refusal.getMessageKey()).isIn("waiver.error.closed", "waiver.error.notApproved");
						refused++;
					}
				}
			}
		}
		assertThat(refused).isEqualTo(2 * (WaiverStatus.values().length * WaiverAction.values().length - 8));
	}

	@Test
	void theOpenStatusesAreThoseThatAwaitARoleAndTheActiveOnesHoldTheRule() {
		for (WaiverStatus status : WaiverStatus.values()) {
			assertThat(status.open()).as("%s", status).isEqualTo(status.awaits() != null);
			assertThat(status.open()).as("%s", status).isEqualTo(status.awaitedStage() != null);
		}
		assertThat(WaiverStatus.ACTIVE).containsAll(WaiverStatus.AWAITING).contains(WaiverStatus.APPROVED).hasSize(4);
	}

	@Test
	void aRequestPassesSupervisorHospitalOfficeAndGraduateSchoolAndKeepsEveryStep() {
		Waiver waiver = request(STUDENT, false);
		assertThat(waiver.awaitedApprover()).isEqualTo(Role.SUPERVISOR);
		waiver.approve(SUPERVISOR, true, " 同意 ");
		assertThat(waiver.getStatus()).isEqualTo(WaiverStatus.SUPERVISOR_APPROVED);
		assertThat(waiver.awaitedApprover()).isEqualTo(Role.HOSPITAL_OFFICE);
		waiver.approve(OFFICE, true, null);
		assertThat(waiver.getStatus()).isEqualTo(WaiverStatus.HOSPITAL_APPROVED);
		assertThat(waiver.getApprovedBy()).isNull();
		waiver.approve(SCHOOL, true, "同意豁免");
		assertThat(waiver.getStatus()).isEqualTo(WaiverStatus.APPROVED);
		assertThat(waiver.awaitedApprover()).isNull();
		assertThat(waiver.getApprovedBy()).isEqualTo("研究生院");
		assertThat(waiver.getSteps()).extracting(WaiverStep::getStep)
			.containsExactly(WaiverStage.REQUEST, WaiverStage.SUPERVISOR, WaiverStage.HOSPITAL_OFFICE,
					WaiverStage.GRAD_SCHOOL);
		assertThat(waiver.getSteps()).extracting(WaiverStep::getReason).containsExactly("论文已录用待刊", "同意", null, "同意豁免");
	}

	@Test
	void aStudentWithoutAHospitalOfficeGoesFromTheSupervisorToTheGraduateSchool() {
		Waiver waiver = request(STUDENT, false);
		waiver.approve(SUPERVISOR, false, null);
		assertThat(waiver.getStatus()).isEqualTo(WaiverStatus.HOSPITAL_APPROVED);
		assertThat(waiver.awaitedApprover()).isEqualTo(Role.GRAD_SCHOOL);
	}

	@Test
	void theRequesterAndEarlierDecidersNeverDecideAStep() {
		Waiver waiver = request(SUPERVISOR, true);
		assertThat(waiver.awaitedApprover()).as("a supervisor's own request").isEqualTo(Role.GRAD_SCHOOL);
		assertRefused(() -> waiver.approve(SUPERVISOR, true, null), "waiver.error.ownRequest");
		assertRefused(() -> waiver.reject(SUPERVISOR, "不必"), "waiver.error.ownRequest");
		waiver.approve(SCHOOL, true, "研究生院代为审核");
		waiver.approve(OFFICE, true, null);
		assertThat(waiver.involves(SCHOOL.accountId())).isTrue();
		assertRefused(() -> waiver.approve(SCHOOL, true, null), "waiver.error.ownRequest");
		assertRefused(() -> waiver.approve(OFFICE, true, null), "waiver.error.ownRequest");
		assertThat(waiver.getStatus()).isEqualTo(WaiverStatus.HOSPITAL_APPROVED);
		waiver.approve(OTHER_SCHOOL, true, null);
		assertThat(waiver.getStatus()).isEqualTo(WaiverStatus.APPROVED);
		assertThat(waiver.involves(99)).isFalse();
	}

	@Test
	void aRejectionNeedsAReasonAndClosesTheWaiver() {
		Waiver waiver = request(STUDENT, false);
		assertRefused(() -> waiver.reject(SUPERVISOR, " "), "waiver.error.reasonRequired");
		assertThat(waiver.getStatus()).isEqualTo(WaiverStatus.REQUESTED);
		waiver.reject(SUPERVISOR, "材料不足");
		assertThat(waiver.getStatus()).isEqualTo(WaiverStatus.REJECTED);
		assertThat(waiver.getSteps().get(1).getDecision()).isEqualTo(WaiverDecision.REJECTED);
		assertRefused(() -> waiver.approve(OFFICE, true, null), "waiver.error.closed");
		assertRefused(() -> waiver.revoke(SCHOOL, "撤回"), "waiver.error.notApproved");
	}

	@Test
	void onlyAnApprovedWaiverIsRevokedAndOnlyWithAReason() {
		Waiver waiver = request(STUDENT, false);
		assertRefused(() -> waiver.revoke(SCHOOL, "撤回"), "waiver.error.notApproved");
		waiver.approve(SUPERVISOR, false, null);
		waiver.approve(SCHOOL, false, null);
		assertRefused(() -> waiver.revoke(OTHER_SCHOOL, null), "waiver.error.reasonRequired");
		waiver.revoke(OTHER_SCHOOL, "论文撤稿");
		assertThat(waiver.getStatus()).isEqualTo(WaiverStatus.REVOKED);
		assertThat(waiver.getSteps()).last()
			.satisfies((step) -> assertThat(step.getDecision()).isEqualTo(WaiverDecision.REVOKED));
	}

	@Test
	void anApprovedExtensionExpiresTheDayAfterItsDateAndNoOtherWaiverDoes() {
		LocalDate until = LocalDate.of(2026, 6, 30);
		Waiver extension = Waiver.request(7, "MEDICAL_LICENSE", WaiverKind.EXTEND, "考试延期", null, null, until,
				until.minusMonths(6), null, STUDENT, false);
		assertThat(extension.expireIfPast(until.plusDays(1))).as("not approved yet").isFalse();
		extension.approve(SUPERVISOR, false, null);
		extension.approve(SCHOOL, false, null);
		assertThat(extension.expireIfPast(until)).isFalse();
		assertThat(extension.getStatus()).isEqualTo(WaiverStatus.APPROVED);
		assertThat(extension.expireIfPast(until.plusDays(1))).isTrue();
		assertThat(extension.getStatus()).isEqualTo(WaiverStatus.EXPIRED);

		Waiver waive = request(STUDENT, false);
		waive.approve(SUPERVISOR, false, null);
		waive.approve(SCHOOL, false, null);
		assertThat(waive.expireIfPast(until.plusYears(10))).isFalse();
		assertThat(waive.getStatus()).isEqualTo(WaiverStatus.APPROVED);
	}

	@Test
	void aRequestSaysWhatIsMissing() {
		assertRefused(() -> Waiver.request(7, "PUBLICATION", WaiverKind.WAIVE, " ", null, null, null, TODAY, null,
				STUDENT, false), "waiver.error.reasonRequired");
		assertRefused(() -> Waiver.request(7, "PUBLICATION", WaiverKind.SUBSTITUTE, "理由", null, "", null, TODAY, null,
				STUDENT, false), "waiver.error.substituteRequired");
		assertRefused(() -> Waiver.request(7, "PUBLICATION", WaiverKind.EXTEND, "理由", null, null, null, TODAY, null,
				STUDENT, false), "waiver.error.dateRequired");
		Waiver waiver = Waiver.request(7, "PUBLICATION", WaiverKind.WAIVE, " 理由 ", " ", "ignored",
				LocalDate.of(2026, 1, 1), TODAY, null, STUDENT, false);
		assertThat(waiver.getReason()).isEqualTo("理由");
		assertThat(waiver.getEvidence()).isNull();
		assertThat(waiver.getSubstitute()).isNull();
		assertThat(waiver.getExtendedUntil()).isNull();
		assertThat(waiver.getRequestedByAccount()).isEqualTo(STUDENT.accountId());
	}

	@Test
	void anExtensionMovesTheDeadlineAfterTodayAndAfterTheRuleSetsDeadline() {
		LocalDate due = LocalDate.of(2026, 1, 31);
		assertRefused(() -> extension(TODAY, due), "waiver.error.extendedUntilNotAfterToday");
		assertRefused(() -> extension(LocalDate.of(2020, 1, 1), null), "waiver.error.extendedUntilNotAfterToday");
		assertThat(extension(TODAY.plusDays(1), due).getExtendedUntil()).isEqualTo(TODAY.plusDays(1));
		LocalDate later = LocalDate.of(2026, 6, 30);
		assertRefused(() -> extension(later, later), "waiver.error.extendedUntilNotAfterDeadline");
		assertThat(extension(later.plusDays(1), later).getExtendedUntil()).isEqualTo(later.plusDays(1));
		assertThat(extension(TODAY.plusDays(1), null).getExtendedUntil()).as("a check without a deadline")
			.isEqualTo(TODAY.plusDays(1));
	}

	private static Waiver extension(LocalDate until, LocalDate dueOn) {
		return Waiver.request(7, "MEDICAL_LICENSE", WaiverKind.EXTEND, "考试延期", null, null, until, TODAY, dueOn, STUDENT,
				false);
	}

	@Test
	void theAuditExplainsEachKind() {
		assertThat(WaiverKind.WAIVE.explain("r", null, null)).isEqualTo("r");
		assertThat(WaiverKind.SUBSTITUTE.explain("r", "综述", null)).isEqualTo("r (综述)");
		assertThat(WaiverKind.EXTEND.explain("r", null, LocalDate.of(2026, 6, 30))).isEqualTo("r (→ 2026-06-30)");
	}

	private static Waiver request(Waiver.Actor by, boolean bySupervisor) {
		return Waiver.request(7, "PUBLICATION", WaiverKind.WAIVE, "论文已录用待刊", "录用通知", null, null, TODAY, null, by,
				bySupervisor);
	}

	private static void assertRefused(org.assertj.core.api.ThrowableAssert.ThrowingCallable change, String key) {
		assertThatThrownBy(change).isInstanceOf(BusinessRuleException.class)
			.extracting((ex) -> ((BusinessRuleException) ex).getMessageKey())
			.isEqualTo(key);
	}

}
