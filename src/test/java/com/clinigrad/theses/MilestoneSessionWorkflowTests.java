package com.clinigrad.theses;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;

import com.clinigrad.shared.BusinessRuleException;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The milestone session's workflow: every pair of status and step, the allowed ones
 * against the table below (written out here, not read from {@link SessionStatus}), every
 * other one refused with its message and without a change; retakes, and the defense
 * decided by its committee's vote.
 */
class MilestoneSessionWorkflowTests {

	static final LocalDate HELD_ON = LocalDate.of(2026, 4, 20);

	static final LocalDate TODAY = LocalDate.of(2026, 5, 11);

	static final LocalDate ENROLLED = LocalDate.of(2023, 9, 1);

	static final List<MilestoneSession.Seat> PANEL = List.of(new MilestoneSession.Seat(1, true, null),
			new MilestoneSession.Seat(2, false, null), new MilestoneSession.Seat(3, false, null));

	/**
	 * What may happen to a session, through the aggregate's own methods.
	 */
	enum Step {

		SET_PANEL((session) -> session.setPanel(PANEL)), CONFIRM((session) -> session.confirm(List.of())),
		RECORD_OUTCOME((session) -> session.recordOutcome(MilestoneResult.PASS, null, "选题有临床意义", Map.of(), TODAY));

		private final Consumer<MilestoneSession> action;

		Step(Consumer<MilestoneSession> action) {
			this.action = action;
		}

	}

	static final Map<SessionStatus, Map<Step, SessionStatus>> ALLOWED = new EnumMap<>(SessionStatus.class);

	static {
		ALLOWED.put(SessionStatus.PLANNED,
				Map.of(Step.SET_PANEL, SessionStatus.PLANNED, Step.CONFIRM, SessionStatus.CONFIRMED));
		ALLOWED.put(SessionStatus.CONFIRMED, Map.of(Step.RECORD_OUTCOME, SessionStatus.HELD));
		ALLOWED.put(SessionStatus.HELD, Map.of());
	}

	@TestFactory
	Stream<DynamicTest> everyAllowedStepLeadsToItsStatusAndEveryOtherIsRefused() {
		List<DynamicTest> tests = new ArrayList<>();
		for (SessionStatus status : SessionStatus.values()) {
			for (Step step : Step.values()) {
				SessionStatus expected = ALLOWED.get(status).get(step);
				tests.add(DynamicTest
					.dynamicTest(status + " × " + step + " → " + ((expected != null) ? expected : "refused"), () -> {
						MilestoneSession session = sessionIn(status);
						if (expected != null) {
							step.action.accept(session);
							assertThat(session.status()).isEqualTo(expected);
						}
						else {
							assertThatThrownBy(() -> step.action.accept(session)).isInstanceOfSatisfying(
									BusinessRuleException.class,
									(ex) -> assertThat(ex.getMessageKey()).isEqualTo(refusal(status, step)));
							assertThat(session.status()).isEqualTo(status);
						}
					}));
			}
		}
		assertThat(tests).hasSize(SessionStatus.values().length * Step.values().length);
		return tests.stream();
	}

	@Test
	void theTableCoversEveryStatus() {
		assertThat(ALLOWED).containsOnlyKeys(SessionStatus.values());
	}

	@Test
	void aPanelThatBreaksARuleIsNotConfirmed() {
		MilestoneSession session = sessionIn(SessionStatus.PLANNED);
		List<PanelViolation> violations = List.of(PanelViolation.of("panel.rule.minSize", 5, 3));
		assertThatThrownBy(() -> session.confirm(violations)).isInstanceOf(PanelInvalidException.class);
		assertThat(session.status()).isEqualTo(SessionStatus.PLANNED);
	}

	@Test
	void theOutcomeWaitsForTheDayAndNeedsAVerdictAndKeepsTheScores() {
		MilestoneSession early = MilestoneSession.schedule(42, MilestoneType.MIDTERM, TODAY.plusDays(1), ENROLLED,
				"教学楼 301", List.of(), 1, "研究生院");
		early.setPanel(PANEL);
		early.confirm(List.of());
		assertThatThrownBy(() -> early.recordOutcome(MilestoneResult.PASS, null, null, Map.of(), TODAY))
			.isInstanceOfSatisfying(BusinessRuleException.class,
					(ex) -> assertThat(ex.getMessageKey()).isEqualTo("panel.error.notYetHeld"));
		MilestoneSession session = sessionIn(SessionStatus.CONFIRMED);
		assertThatThrownBy(() -> session.recordOutcome(null, null, null, Map.of(), TODAY)).isInstanceOfSatisfying(
				BusinessRuleException.class, (ex) -> assertThat(ex.getMessageKey()).isEqualTo("panel.error.result"));
		session.recordOutcome(MilestoneResult.FAIL, null, " ", Map.of(2L, new BigDecimal("58")), TODAY);
		assertThat(session.result()).isEqualTo(MilestoneResult.FAIL);
		assertThat(session.panel()).extracting(MilestoneSession.Seat::score)
			.containsExactly(null, new BigDecimal("58"), null);
	}

