package com.clinigrad.students;

/**
 * How many students of a program are in a status.
 */
public record ProgramStatusCount(String programCode, StudentStatus status, long count) {
}
