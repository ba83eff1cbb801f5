package com.clinigrad.competency.web;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.clinigrad.accounts.Role;
import com.clinigrad.competency.OsceExams;
import com.clinigrad.competency.SheetCommand;
import com.clinigrad.competency.StationCommand;
import com.clinigrad.shared.SchoolTime;
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
 * Tiered privileges through the pages: a member of the mentor group grants a level on
 * recorded assessments, a later grant supersedes it, a revocation needs a reason; the
 * department coordinators of the trainee's hospital read the list in force, other
 * hospitals and the office (for granting) are refused.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(SentFromAPage.class)
class EntrustmentPagesTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	@Autowired
	JdbcClient jdbc;

	Fixtures fixtures;

	String hospital;

	String postdoc;

	UserDetails mentor;

	UserDetails office;

	@BeforeEach
	void setUp() {
		this.fixtures = Fixtures.in(this.context);
		this.hospital = this.fixtures.hospital();
		Fixtures.MentoredPostdoc postdoc = this.fixtures.mentoredPostdoc(this.hospital);
		this.postdoc = postdoc.studentNo();
		this.mentor = this.fixtures.supervisorLogin(postdoc.mentors().get(1));
		this.office = this.fixtures.officeLogin(this.hospital);
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
		exams.enterForLoader(station, new SheetCommand(this.postdoc, Map.of(item, 8), 4), "t");
	}

	@Test
	void theMentorGroupGrantsOnRecordedAssessmentsAndALaterGrantOrARevocationEndsIt() throws Exception {
		String page = this.mvc.perform(get(privileges()).with(user(this.mentor)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"grant-form\"")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		Matcher basis = Pattern.compile("name=\"basis\" value=\"([^\"]+)\"").matcher(page);
		assertThat(basis.find()).isTrue();
		String key = basis.group(1).replace("&#39;", "'");
		String today = SchoolTime.today().toString();
		as(this.mentor,
				post(privileges()).param("activity", "CENTRAL_LINE").param("level", "2").param("decidedOn", today))
			.andExpect(flash().attribute("flashError", "ent.error.noBasis"));
		as(this.office,
				post(privileges()).param("activity", "CENTRAL_LINE")
					.param("level", "2")
					.param("decidedOn", today)
					.param("basis", key))
			.andExpect(status().isForbidden());
		as(this.mentor,
				post(privileges()).param("activity", "CENTRAL_LINE")
					.param("level", "2")
					.param("decidedOn", today)
					.param("basis", key))
			.andExpect(flash().attribute("flashSuccess", "ent.granted"));
		as(this.mentor,
				post(privileges()).param("activity", "CENTRAL_LINE")
					.param("level", "3")
					.param("decidedOn", today)
					.param("note", "OSCE 表现良好")
					.param("basis", key))
			.andExpect(flash().attribute("flashSuccess", "ent.granted"));
		this.mvc.perform(get(privileges()).with(user(this.office)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("在间接指导下完成（上级可随时到场）")))
			.andExpect(content().string(containsString("已被新决定取代")))
			.andExpect(content().string(containsString("客观结构化临床考试（OSCE）")))
			.andExpect(content().string(not(containsString("id=\"grant-form\""))));

		long grant = this.jdbc.sql("select id from entrustment_grant where status = 'GRANTED' and student_id = :s")
			.param("s", this.fixtures.studentId(this.postdoc))
			.query(Long.class)
			.single();
		as(this.office, post(privileges() + "/" + grant + "/revoke").param("version", "0").param("reason", ""))
			.andExpect(flash().attribute("flashError", "cbt.error.reasonRequired"));
		as(this.office, post(privileges() + "/" + grant + "/revoke").param("version", "0").param("reason", "近期操作并发症"))
			.andExpect(flash().attribute("flashSuccess", "ent.revoked"));
		as(this.office, post(privileges() + "/" + grant + "/revoke").param("version", "1").param("reason", "再次"))
			.andExpect(flash().attribute("flashError", "ent.error.notInForce"));
		this.mvc.perform(get(privileges() + "/print").with(user(this.office)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"print-current\"")))
			.andExpect(content().string(containsString("暂无现行授权。")));
		this.mvc.perform(get(privileges()).with(user(this.office)))
			.andExpect(content().string(containsString("近期操作并发症")));
	}

	@Test
	void coordinatorsOfTheHospitalReadTheListOthersAreRefused() throws Exception {
		UserDetails coordinator = this.fixtures
			.login(this.fixtures.account(Set.of(Role.DEPT_COORDINATOR), this.hospital, "D1", null, null));
		this.mvc.perform(get(privileges()).with(user(coordinator)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"privileges-current\"")))
			.andExpect(content().string(not(containsString("id=\"grant-form\""))))
			.andExpect(content().string(not(containsString("cg-revoke"))));
		this.mvc.perform(get(privileges() + "/print").with(user(coordinator))).andExpect(status().isOk());
		String other = this.fixtures.hospital();
		UserDetails otherCoordinator = this.fixtures
			.login(this.fixtures.account(Set.of(Role.DEPT_COORDINATOR), other, "D1", null, null));
		this.mvc.perform(get(privileges()).with(user(otherCoordinator))).andExpect(status().isForbidden());
		UserDetails otherOffice = this.fixtures.officeLogin(other);
		this.mvc.perform(get(privileges()).with(user(otherOffice))).andExpect(status().isNotFound());
		String otherTrainee = this.fixtures.postdoc(this.hospital, this.fixtures.supervisor(this.hospital));
		UserDetails otherLogin = this.fixtures.studentLogin(otherTrainee);
		this.mvc.perform(get(privileges()).with(user(otherLogin))).andExpect(status().isNotFound());
		UserDetails trainee = this.fixtures.studentLogin(this.postdoc);
		this.mvc.perform(get(privileges()).with(user(trainee)))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("id=\"grant-form\""))));
		as(trainee,
				post(privileges()).param("activity", "CENTRAL_LINE")
					.param("level", "5")
					.param("decidedOn", SchoolTime.today().toString())
					.param("basis", "x"))
			.andExpect(status().isForbidden());
		as(coordinator,
				post(privileges()).param("activity", "CENTRAL_LINE")
					.param("level", "5")
					.param("decidedOn", SchoolTime.today().toString())
					.param("basis", "x"))
			.andExpect(status().isForbidden());
	}

	private String privileges() {
		return "/students/" + this.postdoc + "/privileges";
	}

	private ResultActions as(UserDetails who, MockHttpServletRequestBuilder request) throws Exception {
		return this.mvc.perform(request.with(csrf()).with(user(who)));
	}

}
