package com.clinigrad.competency.web;

import java.util.HashMap;
import java.util.Map;

/**
 * A rater's answers: per question id a rating 1–5, or 0 for "cannot judge"
 * ({@code ratings[questionId]}).
 */
class RatingForm {

	private Map<Long, Integer> ratings = new HashMap<>();

	Map<Long, Integer> given() {
		Map<Long, Integer> given = new HashMap<>();
		this.ratings.forEach((question, value) -> {
			if (value != null) {
				given.put(question, value);
			}
		});
		return given;
	}

	public Map<Long, Integer> getRatings() {
		return this.ratings;
	}

	public void setRatings(Map<Long, Integer> ratings) {
		this.ratings = ratings;
	}

}
