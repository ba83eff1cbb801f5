package com.clinigrad.selection;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import com.clinigrad.supervisors.SupervisorRef;

/**
 * One supervisor on the selection board: rank, score and its points per criterion, the
 * exemption, the suspensions that stand, the places allocated.
 *
 * @param qualified the level the supervisor's valid qualification allows, or {@code null}
 * @param suspensions the reasons of the suspensions that stand
 * @param appealPending whether an appeal waits for a decision
 */
public record BoardRow(int rank, SupervisorRef supervisor, BigDecimal score, Map<Criterion, BigDecimal> points,
		LocalDate exemptUntil, boolean exempt, DegreeLevel qualified, List<SuspensionReason> suspensions,
		boolean appealPending, int places) {

	public boolean suspended() {
		return !this.suspensions.isEmpty();
	}

	public boolean vetoed() {
		return this.suspensions.stream().anyMatch(SuspensionReason::veto);
	}

}
