package com.clinigrad.eligibility;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.function.Supplier;

import com.clinigrad.achievements.AchievementRecords;
import com.clinigrad.competency.PostdocRecords;
import com.clinigrad.competency.TrainingFacts;
import com.clinigrad.courses.CourseRecords;
import com.clinigrad.courses.GradeResult;
import com.clinigrad.courses.GradeView;
import com.clinigrad.achievements.CertificateView;
import com.clinigrad.achievements.PublicationView;
import com.clinigrad.theses.MilestoneView;
import com.clinigrad.theses.ReviewView;
import com.clinigrad.eligibility.rules.AuditSnapshot;
import com.clinigrad.eligibility.rules.AuditSnapshot.ArticleType;
import com.clinigrad.eligibility.rules.AuditSnapshot.Certificate;
import com.clinigrad.eligibility.rules.AuditSnapshot.CourseAttempt;
import com.clinigrad.eligibility.rules.AuditSnapshot.CourseCategory;
import com.clinigrad.eligibility.rules.AuditSnapshot.Indexing;
import com.clinigrad.eligibility.rules.AuditSnapshot.Milestone;
import com.clinigrad.eligibility.rules.AuditSnapshot.Publication;
import com.clinigrad.eligibility.rules.AuditSnapshot.Review;
import com.clinigrad.eligibility.rules.AuditSnapshot.Rotation;
import com.clinigrad.eligibility.rules.AuditSnapshot.Thesis;
import com.clinigrad.eligibility.rules.WaiverInForce;
import com.clinigrad.organization.Organization;
import com.clinigrad.organization.TermRef;
import com.clinigrad.rotations.ExamResult;
import com.clinigrad.rotations.RotationRecords;
import com.clinigrad.rotations.RotationView;
import com.clinigrad.shared.reads.Reads;
import com.clinigrad.students.StudentKey;
import com.clinigrad.theses.ThesisRecords;
import com.clinigrad.theses.ThesisView;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Builds the immutable snapshot the rules read from the records of the courses,
 * rotations, theses and achievements modules, with the waivers in force. The eight kinds
 * of records go to the database in one round trip ({@link Reads.Batch}), each module's
 * statement as that module writes it; a postdoc's training records (only for rule sets
 * that check them) follow.
 */
@Component
class AuditRecordReader {

	private final CourseRecords courses;

	private final RotationRecords rotations;

	private final ThesisRecords theses;

	private final AchievementRecords achievements;

	private final Organization organization;

	private final PostdocRecords training;

	private final WaiverBook waivers;

	private final Reads reads;

	AuditRecordReader(CourseRecords courses, RotationRecords rotations, ThesisRecords theses,
			AchievementRecords achievements, Organization organization, PostdocRecords training, WaiverBook waivers,
			Reads reads) {
		this.waivers = waivers;
		this.reads = reads;
		this.organization = organization;
		this.training = training;
		this.courses = courses;
		this.rotations = rotations;
		this.theses = theses;
		this.achievements = achievements;
	}

	/**
	 * @param withTraining whether to read the training records (only the clinical
	 * postdoc's checks do: {@code RuleSet.reads(RecordPage.TRAINING)})
	 */
	@Transactional(readOnly = true, propagation = Propagation.SUPPORTS)
	AuditRecords of(StudentKey student, boolean withTraining, LocalDate asOf) {
		return ofAll(List.of(student), (key) -> withTraining, asOf).get(student.id());
	}

