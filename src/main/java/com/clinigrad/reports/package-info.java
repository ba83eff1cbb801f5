/**
 * The annual degree-program report (学位授权点建设年度报告) and the offices' live figures: reads the
 * other modules' records (admissions, employment, supervisors, students, theses,
 * rotations, courses, achievements, surveys, the degree audit) and turns them into the
 * report's tables and the home pages' charts; nothing depends on it (the home page loads
 * its figures).
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "accounts", "awards", "organization",
		"admissions", "careers", "supervisors", "students", "theses", "rotations", "achievements", "courses", "surveys",
		"eligibility", "eligibility :: rules" })
package com.clinigrad.reports;
