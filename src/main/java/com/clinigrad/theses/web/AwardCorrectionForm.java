package com.clinigrad.theses.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import com.clinigrad.theses.DegreeDecisions;

/**
 * The corrected award date and certificate number of an awarded degree, and why. Values
 * are kept as typed, so that a refused form shows them again.
 */
class AwardCorrectionForm {

	private long version;

	private String awardedOn;

	private String certificateNo;

	private String reason;

	/**
	 * The form as the award stands.
	 */
	static AwardCorrectionForm of(DegreeDecisions.Decision decision) {
		AwardCorrectionForm form = new AwardCorrectionForm();
		form.version = decision.version();
		form.awardedOn = (decision.awardedOn() != null) ? decision.awardedOn().toString() : null;
		form.certificateNo = decision.certificateNo();
		return form;
	}

	/**
	 * @return the date typed, or {@code null} when it is not a date (which the award
	 * refuses)
	 */
	LocalDate awardedOnDate() {
		try {
			return (this.awardedOn == null || this.awardedOn.isBlank()) ? null : LocalDate.parse(this.awardedOn.trim());
		}
		catch (DateTimeParseException ex) {
			return null;
		}
	}

	public long getVersion() {
		return this.version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

	public String getAwardedOn() {
		return this.awardedOn;
	}

	public void setAwardedOn(String awardedOn) {
		this.awardedOn = awardedOn;
	}

	public String getCertificateNo() {
		return this.certificateNo;
	}

	public void setCertificateNo(String certificateNo) {
		this.certificateNo = certificateNo;
	}

	public String getReason() {
		return this.reason;
	}

	public void setReason(String reason) {
		this.reason = reason;
	}

}
