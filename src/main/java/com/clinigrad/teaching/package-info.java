/**
 * Teaching quality and load (教学督导与教学工作量): the teaching supervisors (督导专家) the graduate
 * school designates, their class visits with a rating form kept as data, a quality report
 * per course and instructor that combines visits, course evaluations and results, and
 * each teacher's yearly workload counted from the records of the other modules with
 * weights the graduate school sets. Nothing depends on it.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "accounts", "organization", "supervisors",
		"students", "courses", "theses", "exams", "competency" })
package com.clinigrad.teaching;
