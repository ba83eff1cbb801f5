package com.clinigrad.selection;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.clinigrad.achievements.AchievementRecords;
import com.clinigrad.achievements.PublicationView;
import com.clinigrad.eligibility.AtRiskStudents;
import com.clinigrad.organization.Organization;
import com.clinigrad.organization.ProgramRef;
import com.clinigrad.selection.SupervisorRecord.Grant;
import com.clinigrad.selection.SupervisorRecord.Graduation;
import com.clinigrad.selection.SupervisorRecord.Lapse;
import com.clinigrad.selection.SupervisorRecord.Publication;
import com.clinigrad.selection.SupervisorRecord.Review;
import com.clinigrad.selection.SupervisorRecord.Satisfaction;
import com.clinigrad.students.StudentRegistry;
import com.clinigrad.students.StudentStatus;
import com.clinigrad.students.Supervision;
import com.clinigrad.supervisors.GrantView;
import com.clinigrad.supervisors.QualificationKind;
import com.clinigrad.supervisors.QualificationRecord;
import com.clinigrad.supervisors.QualificationRegister;
import com.clinigrad.supervisors.SupervisorDirectory;
import com.clinigrad.supervisors.SupervisorRef;
import com.clinigrad.supervisors.SupervisorSatisfaction;
import com.clinigrad.theses.ReviewResult;
import com.clinigrad.theses.ThesisRecords;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Reads what the selection scores for every supervisor at once through the other modules'
 * public APIs — one query per kind of record for the whole university, never one per
 * supervisor — and builds each supervisor's {@link SupervisorRecord}. A student counts
 * for their supervisor and their co-supervisor.
 */
@Component
class SelectionRecords {

	private final SupervisorDirectory directory;

	private final QualificationRegister register;

	private final StudentRegistry students;

	private final AchievementRecords achievements;

	private final ThesisRecords theses;

	private final AtRiskStudents deadlines;

	private final Organization organization;

	private final ObjectProvider<SupervisorSatisfaction> surveys;

	SelectionRecords(SupervisorDirectory directory, QualificationRegister register, StudentRegistry students,
			AchievementRecords achievements, ThesisRecords theses, AtRiskStudents deadlines, Organization organization,
			ObjectProvider<SupervisorSatisfaction> surveys) {
		this.directory = directory;
		this.register = register;
		this.students = students;
		this.achievements = achievements;
		this.theses = theses;
		this.deadlines = deadlines;
		this.organization = organization;
		this.surveys = surveys;
	}

