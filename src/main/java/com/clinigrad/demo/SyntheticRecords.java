package com.clinigrad.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;

import com.clinigrad.demo.SyntheticUniversity.University;
import com.clinigrad.rotations.ExamResult;
import com.clinigrad.students.StudentStatus;
import com.clinigrad.theses.MilestoneResult;
import com.clinigrad.theses.ReviewVerdict;

/**
 * The academic records of a generated university, as exchange-format rows per dataset:
 * courses and grades (with failed first attempts and retakes), rotations in the student's
 * hospital (in the departments of the student's discipline where the hospital has them)
 * with exam results, certificates, milestones, publications, theses and blind reviews —
 * each as far as the student's cohort has come by {@link #AS_OF}. Deterministic from the
 * seed, so that the demo audits always tell the same stories.
 */
public final class SyntheticRecords {

	/** The day the generated records run up to. */
	public static final LocalDate AS_OF = LocalDate.of(2026, 9, 1);

	static final String[][] COURSES = { { "DP-PR01", "中国特色社会主义理论与实践研究", "PUBLIC_REQUIRED", "2" },
			{ "DP-PR02", "医学英语", "PUBLIC_REQUIRED", "2" }, { "DP-DR01", "临床流行病学", "DEGREE_REQUIRED", "3" },
			{ "DP-DR02", "医学统计学", "DEGREE_REQUIRED", "3" }, { "DP-DR03", "循证医学", "DEGREE_REQUIRED", "2" },
			{ "DP-DP01", "临床科研设计", "DEGREE_PROFESSIONAL", "2" },
			{ "DP-DP02", "医学伦理学与医患沟通", "DEGREE_PROFESSIONAL", "2" }, { "DP-EL01", "分子生物学技术", "ELECTIVE", "2" },
			{ "DP-EL02", "医学文献检索", "ELECTIVE", "1" } };

	/**
	 * The departments the students of internal medicine and surgery rotate in (those
	 * their rotation templates name); the students of the other disciplines rotate in any
	 * department of their hospital.
	 */
	static final Map<String, Set<String>> DISCIPLINE_DEPARTMENTS = Map.of("105101",
			Set.of("CARD", "HEMA", "RESP", "GAST", "ENDO", "NEPH", "RHEU", "INFE", "EMER", "NEUR"), "105111",
			Set.of("GSUR", "ORTH", "CTSU", "UROL", "NSUR", "ANES", "EMER"));

	private SyntheticRecords() {
	}

	/**
	 * @return the codes of the generated courses, in order (course {@code c} is taught in
	 * semester {@code 1 + c % 2} of the cohort year)
	 */
	public static List<String> courseCodes() {
		return java.util.Arrays.stream(COURSES).map((course) -> course[0]).toList();
	}

