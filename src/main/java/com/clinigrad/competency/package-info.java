/**
 * Competency-based training (胜任力导向培养, DOMAIN §3.4): the individual training plan of a
 * clinical postdoc with its mentor group, the six core competencies with their levels as
 * data, and each trainee's competency profile read from the recorded assessments.
 */
@org.springframework.modulith.ApplicationModule(
		allowedDependencies = { "accounts", "students", "supervisors", "rotations", "achievements" })
package com.clinigrad.competency;
