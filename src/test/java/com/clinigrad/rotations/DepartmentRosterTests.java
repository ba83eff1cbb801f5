package com.clinigrad.rotations;

import java.time.LocalDate;
import java.util.Set;

import com.clinigrad.accounts.Role;
import com.clinigrad.organization.Organization;
import com.clinigrad.shared.SchoolTime;
import com.clinigrad.support.Fixtures;
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
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The coordinator's roster: the department's trainees of the last year and those to come,
 * filtered by period and by the state of their exit exam in the URL, exported as shown,
 * and for nobody but the department's own coordinator; the hospital's office assesses too
 * (departments without a coordinator, paper forms), another hospital's office not.
 */
@SpringBootTest
@AutoConfigureMockMvc
class DepartmentRosterTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	@Autowired
	JdbcClient jdbc;

	Fixtures fixtures;

	String hospital;

	String supervisor;

	UserDetails office;

	UserDetails coordinator;

	long cardiology;

	@BeforeEach
	void hospitalWithCardiology() {
		this.fixtures = Fixtures.in(this.context);
		this.hospital = this.fixtures.hospital();
		this.context.getBean(Organization.class).upsertDepartment(this.hospital, "EM", "急诊科", null, 20, 1);
		this.cardiology = this.jdbc.sql(
				"select d.id from department d join hospital h on h.id = d.hospital_id where h.code = :h and d.code = 'D1'")
			.param("h", this.hospital)
			.query(Long.class)
			.single();
		this.supervisor = this.fixtures.supervisor(this.hospital);
		this.office = this.fixtures
			.login(this.fixtures.account(Set.of(Role.HOSPITAL_OFFICE), this.hospital, null, null, null));
		this.coordinator = this.fixtures
			.login(this.fixtures.account(Set.of(Role.DEPT_COORDINATOR), this.hospital, "D1", null, null));
	}

	@Test
	void theRosterFiltersByPeriodAndExamAndExportsWhatItShows() throws Exception {
		LocalDate today = SchoolTime.today();
		long overdue = rotation(today.minusMonths(2), today.minusDays(10));
		long current = rotation(today.minusMonths(1), today.plusDays(5));
		long upcoming = rotation(today.plusDays(20), today.plusMonths(2));
		long passed = rotation(today.minusMonths(8), today.minusMonths(6));
		LocalDate passedEnd = today.minusMonths(6);
		this.mvc
			.perform(post("/rotations/" + passed + "/assess").with(user(this.coordinator))
				.with(csrf())
				.param("kind", "EXIT_EXAM")
				.param("assessedOn", passedEnd.minusDays(2).toString())
				.param("theoryScore", "82")
				.param("skillsScore", "88"))
			.andExpect(status().is3xxRedirection());

		String recent = page("");
		assertThat(recent).contains(row(overdue), row(current), row(upcoming)).doesNotContain(row(passed));
		assertThat(recent).contains("考核逾期", "考核期内", "/rotations/" + overdue + "/assess\"")
			.doesNotContain("/rotations/" + upcoming + "/assess\"");

		assertThat(page("?period=ENDED")).contains(row(overdue), row(passed))
			.doesNotContain(row(current))
			.doesNotContain(row(upcoming));
		assertThat(page("?period=UPCOMING")).contains(row(upcoming)).doesNotContain(row(current));
		// the coordinator's home counts the same rotations and leads to them
		assertThat(
				this.mvc.perform(get("/").with(user(this.coordinator))).andReturn().getResponse().getContentAsString())
			.contains("1 名学员已出科，尚未登记出科考核成绩", "/rotations/department?exam=OVERDUE");
		assertThat(page("?exam=OVERDUE")).contains(row(overdue))
			.doesNotContain(row(current))
			.doesNotContain(row(upcoming));
		assertThat(page("?exam=PENDING")).contains(row(overdue), row(current)).doesNotContain(row(upcoming));
		assertThat(page("?period=ALL&exam=PASSED")).contains(row(passed)).doesNotContain(row(overdue));

		String overdueNo = studentOf(overdue);
		String csv = this.mvc.perform(get("/rotations/department?exam=OVERDUE&export=csv").with(user(this.coordinator)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(csv).contains("学号", "出科考核", overdueNo, "考核逾期").doesNotContain(studentOf(current));
		assertThat(csv.lines().count()).isEqualTo(2);

		assertThat(page("?lang=en")).contains("Exam overdue", "Exam window open", "Trainees in my department",
				"Cardiology · capacity");
		// the English pages name the department in English (心内科: the common name)
		this.mvc.perform(get("/students/" + overdueNo + "/rotations?lang=en").with(user(this.office)))
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
				.string(org.hamcrest.Matchers.containsString(">Cardiology</span>")));
	}

	@Test
	void onlyTheDepartmentsCoordinatorSeesItsRoster() throws Exception {
		LocalDate today = SchoolTime.today();
		long current = rotation(today.minusMonths(1), today.plusDays(5));
		UserDetails emergency = this.fixtures
			.login(this.fixtures.account(Set.of(Role.DEPT_COORDINATOR), this.hospital, "EM", null, null));
		String html = this.mvc.perform(get("/rotations/department?period=ALL").with(user(emergency)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(html).doesNotContain(row(current));
		UserDetails student = this.fixtures
			.login(this.fixtures.account(Set.of(Role.STUDENT), null, null, null, studentOf(current)));
		for (UserDetails wrong : new UserDetails[] { this.office, student }) {
			this.mvc.perform(get("/rotations/department").with(user(wrong))).andExpect(status().isForbidden());
			this.mvc.perform(get("/rotations/department?export=csv").with(user(wrong)))
				.andExpect(status().isForbidden());
		}
	}

	@Test
	void theHospitalsOfficeRecordsAndCorrectsAnExitExamAndAnotherOfficeCannot() throws Exception {
		LocalDate today = SchoolTime.today();
		long ended = rotation(today.minusMonths(2), today.minusDays(3));
		String studentNo = studentOf(ended);
		this.mvc.perform(get("/students/" + studentNo + "/rotations").with(user(this.office)))
			.andExpect(status().isOk())
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
				.string(org.hamcrest.Matchers.containsString("/rotations/" + ended + "/assess\"")));
		this.mvc.perform(get("/rotations/ending").with(user(this.office)))
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
				.string(org.hamcrest.Matchers.containsString("/rotations/" + ended + "/assess\"")));
		String form = this.mvc.perform(get("/rotations/" + ended + "/assess").with(user(this.office)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(form).contains("/students/" + studentNo + "/rotations\"").doesNotContain("/rotations/department\"");

		UserDetails otherOffice = this.fixtures
			.login(this.fixtures.account(Set.of(Role.HOSPITAL_OFFICE), this.fixtures.hospital(), null, null, null));
		this.mvc.perform(get("/rotations/" + ended + "/assess").with(user(otherOffice)))
			.andExpect(status().isForbidden());
		exam(otherOffice, ended, today.minusDays(4)).andExpect(status().isForbidden());
		assertThat(result(ended)).isNull();

		exam(this.office, ended, today.minusDays(4)).andExpect(status().is3xxRedirection());
		assertThat(result(ended)).isEqualTo("PASS");
		long version = this.jdbc.sql("select version from rotation where id = :id")
			.param("id", ended)
			.query(Long.class)
			.single();
		this.mvc
			.perform(post("/rotations/" + ended + "/exam-correction").with(user(this.office))
				.with(csrf())
				.param("version", Long.toString(version))
				.param("assessedOn", today.minusDays(4).toString())
				.param("theoryScore", "52")
				.param("skillsScore", "88")
				.param("reason", "理论成绩录入有误，据纸质试卷更正")
				.param("confirm", "true"))
			.andExpect(status().is3xxRedirection());
		assertThat(result(ended)).isEqualTo("FAIL");
		UserDetails student = this.fixtures
			.login(this.fixtures.account(Set.of(Role.STUDENT), null, null, null, studentNo));
		this.mvc.perform(get("/rotations/" + ended + "/assess").with(user(student))).andExpect(status().isForbidden());
	}

	@Test
	void anOccupancyCellOpensTheMonthsTraineesForThoseWhoMaySeeThem() throws Exception {
		LocalDate today = SchoolTime.today();
		long current = rotation(today.minusMonths(1), today.plusDays(5));
		String month = java.time.YearMonth.from(today).toString();
		String drill = "/rotations/occupancy/" + this.cardiology + "/" + month;
		String occupancy = this.mvc
			.perform(get("/rotations/occupancy?hospital=" + this.hospital + "&year=" + today.getYear())
				.with(user(this.office)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(occupancy).contains(drill + "\"");
		String page = this.mvc.perform(get(drill).with(user(this.office)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains(row(current), "本月最多同时在科 1 人（容量 10 人）",
				"/students/" + studentOf(current) + "/rotations\"");
		String csv = this.mvc.perform(get(drill + "?export=csv").with(user(this.office)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(csv).contains(studentOf(current), "本月天数");
		// the department's coordinator too, leading to the assessment page
		assertThat(this.mvc.perform(get(drill).with(user(this.coordinator)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString()).contains("/rotations/" + current + "/assess\"");

		// a month without trainees says so; a month that is none is refused
		this.mvc
			.perform(get("/rotations/occupancy/" + this.cardiology + "/" + java.time.YearMonth.from(today).plusYears(3))
				.with(user(this.office)))
			.andExpect(status().isOk())
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
				.string(org.hamcrest.Matchers.containsString("这个月科室没有轮转学员")));
		this.mvc.perform(get("/rotations/occupancy/" + this.cardiology + "/2026-13").with(user(this.office)))
			.andExpect(status().is4xxClientError());

		UserDetails emergency = this.fixtures
			.login(this.fixtures.account(Set.of(Role.DEPT_COORDINATOR), this.hospital, "EM", null, null));
		assertThat(this.mvc
			.perform(get("/rotations/occupancy?hospital=" + this.hospital + "&year=" + today.getYear())
				.with(user(emergency)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString()).doesNotContain(drill + "\"");
		UserDetails otherOffice = this.fixtures
			.login(this.fixtures.account(Set.of(Role.HOSPITAL_OFFICE), this.fixtures.hospital(), null, null, null));
		UserDetails student = this.fixtures
			.login(this.fixtures.account(Set.of(Role.STUDENT), null, null, null, studentOf(current)));
		for (UserDetails wrong : new UserDetails[] { emergency, otherOffice, student }) {
			this.mvc.perform(get(drill).with(user(wrong))).andExpect(status().isForbidden());
			this.mvc.perform(get(drill + "?export=csv").with(user(wrong))).andExpect(status().isForbidden());
		}
	}

	@Test
	void aMiniCexRecordedByMistakeIsWithdrawnWithAReasonAndNoLongerCounts() throws Exception {
		LocalDate today = SchoolTime.today();
		long current = rotation(today.minusMonths(1), today.plusDays(20));
		String studentNo = studentOf(current);
		this.mvc
			.perform(post("/rotations/" + current + "/assess").with(user(this.coordinator))
				.with(csrf())
				.param("kind", "MINI_CEX")
				.param("assessedOn", today.minusDays(2).toString())
				.param("patientCare", "7")
				.param("communication", "6")
				.param("comments", "误录入：应为另一名学员"))
			.andExpect(status().is3xxRedirection());
		long assessment = this.jdbc
			.sql("select id from rotation_assessment where rotation_id = :r and kind = 'MINI_CEX'")
			.param("r", current)
			.query(Long.class)
			.single();
		String withdraw = "/rotations/" + current + "/assessments/" + assessment + "/withdraw";
		assertThat(this.mvc.perform(get("/rotations/" + current + "/assess").with(user(this.coordinator)))
			.andReturn()
			.getResponse()
			.getContentAsString()).contains(withdraw + "\"");

		UserDetails emergency = this.fixtures
			.login(this.fixtures.account(Set.of(Role.DEPT_COORDINATOR), this.hospital, "EM", null, null));
		UserDetails student = this.fixtures
			.login(this.fixtures.account(Set.of(Role.STUDENT), null, null, null, studentNo));
		for (UserDetails wrong : new UserDetails[] { emergency, student }) {
			this.mvc
				.perform(post(withdraw).with(user(wrong))
					.with(csrf())
					.param("withdrawReason", "录错学员")
					.param("confirm", "true"))
				.andExpect(status().isForbidden());
		}
		this.mvc.perform(post(withdraw).with(user(this.coordinator)).with(csrf()).param("withdrawReason", "录错学员"))
			.andExpect(status().isConflict());
		this.mvc
			.perform(post(withdraw).with(user(this.coordinator))
				.with(csrf())
				.param("withdrawReason", " ")
				.param("confirm", "true"))
			.andExpect(status().isConflict());
		assertThat(withdrawnAt(assessment)).isNull();

		this.mvc
			.perform(post(withdraw).with(user(this.coordinator))
				.with(csrf())
				.param("withdrawReason", "录错学员")
				.param("confirm", "true"))
			.andExpect(status().is3xxRedirection());
		assertThat(withdrawnAt(assessment)).isNotNull();
		String page = this.mvc.perform(get("/rotations/" + current + "/assess").with(user(this.coordinator)))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("已作废。原因：录错学员").doesNotContain(withdraw + "\"");
		// it no longer counts: the student's page lists no Mini-CEX
		String own = this.mvc.perform(get("/students/" + studentNo + "/rotations").with(user(student)))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(own.substring(own.indexOf("id=\"assessments\""))).doesNotContain("误录入");
		// twice is refused, and an exit exam is corrected, not withdrawn
		this.mvc
			.perform(post(withdraw).with(user(this.coordinator))
				.with(csrf())
				.param("withdrawReason", "再次")
				.param("confirm", "true"))
			.andExpect(status().is4xxClientError());
	}

	private Object withdrawnAt(long assessment) {
		return this.jdbc.sql("select withdrawn_at from rotation_assessment where id = :id")
			.param("id", assessment)
			.query()
			.listOfRows()
			.get(0)
			.get("withdrawn_at");
	}

	@Test
	void anImportedExitExamResultIsCorrectedByRecordingItsSitting() throws Exception {
		LocalDate today = SchoolTime.today();
		long imported = rotation(today.minusMonths(3), today.minusDays(20));
		this.jdbc.sql("update rotation set exam_result = 'PASS', version = version + 1 where id = :id")
			.param("id", imported)
			.update();
		String form = this.mvc.perform(get("/rotations/" + imported + "/assess").with(user(this.coordinator)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(form).contains("id=\"exam-correction-form\"", "该结果随数据导入，没有考核记录");
		long version = this.jdbc.sql("select version from rotation where id = :id")
			.param("id", imported)
			.query(Long.class)
			.single();
		this.mvc
			.perform(post("/rotations/" + imported + "/exam-correction").with(user(this.coordinator))
				.with(csrf())
				.param("version", Long.toString(version))
				.param("assessedOn", today.minusDays(22).toString())
				.param("theoryScore", "55")
				.param("skillsScore", "80")
				.param("reason", "导入时误填为通过，据考核登记表更正")
				.param("confirm", "true"))
			.andExpect(status().is3xxRedirection());
		assertThat(result(imported)).isEqualTo("FAIL");
		assertThat(this.jdbc.sql("""
				select count(*) from rotation_assessment where rotation_id = :r and kind = 'EXIT_EXAM' and attempt = 1
				    and theory_score = 55""").param("r", imported).query(Long.class).single()).isEqualTo(1);
		assertThat(this.mvc.perform(get("/rotations/" + imported + "/assess").with(user(this.coordinator)))
			.andReturn()
			.getResponse()
			.getContentAsString()).contains("出科考核：导入的结果（合格）更正为 " + today.minusDays(22) + " 理论 55");
	}

	private org.springframework.test.web.servlet.ResultActions exam(UserDetails who, long rotation, LocalDate on)
			throws Exception {
		return this.mvc.perform(post("/rotations/" + rotation + "/assess").with(user(who))
			.with(csrf())
			.param("kind", "EXIT_EXAM")
			.param("assessedOn", on.toString())
			.param("theoryScore", "82")
			.param("skillsScore", "88"));
	}

	private String result(long rotation) {
		return this.jdbc.sql("select exam_result from rotation where id = :id")
			.param("id", rotation)
			.query(String.class)
			.optional()
			.orElse(null);
	}

	private String page(String query) throws Exception {
		return this.mvc.perform(get("/rotations/department" + query).with(user(this.coordinator)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	private static String row(long rotation) {
		return "data-rotation=\"" + rotation + "\"";
	}

	/**
	 * @return a new student's rotation in cardiology on these days
	 */
	private long rotation(LocalDate start, LocalDate end) throws Exception {
		String studentNo = this.fixtures.student(this.hospital, this.supervisor);
		this.mvc.perform(post("/students/" + studentNo + "/rotation-plan").with(user(this.office)).with(csrf()))
			.andExpect(status().is3xxRedirection());
		this.mvc
			.perform(post("/students/" + studentNo + "/rotations").with(user(this.office))
				.with(csrf())
				.param("departmentId", Long.toString(this.cardiology))
				.param("startDate", start.toString())
				.param("endDate", end.toString()))
			.andExpect(status().is3xxRedirection());
		return this.jdbc.sql("""
				select r.id from rotation r join student s on s.id = r.student_id
				where s.student_no = :no and r.department_id = :d
				""").param("no", studentNo).param("d", this.cardiology).query(Long.class).single();
	}

	private String studentOf(long rotation) {
		return this.jdbc
			.sql("select s.student_no from rotation r join student s on s.id = r.student_id where r.id = :id")
			.param("id", rotation)
			.query(String.class)
			.single();
	}

}
