package com.clinigrad.theses;

import java.util.Collection;

/**
 * The reviews of a round counted for its verdict.
 *
 * @param active the reviews neither declined nor withdrawn
 * @param submitted the verdicts in
 * @param disagree the verdicts that disagree
 */
record ReviewTally(long active, long submitted, long disagree) {

	static ReviewTally of(Collection<ReviewAssignment> reviews) {
		return new ReviewTally(reviews.stream().filter((review) -> review.status().active()).count(),
				reviews.stream().filter((review) -> review.status() == ReviewStatus.SUBMITTED).count(),
				reviews.stream().filter((review) -> review.verdict() != null && review.verdict().disagrees()).count());
	}

}
