package com.clinigrad.competency.web;

import java.util.List;
import java.util.Map;

import com.clinigrad.accounts.Role;
import com.clinigrad.competency.MultisourceEvaluations;
import com.clinigrad.competency.OsceExams;
import com.clinigrad.competency.SheetCommand;
import com.clinigrad.competency.StationCommand;
import com.clinigrad.shared.SchoolTime;
import com.clinigrad.students.StudentStatus;
import com.clinigrad.support.Fixtures;
import com.clinigrad.support.SentFromAPage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The postdoc's annual feedback, completion defense and exit through the pages, and what
 * the audit of the postdoc reads of them: the mentor group writes and signs first, the
 * trainee signs second, a signed feedback is read-only and corrected with a reason; the
 * office schedules the defense and records the result, the graduate school records the
 * exit with its certificate number and the status changes. Wrong roles, other trainees
 * and other hospitals are refused.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(SentFromAPage.class)
class PostdocPagesTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	@Autowired
	JdbcClient jdbc;

	Fixtures fixtures;

	String hospital;

	String postdoc;

	long studentId;

	UserDetails mentor;

	UserDetails office;

	UserDetails trainee;

	@BeforeEach
	void setUp() {
		this.fixtures = Fixtures.in(this.context);
		this.hospital = this.fixtures.hospital();
		Fixtures.MentoredPostdoc postdoc = this.fixtures.mentoredPostdoc(this.hospital);
		this.postdoc = postdoc.studentNo();
		this.studentId = postdoc.studentId();
		this.mentor = this.fixtures.supervisorLogin(postdoc.mentors().get(1));
		this.office = this.fixtures.officeLogin(this.hospital);
		this.trainee = this.fixtures.studentLogin(this.postdoc);
	}

	@Test
	void theMentorSignsFirstTheTraineeSecondAndACorrectionMakesANewVersion() throws Exception {
		as(this.trainee, write(1, null)).andExpect(status().isForbidden());
		as(this.office, write(1, null)).andExpect(status().isForbidden());
		as(this.mentor,
				post(feedback()).param("year", "1").param("strengths", "x").param("goals", " ").param("actions", "y"))
			.andExpect(flash().attribute("flashError", "fb.error.texts"));
		as(this.mentor, write(1, null)).andExpect(flash().attribute("flashSuccess", "fb.saved"));
		as(this.mentor, write(4, null)).andExpect(flash().attribute("flashError", "fb.error.year"));
		long id = current(1);
		as(this.trainee, post(feedback() + "/" + id + "/sign-trainee").param("version", "0"))
			.andExpect(flash().attribute("flashError", "fb.error.mentorFirst"));
		as(this.mentor, write(1, 0L).param("strengths", "病史采集扎实，沟通耐心"))
			.andExpect(flash().attribute("flashSuccess", "fb.saved"));
		as(this.mentor, post(feedback() + "/" + id + "/sign-mentor").param("version", "1"))
			.andExpect(flash().attribute("flashSuccess", "fb.signedMentor"));
		as(this.mentor, write(1, 2L)).andExpect(flash().attribute("flashError", "fb.error.signed"));
		as(this.mentor, post(feedback() + "/" + id + "/sign-trainee").param("version", "2"))
			.andExpect(status().isForbidden());
		as(this.trainee, post(feedback() + "/" + id + "/sign-trainee").param("version", "2"))
			.andExpect(flash().attribute("flashSuccess", "fb.signedTrainee"));
		this.mvc.perform(get(feedback()).with(user(this.trainee)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("双方已签署")))
			.andExpect(content().string(containsString("病史采集扎实，沟通耐心")))
			.andExpect(content().string(not(containsString("id=\"write-1\""))))
			.andExpect(content().string(not(containsString("id=\"write-2\""))));
		Map<String, Object> signed = this.jdbc
			.sql("select mentor_signed_at, trainee_signed_at, status from annual_feedback where id = :id")
			.param("id", id)
			.query()
			.singleRow();
		assertThat(signed.get("mentor_signed_at")).isNotNull();
		assertThat(signed.get("trainee_signed_at")).isNotNull();

		as(this.mentor,
				post(feedback() + "/" + id + "/correct").param("version", "3")
					.param("reason", "")
					.param("strengths", "a")
					.param("goals", "b")
					.param("actions", "c"))
			.andExpect(flash().attribute("flashError", "cbt.error.reasonRequired"));
		as(this.trainee,
				post(feedback() + "/" + id + "/correct").param("version", "3")
					.param("reason", "x")
					.param("strengths", "a")
					.param("goals", "b")
					.param("actions", "c"))
			.andExpect(status().isForbidden());
		as(this.mentor,
				post(feedback() + "/" + id + "/correct").param("version", "3")
					.param("reason", "目标写错了年度")
					.param("strengths", "病史采集扎实")
					.param("goals", "独立完成中心静脉置管")
					.param("actions", "每月一次 DOPS"))
			.andExpect(flash().attribute("flashSuccess", "fb.corrected"));
		assertThat(this.jdbc.sql("select status from annual_feedback where id = :id")
			.param("id", id)
			.query(String.class)
			.single()).isEqualTo("SUPERSEDED");
		this.mvc.perform(get(feedback()).with(user(this.office)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("目标写错了年度")))
			.andExpect(content().string(containsString("id=\"feedback-history\"")));
	}

	@Test
	void otherTraineesAndOtherHospitalsAreRefused() throws Exception {
		as(this.mentor, write(1, null)).andExpect(flash().attribute("flashSuccess", "fb.saved"));
		String otherTrainee = this.fixtures.postdoc(this.hospital, this.fixtures.supervisor(this.hospital));
		UserDetails other = this.fixtures.studentLogin(otherTrainee);
		this.mvc.perform(get(feedback()).with(user(other))).andExpect(status().isNotFound());
		this.mvc.perform(get("/students/" + this.postdoc + "/postdoc").with(user(other)))
			.andExpect(status().isNotFound());
		as(other, post(feedback() + "/" + current(1) + "/sign-trainee").param("version", "0"))
			.andExpect(status().isNotFound());
		UserDetails otherOffice = this.fixtures.officeLogin(this.fixtures.hospital());
		this.mvc.perform(get(defense()).with(user(otherOffice))).andExpect(status().isNotFound());
		as(otherOffice, schedule(3)).andExpect(status().isNotFound());
		UserDetails notMentor = this.fixtures.supervisorLogin(this.fixtures.supervisor(this.hospital));
		as(notMentor, write(2, null)).andExpect(status().isNotFound());
		as(this.mentor, schedule(3)).andExpect(status().isForbidden());
		as(this.trainee, schedule(3)).andExpect(status().isForbidden());
	}

	@Test
	void theDefenseIsScheduledAndPassedThenTheGraduateSchoolRecordsTheExitAndTheAuditReadsIt() throws Exception {
		recordTraining();
		as(this.office, schedule(2)).andExpect(flash().attribute("flashError", "def.error.panelSize"));
		as(this.office, schedule(3)).andExpect(flash().attribute("flashSuccess", "def.scheduled"));
		as(this.office, schedule(3)).andExpect(flash().attribute("flashError", "def.error.already"));
		long defenseId = this.jdbc.sql("select id from completion_defense where student_id = :s")
			.param("s", this.studentId)
			.query(Long.class)
			.single();
		as(this.office, post(defense() + "/" + defenseId + "/result").param("version", "0").param("passed", "true"))
			.andExpect(flash().attribute("flashError", "def.error.confirm"));
		UserDetails school = this.fixtures.login(Role.GRAD_SCHOOL);
		as(school, post("/students/" + this.postdoc + "/exit").param("exitedOn", SchoolTime.today().toString())
			.param("confirmed", "true")).andExpect(flash().attribute("flashError", "exit.error.noDefense"));
		as(this.office,
				post(defense() + "/" + defenseId + "/result").param("version", "0")
					.param("passed", "true")
					.param("note", "答辩委员会一致同意通过")
					.param("confirmed", "true"))
			.andExpect(flash().attribute("flashSuccess", "def.recorded"));
		as(this.office, post("/students/" + this.postdoc + "/exit").param("exitedOn", SchoolTime.today().toString())
			.param("confirmed", "true")).andExpect(status().isForbidden());
		as(school, post("/students/" + this.postdoc + "/exit").param("exitedOn", SchoolTime.today().toString()))
			.andExpect(flash().attribute("flashError", "exit.error.confirm"));

		String audit = this.mvc.perform(get("/api/v1/students/" + this.postdoc + "/audit").with(user(school)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(audit).contains("\"rule\":\"OSCE_PASSED\"", "\"rule\":\"MSF_DONE\"", "\"rule\":\"ANNUAL_FEEDBACK\"",
				"\"rule\":\"COMPLETION_DEFENSE\"");
		assertThat(audit).containsPattern("\"rule\":\"COMPLETION_DEFENSE\"[^}]*\"status\":\"PASS\"");
		assertThat(audit).containsPattern("\"rule\":\"OSCE_PASSED\"[^}]*\"status\":\"PASS\"");
		assertThat(audit).containsPattern("\"rule\":\"MSF_DONE\"[^}]*\"status\":\"PASS\"");
		assertThat(audit).containsPattern("\"rule\":\"ANNUAL_FEEDBACK\"[^}]*\"status\":\"PENDING\"");

		as(school, post("/students/" + this.postdoc + "/exit").param("exitedOn", SchoolTime.today().toString())
			.param("confirmed", "true")).andExpect(flash().attribute("flashSuccess", "exit.recorded"));
		String certificate = this.jdbc.sql("select certificate_no from postdoc_exit where student_id = :s")
			.param("s", this.studentId)
			.query(String.class)
			.single();
		assertThat(certificate).matches("PUMCH-BSH-" + SchoolTime.today().getYear() + "-\\d{4}");
		assertThat(this.jdbc.sql("select status from student where id = :s")
			.param("s", this.studentId)
			.query(String.class)
			.single()).isEqualTo(StudentStatus.COMPLETED_NO_DEGREE.name());
		as(school, post("/students/" + this.postdoc + "/exit").param("exitedOn", SchoolTime.today().toString())
			.param("confirmed", "true")).andExpect(flash().attribute("flashError", "exit.error.already"));
		this.mvc.perform(get("/students/" + this.postdoc + "/postdoc").with(user(this.trainee)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(certificate)))
			.andExpect(content().string(containsString("id=\"pd-figures\"")));
		this.mvc.perform(get(defense()).with(user(this.trainee)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(certificate)))
			.andExpect(content().string(not(containsString("id=\"result-form\""))))
			.andExpect(content().string(not(containsString("id=\"exit-form\""))));
	}

	private void recordTraining() {
		OsceExams exams = this.context.getBean(OsceExams.class);
		long exam = exams.createForLoader(this.hospital, "PUMCH-POSTDOC", "OSCE", SchoolTime.today().minusDays(3), "t");
		exams.addStationForLoader(exam, new StationCommand("PATIENT_CARE", "病史采集", null, null,
				List.of(new StationCommand.ChecklistLine("问诊", 10))));
		long station = this.jdbc.sql("select id from osce_station where exam_id = :e")
			.param("e", exam)
			.query(Long.class)
			.single();
		exams.addCandidatesForLoader(exam, List.of(this.postdoc));
		long item = this.jdbc.sql("select id from osce_checklist_item where station_id = :s")
			.param("s", station)
			.query(Long.class)
			.single();
		exams.enterForLoader(station, new SheetCommand(this.postdoc, Map.of(item, 9), 4), "t");
		this.jdbc.sql("update osce_exam set status = :st where id = :e")
			.param("st", com.clinigrad.competency.OsceStatus.CLOSED.name())
			.param("e", exam)
			.update();
		MultisourceEvaluations msf = this.context.getBean(MultisourceEvaluations.class);
		long round = msf.openForLoader(this.postdoc, "360", SchoolTime.today().minusDays(20),
				SchoolTime.today().minusDays(1), "t");
		msf.closeForLoader(round);
	}

	private MockHttpServletRequestBuilder write(int year, Long version) {
		MockHttpServletRequestBuilder request = post(feedback()).param("year", String.valueOf(year))
			.param("strengths", "病史采集扎实")
			.param("goals", "独立管理 8 张床位")
			.param("actions", "每月一次 Mini-CEX");
		return (version == null) ? request : request.param("version", String.valueOf(version));
	}

	private MockHttpServletRequestBuilder schedule(int members) {
		MockHttpServletRequestBuilder request = post(defense()).param("on", SchoolTime.today().toString())
			.param("place", "门诊楼 10 层会议室")
			.param("chair", "0");
		for (int i = 0; i < members; i++) {
			request = request.param("memberName", "委员" + i).param("memberTitle", "主任医师");
		}
		return request;
	}

	private long current(int year) {
		return this.jdbc.sql(
				"select id from annual_feedback where student_id = :s and training_year = :y and status <> 'SUPERSEDED'")
			.param("s", this.studentId)
			.param("y", year)
			.query(Long.class)
			.single();
	}

	private String feedback() {
		return "/students/" + this.postdoc + "/feedback";
	}

	private String defense() {
		return "/students/" + this.postdoc + "/defense";
	}

	private ResultActions as(UserDetails who, MockHttpServletRequestBuilder request) throws Exception {
		return this.mvc.perform(request.with(csrf()).with(user(who)));
	}

}
