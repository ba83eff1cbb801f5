package com.clinigrad.theses;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A milestone session: when and where, its panel with the scores, the composition
 * problems of the panel as it stands, and the outcome.
 *
 * @param result {@code null} until the outcome is recorded
 * @param vote a defense committee's vote and resolution, once recorded
 */
public record SessionView(long id, String studentNo, MilestoneType type, int attempt, LocalDate scheduledOn,
		String place, SessionStatus status, MilestoneResult result, String comments, List<Member> members,
		List<PanelViolation> violations, MilestoneSessions.Vote vote, long version) {

	public SessionView {
		members = List.copyOf(members);
		violations = List.copyOf(violations);
	}

	/**
	 * @return whether the panel is still being formed
	 */
	public boolean planned() {
		return this.status == SessionStatus.PLANNED;
	}

	/**
	 * @return whether the panel is confirmed and the outcome waits
	 */
	public boolean confirmed() {
		return this.status == SessionStatus.CONFIRMED;
	}

	public boolean held() {
		return this.status == SessionStatus.HELD;
	}

	/**
	 * @return whether this is a defense, decided by its committee's vote
	 */
	public boolean defense() {
		return this.type == MilestoneType.DEFENSE;
	}

	public boolean passed() {
		return this.result != null && this.result.passed();
	}

	/**
	 * A panel member with the score given.
	 */
	public record Member(PanelMember member, BigDecimal score) {
	}

}
