package com.clinigrad.eligibility.rules;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * An immutable picture of everything the audit reads of one student, built from the other
 * modules' records. Dates let each rule leave out evidence from after the as-of date.
 *
 * @param disciplineCode the second-level discipline (105101 内科学 …)
 */
public record AuditSnapshot(String studentNo, String programCode, int cohortYear, String disciplineCode,
		List<CourseAttempt> courseAttempts, List<Rotation> rotations, List<Certificate> certificates,
		List<Milestone> milestones, List<Publication> publications, Thesis thesis, List<Review> reviews,
		Training training) {

	public AuditSnapshot {
		training = (training != null) ? training : Training.NONE;
		courseAttempts = List.copyOf(courseAttempts);
		rotations = List.copyOf(rotations);
		certificates = List.copyOf(certificates);
		milestones = List.copyOf(milestones);
		publications = List.copyOf(publications);
		reviews = List.copyOf(reviews);
	}

	/**
	 * A snapshot without competency-based training records (programs that keep none).
	 */
	public AuditSnapshot(String studentNo, String programCode, int cohortYear, String disciplineCode,
			List<CourseAttempt> courseAttempts, List<Rotation> rotations, List<Certificate> certificates,
			List<Milestone> milestones, List<Publication> publications, Thesis thesis, List<Review> reviews) {
		this(studentNo, programCode, cohortYear, disciplineCode, courseAttempts, rotations, certificates, milestones,
				publications, thesis, reviews, Training.NONE);
	}

	/**
	 * Competency-based training of a clinical postdoc (DOMAIN §3.4).
	 *
	 * @param feedbackSignedOn the day each training year's annual feedback was signed by
	 * both, by training year
	 * @param osces the closed OSCEs sat
	 * @param msfRoundsClosedOn the days the trainee's 360° rounds were closed
	 * @param defenses the completion defenses with a result
	 */
	public record Training(java.util.Map<Integer, LocalDate> feedbackSignedOn, List<Osce> osces,
			List<LocalDate> msfRoundsClosedOn, List<Defense> defenses) {

		public static final Training NONE = new Training(java.util.Map.of(), List.of(), List.of(), List.of());

		public Training {
			feedbackSignedOn = java.util.Map.copyOf(feedbackSignedOn);
			osces = List.copyOf(osces);
			msfRoundsClosedOn = List.copyOf(msfRoundsClosedOn);
			defenses = List.copyOf(defenses);
		}

	}

	/**
	 * A closed OSCE.
	 *
	 * @param complete whether every station has a sheet (without, there is no verdict)
	 */
	public record Osce(LocalDate heldOn, boolean complete, boolean passed) {
	}

	/** A completion defense (结业答辩) with its result. */
	public record Defense(LocalDate heldOn, boolean passed) {
	}

	/**
	 * One sitting of a course.
	 *
	 * @param termStart the first day of the term it was taken in
	 * @param score the score, or {@code null} for a pass/fail grade
	 * @param passed the recorded result for a pass/fail grade, or {@code null} with a
	 * score
	 */
	public record CourseAttempt(String courseCode, CourseCategory category, BigDecimal credits, String term,
			LocalDate termStart, int attempt, BigDecimal score, Boolean passed) {
	}

	/** Course categories of the exchange contract. */
	public enum CourseCategory {

		PUBLIC_REQUIRED, DEGREE_REQUIRED, DEGREE_PROFESSIONAL, ELECTIVE

	}

	/**
	 * A rotation.
	 *
	 * @param departmentName the department's name, as the audit's explanations name it
	 * @param subspecialty the third-level discipline the department trains, or
	 * {@code null}
	 * @param examPassed the end-of-rotation exam result, {@code null} = not yet
	 * @param retakePassed the retake result, {@code null} = none
	 */
	public record Rotation(String hospitalCode, String departmentCode, String departmentName, String subspecialty,
			LocalDate startDate, LocalDate endDate, boolean chiefResident, Boolean examPassed, Boolean retakePassed) {
	}

	/** A certificate: {@code MEDICAL_LICENSE} or {@code RESIDENCY_COMPLETION}. */
	public record Certificate(String type, LocalDate obtainedOn) {
	}

	/** One sitting of a milestone ({@code PROPOSAL}, {@code MIDTERM}, …). */
	public record Milestone(String type, LocalDate heldOn, boolean passed) {
	}

	/**
	 * A publication.
	 *
	 * @param publishedOn the publication date, {@code null} when not given
	 */
	public record Publication(String title, Indexing indexing, int authorPosition, boolean relatedToThesis,
			ArticleType articleType, LocalDate publishedOn) {
	}

	/** Where a journal is indexed, as the exchange contract names it. */
	public enum Indexing {

		/** SCI 收录. */
		SCI,
		/** 中文核心期刊. */
		CORE, OTHER

	}

	/** The kind of article, as the exchange contract names it. */
	public enum ArticleType {

		/** 论著. */
		RESEARCH, REVIEW, CASE_REPORT, OTHER

	}

	/**
	 * The thesis as recorded.
	 *
	 * @param similarityPercent {@code null} when no similarity check is recorded
	 */
	public record Thesis(String title, int bodyChars, int abstractZhChars, int abstractEnChars,
			BigDecimal similarityPercent, boolean declarationSigned) {
	}

	/**
	 * A blind review verdict.
	 *
	 * @param disagrees whether the reviewer does not agree to the defense (不同意答辩)
	 */
	public record Review(String reviewerStaffNo, boolean disagrees) {
	}

}
