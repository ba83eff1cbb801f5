package com.clinigrad.theses;

/**
 * Why a review round closed without clearing the thesis for its defense.
 */
public enum RoundClosedReason {

	/** The similarity result was above the program's maximum. */
	SIMILARITY,
	/** The verdicts blocked the defense. */
	REVIEW

}
