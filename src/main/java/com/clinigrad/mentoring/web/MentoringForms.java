package com.clinigrad.mentoring.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * The forms of the mentoring pages.
 */
final class MentoringForms {

	private MentoringForms() {
	}

	/** A new pairing: the term, the mentor and the mentees by student number. */
	static class PairForm {

		@NotBlank(message = "{mentoring.error.term}")
		private String term;

		@NotBlank(message = "{mentoring.error.mentor}")
		private String mentorNo;

		@NotBlank(message = "{mentoring.error.noMentee}")
		private String menteeNos;

		List<String> mentees() {
			return Arrays.stream(this.menteeNos.split("[\\s,，、;；]+")).filter((s) -> !s.isBlank()).toList();
		}

		public String getTerm() {
			return this.term;
		}

		public void setTerm(String term) {
			this.term = term;
		}

		public String getMentorNo() {
			return this.mentorNo;
		}

		public void setMentorNo(String mentorNo) {
			this.mentorNo = mentorNo;
		}

		public String getMenteeNos() {
			return this.menteeNos;
		}

		public void setMenteeNos(String menteeNos) {
			this.menteeNos = menteeNos;
		}

	}

	/** A meeting as the mentor logs it. */
	static class MeetingForm {

		@NotNull(message = "{mentoring.error.meetingDate}")
		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
		private LocalDate heldOn;

		@NotBlank(message = "{mentoring.error.topic}")
		@Size(max = 200)
		private String topic;

		@NotNull(message = "{mentoring.error.minutes}")
		@Min(value = 1, message = "{mentoring.error.minutes}")
		@Max(value = 600, message = "{mentoring.error.minutes}")
		private Integer minutes = 60;

		private List<String> present = new ArrayList<>();

		@Size(max = 2000)
		private String notes;

		public LocalDate getHeldOn() {
			return this.heldOn;
		}

		public void setHeldOn(LocalDate heldOn) {
			this.heldOn = heldOn;
		}

		public String getTopic() {
			return this.topic;
		}

		public void setTopic(String topic) {
			this.topic = topic;
		}

		public Integer getMinutes() {
			return this.minutes;
		}

		public void setMinutes(Integer minutes) {
			this.minutes = minutes;
		}

		public List<String> getPresent() {
			return this.present;
		}

		public void setPresent(List<String> present) {
			this.present = present;
		}

		public String getNotes() {
			return this.notes;
		}

		public void setNotes(String notes) {
			this.notes = notes;
		}

	}

	/** A mentee's feedback on a meeting. */
	static class FeedbackForm {

		@NotNull(message = "{mentoring.error.score}")
		@Min(value = 1, message = "{mentoring.error.score}")
		@Max(value = 5, message = "{mentoring.error.score}")
		private Integer score;

		@Size(max = 500)
		private String comment;

		public Integer getScore() {
			return this.score;
		}

		public void setScore(Integer score) {
			this.score = score;
		}

		public String getComment() {
			return this.comment;
		}

		public void setComment(String comment) {
			this.comment = comment;
		}

	}

	/**
	 * Ending a pairing or adding a mentee: the version read, a reason, a confirmation.
	 */
	static class ChangeForm {

		private long version;

		private String reason;

		private String studentNo;

		private boolean confirm;

		public long getVersion() {
			return this.version;
		}

		public void setVersion(long version) {
			this.version = version;
		}

		public String getReason() {
			return this.reason;
		}

		public void setReason(String reason) {
			this.reason = reason;
		}

		public String getStudentNo() {
			return this.studentNo;
		}

		public void setStudentNo(String studentNo) {
			this.studentNo = studentNo;
		}

		public boolean isConfirm() {
			return this.confirm;
		}

		public void setConfirm(boolean confirm) {
			this.confirm = confirm;
		}

	}

}
