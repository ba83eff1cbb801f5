package com.clinigrad.awards;

import java.util.Set;

/**
 * A selection round's list was made final after its publicity (最终名单).
 *
 * @param studentIds the students of the population
 * @param finalisedBy the username of whoever made it final
 */
public record AwardListFinalised(long roundId, String schemeName, String schemeNameEn, Set<Long> studentIds,
		String finalisedBy) {
}
