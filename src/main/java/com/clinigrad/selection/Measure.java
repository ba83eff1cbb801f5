package com.clinigrad.selection;

import java.math.BigDecimal;
import java.util.List;

/**
 * One criterion measured for one supervisor: the share of the criterion's weight earned
 * (0–1), whether there was data, a sentence saying what was found against what the scheme
 * asks, and the records it came from.
 */
public record Measure(BigDecimal fraction, boolean hasData, Line summary, List<Line> evidence) {

	public Measure {
		evidence = List.copyOf(evidence);
	}

}
