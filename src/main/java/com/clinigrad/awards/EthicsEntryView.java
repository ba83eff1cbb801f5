package com.clinigrad.awards;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One entry of a student's medical-ethics file.
 *
 * @param veto whether the negative entry is a one-vote veto (一票否决)
 * @param recordedByOffice whether a hospital office recorded it (else the graduate
 * school)
 * @param evidenceName the evidence file's name, or {@code null}
 */
public record EthicsEntryView(long id, LocalDate occurredOn, EthicsSource source, String description, boolean veto,
		boolean recordedByOffice, String recordedBy, Instant recordedAt, String evidenceName, Integer evidenceSize) {

	public boolean positive() {
		return this.source.positive();
	}

}
