package com.clinigrad.theses.web;

import java.math.BigDecimal;

import com.clinigrad.theses.BlindReviews;

/**
 * The blind-review form: five scores, the verdict and the comments. Values are kept as
 * typed, so that a refused form shows every score and the whole comment again.
 */
class ReviewForm {

	private long version;

	private String verdict;

	private String topic;

	private String innovation;

	private String knowledge;

	private String ability;

	private String writing;

	private String comments;

	static ReviewForm of(long version) {
		ReviewForm form = new ReviewForm();
		form.version = version;
		return form;
	}

	/**
	 * @return the review as typed; a score that is not a number is missing, which the
	 * review refuses with its range
	 */
	BlindReviews.ReviewCommand toCommand() {
		return new BlindReviews.ReviewCommand(this.verdict, score(this.topic), score(this.innovation),
				score(this.knowledge), score(this.ability), score(this.writing), this.comments);
	}

	private static BigDecimal score(String typed) {
		try {
			return (typed == null || typed.isBlank()) ? null : new BigDecimal(typed.trim());
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

	public long getVersion() {
		return this.version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

	public String getVerdict() {
		return this.verdict;
	}

	public void setVerdict(String verdict) {
		this.verdict = verdict;
	}

	public String getTopic() {
		return this.topic;
	}

	public void setTopic(String topic) {
		this.topic = topic;
	}

	public String getInnovation() {
		return this.innovation;
	}

	public void setInnovation(String innovation) {
		this.innovation = innovation;
	}

	public String getKnowledge() {
		return this.knowledge;
	}

	public void setKnowledge(String knowledge) {
		this.knowledge = knowledge;
	}

	public String getAbility() {
		return this.ability;
	}

	public void setAbility(String ability) {
		this.ability = ability;
	}

	public String getWriting() {
		return this.writing;
	}

	public void setWriting(String writing) {
		this.writing = writing;
	}

	public String getComments() {
		return this.comments;
	}

	public void setComments(String comments) {
		this.comments = comments;
	}

}
