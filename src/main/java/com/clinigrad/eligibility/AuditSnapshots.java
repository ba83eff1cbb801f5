package com.clinigrad.eligibility;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.clinigrad.achievements.AchievementRecords;
import com.clinigrad.courses.CourseRecords;
import com.clinigrad.courses.GradeView;
import com.clinigrad.eligibility.rules.AuditSnapshot;
import com.clinigrad.eligibility.rules.AuditSnapshot.Certificate;
import com.clinigrad.eligibility.rules.AuditSnapshot.CourseAttempt;
import com.clinigrad.eligibility.rules.AuditSnapshot.CourseCategory;
import com.clinigrad.eligibility.rules.AuditSnapshot.Milestone;
import com.clinigrad.eligibility.rules.AuditSnapshot.Publication;
import com.clinigrad.eligibility.rules.AuditSnapshot.Review;
import com.clinigrad.eligibility.rules.AuditSnapshot.Rotation;
import com.clinigrad.eligibility.rules.AuditSnapshot.Thesis;
import com.clinigrad.organization.Organization;
import com.clinigrad.organization.TermRef;
import com.clinigrad.rotations.RotationRecords;
import com.clinigrad.rotations.RotationView;
import com.clinigrad.students.StudentKey;
import com.clinigrad.theses.ThesisRecords;
import com.clinigrad.theses.ThesisView;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Builds the immutable snapshot the rules read from the records of the courses,
 * rotations, theses and achievements modules.
 */
@Component
class AuditSnapshots {

	private final CourseRecords courses;

	private final RotationRecords rotations;

	private final ThesisRecords theses;

	private final AchievementRecords achievements;

	private final Organization organization;

	AuditSnapshots(CourseRecords courses, RotationRecords rotations, ThesisRecords theses,
			AchievementRecords achievements, Organization organization) {
		this.organization = organization;
		this.courses = courses;
		this.rotations = rotations;
		this.theses = theses;
		this.achievements = achievements;
	}

	@Transactional(readOnly = true)
	AuditSnapshot of(StudentKey student) {
		List<Long> id = List.of(student.id());
		Map<String, LocalDate> termStarts = new HashMap<>();
		for (TermRef term : this.organization.terms()) {
			termStarts.put(term.code(), term.startsOn());
		}
		List<CourseAttempt> attempts = this.courses.gradesOf(student.id())
			.stream()
			.map((grade) -> attempt(grade, termStarts.get(grade.term())))
			.toList();
		List<Rotation> rotations = this.rotations.rotationsOf(student.id())
			.stream()
			.map(AuditSnapshots::rotation)
			.toList();
		List<Certificate> certificates = this.achievements.certificatesOf(student.id())
			.stream()
			.map((c) -> new Certificate(c.type(), c.obtainedOn()))
			.toList();
		List<Publication> publications = this.achievements.publicationsOf(student.id())
			.stream()
			.map((p) -> new Publication(p.title(), p.indexing(), p.authorPosition(), p.relatedToThesis(),
					p.articleType(), p.publishedOn()))
			.toList();
		List<Milestone> milestones = this.theses.milestonesOf(id)
			.getOrDefault(student.id(), List.of())
			.stream()
			.map((m) -> new Milestone(m.type(), m.heldOn(), "PASS".equals(m.result())))
			.toList();
		ThesisView thesis = this.theses.thesesOf(id).get(student.id());
		List<Review> reviews = this.theses.reviewsOf(id)
			.getOrDefault(student.id(), List.of())
			.stream()
			.map((r) -> new Review(r.reviewerStaffNo(), r.verdict()))
			.toList();
		return new AuditSnapshot(student.studentNo(), student.programCode(), student.cohortYear(),
				student.disciplineCode(), attempts, rotations, certificates, milestones, publications,
				(thesis != null)
						? new Thesis(thesis.title(), thesis.bodyChars(), thesis.abstractZhChars(),
								thesis.abstractEnChars(), thesis.similarityPercent(), thesis.declarationSigned())
						: null,
				reviews);
	}

	/**
	 * @param termStart the first day of the grade's term ({@code null} for a term outside
	 * the calendar, which then counts on any day)
	 */
	private static CourseAttempt attempt(GradeView grade, LocalDate termStart) {
		Boolean passed = (grade.result() != null) ? "PASS".equals(grade.result()) : null;
		return new CourseAttempt(grade.courseCode(), CourseCategory.valueOf(grade.category().name()), grade.credits(),
				grade.term(), termStart, grade.attempt(), grade.score(), passed);
	}

	private static Rotation rotation(RotationView rotation) {
		return new Rotation(rotation.hospitalCode(), rotation.departmentCode(), rotation.subspecialty(),
				rotation.startDate(), rotation.endDate(), rotation.chiefResident(), result(rotation.examResult()),
				result(rotation.retakeResult()));
	}

	private static Boolean result(String result) {
		return (result != null) ? "PASS".equals(result) : null;
	}

}
