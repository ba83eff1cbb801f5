package com.clinigrad.benchmark;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import com.clinigrad.accounts.Role;
import com.clinigrad.demo.SyntheticUniversity.University;
import com.clinigrad.imports.ImportDataset;
import com.clinigrad.imports.ImportReport;
import com.clinigrad.imports.ImportService;
import com.clinigrad.support.EventsInFlight;
import com.clinigrad.support.Fixtures;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue target (every dataset ≥ 10,000 rows/s): realistic CSV files for the
 * 10,000-student synthetic university, each imported as graduate-school staff through
 * {@link ImportService#importFile} — supervisors (1,500 new, then 5,000 more), students
 * (10,000 new), rotations (100,000: ten per student), milestones (30,000: three per
 * student), reviews (10,000: one per student) — then the same file again (nothing
 * changes) and the file with a bad last row (refused, nothing written). The two files on
 * the 10,000 rows/s line, 1,500 supervisors and 10,000 students, are imported a second
 * time with new numbers: the first import of a dataset in a JVM also loads and compiles
 * its code, the second shows the rate of a server that has imported before. The event
 * listeners' re-checks are awaited before each measurement, so each figure is the import
 * alone. Run with {@code ./mvnw -Pbenchmark test -Dtest=ImportsBenchmark}.
 */
@Tag("benchmark")
@SpringBootTest
class ImportsBenchmark {

	static final int ROTATIONS_PER_STUDENT = 10;

	static final int LARGER_SUPERVISORS_FILE = 5000;

	static final int HOSPITALS = 2000;

	static final int DEPARTMENTS_PER_HOSPITAL = 5;

	static final int COURSES = 5000;

	static final String FIRST = "the first file of its kind in this JVM";

	static final String AGAIN = "another file of new rows after it";

	static final String[] MILESTONES = { "PROPOSAL", "MIDTERM", "STAGE_ASSESSMENT" };

	@Autowired
	ApplicationContext context;

	@Autowired
	ImportService imports;

	@Autowired
	JdbcClient jdbc;

	@Test
	void everyDatasetOfTheTenThousandStudentUniversity() {
		University university = BenchmarkUniversity.ensureLoaded(this.context);
		Fixtures fixtures = Fixtures.in(this.context);
		UserDetails staff = fixtures.login(fixtures.account(Role.GRAD_SCHOOL));
		SecurityContextHolder.getContext()
			.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(staff, null, staff.getAuthorities()));
		String run = fixtures.unique("B");
		try {
			List<Map<String, String>> supervisors = renumbered(university.supervisors(), "staff_no", run);
			measure("supervisors", FIRST, supervisors, "supervisor",
					(row) -> with(row, "hospital_code", "NO-SUCH-HOSPITAL"));
			// a larger file, so that the per-file costs weigh less: 5,000 more
			// supervisors
			List<Map<String, String>> moreSupervisors = new ArrayList<>();
			for (int i = 0; i < LARGER_SUPERVISORS_FILE; i++) {
				Map<String, String> row = university.supervisors().get(i % university.supervisors().size());
				moreSupervisors.add(with(row, "staff_no", run + "L" + i));
			}
			measure("supervisors", "a larger file", moreSupervisors, "supervisor",
					(row) -> with(row, "hospital_code", "NO-SUCH-HOSPITAL"));
			measure("supervisors", AGAIN, renumbered(supervisors, "staff_no", run + "W"), "supervisor",
					(row) -> with(row, "hospital_code", "NO-SUCH-HOSPITAL"));

			List<Map<String, String>> students = renumbered(university.students(), "student_no", run);
			measure("students", FIRST, students, "student",
					(row) -> with(row, "supervisor_staff_no", "NO-SUCH-SUPERVISOR"));
			measure("students", AGAIN, renumbered(university.students(), "student_no", run + "W"), "student",
					(row) -> with(row, "supervisor_staff_no", "NO-SUCH-SUPERVISOR"));

			Map<String, List<String>> departments = new LinkedHashMap<>();
			for (Map<String, String> department : university.departments()) {
				departments.computeIfAbsent(department.get("hospital_code"), (h) -> new ArrayList<>())
					.add(department.get("code"));
			}
			String anyHospital = departments.keySet().iterator().next();
			List<Map<String, String>> rotations = new ArrayList<>();
			List<Map<String, String>> milestones = new ArrayList<>();
			List<Map<String, String>> reviews = new ArrayList<>();
			List<Map<String, String>> staffNos = university.supervisors();
			for (int s = 0; s < university.students().size(); s++) {
				Map<String, String> student = university.students().get(s);
				String studentNo = student.get("student_no");
				String hospital = student.getOrDefault("hospital_code", "").isEmpty() ? anyHospital
						: student.get("hospital_code");
				List<String> codes = departments.get(hospital);
				LocalDate start = LocalDate.of(2019, 9, 1).plusDays(s % 28);
				for (int r = 0; r < ROTATIONS_PER_STUDENT; r++) {
					Map<String, String> rotation = new LinkedHashMap<>();
					rotation.put("student_no", studentNo);
					rotation.put("hospital_code", hospital);
					rotation.put("department_code", codes.get((s + r) % codes.size()));
					rotation.put("start_date", start.toString());
					rotation.put("end_date", start.plusDays(27).toString());
					rotation.put("chief_resident", String.valueOf(r == ROTATIONS_PER_STUDENT - 1));
					rotation.put("exam_result", (s + r) % 17 == 0 ? "FAIL" : "PASS");
					rotation.put("retake_result", (s + r) % 17 == 0 ? "PASS" : "");
					rotations.add(rotation);
					start = start.plusDays(28);
				}
				for (int m = 0; m < MILESTONES.length; m++) {
					Map<String, String> milestone = new LinkedHashMap<>();
					milestone.put("student_no", studentNo);
					milestone.put("type", MILESTONES[m]);
					milestone.put("held_on", LocalDate.of(2020, 3, 2).plusDays(200L * m + s % 90).toString());
					milestone.put("result", (s + m) % 23 == 0 ? "FAIL" : "PASS");
					milestones.add(milestone);
				}
				Map<String, String> review = new LinkedHashMap<>();
				review.put("student_no", studentNo);
				review.put("reviewer_staff_no", staffNos.get((s * 7 + 3) % staffNos.size()).get("staff_no"));
				review.put("verdict", (s % 11 == 0) ? "AGREE_AFTER_REVISION" : "AGREE");
				reviews.add(review);
			}
			measure("rotations", FIRST, rotations, "rotation", (row) -> with(row, "end_date", "2019-01-01"));
			measure("milestones", FIRST, milestones, "milestone", (row) -> with(row, "result", "MAYBE"));
			measure("reviews", FIRST, reviews, "thesis_review", (row) -> with(row, "verdict", "MAYBE"));
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}

	/**
	 * The student records keyed by the student alone or by student and type or title —
	 * certificates (20,000: both per student), publications (30,000: three per student),
	 * theses (10,000: one per student, one in ten above 30 % similarity) — for the
	 * university's students imported again under new numbers first (not measured), so
	 * that every row is new whatever this database held before. The theses, whose first
	 * file is near the 10,000 rows/s line, are imported a second time for another such
	 * copy of the students, as on a server that has imported before.
	 */
	@Test
	void studentRecordsDatasets() {
		University university = BenchmarkUniversity.ensureLoaded(this.context);
		Fixtures fixtures = Fixtures.in(this.context);
		UserDetails staff = fixtures.login(fixtures.account(Role.GRAD_SCHOOL));
		SecurityContextHolder.getContext()
			.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(staff, null, staff.getAuthorities()));
		String run = fixtures.unique("R");
		try {
			List<String> students = importedAgain(university, run);
			List<String> moreStudents = importedAgain(university, run + "W");
			List<Map<String, String>> certificates = new ArrayList<>();
			List<Map<String, String>> publications = new ArrayList<>();
			for (int s = 0; s < students.size(); s++) {
				String studentNo = students.get(s);
				certificates.add(row("student_no", studentNo, "type", "MEDICAL_LICENSE", "obtained_on",
						LocalDate.of(2022, 8, 20).plusDays(s % 8).toString()));
				certificates.add(row("student_no", studentNo, "type", "RESIDENCY_COMPLETION", "obtained_on",
						LocalDate.of(2023, 6, 15).toString()));
				for (int p = 0; p < 3; p++) {
					String title = "基于真实世界数据的临床研究（" + studentNo + "-" + p + "）";
					publications.add(row("student_no", studentNo, "title", title, "journal",
							(s + p) % 2 == 0 ? "中华医学杂志" : "BMC Medicine", "indexing", (s + p) % 5 < 2 ? "SCI" : "CORE",
							"author_position", String.valueOf(1 + p), "related_to_thesis", String.valueOf(p == 0),
							"article_type", (p == 2) ? "CASE_REPORT" : "RESEARCH", "published_on",
							LocalDate.of(2022, 11, 20).plusDays(30L * p + s % 60).toString(), "co_authors",
							(p == 1) ? "王芳, 李强" : ""));
				}
			}
			measure("certificates", FIRST, certificates, "certificate", (row) -> with(row, "type", "MAYBE"));
			measure("publications", FIRST, publications, "publication", (row) -> with(row, "indexing", "MAYBE"));
			measure("theses", FIRST, theses(students), "thesis", (row) -> with(row, "similarity_percent", "101"));
			measure("theses", AGAIN, theses(moreStudents), "thesis", (row) -> with(row, "similarity_percent", "101"));
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}

	/**
	 * The organisation's datasets, for a university-sized load of new codes: 2,000
	 * hospitals, 10,000 departments (five for each of them) and 5,000 courses.
	 */
	@Test
	void organisationDatasets() {
		BenchmarkUniversity.ensureLoaded(this.context);
		Fixtures fixtures = Fixtures.in(this.context);
		UserDetails staff = fixtures.login(fixtures.account(Role.GRAD_SCHOOL));
		SecurityContextHolder.getContext()
			.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(staff, null, staff.getAuthorities()));
		String run = fixtures.unique("O");
		String[] subspecialties = { "心血管病", "呼吸系病", "消化系病", "", "普通外科" };
		try {
			List<Map<String, String>> hospitals = new ArrayList<>();
			List<Map<String, String>> departments = new ArrayList<>();
			for (int h = 0; h < HOSPITALS; h++) {
				String code = run + "H" + h;
				hospitals.add(row("code", code, "name", "教学医院" + code, "name_en", "Teaching hospital " + code));
				for (int d = 0; d < DEPARTMENTS_PER_HOSPITAL; d++) {
					departments.add(row("hospital_code", code, "code", "D" + d, "name", "科室" + d, "subspecialty",
							subspecialties[d], "beds", String.valueOf(20 + (h + d) % 60), "capacity",
							(d % 2 == 0) ? "" : String.valueOf(5 + d)));
				}
			}
			List<Map<String, String>> courses = new ArrayList<>();
			String[] categories = { "PUBLIC_REQUIRED", "DEGREE_REQUIRED", "DEGREE_PROFESSIONAL", "ELECTIVE" };
			for (int c = 0; c < COURSES; c++) {
				courses.add(row("code", run + "C" + c, "name", "课程" + c, "category", categories[c % 4], "credits",
						(c % 3 == 0) ? "1.5" : "2", "hours", String.valueOf(18 + c % 3 * 9), "language",
						(c % 7 == 0) ? "English" : ""));
			}
			measure("hospitals", FIRST, hospitals, "hospital", (row) -> with(row, "name", ""));
			measure("departments", FIRST, departments, "department",
					(row) -> with(row, "hospital_code", "NO-SUCH-HOSPITAL"));
			measure("courses", FIRST, courses, "course", (row) -> with(row, "category", "MAYBE"));
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}

	/**
	 * Imports the university's students again with the prefix before their numbers (not
	 * measured).
	 * @return their numbers
	 */
	private List<String> importedAgain(University university, String prefix) {
		List<Map<String, String>> students = renumbered(university.students(), "student_no", prefix);
		List<String> header = this.imports.dataset("students").columns().stream().map((c) -> c.name()).toList();
		assertThat(this.imports.importFile("students", csv(header, students), "text/csv").errors()).isEmpty();
		return students.stream().map((student) -> student.get("student_no")).toList();
	}

	/**
	 * @return one thesis record per student, one in ten with a similarity of 31–33 %
	 */
	private static List<Map<String, String>> theses(List<String> students) {
		List<Map<String, String>> theses = new ArrayList<>();
		for (int s = 0; s < students.size(); s++) {
			theses.add(row("student_no", students.get(s), "title", "临床研究论文（" + students.get(s) + "）", "body_chars",
					String.valueOf(18_000 + s % 30_000), "abstract_zh_chars", String.valueOf(600 + s % 380),
					"abstract_en_chars", String.valueOf(900 + s % 1000), "similarity_percent",
					String.valueOf(4 + s % 30), "declaration_signed", "true"));
		}
		return theses;
	}

	/**
	 * Imports a file of new rows, the same file again, and the file with its last row
	 * spoiled, printing the rates.
	 * @param which which file of its dataset this is ({@link #FIRST}: the first, whose
	 * import also loads and compiles the dataset's code in this JVM; {@link #AGAIN}:
	 * another file of new rows after it, as on a server that has imported before)
	 */
	private void measure(String dataset, String which, List<Map<String, String>> rows, String table,
			Function<Map<String, String>, Map<String, String>> spoil) {
		ImportDataset described = this.imports.dataset(dataset);
		List<String> header = described.columns().stream().map((column) -> column.name()).toList();
		byte[] file = csv(header, rows);
		EventsInFlight.awaitNone(this.jdbc, Duration.ofMinutes(10));
		long before = count(table);
		long start = System.nanoTime();
		ImportReport report = this.imports.importFile(dataset, file, "text/csv");
		double seconds = (System.nanoTime() - start) / 1e9;
		assertThat(report.errors()).isEmpty();
		assertThat(count(table) - before).isEqualTo(rows.size());
		System.out.printf("[benchmark] %s import (%s): %,d new rows (%.1f MB CSV) in %.2f s = %,.0f rows/s%n", dataset,
				which, rows.size(), file.length / 1e6, seconds, rows.size() / seconds);

		EventsInFlight.awaitNone(this.jdbc, Duration.ofMinutes(10));
		start = System.nanoTime();
		ImportReport again = this.imports.importFile(dataset, file, "text/csv");
		seconds = (System.nanoTime() - start) / 1e9;
		assertThat(again.errors()).isEmpty();
		assertThat(count(table) - before).isEqualTo(rows.size());
		System.out.printf("[benchmark] %s import, same file again (nothing changes): %.2f s = %,.0f rows/s%n", dataset,
				seconds, rows.size() / seconds);

		List<Map<String, String>> spoiled = new ArrayList<>(rows);
		spoiled.set(rows.size() - 1, spoil.apply(rows.get(rows.size() - 1)));
		byte[] failing = csv(header, spoiled);
		start = System.nanoTime();
		ImportReport refused = this.imports.importFile(dataset, failing, "text/csv");
		seconds = (System.nanoTime() - start) / 1e9;
		assertThat(refused.applied()).isZero();
		assertThat(refused.errors()).singleElement()
			.satisfies((error) -> assertThat(error.row()).isEqualTo(rows.size() + 1));
		assertThat(count(table) - before).isEqualTo(rows.size());
		System.out.printf("[benchmark] %s import with a bad last row: refused in %.2f s, nothing written%n", dataset,
				seconds);
	}

	private long count(String table) {
		return this.jdbc.sql("select count(*) from " + table).query(Long.class).single();
	}

	/**
	 * @return the rows with the prefix before their number, so that they are new
	 */
	private static List<Map<String, String>> renumbered(List<Map<String, String>> rows, String column, String prefix) {
		return rows.stream().map((row) -> with(row, column, prefix + row.get(column))).toList();
	}

	private static Map<String, String> row(String... columnsAndValues) {
		Map<String, String> row = new LinkedHashMap<>();
		for (int i = 0; i < columnsAndValues.length; i += 2) {
			row.put(columnsAndValues[i], columnsAndValues[i + 1]);
		}
		return row;
	}

	private static Map<String, String> with(Map<String, String> row, String column, String value) {
		Map<String, String> copy = new LinkedHashMap<>(row);
		copy.put(column, value);
		return copy;
	}

	private static byte[] csv(List<String> header, List<Map<String, String>> rows) {
		StringBuilder csv = new StringBuilder(String.join(",", header)).append('\n');
		for (Map<String, String> row : rows) {
			for (int c = 0; c < header.size(); c++) {
				if (c > 0) {
					csv.append(',');
				}
				String value = row.getOrDefault(header.get(c), "");
				if (value.contains(",") || value.contains("\"")) {
					csv.append('"').append(value.replace("\"", "\"\"")).append('"');
				}
				else {
					csv.append(value);
				}
			}
			csv.append('\n');
		}
		return csv.toString().getBytes(StandardCharsets.UTF_8);
	}

}