	@Test
	void aMilestoneIsNotScheduledBeforeTheStudentEnrolled() {
		assertThatThrownBy(() -> MilestoneSession.schedule(42, MilestoneType.PROPOSAL, ENROLLED.minusDays(1), ENROLLED,
				"教学楼 301", List.of(), 1, "研究生院"))
			.isInstanceOfSatisfying(BusinessRuleException.class,
					(ex) -> assertThat(ex.getMessageKey()).isEqualTo("panel.error.beforeEnrolment"));
		assertThat(MilestoneSession
			.schedule(42, MilestoneType.PROPOSAL, ENROLLED, ENROLLED, "教学楼 301", List.of(), 1, "研究生院")
			.status()).isEqualTo(SessionStatus.PLANNED);
	}

	@Test
	void aFailedMilestoneIsRetakenWithinTheProgramsLimitNeverWhileOpenNorOncePassed() {
		MilestoneSession failed = held(MilestoneResult.FAIL);
		MilestoneSession retake = MilestoneSession.schedule(42, MilestoneType.MIDTERM, TODAY, ENROLLED, "教学楼 301",
				List.of(failed), 1, "研究生院");
		assertThat(retake.attempt()).isEqualTo(2);
		assertThat(retake.status()).isEqualTo(SessionStatus.PLANNED);
		assertThat(refusedSchedule(List.of(failed, held(MilestoneResult.FAIL)), 1))
			.isEqualTo("panel.error.noMoreRetakes");
		assertThat(refusedSchedule(List.of(failed, sessionIn(SessionStatus.CONFIRMED)), 1))
			.isEqualTo("panel.error.open");
		assertThat(refusedSchedule(List.of(sessionIn(SessionStatus.PLANNED)), 1)).isEqualTo("panel.error.open");
		assertThat(refusedSchedule(List.of(failed, held(MilestoneResult.PASS)), 3)).isEqualTo("panel.error.passed");
		assertThatThrownBy(() -> MilestoneSession.schedule(42, MilestoneType.MIDTERM, null, ENROLLED, "教学楼 301",
				List.of(), 1, "研究生院"))
			.isInstanceOfSatisfying(BusinessRuleException.class,
					(ex) -> assertThat(ex.getMessageKey()).isEqualTo("panel.error.whenWhere"));
	}

	@Test
	void aDefenseIsDecidedByEveryMembersVoteTwoThirdsInFavourPassing() {
		// the verdict chosen on a form does not count for a defense: the vote does
		assertThat(defense(new MilestoneSessions.Vote(2, 1, 0, "决议"), MilestoneResult.FAIL).result())
			.isEqualTo(MilestoneResult.PASS);
		assertThat(defense(new MilestoneSessions.Vote(1, 1, 1, "决议"), MilestoneResult.PASS).result())
			.isEqualTo(MilestoneResult.FAIL);
		assertThat(defense(new MilestoneSessions.Vote(2, 0, 1, "决议"), null).result()).isEqualTo(MilestoneResult.PASS);
		assertThat(refusedDefense(new MilestoneSessions.Vote(2, 0, 0, "决议"))).isEqualTo("panel.error.voteCount");
		assertThat(refusedDefense(new MilestoneSessions.Vote(3, null, 0, "决议"))).isEqualTo("panel.error.vote");
		assertThat(refusedDefense(null)).isEqualTo("panel.error.vote");
		assertThat(refusedDefense(new MilestoneSessions.Vote(3, 0, 0, " "))).isEqualTo("panel.error.resolution");
	}

	/**
	 * A session brought into a status through the allowed steps only.
	 */
	static MilestoneSession sessionIn(SessionStatus status) {
		MilestoneSession session = MilestoneSession.schedule(42, MilestoneType.MIDTERM, HELD_ON, ENROLLED, "教学楼 301",
				List.of(), 1, "研究生院");
		if (status != SessionStatus.PLANNED) {
			Step.SET_PANEL.action.accept(session);
			Step.CONFIRM.action.accept(session);
		}
		if (status == SessionStatus.HELD) {
			Step.RECORD_OUTCOME.action.accept(session);
		}
		assertThat(session.status()).isEqualTo(status);
		return session;
	}

	static String refusal(SessionStatus status, Step step) {
		return switch (step) {
			case SET_PANEL, CONFIRM -> "panel.error.notPlanned";
			case RECORD_OUTCOME -> (status == SessionStatus.HELD) ? "panel.error.held" : "panel.error.notConfirmed";
		};
	}

	private static MilestoneSession held(MilestoneResult result) {
		MilestoneSession session = sessionIn(SessionStatus.CONFIRMED);
		session.recordOutcome(result, null, null, Map.of(), TODAY);
		return session;
	}

	private static String refusedSchedule(List<MilestoneSession> earlier, int maxRetakes) {
		try {
			MilestoneSession.schedule(42, MilestoneType.MIDTERM, TODAY, ENROLLED, "教学楼 301", earlier, maxRetakes,
					"研究生院");
		}
		catch (BusinessRuleException ex) {
			return ex.getMessageKey();
		}
		return null;
	}

	private static MilestoneSession defense(MilestoneSessions.Vote vote, MilestoneResult chosen) {
		MilestoneSession session = MilestoneSession.schedule(42, MilestoneType.DEFENSE, HELD_ON, ENROLLED, "报告厅",
				List.of(), 1, "研究生院");
		session.setPanel(PANEL);
		session.confirm(List.of());
		session.recordOutcome(chosen, vote, null, Map.of(), TODAY);
		return session;
	}

	private static String refusedDefense(MilestoneSessions.Vote vote) {
		try {
			defense(vote, null);
		}
		catch (BusinessRuleException ex) {
			return ex.getMessageKey();
		}
		return null;
	}

}
