package com.clinigrad.competency;

import java.util.List;

/**
 * The mentor group to name on a plan, by staff number, with its lead and the reason.
 */
public record MentorsCommand(List<String> staffNos, String leadStaffNo, String reason) {

	public MentorsCommand {
		staffNos = staffNos == null ? List.of()
				: staffNos.stream().filter((s) -> s != null && !s.isBlank()).map(String::trim).distinct().toList();
	}

}
