package com.clinigrad.competency;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * An examiner's page for one station: the checklist, the candidates, and the sheet of the
 * candidate chosen (entered or not).
 *
 * @param studentNo the candidate chosen, {@code null} before one is
 * @param points the entered points by item id, empty for a new sheet
 * @param globalRating the entered global rating, {@code null} for a new sheet
 */
public record StationSheetView(long examId, String examTitle, LocalDate heldOn, boolean open, OsceView.Station station,
		List<CandidateState> candidates, String studentNo, String studentName, Map<Long, Integer> points,
		Integer globalRating) {

	public record CandidateState(String studentNo, String name, boolean entered) {
	}

	public Integer pointsOf(long itemId) {
		return this.points.get(itemId);
	}

}