	/**
	 * @param surveyYear the year of the satisfaction surveys to read
	 */
	Snapshot read(LocalDate asOf, int surveyYear) {
		List<SupervisorRef> supervisors = this.directory.all();
		Map<Long, List<GrantView>> grants = this.register.allGrants();
		Map<Long, List<QualificationRecord>> qualifications = this.register.allRecords();
		List<Supervision> supervisions = this.students.supervisions();
		Map<String, ProgramRef> programs = new HashMap<>();
		this.organization.programs().forEach((p) -> programs.put(p.code(), p));

		Map<Long, List<Supervision>> bySupervisor = new HashMap<>();
		List<Long> studentIds = new ArrayList<>(supervisions.size());
		for (Supervision s : supervisions) {
			studentIds.add(s.studentId());
			bySupervisor.computeIfAbsent(s.supervisorId(), (k) -> new ArrayList<>()).add(s);
			if (s.coSupervisorId() != null && !s.coSupervisorId().equals(s.supervisorId())) {
				bySupervisor.computeIfAbsent(s.coSupervisorId(), (k) -> new ArrayList<>()).add(s);
			}
		}
		Map<Long, List<PublicationView>> publications = this.achievements.publicationsOf(studentIds);
		Map<Long, List<ReviewResult>> reviews = this.theses.reviewResultsOf(studentIds);
		Map<Long, List<AtRiskStudents.DueCheck>> overdue = this.deadlines.overdueOn(asOf);
		Map<Long, SupervisorSatisfaction.Score> satisfaction = new HashMap<>();
		boolean anySurvey = false;
		for (SupervisorSatisfaction source : this.surveys.orderedStream().toList()) {
			anySurvey = true;
			source.forYear(surveyYear).forEach(satisfaction::putIfAbsent);
		}

		Map<Long, SupervisorRecord> records = new HashMap<>();
		for (SupervisorRef supervisor : supervisors) {
			long id = supervisor.id();
			List<Grant> ownGrants = grants.getOrDefault(id, List.of())
				.stream()
				.map((g) -> new Grant(g.title(), g.amount(), g.startOn(), g.endOn()))
				.toList();
			List<Publication> ownPublications = new ArrayList<>();
			List<Review> ownReviews = new ArrayList<>();
			List<Graduation> graduations = new ArrayList<>();
			List<Lapse> lapses = new ArrayList<>();
			for (Supervision student : bySupervisor.getOrDefault(id, List.of())) {
				for (PublicationView p : publications.getOrDefault(student.studentId(), List.of())) {
					ownPublications.add(new Publication(p.title(), p.journal(), p.indexing(), p.publishedOn(),
							student.studentNo()));
				}
				for (ReviewResult r : reviews.getOrDefault(student.studentId(), List.of())) {
					ownReviews.add(new Review(student.studentNo(), r.roundNo(), r.verdict(), r.submittedOn()));
				}
				ProgramRef program = programs.get(student.programCode());
				if (program != null && counts(student.status())) {
					LocalDate due = LocalDate.of(student.cohortYear() + program.standardYears(), 6, 30);
					graduations.add(new Graduation(student.studentNo(), due,
							(student.status() == StudentStatus.GRADUATED) ? graduatedOn(student, due) : null));
				}
				if (StudentStatus.IN_TRAINING.contains(student.status())) {
					for (AtRiskStudents.DueCheck check : overdue.getOrDefault(student.studentId(), List.of())) {
						lapses.add(new Lapse(student.studentNo(), check.rule(), check.dueOn()));
					}
				}
			}
			SupervisorSatisfaction.Score score = satisfaction.get(id);
			records.put(id,
					new SupervisorRecord(id, firstGranted(qualifications.get(id)), ownGrants, ownPublications,
							ownReviews, graduations, (score != null)
									? new Satisfaction(score.score(), score.answers(), score.roundName()) : null,
							anySurvey, lapses));
		}
		return new Snapshot(supervisors, records, qualifications);
	}

	/**
	 * A student due to finish counts unless they left otherwise than by graduating
	 * (withdrawn, transferred): those the supervisor could not bring to the degree on
	 * time count against them only while they are still in training or finished without
	 * it.
	 */
	private static boolean counts(StudentStatus status) {
		return status != StudentStatus.WITHDRAWN && status != StudentStatus.TRANSFERRED_ACADEMIC;
	}

	/**
	 * A graduate without the day recorded graduated by their due day.
	 */
	private static LocalDate graduatedOn(Supervision student, LocalDate due) {
		return (student.statusSince() != null) ? student.statusSince() : due;
	}

	private static LocalDate firstGranted(List<QualificationRecord> records) {
		if (records == null || records.isEmpty()) {
			return null;
		}
		return records.stream().map(QualificationRecord::grantedOn).min(LocalDate::compareTo).orElse(null);
	}

	/**
	 * @return the level a supervisor's qualifications valid on the day allow; without any
	 * record, the register's flags
	 */
	static DegreeLevel qualified(SupervisorRef supervisor, List<QualificationRecord> records, LocalDate day) {
		if (records == null || records.isEmpty()) {
			return supervisor.doctoralSupervisor() ? DegreeLevel.DOCTORAL
					: supervisor.masterSupervisor() ? DegreeLevel.MASTER : null;
		}
		boolean doctoral = records.stream()
			.anyMatch((r) -> r.kind() == QualificationKind.DOCTORAL_SUPERVISOR && r.validOn(day));
		boolean master = records.stream()
			.anyMatch((r) -> r.kind() == QualificationKind.MASTER_SUPERVISOR && r.validOn(day));
		return doctoral ? DegreeLevel.DOCTORAL : master ? DegreeLevel.MASTER : null;
	}

	record Snapshot(List<SupervisorRef> supervisors, Map<Long, SupervisorRecord> records,
			Map<Long, List<QualificationRecord>> qualifications) {
	}

}
