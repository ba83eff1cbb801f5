package com.clinigrad.imports;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

import com.clinigrad.accounts.Role;
import com.clinigrad.achievements.AchievementsRecorded;
import com.clinigrad.rotations.RotationsRecorded;
import com.clinigrad.shared.history.Actors;
import com.clinigrad.students.AdmissionType;
import com.clinigrad.students.DegreeType;
import com.clinigrad.students.SourceSchool;
import com.clinigrad.students.StudentCommand;
import com.clinigrad.students.StudentRegistry;
import com.clinigrad.students.StudentStatus;
import com.clinigrad.students.StudentStatusChanged;
import com.clinigrad.students.StudentsRecorded;
import com.clinigrad.supervisors.SupervisorCommand;
import com.clinigrad.supervisors.SupervisorDirectory;
import com.clinigrad.supervisors.TitleLevel;
import com.clinigrad.support.Fixtures;
import com.clinigrad.theses.ThesesRecorded;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The batch writers of the students, supervisors, rotations, milestones and reviews
 * imports write what the row-by-row upserts wrote: the same records, versions, status
 * changes, change-history snapshots and events (compared side by side with the entity
 * path the forms and fixtures still use), all or nothing, with the same row errors. Those
 * of the certificates, publications and theses imports record a row only when a file
 * changes it, and name its student in the import's one event.
 */
@SpringBootTest
@AutoConfigureMockMvc
@RecordApplicationEvents
class BatchImportTests {

	@Autowired
	ApplicationContext context;

	@Autowired
	ImportService imports;

	@Autowired
	StudentRegistry registry;

	@Autowired
	SupervisorDirectory directory;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MessageSource messages;

	@Autowired
	PlatformTransactionManager transactions;

	@Autowired
	ApplicationEvents events;

	Fixtures fixtures;

	String hospital;

	String supervisor;

	String coSupervisor;

	@BeforeEach
	void setUp() {
		this.fixtures = Fixtures.in(this.context);
		this.hospital = this.fixtures.hospital();
		this.supervisor = this.fixtures.supervisor(this.hospital);
		this.coSupervisor = this.fixtures.supervisor(this.hospital);
	}

	@Test
	void studentsImportedInBatchesGetWhatTheRowByRowUpsertGaveThem() {
		String[] byRow = { this.fixtures.unique("M"), this.fixtures.unique("M"), this.fixtures.unique("M") };
		String[] byFile = { this.fixtures.unique("M"), this.fixtures.unique("M"), this.fixtures.unique("M") };
		List<StudentStatus> statuses = List.of(StudentStatus.ENROLLED, StudentStatus.DELAYED, StudentStatus.ENROLLED);

		// first: three new students
		upsertRowByRow(byRow, "张", statuses);
		this.events.clear();
		assertThat(this.imports.importRows("students", studentRows(byFile, "张", statuses)).errors()).isEmpty();
		assertSameRecords(byRow, byFile);
		assertThat(this.events.stream(StudentsRecorded.class).flatMap((event) -> event.studentIds().stream()))
			.containsExactlyInAnyOrderElementsOf(ids(byFile));
		assertThat(this.events.stream(StudentsRecorded.class)).hasSize(1);
		assertThat(this.events.stream(StudentStatusChanged.class)).isEmpty();

		// then: one renamed, one whose status the file changes, one unchanged
		List<StudentStatus> changed = List.of(StudentStatus.ENROLLED, StudentStatus.GRADUATED, StudentStatus.ENROLLED);
		upsertRowByRow(byRow, "张", changed, 0);
		this.events.clear();
		List<Map<String, String>> second = studentRows(byFile, "张", changed);
		second.get(0).put("name", "王" + 0);
		assertThat(this.imports.importRows("students", second).errors()).isEmpty();
		assertSameRecords(byRow, byFile);
		assertThat(versions(byFile)).containsExactly(1L, 1L, 0L);
		assertThat(this.events.stream(StudentsRecorded.class).flatMap((event) -> event.studentIds().stream()))
			.containsExactlyInAnyOrder(id(byFile[0]), id(byFile[1]));
		assertThat(this.events.stream(StudentStatusChanged.class)).singleElement()
			.isEqualTo(
					new StudentStatusChanged(id(byFile[1]), byFile[1], StudentStatus.DELAYED, StudentStatus.GRADUATED));

		// the same file again changes nothing
		long revisions = count("audit_revision");
		this.events.clear();
		assertThat(this.imports.importRows("students", second).errors()).isEmpty();
		assertThat(versions(byFile)).containsExactly(1L, 1L, 0L);
		assertThat(count("audit_revision")).isEqualTo(revisions);
		assertThat(this.events.stream(StudentsRecorded.class)).isEmpty();
	}

