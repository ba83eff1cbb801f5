/**
 * Scholarships, stipends and financial aid (奖助, DOMAIN §10): the award schemes as data
 * per university and year, the medical-ethics file (医德档案) whose veto (一票否决) excludes a
 * student from awards, and the stipend amounts read from the students' records
 * (Zhejiang's doctoral stipend rises once the mid-term assessment has passed). Reads the
 * other modules only through their public services.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "accounts", "students", "theses", "courses",
		"rotations", "achievements", "eligibility", "organization" })
package com.clinigrad.awards;