	/**
	 * @return the rows of each record dataset, in the order they are to be loaded
	 */
	public static Map<String, List<Map<String, String>>> generate(long seed, University university) {
		SplittableRandom random = new SplittableRandom(seed + 1);
		Map<String, List<Map<String, String>>> datasets = new LinkedHashMap<>();
		List<Map<String, String>> courses = new ArrayList<>();
		for (String[] course : COURSES) {
			courses.add(row("code", course[0], "name", course[1], "category", course[2], "credits", course[3], "hours",
					Integer.toString(Integer.parseInt(course[3]) * 18)));
		}
		List<Map<String, String>> grades = new ArrayList<>();
		List<Map<String, String>> rotations = new ArrayList<>();
		List<Map<String, String>> certificates = new ArrayList<>();
		List<Map<String, String>> milestones = new ArrayList<>();
		List<Map<String, String>> publications = new ArrayList<>();
		List<Map<String, String>> theses = new ArrayList<>();
		List<Map<String, String>> reviews = new ArrayList<>();
		Map<String, List<String>> departments = new LinkedHashMap<>();
		for (Map<String, String> department : university.departments()) {
			departments.computeIfAbsent(department.get("hospital_code"), (h) -> new ArrayList<>())
				.add(department.get("code"));
		}
		List<String> staff = university.supervisors().stream().map((s) -> s.get("staff_no")).toList();
		for (Map<String, String> student : university.students()) {
			String no = student.get("student_no");
			int cohort = Integer.parseInt(student.get("cohort_year"));
			String program = student.get("program_code");
			if (cohort > AS_OF.getYear() - 1 && !"PUMCH-POSTDOC".equals(program)) {
				continue;
			}
			for (int c = 0; c < COURSES.length; c++) {
				String term = cohort + "-" + (1 + c % 2);
				int score = 62 + random.nextInt(36);
				if (random.nextInt(100) < 6) {
					score = 40 + random.nextInt(19);
					grades.add(grade(no, COURSES[c][0], term, 1, score));
					if (random.nextInt(100) < 80) {
						grades.add(grade(no, COURSES[c][0], (cohort + 1) + "-1", 2, 60 + random.nextInt(25)));
					}
				}
				else {
					grades.add(grade(no, COURSES[c][0], term, 1, score));
				}
			}
			boolean clinical = !"ZJU-DOCTOR".equals(program);
			boolean awarded = StudentStatus.GRADUATED.name().equals(student.get("status"));
			List<String> hospitalDepartments = fitting(
					departments.getOrDefault(student.get("hospital_code"), List.of()), student.get("discipline_code"));
			if (clinical && !hospitalDepartments.isEmpty()) {
				LocalDate start = LocalDate.of(cohort, 9, 1);
				int blocks = "PUMC-PRO-MASTER".equals(program) ? 11 : 8;
				for (int b = 0; b < blocks; b++) {
					LocalDate end = start.plusMonths(3).minusDays(1);
					if (end.isAfter(AS_OF)) {
						break;
					}
					boolean failed = random.nextInt(100) < 4;
					// a graduate who received the degree passed every retake: the same
					// draws
					// as before, so that the rest of the university stays as it was
					boolean retakePassed = failed && (random.nextInt(100) < 75 || awarded);
					rotations.add(row("student_no", no, "department_code",
							hospitalDepartments.get((b + random.nextInt(2)) % hospitalDepartments.size()), "start_date",
							start.toString(), "end_date", end.toString(), "chief_resident",
							Boolean.toString(!"PUMC-PRO-MASTER".equals(program) && b >= blocks - 2), "exam_result",
							ExamResult.of(!failed).name(), "retake_result",
							failed ? ExamResult.of(retakePassed).name() : ""));
					start = end.plusDays(1);
				}
			}
			if ("PUMC-PRO-MASTER".equals(program)) {
				LocalDate license = LocalDate.of(cohort + 2, 8, 20 + random.nextInt(8));
				if (!license.isAfter(AS_OF) && random.nextInt(100) < 88) {
					certificates
						.add(row("student_no", no, "type", "MEDICAL_LICENSE", "obtained_on", license.toString()));
				}
				LocalDate residency = LocalDate.of(cohort + 3, 6, 15);
				if (!residency.isAfter(AS_OF) && random.nextInt(100) < 90) {
					certificates.add(
							row("student_no", no, "type", "RESIDENCY_COMPLETION", "obtained_on", residency.toString()));
				}
			}
			milestone(milestones, random, no, "PROPOSAL", LocalDate.of(cohort + 1, 3, 15));
			milestone(milestones, random, no, "MIDTERM", LocalDate.of(cohort + 1, 12, 10));
			LocalDate finalYear = LocalDate.of(cohort + 3, 3, 20);
			if (!finalYear.isAfter(AS_OF)) {
				milestone(milestones, random, no, "PRE_DEFENSE", finalYear);
				milestone(milestones, random, no, "CLINICAL_COMPETENCY", finalYear.plusDays(25));
				publications.add(row("student_no", no, "title", "基于真实世界数据的临床研究（" + no + "）", "journal",
						(random.nextBoolean()) ? "中华医学杂志" : "BMC Medicine", "indexing",
						(random.nextInt(100) < 40) ? "SCI" : "CORE", "author_position",
						(random.nextInt(100) < 85) ? "1" : "2", "related_to_thesis", "true", "article_type", "RESEARCH",
						"published_on", finalYear.minusMonths(4).toString()));
				// the draws in the order they always had, so that the rest of the records
				// stay
				// as they were; a graduate's thesis passed the similarity check (30 % at
				// most)
				int body = 18_000 + random.nextInt(30_000);
				int abstractZh = 600 + random.nextInt(380);
				int abstractEn = 900 + random.nextInt(1000);
				int similarity = 4 + random.nextInt(30);
				if (StudentStatus.GRADUATED.name().equals(student.get("status"))) {
					similarity = Math.min(similarity, 30);
				}
				theses.add(row("student_no", no, "title", "临床研究论文（" + no + "）", "body_chars", Integer.toString(body),
						"abstract_zh_chars", Integer.toString(abstractZh), "abstract_en_chars",
						Integer.toString(abstractEn), "similarity_percent", Integer.toString(similarity),
						"declaration_signed", "true"));
				int needed = "PUMC-PRO-MASTER".equals(program) ? 3 : 5;
				List<String> chosen = new ArrayList<>();
				while (chosen.size() < needed) {
					String reviewer = staff.get(random.nextInt(staff.size()));
					if (!reviewer.equals(student.get("supervisor_staff_no")) && !chosen.contains(reviewer)) {
						chosen.add(reviewer);
						int roll = random.nextInt(100);
						reviews.add(row("student_no", no, "reviewer_staff_no", reviewer, "verdict",
								((roll < 70) ? ReviewVerdict.AGREE
										: (roll < 97) ? ReviewVerdict.AGREE_AFTER_REVISION : ReviewVerdict.DISAGREE)
									.name()));
					}
				}
				milestone(milestones, random, no, "DEFENSE", LocalDate.of(cohort + 3, 5, 25));
			}
		}
		datasets.put("courses", courses);
		datasets.put("grades", grades);
		datasets.put("rotations", rotations);
		datasets.put("certificates", certificates);
		datasets.put("milestones", milestones);
		datasets.put("publications", publications);
		datasets.put("theses", theses);
		datasets.put("reviews", reviews);
		return datasets;
	}

