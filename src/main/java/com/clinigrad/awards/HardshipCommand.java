package com.clinigrad.awards;

import java.util.List;

/**
 * A student's hardship application for a year: the level asked for, the reasons and the
 * evidence files (income certificates, a low-income household card, a medical bill).
 */
public record HardshipCommand(int year, HardshipLevel level, String reasons, List<EthicsCommand.Evidence> files) {

	public HardshipCommand {
		files = (files != null) ? List.copyOf(files) : List.of();
	}

}
