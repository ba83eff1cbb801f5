package com.clinigrad.competency;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A 360° round as its page shows it: the invitations only for those who run it (the
 * office and the mentor group), results per rater kind for everyone who may see the
 * trainee — only once the round is closed and only for kinds with enough answers.
 *
 * @param manages whether the caller runs the round (sees invitations, invites, closes)
 * @param invitations who was asked and whether they answered; empty unless managed
 * @param results per rater kind, in order
 */
public record MsfView(long id, String studentNo, String studentName, String title, LocalDate opensOn,
		LocalDate closesOn, MsfStatus status, long version, boolean manages, List<Invitation> invitations,
		List<KindResult> results) {

	/**
	 * @param who the name of an invited supervisor or student, or the office's label of a
	 * link
	 */
	public record Invitation(long id, RaterKind kind, String who, String number, boolean byLink, boolean linkActive,
			boolean answered) {
	}

	/**
	 * A rater kind's results: the number of answers and the mean per question only when
	 * shown; below the minimum neither is given (only that it is below).
	 */
	public record KindResult(RaterKind kind, int minRaters, boolean shown, Integer answers, List<ItemMean> means) {
	}

	public record ItemMean(String competencyCode, String text, String textEn, BigDecimal mean) {

		public String text(boolean english) {
			return english ? this.textEn : this.text;
		}

	}

	/**
	 * A trainee's rounds.
	 *
	 * @param manages whether the caller may open rounds for the trainee
	 */
	public record Trainee(String studentNo, String studentName, boolean manages, List<Row> rows) {
	}

	/**
	 * A round in the trainee's list.
	 */
	public record Row(long id, String title, LocalDate opensOn, LocalDate closesOn, MsfStatus status) {
	}

	/**
	 * The form a rater fills: the questions of their kind about the trainee.
	 *
	 * @param key the invitation id (account raters) or the link's token
	 */
	public record Form(String key, String studentName, String title, LocalDate closesOn, RaterKind kind,
			List<Question> questions) {
	}

	public record Question(long id, int position, String text, String textEn) {

		public String text(boolean english) {
			return english ? this.textEn : this.text;
		}

	}

	/**
	 * An invitation waiting for the calling rater's answer.
	 */
	public record Pending(long invitationId, String studentName, String title, LocalDate closesOn, RaterKind kind) {
	}

}