	@Test
	void aFileThatAddsAndChangesStudentsAtOnceWritesWhatTheRowByRowUpsertGave() {
		String[] byRow = { this.fixtures.unique("M"), this.fixtures.unique("M") };
		String[] byFile = { this.fixtures.unique("M"), this.fixtures.unique("M") };
		// the first student of each list exists already; the file changes its status and
		// adds the second
		upsertRowByRow(new String[] { byRow[0] }, "张", List.of(StudentStatus.ENROLLED));
		assertThat(this.imports
			.importRows("students", studentRows(new String[] { byFile[0] }, "张", List.of(StudentStatus.ENROLLED)))
			.errors()).isEmpty();
		List<StudentStatus> statuses = List.of(StudentStatus.DELAYED, StudentStatus.GRADUATED);
		upsertRowByRow(byRow, "张", statuses);
		this.events.clear();
		assertThat(this.imports.importRows("students", studentRows(byFile, "张", statuses)).errors()).isEmpty();

		assertSameRecords(byRow, byFile);
		assertThat(versions(byFile)).containsExactly(1L, 0L);
		String lastRevision = "select max(rev) from student_aud where student_no = :s";
		assertThat(this.jdbc.sql(lastRevision).param("s", byFile[1]).query(Long.class).single())
			.as("the added and the changed student share the file's revision")
			.isEqualTo(this.jdbc.sql(lastRevision).param("s", byFile[0]).query(Long.class).single());
		assertThat(this.events.stream(StudentsRecorded.class).flatMap((event) -> event.studentIds().stream()))
			.containsExactlyInAnyOrderElementsOf(ids(byFile));
		assertThat(this.events.stream(StudentStatusChanged.class)).singleElement()
			.isEqualTo(
					new StudentStatusChanged(id(byFile[0]), byFile[0], StudentStatus.ENROLLED, StudentStatus.DELAYED));
	}

	@Test
	void supervisorsImportedInBatchesGetWhatTheRowByRowUpsertGaveThem() {
		String[] byRow = { this.fixtures.unique("S"), this.fixtures.unique("S") };
		String[] byFile = { this.fixtures.unique("S"), this.fixtures.unique("S") };
		new TransactionTemplate(this.transactions).executeWithoutResult((status) -> {
			for (int i = 0; i < byRow.length; i++) {
				this.directory.upsert(supervisorCommand(byRow[i], i, " 协和 ", this.hospital));
			}
		});
		assertThat(this.imports.importRows("supervisors", supervisorRows(byFile, " 协和 ", this.hospital)).errors())
			.isEmpty();
		assertSameSupervisors(byRow, byFile);

		this.directory.upsert(supervisorCommand(byRow[1], 1, "", null));
		List<Map<String, String>> second = supervisorRows(byFile, " 协和 ", this.hospital);
		second.get(1).put("institution", "");
		second.get(1).put("hospital_code", "");
		assertThat(this.imports.importRows("supervisors", second).errors()).isEmpty();
		assertSameSupervisors(byRow, byFile);
		assertThat(this.jdbc.sql("select version from supervisor where staff_no in (:s) order by staff_no")
			.param("s", List.of(byFile))
			.query(Long.class)
			.list()).containsExactly(0L, 1L);
	}

	@Test
	void aBadLastRowOfALargeStudentsFileWritesNothingAndIsReportedAsBefore() {
		String[] numbers = new String[300];
		for (int i = 0; i < numbers.length; i++) {
			numbers[i] = this.fixtures.unique("M");
		}
		List<StudentStatus> statuses = new ArrayList<>();
		for (int i = 0; i < numbers.length; i++) {
			statuses.add(StudentStatus.ENROLLED);
		}
		List<Map<String, String>> rows = studentRows(numbers, "李", statuses);
		rows.get(299).put("hospital_code", "NO-SUCH-HOSPITAL");
		Map<String, String> twice = new LinkedHashMap<>(rows.get(10));
		rows.add(twice);

		ImportReport report = this.imports.importRows("students", rows);

		assertThat(report.applied()).isZero();
		assertThat(report.errors()).extracting(ImportError::row, ImportError::column, ImportError::message)
			.containsExactly(
					org.assertj.core.groups.Tuple.tuple(301, "hospital_code",
							message("imports.error.unknownHospital", "NO-SUCH-HOSPITAL")),
					org.assertj.core.groups.Tuple.tuple(302, "student_no", message("imports.error.duplicate", 12)));
		assertThat(this.jdbc.sql("select count(*) from student where student_no in (:s)")
			.param("s", List.of(numbers))
			.query(Long.class)
			.single()).isZero();
	}

