package com.clinigrad.theses;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import com.clinigrad.shared.BusinessRuleException;
import com.clinigrad.theses.ReviewStatus.Action;

/**
 * One reviewer's blind review of one round (评阅任务), under a code that is all the reviewer
 * knows of the thesis. Guards its status: only the transitions {@link ReviewStatus}
 * allows. Who may do what, and whether the round still takes reviews, is the services'
 * concern.
 */
@Entity
@Table(name = "thesis_review")
class ReviewAssignment {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private long studentId;

	private int roundNo;

	private long reviewerId;

	private String code;

	private String assignedBy;

	private LocalDate dueOn;

	@Enumerated(EnumType.STRING)
	private ReviewStatus status = ReviewStatus.PENDING;

	@Enumerated(EnumType.STRING)
	private ReviewVerdict verdict;

	private BigDecimal scoreTopic;

	private BigDecimal scoreInnovation;

	private BigDecimal scoreKnowledge;

	private BigDecimal scoreAbility;

	private BigDecimal scoreWriting;

	private String comments;

	private Instant submittedAt;

	private String declinedReason;

	private Instant declinedAt;

	private String recordedBy;

	private Instant recordedAt = Instant.now();

	@Version
	private long version;

	protected ReviewAssignment() {
	}

	ReviewAssignment(long studentId, int roundNo, long reviewerId, String code, String assignedBy, LocalDate dueOn) {
		this.studentId = studentId;
		this.roundNo = roundNo;
		this.reviewerId = reviewerId;
		this.code = code;
		this.assignedBy = assignedBy;
		this.recordedBy = assignedBy;
		this.dueOn = dueOn;
	}

	/**
	 * The reviewer's verdict, scores and comments, checked against the review form's
	 * rules.
	 */
	void submit(BlindReviews.ReviewCommand command) {
		ReviewStatus next = allow(Action.SUBMIT);
		this.verdict = command.validate();
		this.scoreTopic = command.topic();
		this.scoreInnovation = command.innovation();
		this.scoreKnowledge = command.knowledge();
		this.scoreAbility = command.ability();
		this.scoreWriting = command.writing();
		this.comments = command.comments().trim();
		this.submittedAt = Instant.now();
		this.recordedAt = this.submittedAt;
		this.status = next;
	}

	/**
	 * The reviewer declines (a conflict the office did not know of, no time), saying why.
	 */
	void decline(String reason) {
		ReviewStatus next = allow(Action.DECLINE);
		if (reason == null || reason.isBlank()) {
			throw new BusinessRuleException("review.error.declineReason");
		}
		this.declinedReason = reason.trim();
		this.declinedAt = Instant.now();
		this.status = next;
	}

	/**
	 * The graduate school withdraws the review (a reviewer who does not answer, a
	 * conflict found late), saying why; the reason keeps who withdrew it.
	 */
	void withdraw(String who, String reason) {
		if (reason == null || reason.isBlank()) {
			throw new BusinessRuleException("review.error.withdrawReason");
		}
		ReviewStatus next = allow(Action.WITHDRAW);
		this.declinedReason = who + "：" + reason.trim();
		this.declinedAt = Instant.now();
		this.status = next;
	}

	/**
	 * The reminder this pending review is due today: overdue once the deadline has
	 * passed, due soon within the program's reminder period.
	 * @param workingDaysLeft working days from today to the deadline
	 * @return the kind of reminder, or {@code null} for none
	 */
	ReminderKind reminderDue(LocalDate today, int workingDaysLeft, int remindBeforeDays) {
		allow(Action.REMIND);
		if (this.dueOn == null) {
			return null;
		}
		if (this.dueOn.isBefore(today)) {
			return ReminderKind.OVERDUE;
		}
		return (workingDaysLeft <= remindBeforeDays) ? ReminderKind.DUE_SOON : null;
	}

	Long id() {
		return this.id;
	}

	long studentId() {
		return this.studentId;
	}

	int roundNo() {
		return this.roundNo;
	}

	String code() {
		return this.code;
	}

	LocalDate dueOn() {
		return this.dueOn;
	}

	ReviewStatus status() {
		return this.status;
	}

	ReviewVerdict verdict() {
		return this.verdict;
	}

	long version() {
		return this.version;
	}

	private ReviewStatus allow(Action action) {
		ReviewStatus next = this.status.after(action);
		if (next == null) {
			throw new BusinessRuleException("review.error.closed");
		}
		return next;
	}

}
