package com.clinigrad.reports;

import java.util.List;
import java.util.Locale;
import java.util.Set;

import com.clinigrad.accounts.Role;
import com.clinigrad.shared.SchoolTime;
import com.clinigrad.support.Fixtures;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The graduate school's home page shows the winners of the final award lists by award
 * type, as a chart with its table for screen readers, counted here again from the list
 * lines; a list not yet final does not count, and the hospital office's and supervisor's
 * dashboards carry no awards card.
 */
@SpringBootTest
@AutoConfigureMockMvc
class DashboardAwardsTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	DashboardFigures dashboard;

	Fixtures fixtures;

	@BeforeEach
	void setUp() {
		this.fixtures = Fixtures.in(this.context);
	}

	@AfterEach
	void logOut() {
		SecurityContextHolder.clearContext();
	}

	@Test
	void theAwardsCardCountsTheWinnersOfTheFinalListsOfTheYear() throws Exception {
		int year = SchoolTime.today().getYear();
		String hospital = this.fixtures.hospital();
		String supervisor = this.fixtures.supervisor(hospital);
		List<String> students = List.of(this.fixtures.student(hospital, supervisor),
				this.fixtures.student(hospital, supervisor), this.fixtures.student(hospital, supervisor));
		String typeName = "测试奖学金" + this.fixtures.unique("");
		long round = finalList(year, typeName, students.subList(0, 2), "FINAL");
		finalList(year, typeName + "（公示中）", students.subList(2, 3), "PUBLICITY");

		String staff = this.fixtures.account(Role.GRAD_SCHOOL);
		login(staff);
		ReportTable awards = this.dashboard.forCaller(Locale.SIMPLIFIED_CHINESE)
			.stream()
			.filter((t) -> t.id().equals("dash-awards"))
			.findFirst()
			.orElseThrow();
		assertThat(awards.chart()).isEqualTo(ReportTable.Chart.BAR);
		assertThat(awards.title()).contains(String.valueOf(year));
		ReportTable.Row mine = awards.rows()
			.stream()
			.filter((r) -> r.label().equals(typeName))
			.findFirst()
			.orElseThrow();
		assertThat(mine.cells().get(0).value().longValue()).isEqualTo(2).isEqualTo(winners(round));
		// thousands grouped, as the other pages write amounts
		assertThat(mine.cells().get(1).text()).isEqualTo("8,000");
		assertThat(awards.rows()).extracting(ReportTable.Row::label).doesNotContain(typeName + "（公示中）");
		long all = this.jdbc.sql("""
				select count(*) from award_list_line l join award_round r on r.id = l.round_id
				join award_scheme s on s.id = r.scheme_id
				where r.state = 'FINAL' and s.year = :y and l.award_type_id is not null""")
			.param("y", year)
			.query(Long.class)
			.single();
		assertThat(awards.rows().stream().mapToLong((r) -> r.cells().get(0).value().longValue()).sum()).isEqualTo(all);

		this.mvc.perform(get("/reports/dashboard").header("HX-Request", "true").with(user(this.fixtures.login(staff))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("data-chart-for=\"dash-awards-data\"")))
			.andExpect(content().string(containsString("id=\"dash-awards-data\"")))
			.andExpect(content().string(containsString(typeName)))
			.andExpect(content().string(not(containsString("尚无奖助学金发放记录"))));

		String office = this.fixtures.account(Set.of(Role.HOSPITAL_OFFICE), hospital, null, null, null);
		this.mvc.perform(get("/reports/dashboard").header("HX-Request", "true").with(user(this.fixtures.login(office))))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString(typeName))));
		String student = this.fixtures.account(Set.of(Role.STUDENT), null, null, null, students.get(0));
		this.mvc
			.perform(get("/reports/dashboard").header("HX-Request", "true").with(user(this.fixtures.login(student))))
			.andExpect(status().isForbidden());
	}

	private long finalList(int year, String typeName, List<String> winners, String state) {
		long scheme = this.jdbc.sql("""
				insert into award_scheme (university, year, name, name_en, program_codes)
				values (:u, :y, '测试奖助', 'Test aid', 'NONE-E') returning id""")
			.param("u", this.fixtures.unique("U"))
			.param("y", year)
			.query(Long.class)
			.single();
		long type = this.jdbc.sql("""
				insert into award_type (scheme_id, position, kind, award_class, name, name_en, amount, unit, allocation,
				                        quota_ratio)
				values (:s, 1, 'ACADEMIC_SCHOLARSHIP', 1, :name, 'Test scholarship', 4000, 'ONE_OFF', 'RANKED', 0.2)
				returning id""").param("s", scheme).param("name", typeName).query(Long.class).single();
		long round = this.jdbc.sql("""
				insert into award_round (scheme_id, as_of, state, created_by) values (:s, :d, :state, 'test')
				returning id""")
			.param("s", scheme)
			.param("d", java.time.LocalDate.of(year, 1, 1))
			.param("state", state)
			.query(Long.class)
			.single();
		for (String no : winners) {
			this.jdbc
				.sql("""
						insert into award_list_line (round_id, student_id, student_no, student_name, quota_group, rank, total,
						                             award_type_id)
						select :r, id, student_no, name, 'g', 1, 90, :t from student where student_no = :no""")
				.param("r", round)
				.param("t", type)
				.param("no", no)
				.update();
		}
		return round;
	}

	private long winners(long round) {
		return this.jdbc.sql(
				"select count(distinct student_id) from award_list_line where round_id = :r and award_type_id is not null")
			.param("r", round)
			.query(Long.class)
			.single();
	}

	private void login(String username) {
		UserDetails details = this.fixtures.login(username);
		SecurityContextHolder.getContext()
			.setAuthentication(
					UsernamePasswordAuthenticationToken.authenticated(details, null, details.getAuthorities()));
	}

}
