package com.clinigrad.eligibility.web;

import java.util.Set;

import com.clinigrad.accounts.Role;
import com.clinigrad.support.Fixtures;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The audit page for each kind of reader, and the rule-code documentation.
 */
@SpringBootTest
@AutoConfigureMockMvc
class AuditPageTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	@Test
	void theAuditPageShowsEveryCheckToThoseWhoMaySeeTheStudent() throws Exception {
		Fixtures fixtures = Fixtures.in(this.context);
		String hospital = fixtures.hospital();
		String supervisor = fixtures.supervisor(hospital);
		String student = fixtures.student(hospital, supervisor);
		String other = fixtures.student(fixtures.hospital(), fixtures.supervisor(null));

		this.mvc
			.perform(get("/students/" + student + "/audit?asOf=2025-01-01")
				.with(user(fixtures.login(fixtures.account(Role.GRAD_SCHOOL)))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("data-rule=\"CREDITS_TOTAL\"")))
			.andExpect(content().string(containsString("data-rule=\"MEDICAL_LICENSE\"")))
			.andExpect(content().string(containsString("可申请答辩")));
		this.mvc
			.perform(get("/students/" + student + "/audit")
				.with(user(fixtures.login(fixtures.account(Set.of(Role.SUPERVISOR), null, null, supervisor, null)))))
			.andExpect(status().isOk());
		this.mvc
			.perform(get("/students/" + other + "/audit")
				.with(user(fixtures.login(fixtures.account(Set.of(Role.SUPERVISOR), null, null, supervisor, null)))))
			.andExpect(status().isNotFound())
			.andExpect(content().string(not(containsString("data-rule"))));
		this.mvc
			.perform(get("/students/" + other + "/audit")
				.with(user(fixtures.login(fixtures.account(Set.of(Role.STUDENT), null, null, null, student)))))
			.andExpect(status().isNotFound());
		this.mvc
			.perform(get("/students/" + student + "/audit").with(user(fixtures.login(fixtures.account(Role.EXPERT)))))
			.andExpect(status().isForbidden());
	}

	@Test
	void requiredAndActualAreWordsInThePagesLanguageAndRuleCodesAreNotShown() throws Exception {
		Fixtures fixtures = Fixtures.in(this.context);
		String hospital = fixtures.hospital();
		String student = fixtures.student(hospital, fixtures.supervisor(hospital));
		var staff = user(fixtures.login(fixtures.account(Role.GRAD_SCHOOL)));

		String chinese = checks(this.mvc.perform(get("/students/" + student + "/audit?asOf=2025-01-01").with(staff))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());
		assertThat(chinese).contains("第 5 学期末前（", "尚无记录", " 学分<", "title=\"CREDITS_TOTAL\"")
			.doesNotContain(">CREDITS_TOTAL<", "by semester", ">none<", ">PASS<", ">recorded<");

		String english = checks(
				this.mvc.perform(get("/students/" + student + "/audit?asOf=2025-01-01&lang=en").with(staff))
					.andExpect(status().isOk())
					.andReturn()
					.getResponse()
					.getContentAsString());
		assertThat(english).contains("by the end of semester 5 (", "none recorded", " credits<")
			.doesNotContain(">CREDITS_TOTAL<", ">MEDICAL_LICENSE<", ">none<", ">PASS<", "by semester 5 (");

		String whatIf = this.mvc.perform(get("/students/" + student + "/audit/what-if?asOf=2025-01-01").with(staff))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(whatIf).contains("data-rule=\"CREDITS_TOTAL\"").doesNotContain(">CREDITS_TOTAL<");
	}

	private static String checks(String page) {
		int start = page.indexOf("id=\"audit-checks\"");
		assertThat(start).as("the checks table").isPositive();
		return page.substring(start, page.indexOf("</table>", start));
	}

	@Test
	void theRulePageDocumentsEveryCodeInBothLanguages() throws Exception {
		Fixtures fixtures = Fixtures.in(this.context);
		String staff = fixtures.account(Role.GRAD_SCHOOL);
		for (String code : com.clinigrad.eligibility.rules.RuleSet.CODES) {
			this.mvc.perform(get("/audit/rules").with(user(fixtures.login(staff))))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString(">" + code + "<")));
		}
		this.mvc.perform(get("/audit/rules?lang=en").with(user(fixtures.login(staff))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Medical license obtained by the end of semester 5")));
		this.mvc.perform(get("/audit/rules")).andExpect(status().is3xxRedirection());
	}

}
