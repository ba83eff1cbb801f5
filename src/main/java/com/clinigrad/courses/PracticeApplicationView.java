package com.clinigrad.courses;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * A practice / innovation credit application with its steps and attachments.
 */
public record PracticeApplicationView(long id, String studentNo, String studentName, String hospitalCode, String title,
		String summary, BigDecimal creditsRequested, BigDecimal creditsAwarded, PracticeStatus status, String term,
		OffsetDateTime submittedAt, long version, List<Step> steps, List<Attachment> attachments) {

	/**
	 * One step: who did what, when and why.
	 */
	public record Step(PracticeStage step, PracticeDecision decision, BigDecimal credits, String reason, String actor,
			OffsetDateTime actedAt) {
	}

	/**
	 * A file attached by the student.
	 */
	public record Attachment(long id, String filename, String contentType, int sizeBytes) {
	}

}
