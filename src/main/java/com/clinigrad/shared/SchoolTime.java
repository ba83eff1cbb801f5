package com.clinigrad.shared;

import java.time.LocalDate;
import java.time.ZoneId;

/**
 * The universities' time zone: "today" for deadlines, terms and rotations is Beijing's
 * today, whatever zone the server runs in.
 */
public final class SchoolTime {

	public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

	private SchoolTime() {
	}

	public static LocalDate today() {
		return LocalDate.now(ZONE);
	}

}
