package com.clinigrad.demo;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeSet;

import com.clinigrad.courses.CourseCatalog;
import com.clinigrad.courses.CourseEvaluations;
import com.clinigrad.courses.EvaluationCommand;
import com.clinigrad.courses.GradeBook;
import com.clinigrad.courses.Grading;
import com.clinigrad.courses.OfferingCommand;
import com.clinigrad.courses.PracticeCommand;
import com.clinigrad.courses.PracticeCredits;
import com.clinigrad.courses.PracticeStatus;
import com.clinigrad.demo.SyntheticUniversity.University;
import com.clinigrad.students.StudentRegistry;
import com.clinigrad.students.StudentStatus;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Offerings, enrollments, evaluations and practice applications for the demo university,
 * derived from its generated grades, so that every course page has something to show.
 * Written through the courses module's services, with their checks.
 */
@Component
class DemoCourses {

	/** Seed-catalog courses offered in the current term, graded by nobody yet. */
	private static final List<String> CURRENT_COURSES = List.of("PUMC-DR01", "PUMC-DR04", "TMU-DR03", "ZJU-12",
			"PUMC-DP02");

	private static final String[] COMMENTS = { "案例讨论很有帮助，希望增加临床实例。", "节奏偏快，课件可以提前发布。", "老师讲解清楚，考核方式合理。", null, null };

	private final CourseCatalog catalog;

	private final CourseEvaluations evaluations;

	private final PracticeCredits practice;

	private final StudentRegistry students;

	private final GradeBook grades;

	DemoCourses(CourseCatalog catalog, CourseEvaluations evaluations, PracticeCredits practice,
			StudentRegistry students, GradeBook grades) {
		this.catalog = catalog;
		this.grades = grades;
		this.evaluations = evaluations;
		this.practice = practice;
		this.students = students;
	}

	/**
	 * @param grades the generated grades, as written
	 * @param courseCodes the courses the grades use, in order
	 * @param instructorStaffNos teachers to assign in turn, the demo supervisor first
	 * @param currentTerm the term students may enroll in now
	 */
	@Transactional
	void load(University university, List<Map<String, String>> grades, List<String> courseCodes,
			List<String> instructorStaffNos, String currentTerm, long seed) {
		List<Offering> firstTeachersPast = new ArrayList<>();
		for (int c = 0; c < courseCodes.size(); c++) {
			String staffNo = instructorStaffNos.get(c % instructorStaffNos.size());
			for (Map.Entry<String, List<String>> term : gradedStudents(grades, courseCodes.get(c)).entrySet()) {
				long id = this.catalog.recordOffering(
						new OfferingCommand(courseCodes.get(c), term.getKey(), staffNo, 200, Grading.SCORE),
						DemoUniversityLoader.RECORDED_BY);
				this.catalog.recordEnrollment(id, term.getValue(), DemoUniversityLoader.RECORDED_BY);
				if (term.getKey().compareTo(currentTerm) < 0) {
					// past terms were graded in full: their sheets are final
					this.grades.recordSubmission(id);
				}
				if (staffNo.equals(instructorStaffNos.get(0)) && term.getKey().compareTo(currentTerm) < 0) {
					firstTeachersPast.add(new Offering(id, term.getKey(), term.getValue()));
				}
			}
		}
		List<String> newcomers = newestCohortInTraining(university);
		for (int c = 0; c < CURRENT_COURSES.size(); c++) {
			String code = CURRENT_COURSES.get(c);
			long id = this.catalog.recordOffering(
					new OfferingCommand(code, currentTerm, instructorStaffNos.get(c % 2), 80,
							code.startsWith("PUMC-DP") ? Grading.PASS_FAIL : Grading.SCORE),
					DemoUniversityLoader.RECORDED_BY);
			this.catalog.recordEnrollment(id, newcomers, DemoUniversityLoader.RECORDED_BY);
		}
		evaluations(new SplittableRandom(seed), firstTeachersPast);
		practice(university, currentTerm);
	}

