package com.clinigrad.theses;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A milestone session: when and where, its panel with the scores, the composition
 * problems of the panel as it stands, and the outcome.
 *
 * @param status {@code PLANNED} (panel being formed), {@code CONFIRMED} (panel valid and
 * confirmed) or {@code HELD} (outcome recorded)
 * @param vote a defense committee's vote and resolution, once recorded
 */
public record SessionView(long id, String studentNo, String type, int attempt, LocalDate scheduledOn, String place,
		String status, String result, String comments, List<Member> members, List<PanelViolation> violations,
		MilestoneSessions.Vote vote, long version) {

	public SessionView {
		members = List.copyOf(members);
		violations = List.copyOf(violations);
	}

	/**
	 * A panel member with the score given.
	 */
	public record Member(PanelMember member, BigDecimal score) {
	}

}
