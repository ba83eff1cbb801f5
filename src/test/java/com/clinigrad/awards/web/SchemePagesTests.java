package com.clinigrad.awards.web;

import java.util.Set;

import com.clinigrad.accounts.Role;
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

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The award schemes through their pages: the DOMAIN §10 seed values shipped for the three
 * universities, the graduate school's edits (weights adding up to 100, a quota as a ratio
 * or a count, a new year copied), and who may see and change them.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(SentFromAPage.class)
class SchemePagesTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	@Autowired
	JdbcClient jdbc;

	Fixtures fixtures;

	UserDetails grad;

	UserDetails office;

	@BeforeEach
	void setUp() {
		this.fixtures = Fixtures.in(this.context);
		this.grad = this.fixtures.login(this.fixtures.account(Role.GRAD_SCHOOL));
		this.office = this.fixtures
			.login(this.fixtures.account(Set.of(Role.HOSPITAL_OFFICE), this.fixtures.hospital(), null, null, null));
	}

	@Test
	void theSeedValuesOfTheThreeUniversitiesAreShipped() throws Exception {
		this.mvc.perform(get("/awards/schemes").with(user(this.grad)).param("lang", "en"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("data-scheme=\"PUMC-2026\"")))
			.andExpect(content().string(containsString("data-scheme=\"TMU-2026\"")))
			.andExpect(content().string(containsString("data-scheme=\"ZJU-2026\"")))
			.andExpect(content().string(containsString("Clinical Medicine Professional Master")));
		this.mvc.perform(get("/awards/schemes/{id}", scheme("PUMC", 2026)).with(user(this.grad)).param("lang", "en"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("¥20,000")))
			.andExpect(content().string(containsString("Academic scholarship, first class")))
			.andExpect(content().string(containsString("8%")))
			.andExpect(content().string(containsString("20%")))
			.andExpect(content().string(containsString("¥10 an hour")))
			.andExpect(content().string(containsString("Clinical Medicine Professional Master")))
			.andExpect(content().string(not(containsString("PUMC-PRO-MASTER"))))
			.andExpect(content().string(not(containsString("PER_HOUR"))));
		this.mvc.perform(get("/awards/schemes/{id}", scheme("ZJU", 2026)).with(user(this.grad)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("不低于 3,500 元/月 × 12 个月")))
			.andExpect(content().string(containsString("中期考核通过后 4,100 元/月")))
			.andExpect(content().string(containsString("30,000 元")));
		this.mvc.perform(get("/awards/schemes/{id}", scheme("TMU", 2026)).with(user(this.grad)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("1,500 元/月 × 10 个月")))
			.andExpect(content().string(containsString("不低于 240 元/月")));
	}

	@Test
	void theGraduateSchoolEditsAnAwardTypeOfANewYearCopiedFromTheLast() throws Exception {
		long pumc = scheme("PUMC", 2026);
		this.mvc
			.perform(post("/awards/schemes/{id}/copy", pumc).with(user(this.grad)).with(csrf()).param("year", "2090"))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("flashSuccess", "award.schemeCopied"));
		long copy = scheme("PUMC", 2090);
		// who changed the scheme last, by the account's display name, not the login
		this.mvc.perform(get("/awards/schemes/{id}", copy).with(user(this.grad)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("最近修改：用户" + this.grad.getUsername() + "，")))
			.andExpect(content().string(not(containsString("最近修改：" + this.grad.getUsername() + "，"))));
		assertThat(this.jdbc.sql("select count(*) from award_type where scheme_id = :s")
			.param("s", copy)
			.query(Long.class)
			.single()).isEqualTo(11);
		long national = type(copy, 1);
		this.mvc
			.perform(post("/awards/schemes/{id}/types/{t}", copy, national).with(user(this.grad))
				.with(csrf())
				.param("name", "研究生国家奖学金")
				.param("nameEn", "National scholarship")
				.param("amount", "20000")
				.param("unit", "ONE_OFF")
				.param("degreeTypes", "PRO_MASTER")
				.param("allocation", "RANKED")
				.param("quotaPercent", "3")
				.param("version", "0"))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("flashSuccess", "award.typeSaved"));
		assertThat(this.jdbc.sql("select quota_ratio from award_type where id = :id")
			.param("id", national)
			.query(java.math.BigDecimal.class)
			.single()).isEqualByComparingTo("0.03");
		// a stale version is a conflict; both a ratio and a count are refused
		this.mvc
			.perform(post("/awards/schemes/{id}/types/{t}", copy, national).with(user(this.grad))
				.with(csrf())
				.param("name", "研究生国家奖学金")
				.param("nameEn", "National scholarship")
				.param("amount", "20000")
				.param("unit", "ONE_OFF")
				.param("allocation", "RANKED")
				.param("quotaPercent", "3")
				.param("version", "0"))
			.andExpect(status().isConflict());
		this.mvc
			.perform(post("/awards/schemes/{id}/types/{t}", copy, national).with(user(this.grad))
				.with(csrf())
				.param("name", "研究生国家奖学金")
				.param("nameEn", "National scholarship")
				.param("amount", "20000")
				.param("unit", "ONE_OFF")
				.param("allocation", "RANKED")
				.param("quotaPercent", "3")
				.param("quotaCount", "4")
				.param("version", "1"))
			.andExpect(flash().attribute("flashError", "award.error.quotaBoth"));
		// a refused form keeps what was typed
		this.mvc
			.perform(post("/awards/schemes/{id}/types/{t}", copy, national).with(user(this.grad))
				.with(csrf())
				.param("name", "")
				.param("nameEn", "National scholarship typed")
				.param("unit", "ONE_OFF")
				.param("allocation", "RANKED")
				.param("version", "1"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrors("form", "name"))
			.andExpect(content().string(containsString("National scholarship typed")));
	}

	@Test
	void theWeightsMustAddUpToAHundred() throws Exception {
		long pumc = scheme("PUMC", 2026);
		long copy = pumc;
		this.mvc
			.perform(post("/awards/schemes/{id}", copy).with(user(this.grad))
				.with(csrf())
				.param("quotaRounding", "FLOOR")
				.param("tieBreak", "GRADES")
				.param("vetoMonths", "12")
				.param("weights[GRADES]", "50")
				.param("weights[CLINICAL]", "30")
				.param("weights[RESEARCH]", "20")
				.param("weights[SERVICE]", "5")
				.param("weights[ETHICS]", "5")
				.param("version", String.valueOf(version(copy))))
			.andExpect(flash().attribute("flashError", "award.error.weights"));
		// a hundred in all, one of them negative
		this.mvc
			.perform(post("/awards/schemes/{id}", copy).with(user(this.grad))
				.with(csrf())
				.header("Referer", "/awards/schemes/" + copy)
				.param("quotaRounding", "FLOOR")
				.param("tieBreak", "GRADES")
				.param("vetoMonths", "12")
				.param("weights[GRADES]", "-10")
				.param("weights[CLINICAL]", "80")
				.param("weights[RESEARCH]", "20")
				.param("weights[SERVICE]", "5")
				.param("weights[ETHICS]", "5")
				.param("version", String.valueOf(version(copy))))
			.andExpect(flash().attribute("flashError", "award.error.negativeWeight"));
		assertThat(this.jdbc.sql("select quota_rounding from award_scheme where id = :id")
			.param("id", copy)
			.query(String.class)
			.single()).isEqualTo("HALF_UP");
	}

	@Test
	void onlyTheGraduateSchoolChangesSchemesAndOnlyOfficesSeeThem() throws Exception {
		long pumc = scheme("PUMC", 2026);
		long national = type(pumc, 1);
		this.mvc.perform(get("/awards/schemes/{id}", pumc).with(user(this.office)))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("id=\"save-scheme\""))))
			.andExpect(content().string(not(containsString("id=\"edit-type-1\""))));
		this.mvc.perform(get("/awards/schemes/{id}/types/{t}", pumc, national).with(user(this.office)))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(post("/awards/schemes/{id}/copy", pumc).with(user(this.office)).with(csrf()).param("year", "2091"))
			.andExpect(status().isForbidden());
		String hospital = this.fixtures.hospital();
		String staffNo = this.fixtures.supervisor(hospital);
		String studentNo = this.fixtures.student(hospital, staffNo);
		UserDetails student = this.fixtures
			.login(this.fixtures.account(Set.of(Role.STUDENT), null, null, null, studentNo));
		UserDetails supervisor = this.fixtures
			.login(this.fixtures.account(Set.of(Role.SUPERVISOR), null, null, staffNo, null));
		this.mvc.perform(get("/awards/schemes").with(user(student))).andExpect(status().isForbidden());
		this.mvc.perform(get("/awards/schemes/{id}", pumc).with(user(supervisor))).andExpect(status().isForbidden());
		this.mvc.perform(get("/awards/schemes/{id}", 999_999).with(user(this.grad))).andExpect(status().isNotFound());
	}

	private long scheme(String university, int year) {
		return this.jdbc.sql("select id from award_scheme where university = :u and year = :y")
			.param("u", university)
			.param("y", year)
			.query(Long.class)
			.single();
	}

	private long type(long scheme, int position) {
		return this.jdbc.sql("select id from award_type where scheme_id = :s and position = :p")
			.param("s", scheme)
			.param("p", position)
			.query(Long.class)
			.single();
	}

	private long version(long scheme) {
		return this.jdbc.sql("select version from award_scheme where id = :id")
			.param("id", scheme)
			.query(Long.class)
			.single();
	}

}
