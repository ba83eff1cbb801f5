package com.clinigrad.awards;

/**
 * The office decided a student's objection to a published award list (异议处理): upheld (the
 * list was corrected) or dismissed, with the reason the student reads.
 *
 * @param studentId the student who objected
 * @param state the decision ({@link ObjectionState#UPHELD} or
 * {@link ObjectionState#DISMISSED})
 * @param decidedBy the username of whoever decided (they are not told of their own act)
 */
public record AwardObjectionDecided(long roundId, long objectionId, long studentId, String schemeName,
		String schemeNameEn, ObjectionState state, String decidedBy) {
}
