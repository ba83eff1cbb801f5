package com.clinigrad.teaching;

/**
 * How an item of a visit rating form is answered.
 */
public enum VisitItemKind {

	/** A score from 1 to the item's maximum. */
	SCORE,
	/** Free text (comments). */
	TEXT

}
