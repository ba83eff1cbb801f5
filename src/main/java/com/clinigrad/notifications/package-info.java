/**
 * Notifications (通知): listens to what the other modules publish, decides who hears of it,
 * keeps each person's inbox and sends e-mail from an outbox; no other module sends
 * anything itself.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "accounts", "awards", "theses", "eligibility",
		"organization", "students", "courses", "rotations", "supervisors", "selection" })
package com.clinigrad.notifications;