	@Test
	void hospitalsDepartmentsAndCoursesWrittenInBatchesChangeOnlyWhatAFileChanges() {
		String first = this.fixtures.unique("H");
		String second = this.fixtures.unique("H");
		String course = this.fixtures.unique("C");
		List<Map<String, String>> hospitals = List.of(Map.of("code", first, "name", "甲医院", "name_en", "Hospital A"),
				Map.of("code", second, "name", "乙医院"));
		List<Map<String, String>> departments = List.of(
				Map.of("hospital_code", first, "code", "CARD", "name", "心内科", "subspecialty", "心血管病", "beds", "60"),
				Map.of("hospital_code", second, "code", "EM", "name", "急诊科", "subspecialty", "", "beds", "20",
						"capacity", "3"));
		List<Map<String, String>> courses = List.of(Map.of("code", course, "name", "医学统计学", "category",
				"DEGREE_REQUIRED", "credits", "2.5", "hours", "45", "language", "中文"));
		assertThat(this.imports.importRows("hospitals", hospitals).applied()).isEqualTo(2);
		assertThat(this.imports.importRows("departments", departments).applied()).isEqualTo(2);
		assertThat(this.imports.importRows("courses", courses).applied()).isEqualTo(1);
		String before = organisation(first, second, course);
		assertThat(before).contains(first + " 甲医院 Hospital A 0", second + " 乙医院 - 0", first + "/CARD 心内科 心血管病 60 - 0",
				second + "/EM 急诊科 - 20 3 0", course + " 医学统计学 DEGREE_REQUIRED 2.5 45 中文 0");

		// the same files again change nothing, not even a version
		this.imports.importRows("hospitals", hospitals);
		this.imports.importRows("departments", departments);
		this.imports.importRows("courses", courses);
		assertThat(organisation(first, second, course)).isEqualTo(before);

		// a changed value changes that row, and only it
		assertThat(this.imports
			.importRows("departments", List.of(departments.get(0), Map.of("hospital_code", second, "code", "EM", "name",
					"急诊医学科", "subspecialty", "", "beds", "20", "capacity", "3")))
			.errors()).isEmpty();
		assertThat(organisation(first, second, course)).contains(first + "/CARD 心内科 心血管病 60 - 0",
				second + "/EM 急诊医学科 - 20 3 1", first + " 甲医院 Hospital A 0");
	}

	/**
	 * @return each hospital, department and course of these codes with its values and
	 * version, one line each
	 */
	private String organisation(String firstHospital, String secondHospital, String course) {
		List<String> lines = new ArrayList<>();
		lines.addAll(this.jdbc.sql("""
				select code || ' ' || name || ' ' || coalesce(name_en, '-') || ' ' || version from hospital
				where code in (:codes)""")
			.param("codes", List.of(firstHospital, secondHospital))
			.query(String.class)
			.list());
		lines.addAll(this.jdbc.sql("""
				select h.code || '/' || d.code || ' ' || d.name || ' ' || coalesce(d.subspecialty, '-') || ' '
				       || coalesce(d.beds::text, '-') || ' ' || coalesce(d.capacity::text, '-') || ' ' || d.version
				from department d join hospital h on h.id = d.hospital_id where h.code in (:codes)""")
			.param("codes", List.of(firstHospital, secondHospital))
			.query(String.class)
			.list());
		lines.addAll(this.jdbc.sql("""
				select code || ' ' || name || ' ' || category || ' ' || credits || ' ' || hours || ' ' || language
				       || ' ' || version from course where code = :code""")
			.param("code", course)
			.query(String.class)
			.list());
		java.util.Collections.sort(lines);
		return String.join("\n", lines);
	}

