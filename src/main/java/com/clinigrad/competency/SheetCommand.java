package com.clinigrad.competency;

import java.util.Map;

/**
 * An examiner's sheet for one candidate at one station: the points given per checklist
 * item (by item id) and the global rating 1–5.
 */
public record SheetCommand(String studentNo, Map<Long, Integer> points, Integer globalRating) {

	public SheetCommand {
		points = points == null ? Map.of() : Map.copyOf(points);
	}

}
