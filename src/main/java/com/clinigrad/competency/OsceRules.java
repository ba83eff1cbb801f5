package com.clinigrad.competency;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * The pass rules of an OSCE (data of the exam and its stations): a station is passed with
 * at least its pass percent of the checklist points and at least its minimum global
 * rating; the exam is passed, once every station has a sheet, with an overall percent
 * (the mean of the stations') of at least the exam's and at least its share of stations
 * passed. Pure Java.
 */
public final class OsceRules {

	private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	private OsceRules() {
	}

	public record StationOutcome(BigDecimal percent, int globalRating, boolean passed) {
	}

	/**
	 * @param complete whether every station has a sheet; without it there is no verdict
	 */
	public record ExamOutcome(BigDecimal percent, int stationsPassed, int stations, boolean complete, boolean passed) {
	}

	public static BigDecimal percent(int points, int maxPoints) {
		if (maxPoints <= 0) {
			throw new IllegalArgumentException("A station has points to give");
		}
		return BigDecimal.valueOf(points)
			.multiply(HUNDRED)
			.divide(BigDecimal.valueOf(maxPoints), 1, RoundingMode.HALF_UP);
	}

	public static StationOutcome station(int points, int maxPoints, int globalRating, BigDecimal passPercent,
			int minGlobal) {
		BigDecimal percent = percent(points, maxPoints);
		return new StationOutcome(percent, globalRating,
				percent.compareTo(passPercent) >= 0 && globalRating >= minGlobal);
	}

	/**
	 * @param outcomes the outcomes of the stations with a sheet
	 * @param stations how many stations the exam has
	 */
	public static ExamOutcome exam(List<StationOutcome> outcomes, int stations, BigDecimal overallPassPercent,
			BigDecimal minStationsPassedPercent) {
		int passed = (int) outcomes.stream().filter(StationOutcome::passed).count();
		if (outcomes.isEmpty()) {
			return new ExamOutcome(null, 0, stations, false, false);
		}
		BigDecimal mean = outcomes.stream()
			.map(StationOutcome::percent)
			.reduce(BigDecimal.ZERO, BigDecimal::add)
			.divide(BigDecimal.valueOf(outcomes.size()), 1, RoundingMode.HALF_UP);
		boolean complete = stations > 0 && outcomes.size() == stations;
		BigDecimal sharePassed = BigDecimal.valueOf(passed)
			.multiply(HUNDRED)
			.divide(BigDecimal.valueOf(Math.max(stations, 1)), 1, RoundingMode.HALF_UP);
		boolean verdict = complete && mean.compareTo(overallPassPercent) >= 0
				&& sharePassed.compareTo(minStationsPassedPercent) >= 0;
		return new ExamOutcome(mean, passed, stations, complete, verdict);
	}

}
