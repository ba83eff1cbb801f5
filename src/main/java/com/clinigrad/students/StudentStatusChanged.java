package com.clinigrad.students;

/**
 * A student's status changed (a decision of the graduate school, a diversion outcome, or
 * the import).
 *
 * @param studentId the student
 * @param studentNo the student's number
 * @param from the status before ({@code null} for a new student)
 * @param to the status now
 */
public record StudentStatusChanged(long studentId, String studentNo, StudentStatus from, StudentStatus to) {
}