	@Test
	void rotationsMilestonesAndReviewsAreWrittenInBatchesWithOneEventPerKind() {
		String first = this.fixtures.student(this.hospital, this.supervisor);
		String second = this.fixtures.student(this.hospital, this.supervisor);
		this.events.clear();
		// the same rotation twice, once with the student's hospital left to its default:
		// a
		// repeated key, refused like one written out twice
		ImportReport repeated = this.imports.importRows("rotations",
				List.of(Map.of("student_no", first, "department_code", "D1", "start_date", "2024-09-01", "end_date",
						"2024-09-30", "exam_result", "FAIL"),
						Map.of("student_no", first, "hospital_code", this.hospital, "department_code", "D1",
								"start_date", "2024-09-01", "end_date", "2024-10-31", "exam_result", "PASS")));
		assertThat(repeated.errors()).extracting(ImportError::row, ImportError::column)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(3, "start_date"));
		assertThat(this.events.stream(RotationsRecorded.class)).isEmpty();
		ImportReport rotations = this.imports.importRows("rotations",
				List.of(Map.of("student_no", first, "hospital_code", this.hospital, "department_code", "D1",
						"start_date", "2024-09-01", "end_date", "2024-10-31", "exam_result", "PASS"),
						Map.of("student_no", second, "department_code", "D1", "start_date", "2024-09-01", "end_date",
								"2024-11-30")));
		assertThat(rotations.errors()).isEmpty();
		assertThat(this.jdbc.sql("""
				select s.student_no || ' ' || r.end_date || ' ' || coalesce(r.exam_result, '-')
				from rotation r join student s on s.id = r.student_id where s.student_no in (:s)
				""").param("s", List.of(first, second)).query(String.class).list())
			.containsExactlyInAnyOrder(first + " 2024-10-31 PASS", second + " 2024-11-30 -");
		assertThat(this.events.stream(RotationsRecorded.class)).singleElement()
			.satisfies((event) -> assertThat(event.studentIds()).containsExactlyInAnyOrder(id(first), id(second)));

		this.events.clear();
		assertThat(this.imports.importRows("milestones",
				List.of(Map.of("student_no", first, "type", "PROPOSAL", "held_on", "2025-03-20", "result", "PASS"),
						Map.of("student_no", second, "type", "PROPOSAL", "held_on", "2025-03-20", "result", "FAIL")))
			.errors()).isEmpty();
		assertThat(this.imports
			.importRows("reviews",
					List.of(Map.of("student_no", first, "reviewer_staff_no", this.coSupervisor, "verdict", "AGREE")))
			.errors()).isEmpty();
		assertThat(this.events.stream(ThesesRecorded.class)).hasSize(2);
		assertThat(this.jdbc.sql("""
				select m.type || ' ' || m.result from milestone m join student s on s.id = m.student_id
				where s.student_no = :s
				""").param("s", second).query(String.class).list()).containsExactly("PROPOSAL FAIL");
		assertThat(this.jdbc.sql("""
				select r.verdict || ' ' || r.round_no || ' ' || r.status from thesis_review r
				join student s on s.id = r.student_id where s.student_no = :s
				""").param("s", first).query(String.class).list()).containsExactly("AGREE 1 SUBMITTED");

