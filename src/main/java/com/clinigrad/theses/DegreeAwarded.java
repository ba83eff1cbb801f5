package com.clinigrad.theses;

import java.time.LocalDate;

/**
 * The graduate school recorded the award of a degree (date and certificate number) after
 * the committee's awarding decision.
 *
 * @param studentId the graduate
 * @param studentNo their student number
 * @param awardedOn the date of the award
 * @param certificateNo the degree certificate number
 * @param awardedBy the login name of the person who recorded the award
 */
public record DegreeAwarded(long studentId, String studentNo, LocalDate awardedOn, String certificateNo,
		String awardedBy) {
}
