package com.clinigrad.eligibility.rules;

/**
 * What a check gates: the defense (and so the degree), or the degree only.
 */
public enum Gate {

	DEFEND, DEGREE

}
