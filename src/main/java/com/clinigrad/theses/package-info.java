/**
 * The thesis lifecycle (学位论文): milestones from proposal to defense with their results,
 * the thesis record (length, abstracts, similarity, declaration) and the blind-review
 * verdicts.
 */
@org.springframework.modulith.ApplicationModule(
		allowedDependencies = { "accounts", "organization", "students", "supervisors", "achievements" })
package com.clinigrad.theses;
