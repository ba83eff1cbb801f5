package com.clinigrad.theses;

import java.time.LocalDate;

/**
 * The graduate school corrected a mistyped award date or certificate number of an awarded
 * degree, with a reason; the degree stays awarded.
 *
 * @param studentId the graduate
 * @param studentNo their student number
 * @param awardedOnBefore the award date recorded before
 * @param certificateNoBefore the certificate number recorded before
 * @param awardedOn the award date as corrected
 * @param certificateNo the certificate number as corrected
 * @param reason why it was corrected
 * @param correctedBy the login name of the person who corrected it
 */
public record DegreeAwardCorrected(long studentId, String studentNo, LocalDate awardedOnBefore,
		String certificateNoBefore, LocalDate awardedOn, String certificateNo, String reason, String correctedBy) {
}
