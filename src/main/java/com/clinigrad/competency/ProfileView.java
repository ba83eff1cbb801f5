package com.clinigrad.competency;

import java.math.BigDecimal;
import java.util.List;

/**
 * A trainee's competency profile: per competency the current level (the mean of the
 * readings of the latest month with any) and how many readings there are, every reading,
 * and the chart of the monthly means.
 *
 * @param chartJson the Chart.js data of the line chart (months × competencies)
 */
public record ProfileView(String studentNo, String studentName, String programCode, List<Row> rows,
		List<Reading> readings, String chartJson) {

	public boolean hasReadings() {
		return !this.readings.isEmpty();
	}

	/**
	 * @param current the current level, {@code null} without readings
	 * @param descriptor the descriptor of the level the current one rounds to
	 */
	public record Row(CompetencyView competency, BigDecimal current, CompetencyView.Level descriptor, int readings) {
	}

	public record Reading(Evidence evidence, CompetencyView competency) {
	}

}
