package com.clinigrad.awards.web;

import com.clinigrad.awards.EthicsCommand;
import com.clinigrad.awards.HardshipCommand;
import com.clinigrad.awards.HardshipLevel;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * The forms of hardship recognition (家庭经济困难认定); each keeps what was typed when refused.
 */
final class HardshipForms {

	private HardshipForms() {
	}

	/**
	 * A student's application for a year (the evidence files come as a multipart part of
	 * their own).
	 */
	static class ApplicationForm {

		@NotNull(message = "{validation.required}")
		private Integer year;

		@NotNull(message = "{validation.required}")
		private HardshipLevel level;

		@NotBlank(message = "{validation.required}")
		@Size(max = 4000, message = "{validation.tooLong}")
		private String reasons;

		public Integer getYear() {
			return this.year;
		}

		public void setYear(Integer year) {
			this.year = year;
		}

		public HardshipLevel getLevel() {
			return this.level;
		}

		public void setLevel(HardshipLevel level) {
			this.level = level;
		}

		public String getReasons() {
			return this.reasons;
		}

		public void setReasons(String reasons) {
			this.reasons = reasons;
		}

		HardshipCommand toCommand(java.util.List<EthicsCommand.Evidence> files) {
			return new HardshipCommand(this.year, this.level, this.reasons, files);
		}

	}

	/**
	 * An office's decision: approve (recognise) at a level, or refuse; or a correction
	 * (no level: the recognition withdrawn). A refusal and a correction need a reason.
	 */
	static class DecisionForm {

		private long version;

		private boolean approve = true;

		private HardshipLevel level;

		@Size(max = 2000, message = "{validation.tooLong}")
		private String reason;

		public long getVersion() {
			return this.version;
		}

		public void setVersion(long version) {
			this.version = version;
		}

		public boolean isApprove() {
			return this.approve;
		}

		public void setApprove(boolean approve) {
			this.approve = approve;
		}

		public HardshipLevel getLevel() {
			return this.level;
		}

		public void setLevel(HardshipLevel level) {
			this.level = level;
		}

		public String getReason() {
			return this.reason;
		}

		public void setReason(String reason) {
			this.reason = reason;
		}

	}

}
