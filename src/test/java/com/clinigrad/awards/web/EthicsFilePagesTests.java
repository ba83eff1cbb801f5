package com.clinigrad.awards.web;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import com.clinigrad.accounts.Role;
import com.clinigrad.shared.SchoolTime;
import com.clinigrad.students.StudentStatus;
import com.clinigrad.support.EventsInFlight;
import com.clinigrad.support.Fixtures;
import com.clinigrad.support.SentFromAPage;
import com.clinigrad.theses.MilestoneResult;
import com.clinigrad.theses.MilestoneView;
import com.clinigrad.theses.ThesisRecords;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.ResultActions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A student's awards page and medical-ethics file (医德档案): the office of the student's
 * hospital records a veto with its evidence, the student and the supervisors read it and
 * are told, nobody else sees it; the stipend read from the milestone records.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(SentFromAPage.class)
class EthicsFilePagesTests {

	private static final byte[] PDF = "%PDF-1.4 evidence".getBytes();

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ThesisRecords theses;

	Fixtures fixtures;

	String hospital;

	String supervisor;

	String student;

	UserDetails office;

	UserDetails studentLogin;

	UserDetails supervisorLogin;

	@BeforeEach
	void setUp() {
		this.fixtures = Fixtures.in(this.context);
		this.hospital = this.fixtures.hospital();
		this.supervisor = this.fixtures.supervisor(this.hospital);
		this.student = this.fixtures.student(this.hospital, this.supervisor);
		this.office = login(Set.of(Role.HOSPITAL_OFFICE), this.hospital, null, null);
		this.studentLogin = login(Set.of(Role.STUDENT), null, null, this.student);
		this.supervisorLogin = login(Set.of(Role.SUPERVISOR), null, this.supervisor, null);
	}

