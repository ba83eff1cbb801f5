package com.clinigrad.eligibility;

import java.util.List;

/**
 * The scan opened diversion cases (分流/审查): a rule fired and the student must choose an
 * outcome. One event per scan, listing each new case.
 *
 * @param cases the new cases
 */
public record DiversionCasesOpened(List<ScanFinding> cases) {

	public DiversionCasesOpened {
		cases = List.copyOf(cases);
	}

}
