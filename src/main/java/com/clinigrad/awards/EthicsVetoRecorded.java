package com.clinigrad.awards;

import java.time.LocalDate;

/**
 * A negative entry with a one-vote veto (一票否决) was recorded in a student's medical-ethics
 * file: the student is excluded from awards for the period the scheme says.
 *
 * @param studentId the student
 * @param entryId the entry
 * @param occurredOn when what it records happened
 * @param recordedBy who recorded it (the username; they are not told of it)
 */
public record EthicsVetoRecorded(long studentId, String studentNo, long entryId, LocalDate occurredOn,
		String recordedBy) {
}
