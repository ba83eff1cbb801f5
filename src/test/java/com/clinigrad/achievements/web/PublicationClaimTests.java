package com.clinigrad.achievements.web;

import java.util.Set;

import com.clinigrad.accounts.Role;
import com.clinigrad.support.Fixtures;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A paper entered with its indexing is shown with the indexing's words in the page's
 * language, offered from the one list of indexings, and reaches the publication record
 * with that indexing once confirmed; an indexing outside the list is refused.
 */
@SpringBootTest
@AutoConfigureMockMvc
class PublicationClaimTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aCorePaperIsShownInWordsAndRecordedWithItsIndexing() throws Exception {
		Fixtures fixtures = Fixtures.in(this.context);
		String hospital = fixtures.hospital();
		String student = fixtures.student(hospital, fixtures.supervisor(hospital));
		UserDetails studentLogin = fixtures.login(fixtures.account(Set.of(Role.STUDENT), null, null, null, student));
		UserDetails office = fixtures.login(fixtures.account(Set.of(Role.HOSPITAL_OFFICE), hospital, null, null, null));
		String title = "Indexing words " + student;

		this.mvc
			.perform(post("/students/" + student + "/achievements").with(user(studentLogin))
				.with(csrf())
				.param("kind", "PUBLICATION")
				.param("title", title)
				.param("journal", "中华医学杂志")
				.param("indexing", "NOWHERE")
				.param("authorPosition", "1")
				.param("articleType", "RESEARCH")
				.param("obtainedOn", "2025-08-20"))
			.andExpect(status().isBadRequest());
		this.mvc
			.perform(post("/students/" + student + "/achievements").with(user(studentLogin))
				.with(csrf())
				.param("kind", "PUBLICATION")
				.param("title", title)
				.param("journal", "中华医学杂志")
				.param("indexing", "CORE")
				.param("authorPosition", "1")
				.param("articleType", "RESEARCH")
				.param("obtainedOn", "2025-08-20"))
			.andExpect(status().is3xxRedirection());

		this.mvc.perform(get("/students/" + student + "/achievements").with(user(studentLogin)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("中华医学杂志 · 国内核心")))
			.andExpect(content().string(containsString("<option value=\"SCI\">SCI 收录</option>")));
		this.mvc.perform(get("/students/" + student + "/achievements").param("lang", "en").with(user(studentLogin)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("中华医学杂志 · Chinese core")))
			.andExpect(content().string(not(containsString("国内核心"))));

		long claim = this.jdbc.sql("""
				select c.id from achievement_claim c join student s on s.id = c.student_id
				where s.student_no = :no and c.title = :title""")
			.param("no", student)
			.param("title", title)
			.query(Long.class)
			.single();
		this.mvc
			.perform(post("/achievements/" + claim + "/decide").with(user(office))
				.with(csrf())
				.param("version", "0")
				.param("confirm", "true")
				.param("reason", "")
				.param("from", "pending"))
			.andExpect(status().is3xxRedirection());
		assertThat(this.jdbc.sql("""
				select p.indexing from publication p join student s on s.id = p.student_id
				where s.student_no = :no and p.title = :title""")
			.param("no", student)
			.param("title", title)
			.query(String.class)
			.single()).isEqualTo("CORE");
	}

}
