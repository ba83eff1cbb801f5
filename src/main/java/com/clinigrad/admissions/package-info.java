/**
 * Admissions (招生): the applicants of each year with program, discipline, admission type,
 * source school and whether they were admitted, the enrollment plan, and the admitted
 * applicants turned into student records without retyping them. Feeds the admissions
 * figures of the annual report (exchange format v1.1, dataset {@code admissions}).
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "accounts", "organization", "students" })
package com.clinigrad.admissions;
