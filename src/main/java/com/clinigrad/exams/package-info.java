/**
 * Online exams (网考): question banks per discipline, course or rotation department, papers
 * drawn by rules for a sitting and shuffled per candidate, the candidate's page that
 * keeps every answer on the server, marking by assigned markers, and the released results
 * that other modules (the rotation's theory score) take from {@link ExamResultsReleased}.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "accounts", "organization", "students" })
package com.clinigrad.exams;
