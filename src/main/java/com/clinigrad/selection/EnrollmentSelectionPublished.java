package com.clinigrad.selection;

import java.time.Instant;
import java.util.List;

/**
 * A year's enrollment selection result list was published: every supervisor scored may
 * now see their score, places and suspensions.
 *
 * @param supervisorStaffNos the supervisors of the list
 */
public record EnrollmentSelectionPublished(long roundId, int year, List<String> supervisorStaffNos, String publishedBy,
		Instant publishedAt) {

	public EnrollmentSelectionPublished {
		supervisorStaffNos = List.copyOf(supervisorStaffNos);
	}

}
