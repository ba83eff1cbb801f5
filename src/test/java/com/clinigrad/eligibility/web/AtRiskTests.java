package com.clinigrad.eligibility.web;

import java.time.Duration;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;

import com.clinigrad.accounts.Role;
import com.clinigrad.eligibility.DiversionCaseScan;
import com.clinigrad.shared.SchoolTime;
import com.clinigrad.support.EventsInFlight;
import com.clinigrad.support.Fixtures;
import com.clinigrad.support.ListPages;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The at-risk view: students with an unmet audit check due soon or overdue, with the
 * deadlines the scan computed, filtered by cohort, program, hospital, supervisor and
 * check; exports equal to the pages; the graduate school, hospital offices and
 * supervisors each within their own students; no one else, and a menu entry only for
 * those who may open it.
 */
@SpringBootTest
@AutoConfigureMockMvc
class AtRiskTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	Fixtures fixtures;

	String hospital;

	String otherHospital;

	String supervisor;

	String otherSupervisor;

	String first;

	String second;

	String other;

	@BeforeEach
	void createData() {
		this.fixtures = Fixtures.in(this.context);
		this.hospital = this.fixtures.hospital();
		this.otherHospital = this.fixtures.hospital();
		this.supervisor = this.fixtures.supervisor(this.hospital);
		this.otherSupervisor = this.fixtures.supervisor(this.hospital);
		this.first = this.fixtures.student(this.hospital, this.supervisor);
		this.second = this.fixtures.student(this.hospital, this.otherSupervisor);
		this.other = this.fixtures.student(this.otherHospital, this.fixtures.supervisor(this.otherHospital));
		EventsInFlight.awaitNone(this.context.getBean(JdbcClient.class), Duration.ofSeconds(60));
		this.context.getBean(DiversionCaseScan.class)
			.rescan(List.of(this.fixtures.studentId(this.first), this.fixtures.studentId(this.second),
					this.fixtures.studentId(this.other)), SchoolTime.today());
	}

	@Test
	void listsTheUnmetChecksWithTheirDeadlinesAndExportsExactlyThePages() throws Exception {
		RequestPostProcessor school = user(this.fixtures.login(this.fixtures.account(Role.GRAD_SCHOOL)));
		ListPages pages = ListPages.as(this.mvc, school);
		List<List<String>> shown = pages.assertExportsEqualPages("/audit/at-risk?hospital=" + this.hospital,
				"at-risk-table", "、");
		assertThat(shown).extracting((row) -> row.get(0)).containsExactly(this.first, this.second);
		long overdue = ChronoUnit.DAYS.between(LocalDate.of(2024, 6, 30), SchoolTime.today());
		List<String> firstRow = shown.get(0);
		assertThat(firstRow.subList(4, 6)).containsExactly("测试医院" + this.hospital, "导师" + this.supervisor);
		assertThat(firstRow.get(6)).as("the earliest first").startsWith("2024-06-30：开题报告；2026-01-31：医师资格证书");
		assertThat(firstRow.subList(7, 9)).containsExactly("2024-06-30", "已逾期 " + overdue + " 天");

		List<List<String>> license = pages.assertExportsEqualPages(
				"/audit/at-risk?hospital=" + this.hospital + "&rule=MEDICAL_LICENSE&supervisor=" + this.otherSupervisor,
				"at-risk-table", "、");
		assertThat(license).hasSize(1);
		assertThat(license.get(0)).contains(this.second, "2026-01-31：医师资格证书", "2026-01-31");

		List<List<String>> english = pages.assertExportsEqualPages(
				"/audit/at-risk?hospital=" + this.hospital + "&within=30&sort=name&dir=desc&lang=en", "at-risk-table",
				", ");
		assertThat(english).extracting((row) -> row.get(0)).containsExactlyInAnyOrder(this.first, this.second);
		assertThat(english.get(0).get(6)).startsWith("2024-06-30: Thesis proposal; 2026-01-31: Medical license");
		assertThat(english.get(0).get(8)).isEqualTo(overdue + " days overdue");
	}

	@Test
	void eachSeesOnlyTheirStudentsAndOnlyTheyHaveTheMenuEntry() throws Exception {
		RequestPostProcessor own = user(
				this.fixtures.login(this.fixtures.account(Set.of(Role.SUPERVISOR), null, null, this.supervisor, null)));
		RequestPostProcessor office = user(this.fixtures
			.login(this.fixtures.account(Set.of(Role.HOSPITAL_OFFICE), this.otherHospital, null, null, null)));
		ListPages supervisorPages = ListPages.as(this.mvc, own);
		assertThat(supervisorPages.assertExportsEqualPages("/audit/at-risk", "at-risk-table", "、"))
			.extracting((row) -> row.get(0))
			.containsExactly(this.first);
		assertThat(supervisorPages.assertExportsEqualPages("/audit/at-risk?supervisor=" + this.otherSupervisor,
				"at-risk-table", "、"))
			.isEmpty();
		ListPages officePages = ListPages.as(this.mvc, office);
		assertThat(
				officePages.assertExportsEqualPages("/audit/at-risk?hospital=" + this.hospital, "at-risk-table", "、"))
			.isEmpty();
		assertThat(officePages.assertExportsEqualPages("/audit/at-risk", "at-risk-table", "、"))
			.extracting((row) -> row.get(0))
			.containsExactly(this.other);
		for (RequestPostProcessor who : List.of(own, office,
				user(this.fixtures.login(this.fixtures.account(Role.GRAD_SCHOOL))))) {
			assertThat(ListPages.as(this.mvc, who).page("/")).contains("id=\"nav-at-risk\"");
		}

		RequestPostProcessor committee = user(this.fixtures.login(this.fixtures.account(Role.DEGREE_COMMITTEE)));
		RequestPostProcessor student = user(
				this.fixtures.login(this.fixtures.account(Set.of(Role.STUDENT), null, null, null, this.first)));
		for (RequestPostProcessor who : List.of(committee, student)) {
			this.mvc.perform(get("/audit/at-risk").with(who)).andExpect(status().isForbidden());
			this.mvc.perform(get("/audit/at-risk").param("export", "csv").with(who)).andExpect(status().isForbidden());
			assertThat(ListPages.as(this.mvc, who).page("/")).doesNotContain("nav-at-risk")
				.doesNotContain("/audit/at-risk");
		}
	}

}
