package com.clinigrad.competency;

import java.util.List;

/**
 * A program's plan template (DOMAIN §3.4): its periods, the program's duration and the
 * smallest mentor group.
 */
record PlanTemplate(long id, String programCode, int durationMonths, int minMentors, String note,
		List<Period> periods) {

	record Period(int position, int year, PlanPhase phase, String title, String titleEn, int months, boolean optional) {
	}

}
