/**
 * Courses and grades (课程与成绩): the catalog, offerings per term and enrollment, grade entry
 * and its history, every sitting of a course by each student (a retake is a new attempt;
 * the latest counts), credits against the program, transcripts, practice credits and
 * course evaluations.
 */
@org.springframework.modulith.ApplicationModule(
		allowedDependencies = { "accounts", "students", "organization", "supervisors" })
package com.clinigrad.courses;
