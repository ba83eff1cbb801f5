package com.clinigrad.theses;

import java.time.LocalDate;

/**
 * A milestone session (开题、中期考核、预答辩、答辩 …) was scheduled for a student.
 *
 * @param sessionId the session
 * @param studentId the student
 * @param type the milestone
 * @param on the day it is held
 * @param place where it is held, or {@code null}
 * @param scheduledBy the login name of who scheduled it (not told of their own act)
 */
public record MilestoneScheduled(long sessionId, long studentId, MilestoneType type, LocalDate on, String place,
		String scheduledBy) {
}
