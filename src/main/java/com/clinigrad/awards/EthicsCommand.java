package com.clinigrad.awards;

import java.time.LocalDate;

/**
 * A new entry of the medical-ethics file, with its evidence file if any.
 */
public record EthicsCommand(LocalDate occurredOn, EthicsSource source, String description, boolean veto,
		Evidence evidence) {

	/**
	 * An uploaded evidence file.
	 */
	public record Evidence(String filename, String contentType, byte[] content) {
	}

}