	@Test
	void theOfficeRecordsAVetoWithEvidenceAndTheStudentAndSupervisorReadItAndAreTold() throws Exception {
		record(this.office, "INCIDENT", "违反诊疗规范，造成不良后果", true, PDF).andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("flashSuccess", "ethics.vetoRecorded"));
		long entry = this.jdbc.sql("select id from ethics_entry where student_id = :s")
			.param("s", this.fixtures.studentId(this.student))
			.query(Long.class)
			.single();
		this.mvc.perform(get("/students/{no}/awards", this.student).with(user(this.studentLogin)).param("lang", "en"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("违反诊疗规范")))
			.andExpect(content().string(containsString("One-vote veto")))
			.andExpect(content().string(containsString("Incident")))
			.andExpect(content().string(containsString("evidence.pdf")))
			.andExpect(content().string(not(containsString("id=\"ethics-form\""))));
		this.mvc.perform(get("/students/{no}/ethics/{id}/evidence", this.student, entry).with(user(this.studentLogin)))
			.andExpect(status().isOk())
			.andExpect(content().bytes(PDF));
		this.mvc.perform(get("/students/{no}/awards", this.student).with(user(this.supervisorLogin)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("违反诊疗规范")));
		EventsInFlight.awaitNone(this.jdbc, Duration.ofSeconds(20));
		assertThat(told(this.student)).isEqualTo(1);
		assertThat(this.jdbc.sql("""
				select count(*) from notification n join user_account a on a.id = n.account_id
				where n.kind = 'ETHICS_VETO_RECORDED' and a.staff_no = :s
				""").param("s", this.supervisor).query(Long.class).single()).isEqualTo(1);
	}

	@Test
	void aVetoIsRecordedOnlyWithItsConfirmationAndTheRefusalKeepsWhatWasTyped() throws Exception {
		MvcResult refused = this.mvc
			.perform(multipart("/students/{no}/ethics", this.student).with(user(this.office))
				.with(csrf())
				.header("Referer", "/students/" + this.student + "/awards")
				.param("occurredOn", SchoolTime.today().minusDays(3).toString())
				.param("source", "INCIDENT")
				.param("description", "擅自修改病历记录")
				.param("veto", "true"))
			.andExpect(flash().attribute("flashError", "ethics.error.confirmVeto"))
			.andReturn();
		assertThat(this.jdbc.sql("select count(*) from ethics_entry where student_id = :s")
			.param("s", this.fixtures.studentId(this.student))
			.query(Long.class)
			.single()).isZero();
		this.mvc
			.perform(get("/students/{no}/awards", this.student).with(user(this.office))
				.flashAttrs(refused.getFlashMap()))
			.andExpect(content().string(containsString(">擅自修改病历记录</textarea>")))
			.andExpect(content().string(containsString("一票否决记录后不能撤销：请勾选确认后再记录")));
		// another hospital's office is refused as such, ticked or not
		UserDetails other = login(Set.of(Role.HOSPITAL_OFFICE), this.fixtures.hospital(), null, null);
		this.mvc
			.perform(multipart("/students/{no}/ethics", this.student).with(user(other))
				.with(csrf())
				.param("occurredOn", SchoolTime.today().minusDays(3).toString())
				.param("source", "INCIDENT")
				.param("description", "擅自修改病历记录")
				.param("veto", "true"))
			.andExpect(status().is4xxClientError());
	}

	@Test
	void aPositiveEntryCannotBeAVetoAndAFormKeepsWhatWasTyped() throws Exception {
		record(this.office, "PATIENT_PRAISE", "患者来信表扬", true, null)
			.andExpect(flash().attribute("flashError", "ethics.error.vetoPositive"));
		this.mvc
			.perform(multipart("/students/{no}/ethics", this.student).with(user(this.office))
				.with(csrf())
				.param("occurredOn", SchoolTime.today().toString())
				.param("source", "COMPLAINT")
				.param("description", "")
				.param("lang", "en"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"ethics-form\"")))
			.andExpect(content().string(containsString("value=\"COMPLAINT\" selected")));
		record(this.office, "PATIENT_PRAISE", "患者来信表扬", false, null).andExpect(status().is3xxRedirection());
		assertThat(this.jdbc.sql("select count(*) from ethics_entry where student_id = :s")
			.param("s", this.fixtures.studentId(this.student))
			.query(Long.class)
			.single()).isEqualTo(1);
	}

	@Test
	void nobodyOutsideTheStudentsScopeSeesOrRecords() throws Exception {
		String otherHospital = this.fixtures.hospital();
		UserDetails otherOffice = login(Set.of(Role.HOSPITAL_OFFICE), otherHospital, null, null);
		String otherSupervisor = this.fixtures.supervisor(otherHospital);
		UserDetails otherSupervisorLogin = login(Set.of(Role.SUPERVISOR), null, otherSupervisor, null);
		String otherStudent = this.fixtures.student(otherHospital, otherSupervisor);
		UserDetails otherStudentLogin = login(Set.of(Role.STUDENT), null, null, otherStudent);

		for (UserDetails outsider : new UserDetails[] { otherOffice, otherSupervisorLogin, otherStudentLogin }) {
			this.mvc.perform(get("/students/{no}/awards", this.student).with(user(outsider)))
				.andExpect(status().isNotFound());
		}
		record(otherOffice, "COMPLAINT", "别院教育处", false, null).andExpect(status().isNotFound());
		// the wrong role: a student or a supervisor never records, even their own
		record(this.studentLogin, "PATIENT_PRAISE", "自己记录", false, null).andExpect(status().isForbidden());
		record(this.supervisorLogin, "PATIENT_PRAISE", "导师记录", false, null).andExpect(status().isForbidden());
		this.mvc.perform(get("/students/{no}/awards", this.student).with(user(this.supervisorLogin)))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("id=\"ethics-form\""))));
		assertThat(this.jdbc.sql("select count(*) from ethics_entry where student_id = :s")
			.param("s", this.fixtures.studentId(this.student))
			.query(Long.class)
			.single()).isZero();
		// the graduate school records for any student
		UserDetails grad = this.fixtures.login(this.fixtures.account(Role.GRAD_SCHOOL));
		record(grad, "COMMENDATION", "获评优秀住院医师", false, null).andExpect(status().is3xxRedirection());
		// another student's evidence is not reachable through this student's number
		long entry = this.jdbc.sql("select id from ethics_entry where student_id = :s")
			.param("s", this.fixtures.studentId(this.student))
			.query(Long.class)
			.single();
		this.mvc.perform(get("/students/{no}/ethics/{id}/evidence", otherStudent, entry).with(user(otherStudentLogin)))
			.andExpect(status().isNotFound());
	}

	@Test
	void theZhejiangStipendRisesTheMonthAfterTheMidtermPassed() throws Exception {
		String doctor = this.fixtures.doctoralStudent("ZJU-DOCTOR", this.hospital, this.supervisor, null);
		LocalDate today = SchoolTime.today();
		this.mvc.perform(get("/students/{no}/awards", doctor).with(user(this.office)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("data-month-amount=\"3500.00\"")))
			.andExpect(content().string(containsString("中期考核尚未通过")));
		this.theses.upsertMilestone(this.fixtures.studentId(doctor),
				new MilestoneView("MIDTERM", today, MilestoneResult.PASS));
		this.mvc.perform(get("/students/{no}/awards", doctor).with(user(this.office)))
			.andExpect(content().string(containsString("data-month-amount=\"3500.00\"")))
			.andExpect(content().string(containsString("自次月起按提高后的标准发放")));
		String earlier = this.fixtures.doctoralStudent("ZJU-DOCTOR", this.hospital, this.supervisor, null);
		this.theses.upsertMilestone(this.fixtures.studentId(earlier),
				new MilestoneView("MIDTERM", today.minusMonths(1), MilestoneResult.PASS));
		this.mvc.perform(get("/students/{no}/awards", earlier).with(user(this.office)))
			.andExpect(content().string(containsString("data-month-amount=\"4100.00\"")));
	}

	@Test
	void theAwardsPageLinksToTheEvaluationOnlyOfAStudentInIt() throws Exception {
		String doctor = this.fixtures.doctoralStudent("ZJU-DOCTOR", this.hospital, this.supervisor, null);
		String graduated = this.fixtures.student(this.hospital, this.supervisor, StudentStatus.GRADUATED);
		UserDetails grad = this.fixtures.login(Role.GRAD_SCHOOL);
		for (UserDetails reader : List.of(this.office, grad, this.supervisorLogin)) {
			String link = this.mvc.perform(get("/students/{no}/awards", doctor).with(user(reader)))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("id=\"open-student-evaluation\"")))
				.andReturn()
				.getResponse()
				.getContentAsString()
				.replaceAll("(?s).*href=\"([^\"]*)\"\\s+id=\"open-student-evaluation\".*", "$1");
			this.mvc.perform(get(link).with(user(reader))).andExpect(status().isOk());
			// a graduate is in no evaluation: the scheme is named, its evaluation not
			// linked
			this.mvc.perform(get("/students/{no}/awards", graduated).with(user(reader)))
				.andExpect(status().isOk())
				.andExpect(content().string(not(containsString("id=\"open-student-evaluation\""))));
		}
		long scheme = this.jdbc
			.sql("select id from award_scheme where program_codes like '%PUMC-PRO-MASTER%' and year = :y")
			.param("y", SchoolTime.today().getYear())
			.query(Long.class)
			.single();
		this.mvc.perform(get("/awards/schemes/{id}/evaluation/{no}", scheme, graduated).with(user(grad)))
			.andExpect(status().isNotFound());
	}

	@Test
	void aDelayedStudentsStipendIsPaused() throws Exception {
		String delayed = this.fixtures.student(this.hospital, this.supervisor, StudentStatus.DELAYED);
		this.mvc.perform(get("/students/{no}/awards", delayed).with(user(this.office)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"funding-paused\"")))
			.andExpect(content().string(containsString("1,800 元/年")));
	}

	private ResultActions record(UserDetails who, String source, String description, boolean veto, byte[] evidence)
			throws Exception {
		var request = multipart("/students/{no}/ethics", this.student);
		if (evidence != null) {
			request.file(new MockMultipartFile("evidence", "evidence.pdf", "application/pdf", evidence));
		}
		return this.mvc.perform(request.with(user(who))
			.with(csrf())
			.param("occurredOn", SchoolTime.today().minusDays(3).toString())
			.param("source", source)
			.param("description", description)
			.param("veto", String.valueOf(veto))
			.param("confirm", String.valueOf(veto)));
	}

	private long told(String studentNo) {
		return this.jdbc.sql("""
				select count(*) from notification n join user_account a on a.id = n.account_id
				where n.kind = 'ETHICS_VETO_RECORDED' and a.student_no = :s
				""").param("s", studentNo).query(Long.class).single();
	}

	private UserDetails login(Set<Role> roles, String hospitalCode, String staffNo, String studentNo) {
		return this.fixtures.login(this.fixtures.account(roles, hospitalCode, null, staffNo, studentNo));
	}

}
