/**
 * The thesis lifecycle (学位论文): milestones from proposal to defense with their results,
 * the thesis record (length, abstracts, similarity, declaration) and the blind-review
 * verdicts; the mid-term assessment takes its theory exam score from released online
 * exams.
 */
@org.springframework.modulith.ApplicationModule(
		allowedDependencies = { "accounts", "organization", "students", "supervisors", "achievements", "exams" })
package com.clinigrad.theses;
