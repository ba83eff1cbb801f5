package com.clinigrad.supervisors;

import java.time.LocalDate;

/**
 * The application window of a year (导师资格申请时间), both days included.
 */
public record WindowView(long id, int year, LocalDate opensOn, LocalDate closesOn, long version) {

	public boolean openOn(LocalDate day) {
		return !day.isBefore(this.opensOn) && !day.isAfter(this.closesOn);
	}

}
