package com.clinigrad.eligibility.web;

import java.util.Set;

import com.clinigrad.accounts.Role;
import com.clinigrad.students.AdmissionType;
import com.clinigrad.students.DegreeType;
import com.clinigrad.students.SourceSchool;
import com.clinigrad.students.StudentCommand;
import com.clinigrad.students.StudentRegistry;
import com.clinigrad.students.StudentStatus;
import com.clinigrad.support.Fixtures;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Rule-set versions edited as data (validated, applying only to the cohorts they name,
 * with their history), and achievements entered by the student that count only once
 * confirmed.
 */
@SpringBootTest
@AutoConfigureMockMvc
class RuleSetAndAchievementTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aNewVersionAppliesToTheCohortsItNamesAndOlderCohortsKeepTheirs() throws Exception {
		Fixtures fixtures = Fixtures.in(this.context);
		UserDetails school = fixtures.login(fixtures.account(Role.GRAD_SCHOOL));
		String hospital = fixtures.hospital();
		String supervisor = fixtures.supervisor(hospital);
		String old = fixtures.student(hospital, supervisor);
		String version = fixtures.unique("V");
		int cohort = 2040 + (int) (System.nanoTime() % 60);
		String fresh = fixtures.unique("M");
		this.context.getBean(StudentRegistry.class)
			.upsert(new StudentCommand(fresh, "新生", DegreeType.PRO_MASTER, "PUMC-PRO-MASTER", cohort, "105101",
					AdmissionType.EXAM, SourceSchool.OWN, hospital, supervisor, null), StudentStatus.ENROLLED);

		// read (and kept by the rule-set cache) before the new version exists
		this.mvc.perform(get("/api/v1/students/" + fresh + "/audit?asOf=2030-01-01").with(user(school)))
			.andExpect(jsonPath("$.ruleSetVersion").value("2021"));
		save(school, version, cohort, "CREDITS_TOTAL min=16\nNOT_A_RULE\n", "test").andExpect(status().is(422))
			.andExpect(content().string(containsString("第 2 行：NOT_A_RULE 不是审核代码")));
		save(school, version, cohort, "CREDITS_TOTAL\n", "test").andExpect(status().is(422))
			.andExpect(content().string(containsString("审核项 CREDITS_TOTAL：参数 min 缺失或无效")));
		save(school, version, cohort, "CREDITS_TOTAL min=20\nCLINICAL_MONTHS min=30\n", "").andExpect(status().is(422));
		UserDetails supervisorLogin = fixtures
			.login(fixtures.account(Set.of(Role.SUPERVISOR), null, null, supervisor, null));
		save(supervisorLogin, version, cohort, "CREDITS_TOTAL min=20\n", "x").andExpect(status().isForbidden());
		save(school, version, cohort, "CREDITS_TOTAL min=20\nCLINICAL_MONTHS min=30\n", "新版培养方案")
			.andExpect(status().is3xxRedirection());

		this.mvc.perform(get("/api/v1/students/" + fresh + "/audit?asOf=2030-01-01").with(user(school)))
			.andExpect(jsonPath("$.ruleSetVersion").value(version))
			.andExpect(jsonPath("$.checks[0].required").value("20"));
		this.mvc.perform(get("/api/v1/students/" + old + "/audit?asOf=2030-01-01").with(user(school)))
			.andExpect(jsonPath("$.ruleSetVersion").value("2021"))
			.andExpect(jsonPath("$.checks[0].required").value("16"));

