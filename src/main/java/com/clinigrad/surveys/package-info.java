/**
 * Satisfaction surveys (满意度调查): templates (teaching, supervision, services) with their
 * questions, a round per year for chosen students, anonymous answers kept apart from who
 * answered (as the course evaluations are), and results per supervisor and per round from
 * the template's minimum number of answers. Answers the supervisors module's
 * {@link com.clinigrad.supervisors.SupervisorSatisfaction} for the enrollment selection.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "accounts", "students", "supervisors" })
package com.clinigrad.surveys;
