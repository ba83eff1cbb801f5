package com.clinigrad.competency.web;

import java.util.Set;

import com.clinigrad.accounts.Role;
import com.clinigrad.supervisors.SupervisorCommand;
import com.clinigrad.supervisors.SupervisorDirectory;
import com.clinigrad.supervisors.TitleLevel;
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
 * A postdoc's training plan through the pages: the hospital office makes it from the
 * template, adjusts it with reasons and names the mentor group; the trainee and the
 * supervisor read it; another hospital, another trainee and the wrong role are refused.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(SentFromAPage.class)
class TrainingPlanPagesTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	@Autowired
	JdbcClient jdbc;

	Fixtures fixtures;

	String hospital;

	String supervisor;

	String postdoc;

	UserDetails office;

	@BeforeEach
	void setUp() {
		this.fixtures = Fixtures.in(this.context);
		this.hospital = this.fixtures.hospital();
		this.supervisor = this.fixtures.supervisor(this.hospital);
		this.postdoc = postdoc(this.hospital, this.supervisor);
		this.office = this.fixtures
			.login(this.fixtures.account(Set.of(Role.HOSPITAL_OFFICE), this.hospital, null, null, null));
	}

	private String postdoc(String hospital, String supervisor) {
		return this.fixtures.postdoc(hospital, supervisor);
	}

	@Test
	void theOfficeMakesThePlanFromTheTemplateAndAdjustsItWithReasons() throws Exception {
		this.mvc.perform(get(plan()).with(user(this.office)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"create-plan\"")));
		create(this.office).andExpect(flash().attribute("flashSuccess", "cbt.plan.created"));
		this.mvc.perform(get(plan()).with(user(this.office)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("海外交流（择优）")))
			.andExpect(content().string(containsString("已安排 36 / 36 个月，自 2025-09-01 起")));

		long abroad = item("ABROAD");
		this.mvc
			.perform(post(plan() + "/periods/" + abroad + "/leave-out").param("version", version())
				.param("reason", "")
				.with(csrf())
				.with(user(this.office)))
			.andExpect(flash().attribute("flashError", "cbt.error.reasonRequired"));
		this.mvc
			.perform(post(plan() + "/periods/" + abroad + "/leave-out").param("version", version())
				.param("reason", "未入选海外交流项目")
				.with(csrf())
				.with(user(this.office)))
			.andExpect(flash().attribute("flashSuccess", "cbt.plan.changed"));
		long research = item("RESEARCH");
		this.mvc
			.perform(post(plan() + "/periods/" + research + "/months").param("version", version())
				.param("months", "7")
				.param("reason", "延长科研训练")
				.with(csrf())
				.with(user(this.office)))
			.andExpect(flash().attribute("flashError", "cbt.error.yearOverfull"));
		this.mvc
			.perform(post(plan() + "/periods/" + research + "/months").param("version", "99")
				.param("months", "5")
				.param("reason", "缩短")
				.with(csrf())
				.with(user(this.office)))
			.andExpect(status().isConflict());

		this.mvc.perform(get(plan()).param("lang", "en").with(user(this.office)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Optional period left out")))
			.andExpect(content().string(containsString("未入选海外交流项目")))
			.andExpect(content().string(containsString("33 of 36 months planned")))
			// who changed the plan, by the account's display name (the login only as a
			// tooltip)
			.andExpect(content().string(containsString(" · 用户" + this.office.getUsername() + "</span>")))
			.andExpect(content().string(not(containsString(" · " + this.office.getUsername() + "</span>"))));
	}

	@Test
	void theMentorGroupNeedsSeniorMembersAndALead() throws Exception {
		create(this.office);
		SupervisorDirectory directory = this.context.getBean(SupervisorDirectory.class);
		String second = this.fixtures.supervisor(this.hospital);
		String third = this.fixtures.supervisor(this.hospital);
		String attending = this.fixtures.unique("S");
		directory.upsert(new SupervisorCommand(attending, "主治" + attending, TitleLevel.INTERMEDIATE, false, false, null,
				this.hospital, false, 1990, null, null));
		mentors(this.supervisor + ", " + second + ", " + attending, this.supervisor)
			.andExpect(flash().attribute("flashError", "cbt.error.mentorTitle"));
		mentors(this.supervisor + ", " + second, this.supervisor)
			.andExpect(flash().attribute("flashError", "cbt.error.tooFewMentors"));
		mentors(this.supervisor + "，" + second + "\n" + third, second)
			.andExpect(flash().attribute("flashSuccess", "cbt.plan.mentorsNamed"));
		this.mvc.perform(get(plan()).with(user(this.office)))
			.andExpect(content().string(containsString("导师" + second)))
			.andExpect(content().string(containsString("指定导师组")));
		assertThat(this.jdbc
			.sql("select count(*) from training_plan_mentor m join training_plan p on p.id = m.plan_id "
					+ "join student s on s.id = p.student_id where s.student_no = :s")
			.param("s", this.postdoc)
			.query(Integer.class)
			.single()).isEqualTo(3);
	}

	@Test
	void theTraineeAndTheSupervisorReadThePlanButCannotChangeIt() throws Exception {
		create(this.office);
		UserDetails trainee = this.fixtures
			.login(this.fixtures.account(Set.of(Role.STUDENT), null, null, null, this.postdoc));
		UserDetails supervisorLogin = this.fixtures
			.login(this.fixtures.account(Set.of(Role.SUPERVISOR), null, null, this.supervisor, null));
		for (UserDetails reader : new UserDetails[] { trainee, supervisorLogin }) {
			this.mvc.perform(get(plan()).with(user(reader)))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("id=\"plan-periods\"")))
				.andExpect(content().string(not(containsString("id=\"add-period\""))));
			this.mvc
				.perform(post(plan() + "/periods/" + item("ABROAD") + "/leave-out").param("version", version())
					.param("reason", "x")
					.with(csrf())
					.with(user(reader)))
				.andExpect(status().isForbidden());
		}
	}

	@Test
	void anotherHospitalAndAnotherTraineeAreRefused() throws Exception {
		String otherHospital = this.fixtures.hospital();
		UserDetails otherOffice = this.fixtures
			.login(this.fixtures.account(Set.of(Role.HOSPITAL_OFFICE), otherHospital, null, null, null));
		this.mvc.perform(get(plan()).with(user(otherOffice))).andExpect(status().isNotFound());
		create(otherOffice).andExpect(status().isNotFound());
		String other = postdoc(this.hospital, this.supervisor);
		UserDetails otherTrainee = this.fixtures
			.login(this.fixtures.account(Set.of(Role.STUDENT), null, null, null, other));
		this.mvc.perform(get(plan()).with(user(otherTrainee))).andExpect(status().isNotFound());
		this.mvc.perform(get("/students/" + this.postdoc + "/competencies").with(user(otherTrainee)))
			.andExpect(status().isNotFound());
		assertThat(this.jdbc
			.sql("select count(*) from training_plan p join student s on s.id = p.student_id "
					+ "where s.student_no = :s")
			.param("s", this.postdoc)
			.query(Integer.class)
			.single()).isZero();
	}

	@Test
	void aProgramWithoutTemplateSaysSo() throws Exception {
		String master = this.fixtures.student(this.hospital, this.supervisor);
		this.mvc.perform(get("/students/" + master + "/training-plan").with(user(this.office)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("该学员所在培养项目没有个人培养计划模板")));
	}

	private ResultActions create(UserDetails who) throws Exception {
		return this.mvc.perform(post(plan()).param("startsOn", "2025-09-01").with(csrf()).with(user(who)));
	}

	private ResultActions mentors(String staffNos, String lead) throws Exception {
		return this.mvc.perform(post(plan() + "/mentors").param("version", version())
			.param("staffNos", staffNos)
			.param("lead", lead)
			.param("reason", "组建导师组")
			.with(csrf())
			.with(user(this.office)));
	}

	private String plan() {
		return "/students/" + this.postdoc + "/training-plan";
	}

	private String version() {
		return String.valueOf(this.jdbc
			.sql("select p.version from training_plan p join student s on s.id = p.student_id where s.student_no = :s")
			.param("s", this.postdoc)
			.query(Long.class)
			.single());
	}

	private long item(String phase) {
		return this.jdbc.sql("select i.id from training_plan_item i join training_plan p on p.id = i.plan_id "
				+ "join student s on s.id = p.student_id where s.student_no = :s and i.phase = :ph order by i.position limit 1")
			.param("s", this.postdoc)
			.param("ph", phase)
			.query(Long.class)
			.single();
	}

}
