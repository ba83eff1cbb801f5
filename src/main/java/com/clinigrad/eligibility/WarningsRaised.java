package com.clinigrad.eligibility;

import java.util.List;

/**
 * The scan raised academic warnings (学业预警): before a rule bites. One event per scan,
 * listing each new warning (one not open before).
 *
 * @param warnings the new warnings
 */
public record WarningsRaised(List<ScanFinding> warnings) {

	public WarningsRaised {
		warnings = List.copyOf(warnings);
	}

}
