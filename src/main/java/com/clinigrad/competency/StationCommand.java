package com.clinigrad.competency;

import java.math.BigDecimal;
import java.util.List;

/**
 * A station to add to an OSCE: the competency it tests, its title, its pass rule (empty
 * for the program's defaults) and its checklist.
 */
public record StationCommand(String competencyCode, String title, BigDecimal passPercent, Integer minGlobal,
		List<ChecklistLine> checklist) {

	public record ChecklistLine(String text, int points) {
	}

}
