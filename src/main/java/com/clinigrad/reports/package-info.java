/**
 * The annual degree-program report (学位授权点建设年度报告) and the offices' live figures: reads the
 * other modules' records (admissions, employment, supervisors, students) and turns them
 * into the report's tables; nothing depends on it.
 */
@org.springframework.modulith.ApplicationModule(
		allowedDependencies = { "accounts", "organization", "admissions", "careers", "supervisors", "students" })
package com.clinigrad.reports;
