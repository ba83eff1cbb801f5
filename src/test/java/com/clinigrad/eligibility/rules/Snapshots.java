package com.clinigrad.eligibility.rules;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import com.clinigrad.eligibility.rules.AuditSnapshot.Certificate;
import com.clinigrad.eligibility.rules.AuditSnapshot.CourseAttempt;
import com.clinigrad.eligibility.rules.AuditSnapshot.CourseCategory;
import com.clinigrad.eligibility.rules.AuditSnapshot.Milestone;
import com.clinigrad.eligibility.rules.AuditSnapshot.Publication;
import com.clinigrad.eligibility.rules.AuditSnapshot.Review;
import com.clinigrad.theses.ReviewVerdict;
import com.clinigrad.eligibility.rules.AuditSnapshot.Rotation;
import com.clinigrad.eligibility.rules.AuditSnapshot.Thesis;

/**
 * Builds audit snapshots for the rule tests.
 */
final class Snapshots {

	private final List<CourseAttempt> courses = new ArrayList<>();

	private final List<Rotation> rotations = new ArrayList<>();

	private final List<Certificate> certificates = new ArrayList<>();

	private final List<Milestone> milestones = new ArrayList<>();

	private final List<Publication> publications = new ArrayList<>();

	private final List<Review> reviews = new ArrayList<>();

	private Thesis thesis;

	private int cohortYear = 2023;

	private String discipline = "105101";

	static Snapshots student() {
		return new Snapshots();
	}

	Snapshots cohort(int year) {
		this.cohortYear = year;
		return this;
	}

	Snapshots discipline(String code) {
		this.discipline = code;
		return this;
	}

	Snapshots course(String code, CourseCategory category, String credits, int attempt, String score) {
		this.courses.add(new CourseAttempt(code, category, new BigDecimal(credits), "2023-1", LocalDate.of(2023, 9, 1),
				attempt, new BigDecimal(score), null));
		return this;
	}

	Snapshots passFail(String code, CourseCategory category, String credits, int attempt, boolean passed) {
		this.courses.add(new CourseAttempt(code, category, new BigDecimal(credits), "2023-2", LocalDate.of(2024, 2, 1),
				attempt, null, passed));
		return this;
	}

	Snapshots courseInTerm(String code, String credits, String term, LocalDate termStart, String score) {
		this.courses.add(new CourseAttempt(code, CourseCategory.DEGREE_REQUIRED, new BigDecimal(credits), term,
				termStart, 1, new BigDecimal(score), null));
		return this;
	}

	Snapshots rotation(String subspecialty, String start, String end, boolean chief, Boolean exam, Boolean retake) {
		this.rotations.add(new Rotation("H1", "D-" + subspecialty, subspecialty + "科", subspecialty,
				LocalDate.parse(start), LocalDate.parse(end), chief, exam, retake));
		return this;
	}

	Snapshots certificate(String type, String date) {
		this.certificates.add(new Certificate(type, LocalDate.parse(date)));
		return this;
	}

	Snapshots milestone(String type, String date, boolean passed) {
		this.milestones.add(new Milestone(type, LocalDate.parse(date), passed));
		return this;
	}

	Snapshots publication(String indexing, int position, boolean thesisRelated, String type, String date) {
		this.publications.add(new Publication("T" + this.publications.size(), AuditSnapshot.Indexing.valueOf(indexing),
				position, thesisRelated, AuditSnapshot.ArticleType.valueOf(type),
				(date != null) ? LocalDate.parse(date) : null));
		return this;
	}

	Snapshots thesis(int body, int zh, int en, String similarity) {
		this.thesis = new Thesis("论文", body, zh, en, (similarity != null) ? new BigDecimal(similarity) : null, true);
		return this;
	}

	Snapshots reviews(String... verdicts) {
		for (String verdict : verdicts) {
			this.reviews.add(new Review("R" + this.reviews.size(), ReviewVerdict.valueOf(verdict).disagrees()));
		}
		return this;
	}

	AuditSnapshot build() {
		return new AuditSnapshot("M1", "PUMC-PRO-MASTER", this.cohortYear, this.discipline, this.courses,
				this.rotations, this.certificates, this.milestones, this.publications, this.thesis, this.reviews);
	}

}
