package com.clinigrad.surveys;

import java.time.LocalDate;
import java.util.List;

/**
 * A round to open: the template, the year, the days it is open and the students asked —
 * those numbered, or when none is numbered, every student in training of the program.
 */
public record OpenRoundCommand(int year, String templateCode, LocalDate opensOn, LocalDate closesOn,
		List<String> studentNos, String programCode) {
}
