package com.clinigrad.teaching;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.clinigrad.accounts.Role;
import com.clinigrad.courses.CourseCatalog;
import com.clinigrad.courses.CourseCategory;
import com.clinigrad.courses.CourseRecords;
import com.clinigrad.courses.CourseView;
import com.clinigrad.courses.Grading;
import com.clinigrad.courses.OfferingCommand;
import com.clinigrad.shared.SchoolTime;
import com.clinigrad.support.Fixtures;
import com.clinigrad.theses.SessionStatus;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A teacher's workload counted from the records of the other modules: each figure equals
 * the records made for this teacher in this test (and only those of the year), the table
 * and its export hold the same figures, the weights in force multiply them, and the pages
 * refuse a student, another teacher and another hospital's office.
 */
@SpringBootTest
@AutoConfigureMockMvc
class TeachingWorkloadTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	@Autowired
	JdbcClient jdbc;

	private Fixtures fixtures;

	private String hospital;

	private String teacher;

	private long teacherId;

	private int year;

	@BeforeEach
	void setUp() {
		this.fixtures = Fixtures.in(this.context);
		this.hospital = this.fixtures.hospital();
		this.teacher = this.fixtures.supervisor(this.hospital);
		this.teacherId = this.jdbc.sql("select id from supervisor where staff_no = :s")
			.param("s", this.teacher)
			.query(Long.class)
			.single();
		this.year = SchoolTime.today().getYear();
	}

	private UserDetails login(String username) {
		return this.fixtures.login(username);
	}

	/** What the test made for the teacher, counted by the test. */
	private Map<WorkloadActivity, Integer> records() {
		Map<WorkloadActivity, Integer> expected = new HashMap<>();
		// the other teacher works at another hospital, so that the office's table holds
		// only the teachers made for it
		String other = this.fixtures.supervisor(this.fixtures.hospital());
		// hours: two offerings whose terms begin this year (autumn and spring), one of
		// last
		// year
		CourseRecords courses = this.context.getBean(CourseRecords.class);
		CourseCatalog catalog = this.context.getBean(CourseCatalog.class);
		int hours = 0;
		String[][] offered = { { (this.year) + "-1", "32" }, { (this.year - 1) + "-2", "18" },
				{ (this.year - 1) + "-1", "40" } };
		for (String[] o : offered) {
			String code = this.fixtures.unique("W");
			courses.upsertCourse(new CourseView(code, "课程" + code, "Course " + code, CourseCategory.ELECTIVE,
					BigDecimal.ONE, Integer.valueOf(o[1]), "中文"));
			catalog.recordOffering(new OfferingCommand(code, o[0], this.teacher, 30, Grading.SCORE), "test");
			if (!o[0].equals((this.year - 1) + "-1")) {
				hours += Integer.parseInt(o[1]);
			}
		}
		expected.put(WorkloadActivity.HOURS_TAUGHT, hours);
		// students: two as supervisor, one as co-supervisor; one of another teacher
		this.fixtures.student(this.hospital, this.teacher);
		this.fixtures.student(this.hospital, this.teacher);
		this.fixtures.doctoralStudent("TMU-PRO-DOCTOR", this.hospital, other, this.teacher);
		this.fixtures.student(this.hospital, other);
		expected.put(WorkloadActivity.STUDENTS_SUPERVISED, 3);
		// blind reviews: two submitted this year; one last year, one declined, one
		// pending
		List<String> reviewed = new ArrayList<>();
		for (int i = 0; i < 5; i++) {
			reviewed.add(this.fixtures.student(this.hospital, other));
		}
		review(reviewed.get(0), "AGREE", Instant.now(), null);
		review(reviewed.get(1), "DISAGREE", Instant.now(), null);
		review(reviewed.get(2), "AGREE", LocalDate.of(this.year - 1, 6, 1).atStartOfDay(SchoolTime.ZONE).toInstant(),
				null);
		review(reviewed.get(3), null, null, Instant.now());
		review(reviewed.get(4), null, null, null);
		expected.put(WorkloadActivity.BLIND_REVIEWS, 2);
		// panels: two held this year; one planned; one held last year
		panel(reviewed.get(0), SessionStatus.HELD, LocalDate.of(this.year, 3, 10));
		panel(reviewed.get(1), SessionStatus.HELD, LocalDate.of(this.year, 5, 20));
		panel(reviewed.get(2), SessionStatus.PLANNED, LocalDate.of(this.year, 12, 30));
		panel(reviewed.get(3), SessionStatus.HELD, LocalDate.of(this.year - 1, 11, 2));
		expected.put(WorkloadActivity.PANELS, 2);
		// marking: three candidates' sheets, two open items each, by the teacher's login
		String marker = this.fixtures.account(Set.of(Role.SUPERVISOR), null, null, this.teacher, null);
		long bank = this.jdbc.sql("""
				insert into exam_bank (title, scope_kind, scope_code, hospital_code, created_by)
				values ('题库', 'DEPARTMENT', 'D1', :h, 'test') returning id
				""").param("h", this.hospital).query(Long.class).single();
		long q1 = openQuestion(bank);
		long q2 = openQuestion(bank);
		long sitting = this.jdbc
			.sql("""
					insert into exam_sitting (bank_id, title, hospital_code, opens_at, closes_at, duration_minutes, status, created_by)
					values (:b, '出科理论考试', :h, :o, :c, 60, 'RELEASED', 'test') returning id
					""")
			.param("b", bank)
			.param("h", this.hospital)
			.param("o", Timestamp.from(LocalDate.of(this.year, 4, 1).atStartOfDay(SchoolTime.ZONE).toInstant()))
			.param("c", Timestamp.from(LocalDate.of(this.year, 4, 2).atStartOfDay(SchoolTime.ZONE).toInstant()))
			.query(Long.class)
			.single();
		for (int i = 0; i < 3; i++) {
			String studentNo = this.fixtures.student(this.hospital, other);
			long candidate = this.jdbc.sql("""
					insert into exam_candidate (sitting_id, student_id, student_no, seed) values (:s, :st, :no, 1)
					returning id
					""")
				.param("s", sitting)
				.param("st", this.fixtures.studentId(studentNo))
				.param("no", studentNo)
				.query(Long.class)
				.single();
			for (long q : List.of(q1, q2)) {
				this.jdbc.sql("""
						insert into exam_answer (candidate_id, question_id, answer, score, marked_by)
						values (:c, :q, '答', 3, :m)
						""").param("c", candidate).param("q", q).param("m", marker).update();
			}
		}
		expected.put(WorkloadActivity.SCRIPTS_MARKED, 3);
		// OSCE: two stations of an exam held this year; one of an exam still to come
		long hospitalId = this.jdbc.sql("select id from hospital where code = :h")
			.param("h", this.hospital)
			.query(Long.class)
			.single();
		long held = osce(hospitalId, LocalDate.of(this.year, 6, 15));
		long later = osce(hospitalId, SchoolTime.today().plusDays(30));
		station(held, 1);
		station(held, 2);
		station(later, 1);
		expected.put(WorkloadActivity.OSCE_STATIONS, 2);
		return expected;
	}

	private void review(String studentNo, String verdict, Instant submitted, Instant declined) {
		this.jdbc.sql("""
				insert into thesis_review (student_id, reviewer_id, verdict, recorded_by, round_no, code, submitted_at,
				    declined_at, declined_reason, recorded_at, status)
				values (:s, :r, :v, 'test', 1, :code, :sub, :dec, :why, :at, :status)
				""")
			.param("s", this.fixtures.studentId(studentNo))
			.param("r", this.teacherId)
			.param("v", verdict)
			.param("code", this.fixtures.unique("R"))
			.param("sub", (submitted != null) ? Timestamp.from(submitted) : null)
			.param("dec", (declined != null) ? Timestamp.from(declined) : null)
			.param("why", (declined != null) ? "时间冲突" : null)
			.param("status", (verdict != null) ? "SUBMITTED" : (declined != null) ? "DECLINED" : "PENDING")
			.param("at",
					Timestamp.from((submitted != null) ? submitted
							: LocalDate.of(this.year - 2, 1, 5).atStartOfDay(SchoolTime.ZONE).toInstant()))
			.update();
	}

	private void panel(String studentNo, SessionStatus status, LocalDate on) {
		long session = this.jdbc.sql("""
				insert into milestone_session (student_id, type, scheduled_on, place, status, result, created_by)
				values (:s, 'MIDTERM', :on, '第一会议室', :st, :r, 'test') returning id
				""")
			.param("s", this.fixtures.studentId(studentNo))
			.param("on", on)
			.param("st", status.name())
			.param("r", (status == SessionStatus.HELD) ? "PASS" : null)
			.query(Long.class)
			.single();
		this.jdbc.sql("insert into milestone_panel_member (session_id, supervisor_id) values (:s, :m)")
			.param("s", session)
			.param("m", this.teacherId)
			.update();
	}

	private long openQuestion(long bank) {
		return this.jdbc.sql("""
				insert into exam_question (bank_id, kind, stem, difficulty, competency, points)
				values (:b, 'OPEN', '简述', 3, 'PATIENT_CARE', 5) returning id
				""").param("b", bank).query(Long.class).single();
	}

	private long osce(long hospitalId, LocalDate on) {
		return this.jdbc.sql("""
				insert into osce_exam (hospital_id, program_code, title, held_on, overall_pass_percent,
				    min_stations_passed_percent, created_by)
				values (:h, 'PUMCH-POSTDOC', 'OSCE', :on, 70, 75, 'test') returning id
				""").param("h", hospitalId).param("on", on).query(Long.class).single();
	}

	private void station(long exam, int position) {
		long station = this.jdbc.sql("""
				insert into osce_station (exam_id, position, competency_code, title, pass_percent, min_global)
				values (:e, :p, 'PATIENT_CARE', '问诊', 60, 3) returning id
				""").param("e", exam).param("p", position).query(Long.class).single();
		this.jdbc.sql("insert into osce_station_examiner (station_id, supervisor_id) values (:s, :t)")
			.param("s", station)
			.param("t", this.teacherId)
			.update();
	}

	@Test
	void eachFigureEqualsTheRecordsOfTheYearAndTheWeightsMultiplyThem() throws Exception {
		Map<WorkloadActivity, Integer> expected = records();
		String staff = this.fixtures.account(Role.GRAD_SCHOOL);
		org.springframework.security.core.context.SecurityContextHolder.getContext()
			.setAuthentication(new org.springframework.security.authentication.UsernamePasswordAuthenticationToken(
					login(staff), null, login(staff).getAuthorities()));
		try {
			WorkloadDetail detail = this.context.getBean(TeacherWorkload.class).person(this.teacher, this.year);
			Map<WorkloadActivity, WorkloadWeight> weights = this.context.getBean(WorkloadWeights.class)
				.inForce(this.year);
			BigDecimal total = BigDecimal.ZERO;
			for (WorkloadDetail.Line line : detail.lines()) {
				assertThat(line.quantity().intValue()).as(line.activity().name())
					.isEqualTo(expected.get(line.activity()));
				assertThat(line.items()).as(line.activity().name()).isNotEmpty();
				BigDecimal points = BigDecimal.valueOf(expected.get(line.activity()))
					.multiply(weights.get(line.activity()).weight());
				assertThat(line.points()).isEqualByComparingTo(points);
				total = total.add(points);
			}
			assertThat(detail.total()).isEqualByComparingTo(total);
			// the row of the department table says the same
			WorkloadRow row = this.context.getBean(TeacherWorkload.class)
				.table(this.year, this.hospital)
				.stream()
				.filter((r) -> r.person().staffNo().equals(this.teacher))
				.findFirst()
				.orElseThrow();
			for (WorkloadActivity activity : WorkloadActivity.values()) {
				assertThat(row.quantity(activity).intValue()).isEqualTo(expected.get(activity));
			}
			assertThat(row.total()).isEqualByComparingTo(total);
		}
		finally {
			org.springframework.security.core.context.SecurityContextHolder.clearContext();
		}
		// the person page explains the figures
		this.mvc
			.perform(get("/teaching/workload/" + this.teacher).param("year", String.valueOf(this.year))
				.with(user(login(staff)))
				.header("Accept-Language", "zh-CN"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("论文盲审")))
			.andExpect(content().string(containsString("出科理论考试")));
	}

	@Test
	void theExportHoldsExactlyTheRowsAndTotalsOfTheTable() throws Exception {
		Map<WorkloadActivity, Integer> expected = records();
		String second = this.fixtures.supervisor(this.hospital);
		this.fixtures.student(this.hospital, second);
		String office = this.fixtures.account(Set.of(Role.HOSPITAL_OFFICE), this.hospital, null, null, null);
		byte[] xlsx = this.mvc
			.perform(get("/teaching/workload").param("year", String.valueOf(this.year))
				.param("export", "xlsx")
				.with(user(login(office))))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		this.mvc.perform(get("/teaching/workload").param("year", String.valueOf(this.year)).with(user(login(office))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(this.teacher)))
			.andExpect(content().string(containsString(second)));
		try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
			Sheet sheet = workbook.getSheetAt(0);
			Row header = sheet.getRow(0);
			List<String> headers = new ArrayList<>();
			header.forEach((cell) -> headers.add(cell.toString()));
			assertThat(headers).contains("授课学时", "指导研究生", "论文盲审", "答辩与考核委员", "网考阅卷", "OSCE 考站", "折合分");
			Map<String, Row> byStaff = new HashMap<>();
			for (int i = 1; i <= sheet.getLastRowNum(); i++) {
				byStaff.put(sheet.getRow(i).getCell(0).toString(), sheet.getRow(i));
			}
			// only the office's hospital: the two teachers made here (and no one else)
			assertThat(byStaff.keySet()).containsExactlyInAnyOrder(this.teacher, second, "合计");
			Row mine = byStaff.get(this.teacher);
			int column = headers.indexOf("授课学时");
			for (WorkloadActivity activity : WorkloadActivity.values()) {
				assertThat(number(mine, column + activity.ordinal())).isEqualTo(expected.get(activity));
			}
			assertThat(number(byStaff.get(second), column + WorkloadActivity.STUDENTS_SUPERVISED.ordinal()))
				.isEqualTo(1);
			assertThat(number(byStaff.get("合计"), column + WorkloadActivity.STUDENTS_SUPERVISED.ordinal()))
				.isEqualTo(expected.get(WorkloadActivity.STUDENTS_SUPERVISED) + 1);
		}
	}

	private static int number(Row row, int column) {
		return new BigDecimal(row.getCell(column).toString()).intValue();
	}

	@Test
	void aChangedWeightHoldsFromItsYearAndKeepsTheHistory() throws Exception {
		String staff = this.fixtures.account(Role.GRAD_SCHOOL);
		long basedOn = this.jdbc.sql("""
				select id from workload_weight where activity = 'PANELS' and from_year <= :y
				order by from_year desc, id desc limit 1
				""").param("y", this.year + 1).query(Long.class).single();
		this.mvc
			.perform(post("/teaching/workload/weights").with(user(login(staff)))
				.with(csrf())
				.param("activity", "PANELS")
				.param("fromYear", String.valueOf(this.year + 1))
				.param("weight", "2.5")
				.param("reason", "新办法")
				.param("basedOn", String.valueOf(basedOn)))
			.andExpect(status().is3xxRedirection());
		WorkloadWeights weights = this.context.getBean(WorkloadWeights.class);
		assertThat(weights.inForce(this.year + 1).get(WorkloadActivity.PANELS).weight())
			.isEqualByComparingTo(new BigDecimal("2.5"));
		assertThat(weights.inForce(this.year).get(WorkloadActivity.PANELS).weight())
			.isNotEqualByComparingTo(new BigDecimal("2.5"));
		// a second change based on the old row is refused: someone changed it meanwhile
		this.mvc
			.perform(post("/teaching/workload/weights").with(user(login(staff)))
				.with(csrf())
				.param("activity", "PANELS")
				.param("fromYear", String.valueOf(this.year + 1))
				.param("weight", "3")
				.param("reason", "再改")
				.param("basedOn", String.valueOf(basedOn)))
			.andExpect(status().isConflict());
		// an office may read the weights but not change them
		String office = this.fixtures.account(Set.of(Role.HOSPITAL_OFFICE), this.hospital, null, null, null);
		this.mvc
			.perform(post("/teaching/workload/weights").with(user(login(office)))
				.with(csrf())
				.param("activity", "PANELS")
				.param("fromYear", String.valueOf(this.year))
				.param("weight", "9")
				.param("reason", "x")
				.param("basedOn", "0"))
			.andExpect(status().isForbidden());
	}

	@Test
	void aStudentAnotherTeacherAndAnotherHospitalAreRefused() throws Exception {
		String own = this.fixtures.account(Set.of(Role.SUPERVISOR), null, null, this.teacher, null);
		String otherTeacher = this.fixtures.account(Set.of(Role.SUPERVISOR), null, null,
				this.fixtures.supervisor(this.hospital), null);
		String studentNo = this.fixtures.student(this.hospital, this.teacher);
		String student = this.fixtures.account(Set.of(Role.STUDENT), null, null, null, studentNo);
		String otherOffice = this.fixtures.account(Set.of(Role.HOSPITAL_OFFICE), this.fixtures.hospital(), null, null,
				null);
		String page = "/teaching/workload/" + this.teacher;
		this.mvc.perform(get(page).with(user(login(own)))).andExpect(status().isOk());
		this.mvc.perform(get("/teaching/workload").with(user(login(own)))).andExpect(redirectedUrl(page));
		this.mvc.perform(get(page).with(user(login(otherTeacher)))).andExpect(status().isForbidden());
		this.mvc.perform(get(page).with(user(login(student)))).andExpect(status().isForbidden());
		this.mvc.perform(get("/teaching/workload").with(user(login(student)))).andExpect(status().isForbidden());
		this.mvc.perform(get(page).with(user(login(otherOffice)))).andExpect(status().isForbidden());
		this.mvc.perform(get("/teaching/workload").with(user(login(otherOffice))))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString(this.teacher))));
		this.mvc.perform(get("/teaching/workload").param("export", "xlsx").with(user(login(own))))
			.andExpect(status().isForbidden());
	}

}
