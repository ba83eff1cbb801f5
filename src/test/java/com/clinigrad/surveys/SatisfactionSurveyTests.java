package com.clinigrad.surveys;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.clinigrad.accounts.Role;
import com.clinigrad.shared.SchoolTime;
import com.clinigrad.supervisors.SupervisorDirectory;
import com.clinigrad.supervisors.SupervisorSatisfaction;
import com.clinigrad.support.Fixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A supervision survey round: opened by the graduate school for chosen students, answered
 * once each and anonymously, results per supervisor only from the template's minimum (3),
 * read by the enrollment selection through {@link SupervisorSatisfaction}; the wrong
 * roles and students are refused.
 */
@SpringBootTest
@AutoConfigureMockMvc
class SatisfactionSurveyTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	SupervisorSatisfaction satisfaction;

	@Autowired
	SupervisorDirectory directory;

	Fixtures fixtures;

	String staff;

	String hospital;

	String supervisor;

	@BeforeEach
	void setUp() {
		this.fixtures = Fixtures.in(this.context);
		this.staff = this.fixtures.account(Role.GRAD_SCHOOL);
		this.hospital = this.fixtures.hospital();
		this.supervisor = this.fixtures.supervisor(this.hospital);
	}

	@Test
	void answersAreAnonymousAndResultsShowFromTheMinimum() throws Exception {
		int year = 2068;
		List<String> students = List.of(this.fixtures.student(this.hospital, this.supervisor),
				this.fixtures.student(this.hospital, this.supervisor),
				this.fixtures.student(this.hospital, this.supervisor));
		String today = SchoolTime.today().toString();
		this.mvc
			.perform(post("/surveys/rounds").param("year", String.valueOf(year))
				.param("templateCode", "SUPERVISION")
				.param("opensOn", today)
				.param("closesOn", SchoolTime.today().plusDays(10).toString())
				.param("studentNos", String.join("\n", students))
				.with(user(this.fixtures.login(this.staff)))
				.with(csrf()))
			.andExpect(redirectedUrlPattern("/surveys/rounds/*"));
		long round = this.jdbc.sql("select id from survey_round where year = :y")
			.param("y", year)
			.query(Long.class)
			.single();
		List<Long> questions = this.jdbc
			.sql("select q.id from survey_question q join survey_template t on t.id = q.template_id "
					+ "where t.code = 'SUPERVISION' order by q.position")
			.query(Long.class)
			.list();
		String first = studentAccount(students.get(0));
		this.mvc.perform(get("/surveys/mine").with(user(this.fixtures.login(first))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("/surveys/rounds/" + round + "/answer")));
		answer(first, round, questions, 5).andExpect(redirectedUrl("/surveys/mine"));
		answer(studentAccount(students.get(1)), round, questions, 4).andExpect(redirectedUrl("/surveys/mine"));

		// two answers: below the minimum of 3, nothing shown, nothing for the selection
		this.mvc.perform(get("/surveys/rounds/" + round).with(user(this.fixtures.login(this.staff))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"too-few\"")));
		long supervisorId = this.directory.byStaffNo(this.supervisor).orElseThrow().id();
		assertThat(this.satisfaction.forYear(year)).doesNotContainKey(supervisorId);

		// a second answer of the same student is refused and changes nothing
		answer(first, round, questions, 1).andExpect(status().isNotFound());
		answer(studentAccount(students.get(2)), round, questions, 3).andExpect(redirectedUrl("/surveys/mine"));
		this.mvc.perform(get("/surveys/rounds/" + round).with(user(this.fixtures.login(this.staff))))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("id=\"too-few\""))))
			.andExpect(content().string(containsString(this.supervisor)));
		Map<Long, SupervisorSatisfaction.Score> scores = this.satisfaction.forYear(year);
		assertThat(scores.get(supervisorId).answers()).isEqualTo(3);
		assertThat(scores.get(supervisorId).score()).isEqualByComparingTo(new BigDecimal("80.0"));

		// who answered is kept apart from the answers
		assertThat(this.jdbc.sql("select count(*) from survey_invitation where round_id = :r and answered")
			.param("r", round)
			.query(Long.class)
			.single()).isEqualTo(3);
		List<String> responseColumns = this.jdbc
			.sql("select column_name from information_schema.columns where table_name = 'survey_response'")
			.query(String.class)
			.list();
		assertThat(responseColumns).containsExactlyInAnyOrder("id", "round_id", "target_supervisor_id");
	}

	@Test
	void theWrongRolesAndStudentsAreRefused() throws Exception {
		String invited = this.fixtures.student(this.hospital, this.supervisor);
		String other = this.fixtures.student(this.hospital, this.supervisor);
		this.mvc
			.perform(post("/surveys/rounds").param("year", "2067")
				.param("templateCode", "SERVICES")
				.param("opensOn", SchoolTime.today().toString())
				.param("closesOn", SchoolTime.today().plusDays(10).toString())
				.param("studentNos", invited)
				.with(user(this.fixtures.login(this.staff)))
				.with(csrf()))
			.andExpect(redirectedUrlPattern("/surveys/rounds/*"));
		long round = this.jdbc.sql("select id from survey_round where year = 2067").query(Long.class).single();
		answer(studentAccount(other), round, List.of(), 5).andExpect(status().isNotFound());
		this.mvc
			.perform(get("/surveys/rounds/" + round + "/answer").with(user(this.fixtures.login(studentAccount(other)))))
			.andExpect(status().isNotFound());
		for (String username : List.of(
				this.fixtures.account(Set.of(Role.SUPERVISOR), null, null, this.supervisor, null),
				this.fixtures.account(Set.of(Role.HOSPITAL_OFFICE), this.hospital, null, null, null),
				studentAccount(invited))) {
			this.mvc.perform(get("/surveys").with(user(this.fixtures.login(username))))
				.andExpect(status().isForbidden());
			this.mvc.perform(get("/surveys/rounds/" + round).with(user(this.fixtures.login(username))))
				.andExpect(status().isForbidden());
		}
		this.mvc
			.perform(get("/surveys/mine").with(user(this.fixtures
				.login(this.fixtures.account(Set.of(Role.SUPERVISOR), null, null, this.supervisor, null)))))
			.andExpect(status().isForbidden());
		assertThat(this.jdbc.sql("select count(*) from survey_response where round_id = :r")
			.param("r", round)
			.query(Long.class)
			.single()).isZero();
	}

	private String studentAccount(String studentNo) {
		return this.fixtures.account(Set.of(Role.STUDENT), null, null, null, studentNo);
	}

	private org.springframework.test.web.servlet.ResultActions answer(String username, long round, List<Long> questions,
			int score) throws Exception {
		MockHttpServletRequestBuilder request = post("/surveys/rounds/" + round + "/answer")
			.with(user(this.fixtures.login(username)))
			.with(csrf());
		for (Long question : questions) {
			request.param("q" + question, String.valueOf(score));
		}
		return this.mvc.perform(request);
	}

}
