package com.clinigrad.awards.web;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * The forms of a selection round's page; each keeps what was typed when refused.
 */
final class RoundForms {

	private RoundForms() {
	}

	/**
	 * The publicity period (公示) the graduate school publishes the list for.
	 */
	static class PublishForm {

		@NotNull
		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
		private LocalDate start;

		@NotNull
		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
		private LocalDate end;

		public LocalDate getStart() {
			return this.start;
		}

		public void setStart(LocalDate start) {
			this.start = start;
		}

		public LocalDate getEnd() {
			return this.end;
		}

		public void setEnd(LocalDate end) {
			this.end = end;
		}

	}

	/**
	 * A hospital office's review remark, or a student's objection, or the reason of a
	 * decision.
	 */
	static class TextForm {

		@Size(max = 2000)
		private String text;

		public String getText() {
			return this.text;
		}

		public void setText(String text) {
			this.text = text;
		}

	}

	/**
	 * A student's objection: the reason is required.
	 */
	static class ObjectionForm {

		@NotBlank
		@Size(max = 2000)
		private String reason;

		public String getReason() {
			return this.reason;
		}

		public void setReason(String reason) {
			this.reason = reason;
		}

	}

	/**
	 * The office's decision of an objection: upheld (with the student's award after the
	 * correction, none when left empty) or dismissed, with the reason.
	 */
	static class DecisionForm {

		private boolean upheld;

		private Long awardTypeId;

		@NotBlank
		@Size(max = 2000)
		private String note;

		private long version;

		public boolean isUpheld() {
			return this.upheld;
		}

		public void setUpheld(boolean upheld) {
			this.upheld = upheld;
		}

		public Long getAwardTypeId() {
			return this.awardTypeId;
		}

		public void setAwardTypeId(Long awardTypeId) {
			this.awardTypeId = awardTypeId;
		}

		public String getNote() {
			return this.note;
		}

		public void setNote(String note) {
			this.note = note;
		}

		public long getVersion() {
			return this.version;
		}

		public void setVersion(long version) {
			this.version = version;
		}

	}

}
