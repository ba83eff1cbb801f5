package com.clinigrad.eligibility.web;

import java.util.List;
import java.util.Set;

import com.clinigrad.accounts.Role;
import com.clinigrad.eligibility.WaiverDecided;
import com.clinigrad.eligibility.WaiverStatus;
import com.clinigrad.shared.SchoolTime;
import com.clinigrad.support.Fixtures;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Waivers along their chain (each step only by its approver, rejections and revocations
 * with a reason, the audit saying who waived) and what-if audits that save nothing (batch
 * audits: {@link BatchAuditTests}).
 */
@SpringBootTest
@AutoConfigureMockMvc
@RecordApplicationEvents
class WaiverAndWhatIfTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationEvents events;

	@Autowired
	ApplicationContext context;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aWaiverPassesTheChainAndTheAuditSaysWhoWaivedIt() throws Exception {
		Fixtures fixtures = Fixtures.in(this.context);
		String hospital = fixtures.hospital();
		String supervisor = fixtures.supervisor(hospital);
		String student = fixtures.student(hospital, supervisor);
		UserDetails studentLogin = fixtures.login(fixtures.account(Set.of(Role.STUDENT), null, null, null, student));
		UserDetails ownSupervisor = fixtures
			.login(fixtures.account(Set.of(Role.SUPERVISOR), null, null, supervisor, null));
		UserDetails otherSupervisor = fixtures
			.login(fixtures.account(Set.of(Role.SUPERVISOR), null, null, fixtures.supervisor(hospital), null));
		UserDetails office = fixtures.login(fixtures.account(Set.of(Role.HOSPITAL_OFFICE), hospital, null, null, null));
		UserDetails otherOffice = fixtures
			.login(fixtures.account(Set.of(Role.HOSPITAL_OFFICE), fixtures.hospital(), null, null, null));
		UserDetails school = fixtures.login(fixtures.account(Role.GRAD_SCHOOL));

		this.mvc
			.perform(post("/students/" + student + "/waivers").with(user(studentLogin))
				.with(csrf())
				.param("rule", "PUBLICATION")
				.param("kind", "WAIVE")
				.param("reason", "疫情期间期刊审稿延误，论文已录用待刊")
				.param("evidence", "录用通知"))
			.andExpect(status().is3xxRedirection());
		long id = this.jdbc
			.sql("select w.id from waiver w join student s on s.id = w.student_id where s.student_no = :no")
			.param("no", student)
			.query(Long.class)
			.single();

		decide(otherSupervisor, id, 0, true, null).andExpect(status().isNotFound());
		decide(office, id, 0, true, null).andExpect(status().isForbidden());
		// the scope is refused before the confirmation: without the box ticked too
		for (UserDetails wrong : List.of(otherSupervisor, office)) {
			this.mvc
				.perform(post("/waivers/" + id + "/decide").with(user(wrong))
					.with(csrf())
					.param("version", "0")
					.param("approve", "true"))
				.andExpect((wrong == office) ? status().isForbidden() : status().isNotFound());
		}
		decide(ownSupervisor, id, 0, false, "").andExpect(status().isConflict());
		// a decision cannot be taken back: without the confirmation nothing happens
		assertThat(this.mvc.perform(get("/waivers/" + id).with(user(ownSupervisor)))
			.andReturn()
			.getResponse()
			.getContentAsString()).contains("id=\"confirm-decision\" required", "不能撤回");
		this.mvc
			.perform(post("/waivers/" + id + "/decide").with(user(ownSupervisor))
				.with(csrf())
				.param("version", "0")
				.param("approve", "true")
				.param("reason", "同意"))
			.andExpect(status().isConflict())
			.andExpect(model().attribute("conflictKey", "waiver.error.confirmDecision"));
		assertThat(waiverStatus(id)).isEqualTo("REQUESTED");
		decide(ownSupervisor, id, 0, true, "同意").andExpect(status().is3xxRedirection());
		assertThat(waiverStatus(id)).isEqualTo("SUPERVISOR_APPROVED");
		decide(otherOffice, id, 1, true, null).andExpect(status().isNotFound());
		decide(school, id, 1, true, null).andExpect(status().isForbidden());
		decide(office, id, 1, true, "材料属实").andExpect(status().is3xxRedirection());
		this.mvc.perform(get("/waivers").with(user(school))).andExpect(content().string(containsString(student)));
		decide(school, id, 2, true, "同意豁免").andExpect(status().is3xxRedirection());
		// each decision is published, so eligibility re-checks the student's warnings and
		// cases at once
		assertThat(this.events.stream(WaiverDecided.class).filter((decided) -> decided.waiverId() == id))
			.extracting(WaiverDecided::status)
			.containsExactly(WaiverStatus.SUPERVISOR_APPROVED, WaiverStatus.HOSPITAL_APPROVED, WaiverStatus.APPROVED);

		this.mvc
			.perform(get("/api/v1/students/" + student + "/audit?asOf=2030-01-01").with(user(school))
				.header("Accept-Language", "en"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.checks[?(@.rule=='PUBLICATION')].status").value("WAIVED"))
			.andExpect(jsonPath("$.checks[?(@.rule=='PUBLICATION')].message")
				.value(org.hamcrest.Matchers.hasItem(containsString("疫情期间"))));

		this.mvc
			.perform(post("/waivers/" + id + "/revoke").with(user(office))
				.with(csrf())
				.param("version", "3")
				.param("reason", "x"))
			.andExpect(status().isForbidden());
		// revoking cannot be undone: the reason alone is not enough
		assertThat(this.mvc.perform(get("/waivers/" + id).with(user(school)))
			.andReturn()
			.getResponse()
			.getContentAsString()).contains("id=\"confirm-revoke\" required");
		this.mvc
			.perform(post("/waivers/" + id + "/revoke").with(user(school))
				.with(csrf())
				.param("version", "3")
				.param("reason", "论文撤稿"))
			.andExpect(status().isConflict())
			.andExpect(model().attribute("conflictKey", "waiver.error.confirmRevoke"));
		assertThat(waiverStatus(id)).isEqualTo("APPROVED");
		this.mvc
			.perform(post("/waivers/" + id + "/revoke").with(user(school))
				.with(csrf())
				.param("version", "3")
				.param("reason", "论文撤稿")
				.param("confirm", "true"))
			.andExpect(status().is3xxRedirection());
		assertThat(waiverStatus(id)).isEqualTo("REVOKED");
		this.mvc.perform(get("/api/v1/students/" + student + "/audit?asOf=2030-01-01").with(user(school)))
			.andExpect(jsonPath("$.checks[?(@.rule=='PUBLICATION')].status")
				.value(org.hamcrest.Matchers.hasItem(org.hamcrest.Matchers.not("WAIVED"))));
		this.mvc.perform(get("/waivers/" + id).with(user(studentLogin)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("论文撤稿")));
	}

	@Test
	void nobodyDecidesAStepOfTheirOwnRequestOrTwoStepsOfOneWaiver() throws Exception {
		Fixtures fixtures = Fixtures.in(this.context);
		String hospital = fixtures.hospital();
		String supervisor = fixtures.supervisor(hospital);
		String student = fixtures.student(hospital, supervisor);
		UserDetails ownSupervisor = fixtures
			.login(fixtures.account(Set.of(Role.SUPERVISOR), null, null, supervisor, null));
		UserDetails office = fixtures.login(fixtures.account(Set.of(Role.HOSPITAL_OFFICE), hospital, null, null, null));
		UserDetails school = fixtures.login(fixtures.account(Role.GRAD_SCHOOL));
		UserDetails otherSchool = fixtures.login(fixtures.account(Role.GRAD_SCHOOL));

		this.mvc
			.perform(post("/students/" + student + "/waivers").with(user(ownSupervisor))
				.with(csrf())
				.param("rule", "PUBLICATION")
				.param("kind", "WAIVE")
				.param("reason", "论文已录用待刊"))
			.andExpect(status().is3xxRedirection());
		long id = this.jdbc
			.sql("select w.id from waiver w join student s on s.id = w.student_id where s.student_no = :no")
			.param("no", student)
			.query(Long.class)
			.single();

		decide(ownSupervisor, id, 0, true, "同意").andExpect(status().isConflict())
			.andExpect(content().string(containsString("须由他人审批")));
		this.mvc.perform(get("/waivers").with(user(ownSupervisor)))
			.andExpect(content().string(org.hamcrest.Matchers.not(containsString(student))));
		this.mvc.perform(get("/waivers/" + id).with(user(ownSupervisor)))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.not(containsString("waiver-decision"))));
		this.mvc.perform(get("/waivers/" + id).with(user(school)))
			.andExpect(content().string(containsString("导师审批一步由研究生院办理")))
			.andExpect(content().string(containsString("waiver-decision")));
		decide(school, id, 0, true, "导师提出，研究生院代为审核").andExpect(status().is3xxRedirection());
		decide(office, id, 1, true, "材料属实").andExpect(status().is3xxRedirection());
		decide(school, id, 2, true, "同意").andExpect(status().isConflict());
		assertThat(
				this.jdbc.sql("select status from waiver where id = :id").param("id", id).query(String.class).single())
			.isEqualTo("HOSPITAL_APPROVED");
		decide(otherSchool, id, 2, true, "同意豁免").andExpect(status().is3xxRedirection());
		assertThat(
				this.jdbc.sql("select status from waiver where id = :id").param("id", id).query(String.class).single())
			.isEqualTo("APPROVED");
	}

	@Test
	void anExpiredExtensionFreesItsRuleForANewWaiverAndAnActiveOneDoesNot() throws Exception {
		Fixtures fixtures = Fixtures.in(this.context);
		String hospital = fixtures.hospital();
		String supervisor = fixtures.supervisor(hospital);
		String student = fixtures.student(hospital, supervisor);
		UserDetails studentLogin = fixtures.login(fixtures.account(Set.of(Role.STUDENT), null, null, null, student));
		UserDetails ownSupervisor = fixtures
			.login(fixtures.account(Set.of(Role.SUPERVISOR), null, null, supervisor, null));
		UserDetails office = fixtures.login(fixtures.account(Set.of(Role.HOSPITAL_OFFICE), hospital, null, null, null));
		UserDetails school = fixtures.login(fixtures.account(Role.GRAD_SCHOOL));
		this.mvc
			.perform(post("/students/" + student + "/waivers").with(user(studentLogin))
				.with(csrf())
				.param("rule", "MEDICAL_LICENSE")
				.param("kind", "EXTEND")
				.param("reason", "执业医师考试延期")
				.param("extendedUntil", SchoolTime.today().plusMonths(1).toString()))
			.andExpect(status().is3xxRedirection());
		long id = this.jdbc
			.sql("select w.id from waiver w join student s on s.id = w.student_id where s.student_no = :no")
			.param("no", student)
			.query(Long.class)
			.single();
		decide(ownSupervisor, id, 0, true, null).andExpect(status().is3xxRedirection());
		decide(office, id, 1, true, null).andExpect(status().is3xxRedirection());
		decide(school, id, 2, true, null).andExpect(status().is3xxRedirection());
		// the extension's day passes (an extension is asked for a day after today: the
		// calendar, not the form, takes it into the past)
		this.jdbc.sql("update waiver set extended_until = date '2020-06-30' where id = :id").param("id", id).update();

		this.mvc
			.perform(post("/students/" + student + "/waivers").with(user(studentLogin))
				.with(csrf())
				.param("rule", "MEDICAL_LICENSE")
				.param("kind", "WAIVE")
				.param("reason", "已取得境外执照"))
			.andExpect(status().is3xxRedirection())
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers
				.redirectedUrlPattern("/waivers/*"));
		assertThat(
				this.jdbc.sql("select status from waiver where id = :id").param("id", id).query(String.class).single())
			.isEqualTo("EXPIRED");
		org.springframework.test.web.servlet.MvcResult again = this.mvc
			.perform(post("/students/" + student + "/waivers").with(user(studentLogin))
				.with(csrf())
				.header("Referer", "/students/" + student + "/waivers")
				.param("rule", "MEDICAL_LICENSE")
				.param("kind", "WAIVE")
				.param("reason", "再次申请"))
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash()
				.attribute("flashError", "waiver.error.exists"))
			.andReturn();
		// the refusal names the rule in words
		assertThat(this.mvc
			.perform(get("/students/" + student + "/waivers").with(user(studentLogin)).flashAttrs(again.getFlashMap()))
			.andReturn()
			.getResponse()
			.getContentAsString(java.nio.charset.StandardCharsets.UTF_8)).contains("该学生的 医师资格证书 已有在审或已批准的豁免")
			.doesNotContain("MEDICAL_LICENSE 已有");
		assertThat(this.jdbc
			.sql("select count(*) from waiver w join student s on s.id = w.student_id where s.student_no = :no")
			.param("no", student)
			.query(Integer.class)
			.single()).isEqualTo(2);
	}

	@Test
	void anExtensionToADayNotAfterTodayOrTheRuleSetsDeadlineIsRefusedAndNothingSaved() throws Exception {
		Fixtures fixtures = Fixtures.in(this.context);
		String hospital = fixtures.hospital();
		String student = fixtures.student(hospital, fixtures.supervisor(hospital));
		UserDetails studentLogin = fixtures.login(fixtures.account(Set.of(Role.STUDENT), null, null, null, student));
		String today = SchoolTime.today().toString();

		MvcResult refused = extend(studentLogin, student, "2020-01-01")
			.andExpect(flash().attribute("flashError", "waiver.error.extendedUntilNotAfterToday"))
			.andReturn();
		this.mvc
			.perform(
					get("/students/" + student + "/waivers").flashAttrs(refused.getFlashMap()).with(user(studentLogin)))
			.andExpect(content().string(containsString("延长后的期限须晚于今天（" + today + "）")))
			.andExpect(content().string(containsString("value=\"2020-01-01\"")))
			.andExpect(content().string(containsString("执业医师考试延期")));
		extend(studentLogin, student, today)
			.andExpect(flash().attribute("flashError", "waiver.error.extendedUntilNotAfterToday"));
		assertThat(waivers(student)).isZero();

		// a cohort whose license deadline (31 January, three years on) is still ahead
		int cohort = SchoolTime.today().getYear();
		this.jdbc.sql("update student set cohort_year = :c where student_no = :no")
			.param("c", cohort)
			.param("no", student)
			.update();
		String deadline = (cohort + 3) + "-01-31";
		refused = extend(studentLogin, student, deadline)
			.andExpect(flash().attribute("flashError", "waiver.error.extendedUntilNotAfterDeadline"))
			.andReturn();
		this.mvc
			.perform(
					get("/students/" + student + "/waivers").flashAttrs(refused.getFlashMap()).with(user(studentLogin)))
			.andExpect(content().string(containsString("延长后的期限须晚于该项原定的截止日期（" + deadline + "）")));
		assertThat(waivers(student)).isZero();

		extend(studentLogin, student, (cohort + 3) + "-02-01").andExpect(
				org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern("/waivers/*"));
		assertThat(this.jdbc
			.sql("select w.extended_until from waiver w join student s on s.id = w.student_id where s.student_no = :no")
			.param("no", student)
			.query(java.time.LocalDate.class)
			.single()).isEqualTo(java.time.LocalDate.of(cohort + 3, 2, 1));
	}

	@Test
	void anExtensionToTheDayAfterTodayIsAcceptedWhenTheRuleSetsDeadlineHasPassed() throws Exception {
		Fixtures fixtures = Fixtures.in(this.context);
		String hospital = fixtures.hospital();
		String student = fixtures.student(hospital, fixtures.supervisor(hospital));
		UserDetails studentLogin = fixtures.login(fixtures.account(Set.of(Role.STUDENT), null, null, null, student));
		// cohort 2023: the license was due on 2026-01-31, before any day the test runs
		extend(studentLogin, student, SchoolTime.today().plusDays(1).toString()).andExpect(
				org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern("/waivers/*"));
		assertThat(waivers(student)).isOne();
	}

	private ResultActions extend(UserDetails who, String student, String until) throws Exception {
		return this.mvc.perform(post("/students/" + student + "/waivers").with(user(who))
			.with(csrf())
			.header("Referer", "/students/" + student + "/waivers")
			.param("rule", "MEDICAL_LICENSE")
			.param("kind", "EXTEND")
			.param("reason", "执业医师考试延期")
			.param("extendedUntil", until));
	}

	private long waivers(String student) {
		return this.jdbc
			.sql("select count(*) from waiver w join student s on s.id = w.student_id where s.student_no = :no")
			.param("no", student)
			.query(Long.class)
			.single();
	}

	@Test
	void aWhatIfAuditSavesNothingAndIsOnlyForThoseWhoMaySeeTheStudent() throws Exception {
		Fixtures fixtures = Fixtures.in(this.context);
		String hospital = fixtures.hospital();
		String supervisor = fixtures.supervisor(hospital);
		String student = fixtures.student(hospital, supervisor);
		UserDetails ownSupervisor = fixtures
			.login(fixtures.account(Set.of(Role.SUPERVISOR), null, null, supervisor, null));
		long grades = this.jdbc.sql("select count(*) from grade").query(Long.class).single();
		this.mvc
			.perform(get("/students/" + student + "/audit/what-if").with(user(ownSupervisor))
				.param("asOf", "2026-06-30")
				.param("courses", "PUMC-PR01, PUMC-PR02")
				.param("months", "6")
				.param("subspecialty", "心血管病")
				.param("certificates", "MEDICAL_LICENSE"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("data-rule=\"CREDITS_PUBLIC_REQUIRED\"")))
			.andExpect(content().string(containsString("data-rule=\"CLINICAL_MONTHS\"")))
			// the programs by name, not by code
			.andExpect(content().string(containsString("本人项目（临床医学专业学位硕士）")))
			.andExpect(content().string(containsString(">临床医学专业学位硕士</option>")));
		String html = this.mvc
			.perform(get("/students/" + student + "/audit/what-if").with(user(ownSupervisor))
				.param("asOf", "2026-06-30")
				.param("courses", "PUMC-PR01, PUMC-PR02"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		String row = html.substring(html.indexOf("data-rule=\"CREDITS_PUBLIC_REQUIRED\""));
		row = row.substring(0, row.indexOf("</tr>"));
		assertThat(row).contains("text-bg-success");
		assertThat(this.jdbc.sql("select count(*) from grade").query(Long.class).single()).isEqualTo(grades);
		this.mvc
			.perform(get("/students/" + student + "/audit/what-if").with(user(ownSupervisor)).param("courses", "NOPE"))
			.andExpect(status().isConflict());
		this.mvc
			.perform(get("/students/" + student + "/audit/what-if").with(user(ownSupervisor))
				.param("program", "NO-SUCH-PROGRAM"))
			.andExpect(status().isNotFound());
		this.mvc
			.perform(get("/students/" + student + "/audit/what-if").with(user(ownSupervisor)).param("version", "1999"))
			.andExpect(status().isNotFound());
		UserDetails otherSupervisor = fixtures
			.login(fixtures.account(Set.of(Role.SUPERVISOR), null, null, fixtures.supervisor(hospital), null));
		this.mvc.perform(get("/students/" + student + "/audit/what-if").with(user(otherSupervisor)))
			.andExpect(status().isNotFound());
	}

	private ResultActions decide(UserDetails who, long id, long version, boolean approve, String reason)
			throws Exception {
		return this.mvc.perform(post("/waivers/" + id + "/decide").with(user(who))
			.with(csrf())
			.param("version", Long.toString(version))
			.param("approve", Boolean.toString(approve))
			.param("reason", (reason != null) ? reason : "")
			.param("confirm", "true"));
	}

	private String waiverStatus(long id) {
		return this.jdbc.sql("select status from waiver where id = :id").param("id", id).query(String.class).single();
	}

}
