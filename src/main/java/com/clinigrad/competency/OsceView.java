package com.clinigrad.competency;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * An OSCE with its stations, examiners, candidates and results, as the office's page
 * shows it.
 */
public record OsceView(long id, String hospitalCode, String hospitalName, String programCode, String title,
		LocalDate heldOn, BigDecimal overallPassPercent, BigDecimal minStationsPassedPercent, OsceStatus status,
		long version, List<Station> stations, List<Candidate> candidates) {

	public record Station(long id, int position, String competencyCode, String competencyName, String competencyNameEn,
			String title, BigDecimal passPercent, int minGlobal, int maxPoints, List<Item> items,
			List<Examiner> examiners) {

		public String competencyName(boolean english) {
			return english ? this.competencyNameEn : this.competencyName;
		}

	}

	public record Item(long id, int position, String text, int points) {
	}

	public record Examiner(long supervisorId, String staffNo, String name) {
	}

	/**
	 * @param sheets the station outcomes by station id, for the stations with a sheet
	 */
	public record Candidate(long studentId, String studentNo, String name, Map<Long, OsceRules.StationOutcome> sheets,
			OsceRules.ExamOutcome outcome) {
	}

	/**
	 * An exam in the office's list.
	 */
	public record Row(long id, String hospitalCode, String title, LocalDate heldOn, OsceStatus status, int stations,
			int candidates) {
	}

}