	/**
	 * The snapshots of many students at once, one query per kind of record, all sent in
	 * one round trip.
	 * @param withTraining which students' training records to read (the others' snapshots
	 * hold none)
	 * @param asOf the day whose waivers in force count
	 */
	@Transactional(readOnly = true, propagation = Propagation.SUPPORTS)
	Map<Long, AuditRecords> ofAll(List<StudentKey> students, Predicate<StudentKey> withTraining, LocalDate asOf) {
		Map<String, LocalDate> termStarts = new HashMap<>();
		for (TermRef term : this.organization.terms()) {
			termStarts.put(term.code(), term.startsOn());
		}
		List<Long> ids = students.stream().map(StudentKey::id).toList();
		Reads.Batch batch = this.reads.batch();
		Supplier<Map<Long, List<GradeView>>> gradeRead = batch.add(this.courses.gradesRead(ids));
		Supplier<Map<Long, List<RotationView>>> rotationRead = batch.add(this.rotations.rotationsRead(ids));
		Supplier<Map<Long, List<CertificateView>>> certificateRead = batch.add(this.achievements.certificatesRead(ids));
		Supplier<Map<Long, List<PublicationView>>> publicationRead = batch.add(this.achievements.publicationsRead(ids));
		Supplier<Map<Long, List<MilestoneView>>> milestoneRead = batch.add(this.theses.milestonesRead(ids));
		Supplier<Map<Long, ThesisView>> thesisRead = batch.add(this.theses.thesesRead(ids));
		Supplier<Map<Long, List<ReviewView>>> reviewRead = batch.add(this.theses.reviewsRead(ids));
		Supplier<Map<Long, Map<String, WaiverInForce>>> waiverRead = batch.add(this.waivers.inForceRead(ids, asOf));
		batch.run();
		Map<Long, List<GradeView>> grades = gradeRead.get();
		Map<Long, List<RotationView>> rotations = rotationRead.get();
		Map<Long, List<CertificateView>> certificates = certificateRead.get();
		Map<Long, List<PublicationView>> publications = publicationRead.get();
		Map<Long, List<MilestoneView>> milestones = milestoneRead.get();
		Map<Long, ThesisView> theses = thesisRead.get();
		Map<Long, List<ReviewView>> reviews = reviewRead.get();
		Map<Long, Map<String, WaiverInForce>> waived = waiverRead.get();
		List<Long> trainees = students.stream().filter(withTraining).map(StudentKey::id).toList();
		Map<Long, TrainingFacts> training = trainees.isEmpty() ? Map.of() : this.training.factsOf(trainees);
		Map<Long, AuditRecords> snapshots = new HashMap<>();
		for (StudentKey student : students) {
			long id = student.id();
			ThesisView thesis = theses.get(id);
			snapshots.put(id, new AuditRecords(
					new AuditSnapshot(student.studentNo(), student.programCode(), student.cohortYear(),
							student.disciplineCode(),
							grades.getOrDefault(id, List.of())
								.stream()
								.map((grade) -> attempt(grade, termStarts.get(grade.term())))
								.toList(),
							rotations.getOrDefault(id, List.of()).stream().map(AuditRecordReader::rotation).toList(),
							certificates
								.getOrDefault(id, List.of())
								.stream()
								.map((c) -> new Certificate(c.type(), c.obtainedOn()))
								.toList(),
							milestones
								.getOrDefault(id, List.of())
								.stream()
								.map((m) -> new Milestone(m.type(), m.heldOn(), m.result().passed()))
								.toList(),
							publications.getOrDefault(id, List.of())
								.stream()
								.map((p) -> new Publication(p.title(), Indexing.valueOf(p.indexing()),
										p.authorPosition(), p.relatedToThesis(), ArticleType.valueOf(p.articleType()),
										p.publishedOn()))
								.toList(),
							(thesis != null) ? new Thesis(thesis.title(), thesis.bodyChars(), thesis.abstractZhChars(),
									thesis.abstractEnChars(), thesis.similarityPercent(), thesis.declarationSigned())
									: null,
							reviews.getOrDefault(id, List.of())
								.stream()
								.map((r) -> new Review(r.reviewerStaffNo(), r.verdict().disagrees()))
								.toList(),
							training(training.getOrDefault(id, TrainingFacts.NONE))),
					waived.getOrDefault(id, Map.of())));
		}
		return snapshots;
	}

	/**
	 * What a student's audit reads.
	 *
	 * @param waivers the waivers in force, by rule code
	 */
	record AuditRecords(AuditSnapshot snapshot, Map<String, WaiverInForce> waivers) {
	}

	/**
	 * @param termStart the first day of the grade's term ({@code null} for a term outside
	 * the calendar, which then counts on any day)
	 */
	private static CourseAttempt attempt(GradeView grade, LocalDate termStart) {
		Boolean passed = (grade.result() != null) ? GradeResult.isPass(grade.result()) : null;
		return new CourseAttempt(grade.courseCode(), CourseCategory.valueOf(grade.category().name()), grade.credits(),
				grade.term(), termStart, grade.attempt(), grade.score(), passed);
	}

	private static AuditSnapshot.Training training(TrainingFacts facts) {
		Map<Integer, LocalDate> feedback = new HashMap<>();
		facts.feedbacks()
			.forEach((f) -> feedback.merge(f.trainingYear(), f.signedOn(), (a, b) -> a.isBefore(b) ? a : b));
		return new AuditSnapshot.Training(feedback,
				facts.osces()
					.stream()
					.map((o) -> new AuditSnapshot.Osce(o.heldOn(), o.complete(), o.passed()))
					.toList(),
				facts.msfRoundsClosedOn(),
				facts.defenses().stream().map((d) -> new AuditSnapshot.Defense(d.heldOn(), d.passed())).toList());
	}

	private static Rotation rotation(RotationView rotation) {
		return new Rotation(rotation.hospitalCode(), rotation.departmentCode(), rotation.departmentName(),
				rotation.subspecialty(), rotation.startDate(), rotation.endDate(), rotation.chiefResident(),
				result(rotation.examResult()), result(rotation.retakeResult()));
	}

	private static Boolean result(ExamResult result) {
		return (result != null) ? result.passed() : null;
	}

}
