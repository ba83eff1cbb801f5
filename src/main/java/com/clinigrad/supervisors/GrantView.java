package com.clinigrad.supervisors;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A research grant a supervisor holds (科研项目经费): title, amount in yuan and period (both
 * days included).
 */
public record GrantView(long id, String title, BigDecimal amount, LocalDate startOn, LocalDate endOn) {

	public boolean runsOn(LocalDate day) {
		return !day.isBefore(this.startOn) && !day.isAfter(this.endOn);
	}

}
