package com.clinigrad.eligibility;

/**
 * What a rule set's history entry records: the set was created or its checks were edited.
 */
enum RuleSetChange {

	/** The rule set was created. */
	CREATED,
	/** Its checks or parameters were edited. */
	EDITED

}
