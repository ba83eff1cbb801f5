package com.clinigrad.theses;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import com.clinigrad.accounts.Role;
import com.clinigrad.supervisors.SupervisorCommand;
import com.clinigrad.supervisors.SupervisorDirectory;
import com.clinigrad.supervisors.TitleLevel;
import com.clinigrad.support.Fixtures;
import com.clinigrad.support.SentFromAPage;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.ResultActions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A milestone from scheduling to the audit: a panel that breaks a rule cannot be
 * confirmed and the page names the rule and the member; a valid one is confirmed, the
 * verdict becomes the milestone the audit reads; only the student's office changes
 * anything.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(SentFromAPage.class)
class MilestoneSessionTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aPanelIsConfirmedOnlyWhenItMeetsTheRulesAndItsVerdictReachesTheAudit() throws Exception {
		Fixtures fixtures = Fixtures.in(this.context);
		String hospital = fixtures.hospital();
		String supervisor = fixtures.supervisor(hospital);
		String student = fixtures.student(hospital, supervisor);
		SupervisorDirectory directory = this.context.getBean(SupervisorDirectory.class);
		List<String> members = new ArrayList<>();
		for (int i = 0; i < 5; i++) {
			String staffNo = fixtures.unique("P");
			directory.upsert(new SupervisorCommand(staffNo, "专家" + i, TitleLevel.ASSOCIATE_SENIOR, i < 3, true, null,
					hospital, false, 1975, null, null));
			members.add(staffNo);
		}
		UserDetails office = fixtures.login(fixtures.account(Set.of(Role.HOSPITAL_OFFICE), hospital, null, null, null));
		UserDetails ownSupervisor = fixtures
			.login(fixtures.account(Set.of(Role.SUPERVISOR), null, null, supervisor, null));
		UserDetails otherOffice = fixtures
			.login(fixtures.account(Set.of(Role.HOSPITAL_OFFICE), fixtures.hospital(), null, null, null));
		String today = LocalDate.now(ZoneId.of("Asia/Shanghai")).toString();

		this.mvc
			.perform(post("/students/" + student + "/milestones").with(user(ownSupervisor))
				.with(csrf())
				.param("type", "PROPOSAL")
				.param("on", today)
				.param("place", "会议室"))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(post("/students/" + student + "/milestones").with(user(office))
				.with(csrf())
				.param("type", "PROPOSAL")
				.param("on", today)
				.param("place", "教学楼 301"))
			.andExpect(status().is3xxRedirection());
		long id = this.jdbc
			.sql("select m.id from milestone_session m join student s on s.id = m.student_id where s.student_no = :no")
			.param("no", student)
			.query(Long.class)
			.single();

		// four members and the student's own supervisor: both rules named
		panel(office, id, 0, String.join(" ", members.subList(0, 3)) + " " + supervisor, members.get(0))
			.andExpect(status().is3xxRedirection());
		confirm(office, id, 1).andExpect(status().is(422))
			.andExpect(content().string(containsString("专家组至少需要 5 人，现有 4 人")))
			.andExpect(content().string(containsString("导师" + supervisor + " 是该生导师，不得担任专家组成员")));
		panel(office, id, 1, String.join(" ", members), members.get(0)).andExpect(status().is3xxRedirection());
		confirm(office, id, 2).andExpect(status().is3xxRedirection());
		this.mvc.perform(get("/milestones/" + id).with(user(otherOffice))).andExpect(status().isNotFound());
		this.mvc.perform(get("/milestones/" + id).with(user(ownSupervisor)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("专家组已确认")));
		this.mvc
			.perform(post("/milestones/" + id + "/outcome").with(user(ownSupervisor))
				.with(csrf())
				.param("version", "3")
				.param("result", "PASS"))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(post("/milestones/" + id + "/outcome").with(user(office))
				.with(csrf())
				.param("version", "3")
				.param("result", "PASS")
				.param("score[" + members.get(0) + "]", "88")
				.param("comments", "选题有临床意义"))
			.andExpect(status().is3xxRedirection());

		UserDetails school = fixtures.login(fixtures.account(Role.GRAD_SCHOOL));
		this.mvc.perform(get("/api/v1/students/" + student + "/audit?asOf=" + today).with(user(school)))
			.andExpect(jsonPath("$.checks[?(@.rule=='MILESTONE_PROPOSAL')].status").value("PASS"));
		this.mvc
			.perform(post("/students/" + student + "/milestones").with(user(office))
				.with(csrf())
				.param("type", "PROPOSAL")
				.param("on", today)
				.param("place", "x"))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("flashError", "panel.error.passed"));
		this.mvc.perform(get("/students/" + student + "/milestones").with(user(office)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("data-session=\"" + id + "\"")));
	}

	@Test
	void aMilestoneDatedBeforeTheStudentsEnrolmentIsRefusedAndNothingSaved() throws Exception {
		Fixtures fixtures = Fixtures.in(this.context);
		String hospital = fixtures.hospital();
		// cohort 2023: enrolled on 2023-09-01
		String student = fixtures.student(hospital, fixtures.supervisor(hospital));
		UserDetails office = fixtures.login(fixtures.account(Set.of(Role.HOSPITAL_OFFICE), hospital, null, null, null));

		MvcResult refused = schedule(office, student, "1999-01-01")
			.andExpect(flash().attribute("flashError", "panel.error.beforeEnrolment"))
			.andReturn();
		this.mvc
			.perform(get("/students/" + student + "/milestones").flashAttrs(refused.getFlashMap()).with(user(office)))
			.andExpect(content().string(containsString("日期不能早于入学日期（2023-09-01）")))
			.andExpect(content().string(containsString("value=\"1999-01-01\"")))
			.andExpect(content().string(containsString("value=\"教学楼 301\"")));
		schedule(office, student, "2023-08-31")
			.andExpect(flash().attribute("flashError", "panel.error.beforeEnrolment"));
		assertThat(sessions(student)).isZero();

		schedule(office, student, "2023-09-01").andExpect(redirectedUrlPattern("/milestones/*"));
		assertThat(sessions(student)).isOne();
	}

	private ResultActions schedule(UserDetails who, String student, String on) throws Exception {
		return this.mvc.perform(post("/students/" + student + "/milestones").with(user(who))
			.with(csrf())
			.header("Referer", "/students/" + student + "/milestones")
			.param("type", "PROPOSAL")
			.param("on", on)
			.param("place", "教学楼 301"));
	}

	private long sessions(String student) {
		return this.jdbc.sql(
				"select count(*) from milestone_session m join student s on s.id = m.student_id where s.student_no = :no")
			.param("no", student)
			.query(Long.class)
			.single();
	}

	private ResultActions panel(UserDetails who, long id, long version, String members, String chair) throws Exception {
		return this.mvc.perform(post("/milestones/" + id + "/panel").with(user(who))
			.with(csrf())
			.param("version", Long.toString(version))
			.param("members", members)
			.param("chair", chair));
	}

	private ResultActions confirm(UserDetails who, long id, long version) throws Exception {
		return this.mvc.perform(post("/milestones/" + id + "/confirm").with(user(who))
			.with(csrf())
			.param("version", Long.toString(version)));
	}

}
