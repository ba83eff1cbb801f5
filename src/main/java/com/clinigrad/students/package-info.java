/**
 * The student record (研究生 / 临床博士后): program, cohort, discipline, admission, hospital,
 * supervisor and co-supervisor, and the status with every change (who, when, why,
 * evidence). Enforces each caller's scope: a hospital office sees its hospital, a
 * supervisor their own students, a student only themself.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "accounts", "organization", "supervisors" })
package com.clinigrad.students;
