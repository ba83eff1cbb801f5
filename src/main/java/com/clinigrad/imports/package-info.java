/**
 * The bulk import of the exchange format v1 ({@code contracts/exchange-v1.md}): CSV and
 * XLSX files per dataset, validated row by row and applied all or nothing through the
 * owning modules' upserts.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "accounts", "organization", "supervisors",
		"students", "courses", "rotations", "theses", "achievements", "admissions", "careers" })
package com.clinigrad.imports;
