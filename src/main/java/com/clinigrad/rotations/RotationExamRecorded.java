package com.clinigrad.rotations;

/**
 * A department coordinator recorded the exit exam (出科考核) of a rotation, or its retake, or
 * corrected the latest of them.
 *
 * @param studentId the student
 * @param rotationId the rotation
 * @param retake whether it was the retake
 * @param passed whether it passed
 */
public record RotationExamRecorded(long studentId, long rotationId, boolean retake, boolean passed) {
}
