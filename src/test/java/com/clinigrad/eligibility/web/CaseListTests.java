package com.clinigrad.eligibility.web;

import java.time.Duration;
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
 * The warnings-and-cases list in the list pattern: filtered by cohort, program, hospital,
 * level and reason, its exports hold exactly what the pages show, in words; a hospital
 * office never sees another hospital's cases; a student gets no list.
 */
@SpringBootTest
@AutoConfigureMockMvc
class CaseListTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	Fixtures fixtures;

	String hospital;

	String otherHospital;

	String first;

	String second;

	String other;

	@BeforeEach
	void createData() {
		this.fixtures = Fixtures.in(this.context);
		this.hospital = this.fixtures.hospital();
		this.otherHospital = this.fixtures.hospital();
		String supervisor = this.fixtures.supervisor(this.hospital);
		this.first = this.fixtures.student(this.hospital, supervisor);
		this.second = this.fixtures.student(this.hospital, supervisor);
		this.other = this.fixtures.student(this.otherHospital, this.fixtures.supervisor(this.otherHospital));
		EventsInFlight.awaitNone(this.context.getBean(JdbcClient.class), Duration.ofSeconds(60));
		this.context.getBean(DiversionCaseScan.class)
			.rescan(List.of(this.fixtures.studentId(this.first), this.fixtures.studentId(this.second),
					this.fixtures.studentId(this.other)), SchoolTime.today());
	}

	@Test
	void theExportsHoldExactlyTheFilteredPagesInWords() throws Exception {
		ListPages pages = ListPages.as(this.mvc, user(this.fixtures.login(this.fixtures.account(Role.GRAD_SCHOOL))));
		List<List<String>> shown = pages.assertExportsEqualPages("/audit/cases?hospital=" + this.hospital, "case-table",
				"、");
		assertThat(shown).extracting((row) -> row.get(1)).containsOnly(this.first, this.second);
		assertThat(shown).extracting((row) -> row.get(6)).contains("第 5 学期末未取得医师资格证书、期限 2026-01-31", "论文环节逾期、尚未通过开题报告");
		for (String code : List.of("NO_LICENSE", "MILESTONE_OVERDUE", "PROPOSAL", "CLINICAL_BEHIND", "WARNING", "OPEN",
				"PUMC-PRO-MASTER")) {
			assertThat(shown.stream().flatMap(List::stream)).as("no code on the page")
				.noneMatch((cell) -> cell.contains(code));
		}

		List<List<String>> warnings = pages.assertExportsEqualPages(
				"/audit/cases?hospital=" + this.hospital + "&level=WARNING&sort=name", "case-table", "、");
		assertThat(warnings).isNotEmpty().extracting((row) -> row.get(0)).containsOnly("预警");
		assertThat(warnings.size()).isLessThan(shown.size());

		List<List<String>> english = pages.assertExportsEqualPages(
				"/audit/cases?hospital=" + this.hospital + "&trigger=NO_LICENSE&lang=en", "case-table", ", ");
		assertThat(english).extracting((row) -> row.get(1)).containsExactlyInAnyOrder(this.first, this.second);
		assertThat(english.get(0)).contains("Case", "Test hospital " + this.hospital);
	}

	@Test
	void aHospitalOfficeNeverSeesAnotherHospitalsCasesAndAStudentSeesNoList() throws Exception {
		ListPages office = ListPages.as(this.mvc, user(this.fixtures
			.login(this.fixtures.account(Set.of(Role.HOSPITAL_OFFICE), this.otherHospital, null, null, null))));
		for (String url : List.of("/audit/cases", "/audit/cases?hospital=" + this.hospital)) {
			assertThat(ListPages.rows(office.page(url), "case-table", "、").stream().flatMap(List::stream))
				.doesNotContain(this.first, this.second);
			String join = url.contains("?") ? "&" : "?";
			assertThat(ListPages.xlsx(office.export(url + join + "export=xlsx")).stream().flatMap(List::stream))
				.doesNotContain(this.first, this.second);
			assertThat(ListPages.csv(office.export(url + join + "export=csv")).stream().flatMap(List::stream))
				.doesNotContain(this.first, this.second);
		}
		assertThat(office.page("/audit/cases")).contains(this.other);

		RequestPostProcessor student = user(
				this.fixtures.login(this.fixtures.account(Set.of(Role.STUDENT), null, null, null, this.first)));
		this.mvc.perform(get("/audit/cases").with(student)).andExpect(status().isForbidden());
		this.mvc.perform(get("/audit/cases").param("export", "xlsx").with(student)).andExpect(status().isForbidden());
	}

}
