package com.clinigrad.competency;

/**
 * How an assessment kind's result reads as a competency level: a rating already on the
 * level scale, or a score (0–100) converted to one.
 */
enum SourceScale {

	RATING, SCORE

}
