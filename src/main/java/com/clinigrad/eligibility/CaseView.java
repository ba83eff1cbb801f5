package com.clinigrad.eligibility;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * A warning or a diversion case of a student.
 *
 * @param level {@code WARNING} (before a rule bites) or {@code CASE} (it fired)
 * @param trigger what found it, e.g. {@code NO_LICENSE}
 * @param options the outcomes the rules allow, e.g. {@code DELAY},
 * {@code TRANSFER_ACADEMIC}
 */
public record CaseView(long id, String studentNo, String studentName, String hospitalCode, String level, String trigger,
		String detail, List<String> options, String status, String studentChoice, String studentNote, String decision,
		String decisionReason, String decidedBy, OffsetDateTime openedAt, long version) {

	public CaseView {
		options = List.copyOf(options);
	}

	/**
	 * @return whether the decision stops scholarship and stipend (a delay)
	 */
	public boolean stopsAid() {
		return "DELAY".equals(this.decision);
	}

}