		// the same files again: nothing changes, no event
		this.events.clear();
		this.imports.importRows("milestones",
				List.of(Map.of("student_no", second, "type", "PROPOSAL", "held_on", "2025-03-20", "result", "FAIL")));
		this.imports.importRows("reviews",
				List.of(Map.of("student_no", first, "reviewer_staff_no", this.coSupervisor, "verdict", "AGREE")));
		assertThat(this.events.stream(ThesesRecorded.class)).isEmpty();
	}

	@Test
	void certificatesAreWrittenInBatchesAndOnlyWhatAFileChangesIsRecordedAgain() {
		String first = this.fixtures.student(this.hospital, this.supervisor);
		String second = this.fixtures.student(this.hospital, this.supervisor);
		List<Map<String, String>> rows = new ArrayList<>(
				List.of(Map.of("student_no", first, "type", "MEDICAL_LICENSE", "obtained_on", "2024-08-20"),
						Map.of("student_no", first, "type", "RESIDENCY_COMPLETION", "obtained_on", "2025-06-15"),
						Map.of("student_no", second, "type", "MEDICAL_LICENSE", "obtained_on", "2024-08-21"),
						Map.of("student_no", second, "type", "RESIDENCY_COMPLETION", "obtained_on", "2025-06-15")));
		String certificates = """
				select s.student_no || ' ' || c.type || ' ' || c.obtained_on || ' ' || c.recorded_by || ' ' || c.recorded_at
				from certificate c join student s on s.id = c.student_id where s.student_no in (:s)
				order by s.student_no, c.type
				""";
		this.events.clear();
		assertThat(this.imports.importRows("certificates", rows).applied()).isEqualTo(4);
		List<String> imported = texts(certificates, first, second);
		assertThat(imported).hasSize(4)
			.allSatisfy((row) -> assertThat(row).contains(" " + Actors.SYSTEM + " "))
			.anySatisfy((row) -> assertThat(row).startsWith(second + " MEDICAL_LICENSE 2024-08-21 "));
		assertThat(this.events.stream(AchievementsRecorded.class)).singleElement()
			.satisfies((event) -> assertThat(event.studentIds()).containsExactlyInAnyOrder(id(first), id(second)));

		// the same file again changes nothing
		this.events.clear();
		assertThat(this.imports.importRows("certificates", rows).applied()).isEqualTo(4);
		assertThat(texts(certificates, first, second)).isEqualTo(imported);
		assertThat(this.events.stream(AchievementsRecorded.class)).isEmpty();

		// a file that changes one date, imported by a member of staff, records that one
		rows.set(2, Map.of("student_no", second, "type", "MEDICAL_LICENSE", "obtained_on", "2024-09-01"));
		String staff = this.fixtures.account(Role.GRAD_SCHOOL);
		this.events.clear();
		assertThat(as(staff, () -> this.imports.importRows("certificates", rows)).applied()).isEqualTo(4);
		List<String> changed = texts(certificates, first, second);
		assertThat(changed).hasSize(4)
			.filteredOn((row) -> !imported.contains(row))
			.singleElement()
			.asString()
			.startsWith(second + " MEDICAL_LICENSE 2024-09-01 " + staff + " ");
		assertThat(this.events.stream(AchievementsRecorded.class)).singleElement()
			.satisfies((event) -> assertThat(event.studentIds()).containsExactly(id(second)));
	}

	@Test
	void publicationsAreWrittenInBatchesAndOnlyWhatAFileChangesIsRecordedAgain() {
		String first = this.fixtures.student(this.hospital, this.supervisor);
		String second = this.fixtures.student(this.hospital, this.supervisor);
		List<Map<String, String>> rows = new ArrayList<>(
				List.of(publication(first, "心衰队列研究", "中华医学杂志", "王芳, 李强", "2024-05-01"),
						publication(first, "房颤病例报告", "BMC Medicine", " ", ""),
						publication(second, "心衰队列研究", "中华心血管病杂志", "", "2024-06-01")));
		String publications = """
				select s.student_no || ' ' || p.title || ' ' || p.journal || ' ' || p.indexing || ' '
				    || p.author_position || ' ' || p.related_to_thesis || ' ' || p.article_type || ' '
				    || coalesce(p.published_on::text, '-') || ' ' || coalesce(p.co_authors, '-') || ' '
				    || p.recorded_by || ' ' || p.recorded_at
				from publication p join student s on s.id = p.student_id where s.student_no in (:s)
				order by s.student_no, p.title
				""";
		this.events.clear();
		assertThat(this.imports.importRows("publications", rows).applied()).isEqualTo(3);
		List<String> imported = texts(publications, first, second);
		assertThat(imported).hasSize(3)
			.anySatisfy((row) -> assertThat(row)
				.startsWith(first + " 心衰队列研究 中华医学杂志 CORE 1 true RESEARCH 2024-05-01 王芳, 李强 " + Actors.SYSTEM + " "))
			.anySatisfy((row) -> assertThat(row)
				.startsWith(first + " 房颤病例报告 BMC Medicine CORE 1 true RESEARCH - - " + Actors.SYSTEM + " "));
		assertThat(this.events.stream(AchievementsRecorded.class)).singleElement()
			.satisfies((event) -> assertThat(event.studentIds()).containsExactlyInAnyOrder(id(first), id(second)));

		// the same file again changes nothing, the blank date and co-authors included
		this.events.clear();
		assertThat(this.imports.importRows("publications", rows).applied()).isEqualTo(3);
		assertThat(texts(publications, first, second)).isEqualTo(imported);
		assertThat(this.events.stream(AchievementsRecorded.class)).isEmpty();

		// a file that changes one journal, imported by a member of staff, records that
		// one
		rows.set(1, publication(first, "房颤病例报告", "中华内科杂志", "", ""));
		String staff = this.fixtures.account(Role.GRAD_SCHOOL);
		this.events.clear();
		assertThat(as(staff, () -> this.imports.importRows("publications", rows)).applied()).isEqualTo(3);
		List<String> changed = texts(publications, first, second);
		assertThat(changed).hasSize(3)
			.filteredOn((row) -> !imported.contains(row))
			.singleElement()
			.asString()
			.startsWith(first + " 房颤病例报告 中华内科杂志 CORE 1 true RESEARCH - - " + staff + " ");
		assertThat(this.events.stream(AchievementsRecorded.class)).singleElement()
			.satisfies((event) -> assertThat(event.studentIds()).containsExactly(id(first)));
	}

	@Test
	void thesesAreWrittenInBatchesAndASimilarityAboveTheMaximumCancelsTheOpenRoundsOfTheFile() {
		String open = this.fixtures.doctoralStudent("TMU-PRO-DOCTOR", this.hospital, this.supervisor, null);
		String sentToReview = this.fixtures.doctoralStudent("TMU-PRO-DOCTOR", this.hospital, this.supervisor, null);
		String below = this.fixtures.doctoralStudent("TMU-PRO-DOCTOR", this.hospital, this.supervisor, null);
		this.jdbc.sql("""
				insert into thesis_round (student_id, round_no, review_started_on)
				select id, 1, current_date from student where student_no = :no
				""").param("no", sentToReview).update();
		List<Map<String, String>> rows = new ArrayList<>(
				List.of(thesis(open, "31"), thesis(sentToReview, "31"), thesis(below, "12.5")));
		String theses = """
				select s.student_no || ' ' || t.title || ' ' || t.body_chars || ' ' || t.abstract_zh_chars || ' '
				    || t.abstract_en_chars || ' ' || coalesce(t.similarity_percent::text, '-') || ' '
				    || t.declaration_signed || ' ' || t.counts_source || ' ' || t.version || ' ' || t.recorded_by
				    || ' ' || t.recorded_at || ' / ' || o.similarity_percent || ' ' || o.similarity_by || ' '
				    || o.status || ' ' || coalesce(o.closed_reason, '-')
				from thesis t join student s on s.id = t.student_id
				join thesis_round o on o.student_id = t.student_id and o.round_no = t.current_round
				where s.student_no in (:s) order by s.student_no
				""";
		this.events.clear();
		assertThat(this.imports.importRows("theses", rows).applied()).isEqualTo(3);
		List<String> imported = texts(theses, open, sentToReview, below);
		assertThat(imported).hasSize(3)
			.anySatisfy((row) -> assertThat(row)
				.startsWith(open + " 临床研究论文 42000 900 1800 31.00 true IMPORT 0 " + Actors.SYSTEM + " ")
				.endsWith(" / 31.00 " + Actors.SYSTEM + " CANCELLED SIMILARITY"))
			.anySatisfy((row) -> assertThat(row).startsWith(sentToReview + " ").endsWith(" / 31.00 system OPEN -"))
			.anySatisfy((row) -> assertThat(row).startsWith(below + " ").endsWith(" / 12.50 system OPEN -"));
		assertThat(this.events.stream(ThesesRecorded.class)).singleElement()
			.satisfies((event) -> assertThat(event.studentIds()).containsExactlyInAnyOrder(id(open), id(sentToReview),
					id(below)));

		// the same file again changes nothing
		this.events.clear();
		assertThat(this.imports.importRows("theses", rows).applied()).isEqualTo(3);
		assertThat(texts(theses, open, sentToReview, below)).isEqualTo(imported);
		assertThat(this.events.stream(ThesesRecorded.class)).isEmpty();

		// counts taken from the thesis file since: a file that changes one similarity
		// takes that record's counts as imported again, and cancels its round
		this.jdbc.sql("update thesis set counts_source = 'FILE' where student_id in (:ids)")
			.param("ids", List.of(id(sentToReview), id(below)))
			.update();
		rows.set(2, thesis(below, "35"));
		this.events.clear();
		assertThat(this.imports.importRows("theses", rows).applied()).isEqualTo(3);
		assertThat(texts(theses, open, sentToReview, below)).hasSize(3)
			.contains(imported.get(0))
			.anySatisfy((row) -> assertThat(row).startsWith(sentToReview + " ").contains(" FILE 0 "))
			.anySatisfy((row) -> assertThat(row).startsWith(below + " 临床研究论文 42000 900 1800 35.00 true IMPORT 1 ")
				.endsWith(" / 35.00 system CANCELLED SIMILARITY"));
		assertThat(this.events.stream(ThesesRecorded.class)).singleElement()
			.satisfies((event) -> assertThat(event.studentIds()).containsExactly(id(below)));
	}

	private void upsertRowByRow(String[] numbers, String surname, List<StudentStatus> statuses, int... renamed) {
		new TransactionTemplate(this.transactions).executeWithoutResult((status) -> {
			for (int i = 0; i < numbers.length; i++) {
				boolean rename = renamed.length > 0 && renamed[0] == i;
				this.registry.upsert(studentCommand(numbers[i], (rename ? "王" : surname) + i, i), statuses.get(i));
			}
		});
	}

	private StudentCommand studentCommand(String number, String name, int i) {
		return new StudentCommand(number, name, DegreeType.PRO_MASTER, "PUMC-PRO-MASTER", 2023, "105101",
				AdmissionType.EXAM, (i == 2) ? null : SourceSchool.OWN, (i == 2) ? null : this.hospital,
				this.supervisor, (i == 1) ? this.coSupervisor : null);
	}

	private List<Map<String, String>> studentRows(String[] numbers, String surname, List<StudentStatus> statuses) {
		List<Map<String, String>> rows = new ArrayList<>();
		for (int i = 0; i < numbers.length; i++) {
			StudentCommand command = studentCommand(numbers[i], surname + i, Math.min(i, 3));
			Map<String, String> row = new LinkedHashMap<>();
			row.put("student_no", command.studentNo());
			row.put("name", command.name());
			row.put("degree_type", command.degreeType().name());
			row.put("program_code", command.programCode());
			row.put("cohort_year", String.valueOf(command.cohortYear()));
			row.put("discipline_code", command.disciplineCode());
			row.put("admission_type", command.admissionType().name());
			row.put("source_school", (command.sourceSchool() != null) ? command.sourceSchool().name() : "");
			row.put("hospital_code", (command.hospitalCode() != null) ? command.hospitalCode() : "");
			row.put("supervisor_staff_no", command.supervisorStaffNo());
			row.put("co_supervisor_staff_no",
					(command.coSupervisorStaffNo() != null) ? command.coSupervisorStaffNo() : "");
			row.put("status", statuses.get(i).name());
			rows.add(row);
		}
		return rows;
	}

	private static SupervisorCommand supervisorCommand(String staffNo, int i, String institution, String hospital) {
		return new SupervisorCommand(staffNo, "导师" + i, TitleLevel.ASSOCIATE_SENIOR, i == 0, true, institution,
				hospital, i == 1, (i == 0) ? 1970 : null, (i == 0) ? "G-CARD" : null, (i == 1) ? "105101" : null);
	}

	private static List<Map<String, String>> supervisorRows(String[] staffNos, String institution, String hospital) {
		List<Map<String, String>> rows = new ArrayList<>();
		for (int i = 0; i < staffNos.length; i++) {
			SupervisorCommand command = supervisorCommand(staffNos[i], i, institution, hospital);
			Map<String, String> row = new LinkedHashMap<>();
			row.put("staff_no", command.staffNo());
			row.put("name", command.name());
			row.put("title_level", command.titleLevel().name());
			row.put("doctoral_supervisor", String.valueOf(command.doctoralSupervisor()));
			row.put("master_supervisor", String.valueOf(command.masterSupervisor()));
			row.put("institution", institution);
			row.put("hospital_code", hospital);
			row.put("degree_committee_member", String.valueOf(command.degreeCommitteeMember()));
			row.put("birth_year", (command.birthYear() != null) ? String.valueOf(command.birthYear()) : "");
			row.put("group_code", (command.groupCode() != null) ? command.groupCode() : "");
			row.put("discipline_code", (command.disciplineCode() != null) ? command.disciplineCode() : "");
			rows.add(row);
		}
		return rows;
	}

	/**
	 * The records, their status changes and change-history snapshots of two lists of
	 * students agree, but for the numbers and ids.
	 */
	private void assertSameRecords(String[] byRow, String[] byFile) {
		for (int i = 0; i < byRow.length; i++) {
			assertThat(this.jdbc.sql("""
					select name, degree_type, program_code, cohort_year, discipline_code, admission_type,
					    source_school, hospital_id, supervisor_id, co_supervisor_id, status, status_since, version
					from student where student_no = :s
					""").param("s", byFile[i]).query().listOfRows()).isEqualTo(this.jdbc.sql("""
					select name, degree_type, program_code, cohort_year, discipline_code, admission_type,
					    source_school, hospital_id, supervisor_id, co_supervisor_id, status, status_since, version
					from student where student_no = :s
					""").param("s", byRow[i]).query().listOfRows()).hasSize(1);
			String changes = """
					select c.from_status, c.to_status, c.effective_on, c.reason, c.evidence, c.changed_by
					from student_status_change c join student s on s.id = c.student_id where s.student_no = :s
					order by c.id
					""";
			assertThat(this.jdbc.sql(changes).param("s", byFile[i]).query().listOfRows())
				.isEqualTo(this.jdbc.sql(changes).param("s", byRow[i]).query().listOfRows())
				.isNotEmpty();
			String history = """
					select a.revtype, a.name, a.degree_type, a.program_code, a.cohort_year, a.discipline_code,
					    a.admission_type, a.source_school, a.hospital_id, a.supervisor_id, a.co_supervisor_id, a.status,
					    a.status_since, r.username, a.id = s.id as same_id
					from student_aud a join audit_revision r on r.id = a.rev join student s on s.student_no = :s
					where a.student_no = :s order by a.rev
					""";
			assertThat(this.jdbc.sql(history).param("s", byFile[i]).query().listOfRows())
				.isEqualTo(this.jdbc.sql(history).param("s", byRow[i]).query().listOfRows())
				.isNotEmpty();
		}
	}

	private void assertSameSupervisors(String[] byRow, String[] byFile) {
		for (int i = 0; i < byRow.length; i++) {
			String record = """
					select name, title_level, doctoral_supervisor, master_supervisor, institution, hospital_id,
					    degree_committee_member, birth_year, group_code, discipline_code, version
					from supervisor where staff_no = :s
					""";
			assertThat(this.jdbc.sql(record).param("s", byFile[i]).query().listOfRows())
				.isEqualTo(this.jdbc.sql(record).param("s", byRow[i]).query().listOfRows())
				.hasSize(1);
			String history = """
					select a.revtype, a.name, a.title_level, a.doctoral_supervisor, a.master_supervisor, a.institution,
					    a.hospital_id, a.degree_committee_member, a.birth_year, a.group_code, a.discipline_code,
					    r.username
					from supervisor_aud a join audit_revision r on r.id = a.rev where a.staff_no = :s order by a.rev
					""";
			assertThat(this.jdbc.sql(history).param("s", byFile[i]).query().listOfRows())
				.isEqualTo(this.jdbc.sql(history).param("s", byRow[i]).query().listOfRows())
				.isNotEmpty();
		}
	}

	private List<Long> versions(String[] numbers) {
		List<Long> versions = new ArrayList<>();
		for (String number : numbers) {
			versions.add(this.jdbc.sql("select version from student where student_no = :s")
				.param("s", number)
				.query(Long.class)
				.single());
		}
		return versions;
	}

	private static Map<String, String> publication(String studentNo, String title, String journal, String coAuthors,
			String publishedOn) {
		return Map.of("student_no", studentNo, "title", title, "journal", journal, "indexing", "CORE",
				"author_position", "1", "related_to_thesis", "true", "article_type", "", "published_on", publishedOn,
				"co_authors", coAuthors);
	}

	private static Map<String, String> thesis(String studentNo, String similarity) {
		return Map.of("student_no", studentNo, "title", "临床研究论文", "body_chars", "42000", "abstract_zh_chars", "900",
				"abstract_en_chars", "1800", "similarity_percent", similarity, "declaration_signed", "true");
	}

	/**
	 * @return the rows of a query of one text column, for these students
	 */
	private List<String> texts(String sql, String... studentNos) {
		return this.jdbc.sql(sql).param("s", List.of(studentNos)).query(String.class).list();
	}

	/**
	 * @return what the import returned, run as this account
	 */
	private ImportReport as(String username, Supplier<ImportReport> importing) {
		UserDetails user = this.fixtures.login(username);
		SecurityContextHolder.getContext()
			.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
		try {
			ImportReport report = importing.get();
			assertThat(report.errors()).isEmpty();
			return report;
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}

	private List<Long> ids(String[] numbers) {
		return List.of(numbers).stream().map(this::id).toList();
	}

	private long id(String number) {
		return this.fixtures.studentId(number);
	}

	private long count(String table) {
		return this.jdbc.sql("select count(*) from " + table).query(Long.class).single();
	}

	private String message(String key, Object... arguments) {
		return this.messages.getMessage(key, arguments, Locale.SIMPLIFIED_CHINESE);
	}

}
