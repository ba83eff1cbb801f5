package com.clinigrad.exams;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * Read models of sittings.
 */
public final class SittingView {

	private SittingView() {
	}

	/**
	 * A sitting in a list.
	 */
	public record Row(long id, String title, String bankTitle, String hospitalCode, SittingPurpose purpose,
			String departmentName, Instant opensAt, Instant closesAt, int durationMinutes, SittingStatus status,
			int candidates) {
	}

	/**
	 * A sitting as the office sees it. The paper's questions are empty until the window
	 * has closed.
	 */
	public record Detail(Row sitting, long version, long bankId, List<RuleRow> rules, List<CandidateRow> candidates,
			List<MarkerRow> markers, int paperSize, boolean windowClosed, List<BankView.Question> paper,
			List<ItemRow> statistics) {
	}

	/**
	 * A drawing rule.
	 */
	public record RuleRow(QuestionKind kind, int difficultyMin, int difficultyMax, TestedCompetency competency,
			int count) {
	}

	/**
	 * A candidate with how far they got.
	 */
	public record CandidateRow(long id, String studentNo, String studentName, Instant startedAt, Instant submittedAt,
			boolean timedOut, int answered, BigDecimal score) {
	}

	/**
	 * A marker and the paper question they mark.
	 *
	 * @param username the marker's login
	 * @param name the marker's name
	 */
	public record MarkerRow(String username, String name, long questionId, int position) {
	}

	/**
	 * Item statistics of one marked item.
	 */
	public record ItemRow(long questionId, String stem, QuestionKind kind, int candidates, double difficulty,
			double discrimination) {
	}

	/**
	 * A sitting named where its results went (a rotation, a mid-term assessment).
	 *
	 * @param href the page about it the caller may open, or {@code null} if none
	 */
	public record Link(long id, String title, String href) {
	}

	/**
	 * A sitting as a candidate sees it in their list.
	 */
	public record Mine(long candidateId, String title, Instant opensAt, Instant closesAt, int durationMinutes,
			Instant startedAt, Instant submittedAt, SittingStatus status, BigDecimal score, boolean open) {

		/**
		 * @return whether the window is still to come (not open and not yet closed)
		 */
		public boolean upcoming() {
			return !this.open && this.closesAt.isAfter(Instant.now());
		}

	}

}
