/**
 * Courses and grades (课程与成绩): the catalog with categories and credits, and every sitting
 * of a course by each student (a retake is a new attempt; the latest counts).
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "accounts", "students" })
package com.clinigrad.courses;
