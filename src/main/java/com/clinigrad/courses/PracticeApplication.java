package com.clinigrad.courses;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import com.clinigrad.shared.BusinessRuleException;

/**
 * A practice / innovation credit application (社会实践与创新创业学分) with the history of its steps:
 * the aggregate that guards its chain student → hospital office → graduate school. Every
 * change goes through {@link PracticeStatus#next}; a rejection must say why, and credits
 * are awarded only within the program's bounds. Which office the caller belongs to is the
 * service's check; the attachments are kept beside it.
 */
@Entity
@Table(name = "practice_application")
class PracticeApplication {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private long studentId;

	private String title;

	private String summary;

	private BigDecimal creditsRequested;

	private BigDecimal creditsAwarded;

	@Enumerated(EnumType.STRING)
	private PracticeStatus status;

	private String term;

	@Version
	private long version;

	private Instant submittedAt;

	@OneToMany(mappedBy = "application", cascade = CascadeType.ALL)
	@OrderBy("actedAt, id")
	private List<PracticeStep> steps = new ArrayList<>();

	protected PracticeApplication() {
	}

	/**
	 * The student's application, awaiting the hospital office.
	 * @param actor the name the history shows
	 */
	static PracticeApplication submit(long studentId, String title, String summary, BigDecimal creditsRequested,
			String term, String actor) {
		PracticeApplication application = new PracticeApplication();
		application.studentId = studentId;
		application.title = title;
		application.summary = summary;
		application.creditsRequested = creditsRequested;
		application.term = term;
		application.status = PracticeStatus.SUBMITTED;
		application.submittedAt = Instant.now();
		application.steps.add(new PracticeStep(application, PracticeStage.SUBMIT, PracticeDecision.SUBMITTED,
				creditsRequested, null, actor));
		return application;
	}

	/**
	 * The hospital office's review: approval forwards the application to the graduate
	 * school, a rejection (with a reason) ends it.
	 */
	void reviewByHospital(boolean approve, String reason, String actor) {
		requireReason(approve, reason);
		PracticeAction action = approve ? PracticeAction.HOSPITAL_APPROVE : PracticeAction.HOSPITAL_REJECT;
		moveTo(this.status.next(action), action, null, reason, actor);
	}

	/**
	 * The graduate school's decision after its expert review: approval awards credits
	 * within the program's bounds, a rejection (with a reason) ends the application.
	 */
	void decideBySchool(boolean approve, BigDecimal credits, CoursePolicy policy, String reason, String actor) {
		requireReason(approve, reason);
		PracticeAction action = approve ? PracticeAction.SCHOOL_APPROVE : PracticeAction.SCHOOL_REJECT;
		PracticeStatus next = this.status.next(action);
		if (approve) {
			policy.requirePracticeCredits(credits);
			this.creditsAwarded = credits;
		}
		moveTo(next, action, approve ? credits : null, reason, actor);
	}

	private void moveTo(PracticeStatus next, PracticeAction action, BigDecimal credits, String reason, String actor) {
		this.status = next;
		this.steps.add(new PracticeStep(this, action.stage(), action.decision(), credits,
				(reason == null || reason.isBlank()) ? null : reason.trim(), actor));
	}

	private static void requireReason(boolean approve, String reason) {
		if (!approve && (reason == null || reason.isBlank())) {
			throw new BusinessRuleException("practice.error.reasonRequired");
		}
	}

	Long getId() {
		return this.id;
	}

	long getStudentId() {
		return this.studentId;
	}

	BigDecimal getCreditsAwarded() {
		return this.creditsAwarded;
	}

	PracticeStatus getStatus() {
		return this.status;
	}

	String getTerm() {
		return this.term;
	}

	long getVersion() {
		return this.version;
	}

	List<PracticeStep> getSteps() {
		return Collections.unmodifiableList(this.steps);
	}

}
