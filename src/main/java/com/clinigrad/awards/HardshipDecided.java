package com.clinigrad.awards;

/**
 * The graduate school or the hospital office decided a student's hardship application
 * (家庭经济困难认定): recognised at a level, or refused; or corrected a decision.
 *
 * @param level the recognised level, {@code null} when refused
 * @param correction whether an earlier decision was corrected
 * @param decidedBy the username of whoever decided (they are not told of their own act)
 */
public record HardshipDecided(long applicationId, long studentId, String studentNo, int year, HardshipState state,
		HardshipLevel level, boolean correction, String decidedBy) {
}
