package com.clinigrad.teaching;

import java.time.LocalDate;
import java.util.Map;

/**
 * A class visit as recorded: a course offering's class, or a teaching session of a
 * rotation department, with the instructor and the form's answers by item code.
 *
 * @param offeringId the offering visited, or {@code null} for a department session
 * @param hospitalCode the department's hospital, for a department session
 * @param departmentCode the department, for a department session
 * @param sessionTitle what the session was (教学查房, 小讲课), for a department session
 * @param instructorStaffNo the instructor; for an offering, blank means its instructor
 * @param inspectorStaffNo who visited; blank means the caller
 */
public record VisitCommand(Long offeringId, String hospitalCode, String departmentCode, String sessionTitle,
		LocalDate visitedOn, String instructorStaffNo, String inspectorStaffNo, Map<String, Integer> scores,
		Map<String, String> texts) {

	public VisitCommand {
		scores = (scores != null) ? Map.copyOf(scores) : Map.of();
		texts = (texts != null) ? Map.copyOf(texts) : Map.of();
	}

}