	/**
	 * @return the students graded in the course, by term, oldest term first
	 */
	private static Map<String, List<String>> gradedStudents(List<Map<String, String>> grades, String courseCode) {
		Map<String, TreeSet<String>> byTerm = new java.util.TreeMap<>();
		for (Map<String, String> grade : grades) {
			if (courseCode.equals(grade.get("course_code"))) {
				byTerm.computeIfAbsent(grade.get("term"), (t) -> new TreeSet<>()).add(grade.get("student_no"));
			}
		}
		Map<String, List<String>> students = new LinkedHashMap<>();
		byTerm.forEach((term, numbers) -> students.put(term, List.copyOf(numbers)));
		return students;
	}

	/**
	 * @return the enrolled students of the newest cohort
	 */
	private static List<String> newestCohortInTraining(University university) {
		int newest = university.students()
			.stream()
			.mapToInt((row) -> Integer.parseInt(row.get("cohort_year")))
			.max()
			.orElseThrow();
		return university.students()
			.stream()
			.filter((row) -> StudentStatus.ENROLLED.name().equals(row.get("status"))
					&& Integer.parseInt(row.get("cohort_year")) == newest)
			.map((row) -> row.get("student_no"))
			.toList();
	}

	/**
	 * Anonymous answers from every other student of the demo supervisor's four latest
	 * past offerings.
	 */
	private void evaluations(SplittableRandom random, List<Offering> offerings) {
		List<Offering> latest = offerings.stream()
			.sorted(Comparator.comparing(Offering::term).reversed().thenComparingLong(Offering::id))
			.limit(4)
			.toList();
		for (Offering offering : latest) {
			List<Long> students = this.students.idsByStudentNo(offering.studentNos())
				.values()
				.stream()
				.sorted()
				.toList();
			for (int i = 0; i < students.size(); i += 2) {
				int base = 3 + random.nextInt(3);
				int teaching = Math.min(5, base + random.nextInt(2));
				int organization = Math.max(1, base - random.nextInt(2));
				int workload = 2 + random.nextInt(4);
				String comment = COMMENTS[random.nextInt(COMMENTS.length)];
				this.evaluations.recordAnswer(offering.id(), students.get(i),
						new EvaluationCommand(base, teaching, organization, workload, base, comment));
			}
		}
	}

	/**
	 * One application waiting for each office, from the enrolled PUMC master's students
	 * of the first hospital who came first.
	 */
	private void practice(University university, String term) {
		List<String> applicants = university.students()
			.stream()
			.filter((row) -> "PUMC-PRO-MASTER".equals(row.get("program_code"))
					&& StudentStatus.ENROLLED.name().equals(row.get("status"))
					&& "H01".equals(row.get("hospital_code")))
			.sorted(Comparator.comparing((Map<String, String> row) -> Integer.parseInt(row.get("cohort_year")))
				.thenComparing((row) -> row.get("student_no")))
			.map((row) -> row.get("student_no"))
			.limit(2)
			.toList();
		Map<String, Long> ids = this.students.idsByStudentNo(applicants);
		String[] titles = { "社区慢病义诊与健康宣教", "全国大学生创新创业大赛（医疗器械赛道）" };
		PracticeStatus[] waiting = { PracticeStatus.SUBMITTED, PracticeStatus.HOSPITAL_APPROVED };
		for (int i = 0; i < applicants.size(); i++) {
			String summary = "本人于 2026 年暑期参加" + titles[i]
					+ "，累计服务 120 学时，负责病史采集、随访记录整理与健康讲座准备。活动由医院教育处组织，带教老师全程指导。附活动证明与总结照片。";
			long id = this.practice.recordApplication(ids.get(applicants.get(i)),
					new PracticeCommand(titles[i], summary, BigDecimal.valueOf(2), List.of()), term, "学生本人");
			if (waiting[i].awaitsSchool()) {
				this.practice.recordHospitalReview(id, true, "活动真实，材料齐全，同意报研究生院。", "附一院教育处");
			}
		}
	}

	private record Offering(long id, String term, List<String> studentNos) {
	}

}
