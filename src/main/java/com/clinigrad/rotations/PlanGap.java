package com.clinigrad.rotations;

import com.clinigrad.students.StudentCard;

/**
 * A plan area a student's hospital has no department for, with months still to arrange:
 * the office arranges it at another base hospital (the departments that train it are
 * named) or, where none does, with the graduate school.
 */
public record PlanGap(StudentCard student, PlanView.Item item) {
}
