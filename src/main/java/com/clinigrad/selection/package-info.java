/**
 * Annual enrollment selection (招生遴选, DOMAIN §8): the scoring scheme of a university per
 * year as data, the supervisors' scores computed from the other modules' records and
 * explained down to their evidence, the places of the next intake allocated by rank
 * within per-person caps, the two-year exemption of new supervisors, suspensions with
 * their reasons (the ethics veto among them) and the one appeal each allows. It reads
 * supervisors, students, achievements, theses and the audit's deadlines through their
 * public APIs; no module depends on it.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "accounts", "organization", "supervisors",
		"students", "achievements", "theses", "eligibility" })
package com.clinigrad.selection;