	/**
	 * @return those of the hospital's departments the discipline's students rotate in, or
	 * all of them when the discipline names none (or the hospital has none of those)
	 */
	private static List<String> fitting(List<String> hospitalDepartments, String disciplineCode) {
		Set<String> codes = DISCIPLINE_DEPARTMENTS.get(disciplineCode);
		if (codes == null) {
			return hospitalDepartments;
		}
		List<String> fitting = hospitalDepartments.stream().filter(codes::contains).toList();
		return fitting.isEmpty() ? hospitalDepartments : fitting;
	}

	private static void milestone(List<Map<String, String>> milestones, SplittableRandom random, String no, String type,
			LocalDate heldOn) {
		if (heldOn.isAfter(AS_OF)) {
			return;
		}
		boolean passed = random.nextInt(100) < 94;
		milestones.add(row("student_no", no, "type", type, "held_on", heldOn.toString(), "result",
				(passed ? MilestoneResult.PASS : MilestoneResult.FAIL).name()));
		if (!passed && heldOn.plusMonths(2).isBefore(AS_OF)) {
			milestones.add(row("student_no", no, "type", type, "held_on", heldOn.plusMonths(2).toString(), "result",
					MilestoneResult.PASS.name()));
		}
	}

	private static Map<String, String> grade(String no, String course, String term, int attempt, int score) {
		return row("student_no", no, "course_code", course, "term", term, "attempt", Integer.toString(attempt), "score",
				Integer.toString(score));
	}

	private static Map<String, String> row(String... keyValues) {
		Map<String, String> row = new LinkedHashMap<>();
		for (int i = 0; i < keyValues.length; i += 2) {
			row.put(keyValues[i], keyValues[i + 1]);
		}
		return row;
	}

}
