/**
 * Clinical rotations (临床轮转): which department a student rotated in and when, whether as
 * chief resident, and the end-of-rotation exam and its retake.
 */
@org.springframework.modulith.ApplicationModule(
		allowedDependencies = { "accounts", "organization", "students", "supervisors", "exams" })
package com.clinigrad.rotations;
