/**
 * The personal calendar (个人日程): each person's dates — rotations, exit exams, milestones
 * and defenses, the medical licence deadline, panels, blind-review deadlines, degree
 * meetings and the school calendar — within what their roles let them see, as a month
 * view and as an iCalendar feed at a secret address that can be reset.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "accounts", "organization", "students",
		"rotations", "theses", "eligibility", "achievements" })
package com.clinigrad.calendar;
