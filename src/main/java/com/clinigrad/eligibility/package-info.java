/**
 * The degree audit (学位审核): each program's rule set, versioned by cohort, applied to an
 * immutable snapshot of a student's record to say whether the student may defend and may
 * receive the degree, and which requirement is missing and why.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "accounts", "organization", "students",
		"courses", "rotations", "theses", "achievements", "competency" })
package com.clinigrad.eligibility;
