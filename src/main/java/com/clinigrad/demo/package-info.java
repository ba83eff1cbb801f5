/**
 * The demo university that {@code ./mvnw spring-boot:run} starts with, and the synthetic
 * universities of any size that the benchmarks use, generated deterministically from a
 * seed.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "accounts", "organization", "supervisors",
		"students", "imports", "courses", "rotations", "eligibility", "theses", "notifications", "awards", "competency",
		"selection", "surveys", "careers", "admissions", "achievements", "mentoring" })
package com.clinigrad.demo;
