/**
 * The home page of each role: what that person has to look at and do today, composed from
 * the other modules' read APIs. Nothing depends on it.
 */
@org.springframework.modulith.ApplicationModule(
		allowedDependencies = { "accounts", "organization", "supervisors", "students" })
package com.clinigrad.home;
