package com.clinigrad.demo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import com.clinigrad.demo.SyntheticUniversity.University;
import com.clinigrad.organization.DepartmentView;
import com.clinigrad.organization.Organization;
import com.clinigrad.rotations.ExamResult;
import com.clinigrad.rotations.ResidencyExams;
import com.clinigrad.rotations.RotationArea;
import com.clinigrad.rotations.RotationPlans;
import com.clinigrad.rotations.RotationRecords;
import com.clinigrad.rotations.RotationSchedule;
import com.clinigrad.rotations.RotationTemplates;
import com.clinigrad.rotations.RotationView;
import com.clinigrad.rotations.ScheduleCommand;
import com.clinigrad.rotations.TemplateView;
import com.clinigrad.students.StudentCard;
import com.clinigrad.students.StudentKey;
import com.clinigrad.students.StudentRegistry;
import com.clinigrad.students.StudentStatus;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Plans, this autumn's rotations and last June's residency completion exam for the demo
 * university: every student in training of a discipline with a template gets the
 * template's plan, and the enrolled professional-degree students a current rotation
 * ending on {@code currentEnd} (so that the office's week list and the coordinator's
 * trainees show something) and the next one planned. Written through the rotations
 * module's services, with their checks (a rotation within the plan, the department's
 * capacity, no overlap).
 */
@Component
class DemoRotations {

	/** The day of last June's residency completion exam. */
	private static final LocalDate RESIDENCY_EXAM = LocalDate.of(2026, 6, 12);

	private static final String RESIDENCY_CERTIFICATE = "RESIDENCY_COMPLETION";

	private static final Set<String> IN_ROTATION = Set.of("PUMC-PRO-MASTER", "TMU-PRO-DOCTOR");

	private final RotationPlans plans;

	private final RotationTemplates templates;

	private final RotationRecords rotations;

	private final RotationSchedule schedule;

	private final ResidencyExams exams;

	private final StudentRegistry students;

	private final Organization organization;

	DemoRotations(RotationPlans plans, RotationTemplates templates, RotationRecords rotations,
			RotationSchedule schedule, ResidencyExams exams, StudentRegistry students, Organization organization) {
		this.plans = plans;
		this.templates = templates;
		this.rotations = rotations;
		this.schedule = schedule;
		this.exams = exams;
		this.students = students;
		this.organization = organization;
	}

	/**
	 * The generated records less the residency completion certificates of the two delayed
	 * students who fail last June's exam ({@link #load}), so that the scan opens their
	 * cases.
	 */
	static Map<String, List<Map<String, String>>> withoutFailedCertificates(
			Map<String, List<Map<String, String>>> records, University university) {
		List<String> failing = failingResidencyExam(university);
		Map<String, List<Map<String, String>>> kept = new LinkedHashMap<>(records);
		kept.put("certificates", records.get("certificates")
			.stream()
			.filter((
					row) -> !(RESIDENCY_CERTIFICATE.equals(row.get("type")) && failing.contains(row.get("student_no"))))
			.toList());
		return kept;
	}

	/**
	 * @param certificates the certificates written (without those of the students who
	 * failed the residency exam)
	 */
	@Transactional
	void load(University university, List<Map<String, String>> certificates, LocalDate currentStart,
			LocalDate currentEnd) {
		List<StudentKey> inTraining = this.students.keysInTraining();
		this.plans.generateMissing(inTraining, "研究生院培养办");
		autumnRotations(inTraining, currentStart, currentEnd);
		residencyExams(university, certificates);
	}

	/**
	 * A current and a next rotation, in departments of the student's plan, for each
	 * enrolled professional-degree student with a plan and nothing scheduled from
	 * {@code currentStart} on.
	 */
	private void autumnRotations(List<StudentKey> inTraining, LocalDate currentStart, LocalDate currentEnd) {
		Map<Long, StudentCard> cards = this.students.cardsByIds(inTraining.stream().map(StudentKey::id).toList());
		Map<Long, List<RotationView>> scheduled = this.rotations
			.rotationsOf(inTraining.stream().map(StudentKey::id).toList());
		List<DepartmentView> departments = this.organization.allDepartments()
			.stream()
			.sorted(Comparator.comparingLong(DepartmentView::id))
			.toList();
		Map<String, Optional<TemplateView>> templates = new LinkedHashMap<>();
		int n = 0;
		for (StudentKey student : inTraining) {
			Optional<TemplateView> template = templates.computeIfAbsent(student.disciplineCode(), this.templates::find);
			boolean busy = scheduled.getOrDefault(student.id(), List.of())
				.stream()
				.anyMatch((rotation) -> !rotation.endDate().isBefore(currentStart));
			if (cards.get(student.id()).status() != StudentStatus.ENROLLED || student.hospitalCode() == null
					|| !IN_ROTATION.contains(student.programCode()) || template.isEmpty() || busy) {
				continue;
			}
			List<RotationArea> plan = template.get().items();
			List<Long> matching = departments.stream()
				.filter((d) -> d.hospitalCode().equals(student.hospitalCode()))
				.filter((d) -> plan.stream().anyMatch((area) -> area.matches(d.subspecialty(), d.name())))
				.map(DepartmentView::id)
				.toList();
			if (matching.isEmpty()) {
				continue;
			}
			long current = matching.get(n % matching.size());
			long next = matching.get((n + 1) % matching.size());
			LocalDate nextStart = currentEnd.plusDays(2);
			this.schedule.recordScheduled(
					new ScheduleCommand(student.studentNo(), current, currentStart, currentEnd, false, null),
					DemoUniversityLoader.RECORDED_BY);
			this.schedule.recordScheduled(new ScheduleCommand(student.studentNo(), next, nextStart,
					nextStart.plusMonths(3).minusDays(1), false, null), DemoUniversityLoader.RECORDED_BY);
			n++;
		}
	}

	/**
	 * Last June's residency completion exam: passed by those who obtained the certificate
	 * since, failed by two delayed students, who therefore hold no certificate (the scan
	 * opens their cases).
	 */
	private void residencyExams(University university, List<Map<String, String>> certificates) {
		List<String> failing = failingResidencyExam(university);
		List<String> passing = certificates.stream()
			.filter((row) -> RESIDENCY_CERTIFICATE.equals(row.get("type"))
					&& !LocalDate.parse(row.get("obtained_on")).isBefore(RESIDENCY_EXAM))
			.map((row) -> row.get("student_no"))
			.sorted()
			.toList();
		List<String> all = new ArrayList<>(failing);
		all.addAll(passing);
		Map<String, Long> ids = this.students.idsByStudentNo(all);
		for (String no : failing) {
			this.exams.recordSitting(ids.get(no), RESIDENCY_EXAM, ExamResult.PASS, ExamResult.FAIL,
					BigDecimal.valueOf(74), BigDecimal.valueOf(52), "技能考核第三站未通过", "医院教育处");
		}
		for (String no : passing) {
			this.exams.recordSitting(ids.get(no), RESIDENCY_EXAM, ExamResult.PASS, ExamResult.PASS,
					BigDecimal.valueOf(82), BigDecimal.valueOf(86), null, "医院教育处");
		}
	}

	/**
	 * @return the first two delayed PUMC master's students of the 2023 cohort
	 */
	private static List<String> failingResidencyExam(University university) {
		return university.students()
			.stream()
			.filter((row) -> StudentStatus.DELAYED.name().equals(row.get("status"))
					&& "PUMC-PRO-MASTER".equals(row.get("program_code")) && "2023".equals(row.get("cohort_year")))
			.map((row) -> row.get("student_no"))
			.sorted()
			.limit(2)
			.toList();
	}

}