		// a "new" version under an existing name does not overwrite it
		save(school, version, cohort, "CREDITS_TOTAL min=1\n", "覆盖").andExpect(status().is(422))
			.andExpect(content().string(containsString("已存在")));
		String text = "# from cohort " + cohort + ", pass mark 60\nCREDITS_TOTAL min=20\nCLINICAL_MONTHS min=30\n";
		this.mvc
			.perform(post("/audit/rule-sets").with(user(school))
				.with(csrf())
				.param("program", "PUMC-PRO-MASTER")
				.param("version", version)
				.param("fromCohort", Integer.toString(cohort))
				.param("passMark", "60")
				.param("checks", "CREDITS_TOTAL min=18\nCLINICAL_MONTHS min=30\n")
				.param("expected", text)
				.param("reason", "学分下调"))
			.andExpect(status().is3xxRedirection());
		this.mvc.perform(get("/audit/rule-sets/PUMC-PRO-MASTER/" + version).with(user(supervisorLogin)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("学分下调")))
			.andExpect(content().string(containsString("新版培养方案")));
		this.mvc.perform(get("/api/v1/students/" + fresh + "/audit?asOf=2030-01-01").with(user(school)))
			.andExpect(jsonPath("$.checks[0].required").value("18"));
		// a what-if against another version of the student's own program uses that
		// version
		org.springframework.security.core.context.SecurityContextHolder.getContext()
			.setAuthentication(new org.springframework.security.authentication.UsernamePasswordAuthenticationToken(
					school, null, school.getAuthorities()));
		try {
			var outcome = this.context.getBean(com.clinigrad.eligibility.DegreeAudit.class)
				.whatIf(old, java.time.LocalDate.parse("2030-01-01"), new com.clinigrad.eligibility.DegreeAudit.WhatIf(
						null, version, java.util.List.of(), 0, null, false, java.util.List.of()));
			org.assertj.core.api.Assertions.assertThat(outcome.ruleSetVersion()).isEqualTo(version);
		}
		finally {
			org.springframework.security.core.context.SecurityContextHolder.clearContext();
		}
	}

	@Test
	void anAchievementCountsOnlyOnceTheOfficeConfirmsIt() throws Exception {
		Fixtures fixtures = Fixtures.in(this.context);
		String hospital = fixtures.hospital();
		String supervisor = fixtures.supervisor(hospital);
		String student = fixtures.student(hospital, supervisor);
		String other = fixtures.student(hospital, supervisor);
		UserDetails studentLogin = fixtures.login(fixtures.account(Set.of(Role.STUDENT), null, null, null, student));
		UserDetails office = fixtures.login(fixtures.account(Set.of(Role.HOSPITAL_OFFICE), hospital, null, null, null));
		UserDetails otherOffice = fixtures
			.login(fixtures.account(Set.of(Role.HOSPITAL_OFFICE), fixtures.hospital(), null, null, null));
		UserDetails school = fixtures.login(fixtures.account(Role.GRAD_SCHOOL));

		this.mvc
			.perform(post("/students/" + other + "/achievements").with(user(studentLogin))
				.with(csrf())
				.param("kind", "MEDICAL_LICENSE")
				.param("title", "110110000000001")
				.param("obtainedOn", "2025-08-20"))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(post("/students/" + student + "/achievements").with(user(studentLogin))
				.with(csrf())
				.param("kind", "MEDICAL_LICENSE")
				.param("title", "110110000000001")
				.param("obtainedOn", "2025-08-20"))
			.andExpect(status().is3xxRedirection());
		long claim = this.jdbc.sql("""
				select c.id from achievement_claim c join student s on s.id = c.student_id where s.student_no = :no
				""").param("no", student).query(Long.class).single();
		license(school, student).andExpect(jsonPath("$.checks[?(@.rule=='MEDICAL_LICENSE')].status").value("FAIL"));

		decide(otherOffice, claim, true, "").andExpect(status().isNotFound());
		decide(office, claim, false, "").andExpect(status().isConflict());
		decide(office, claim, true, "").andExpect(redirectedUrl("/achievements/pending"));
		license(school, student).andExpect(jsonPath("$.checks[?(@.rule=='MEDICAL_LICENSE')].status").value("PASS"));
		this.mvc.perform(get("/students/" + student + "/achievements").with(user(studentLogin)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("已确认")));
		this.mvc.perform(get("/students/" + other + "/achievements").with(user(studentLogin)))
			.andExpect(status().isNotFound());
	}

	private ResultActions license(UserDetails who, String student) throws Exception {
		return this.mvc.perform(get("/api/v1/students/" + student + "/audit?asOf=2026-03-01").with(user(who)))
			.andExpect(status().isOk());
	}

	private ResultActions decide(UserDetails who, long claim, boolean confirm, String reason) throws Exception {
		return this.mvc.perform(post("/achievements/" + claim + "/decide").with(user(who))
			.with(csrf())
			.param("version", "0")
			.param("confirm", Boolean.toString(confirm))
			.param("reason", reason)
			.param("from", "pending"));
	}

	private ResultActions save(UserDetails who, String version, int cohort, String checks, String reason)
			throws Exception {
		return this.mvc.perform(post("/audit/rule-sets").with(user(who))
			.with(csrf())
			.param("program", "PUMC-PRO-MASTER")
			.param("version", version)
			.param("fromCohort", Integer.toString(cohort))
			.param("passMark", "60")
			.param("checks", checks)
			.param("reason", reason));
	}

}
