package com.clinigrad.supervisors.web;

import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.clinigrad.accounts.Role;
import com.clinigrad.support.Fixtures;
import com.clinigrad.support.ListPages;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.unbescape.html.HtmlEscape;

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
 * The supervisor list in the list pattern: filters in the URL narrow the rows, the
 * exports hold exactly the filtered pages in words, the language switch keeps the
 * filters, a hospital office never sees another hospital's supervisors and a student sees
 * no list.
 */
@SpringBootTest
@AutoConfigureMockMvc
class SupervisorListTests {

	static final int TITLE = 2;

	static final int QUALIFICATION = 3;

	static final int FIELD = 5;

	static final int INSTITUTION = 6;

	static final int STUDENTS = 7;

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	@Autowired
	JdbcClient jdbc;

	Fixtures fixtures;

	String hospital;

	String otherHospital;

	String professor;

	String master;

	String external;

	String elsewhere;

	String student;

	RequestPostProcessor school;

	@BeforeEach
	void createData() {
		this.fixtures = Fixtures.in(this.context);
		this.hospital = this.fixtures.hospital();
		this.otherHospital = this.fixtures.hospital();
		this.professor = this.fixtures.supervisor(this.hospital);
		this.master = this.fixtures.supervisor(this.hospital);
		this.external = this.fixtures.supervisor(this.hospital);
		this.elsewhere = this.fixtures.supervisor(this.otherHospital);
		this.student = this.fixtures.student(this.hospital, this.professor);
		this.jdbc.sql("update supervisor set discipline_code = '105101' where staff_no = :no")
			.param("no", this.professor)
			.update();
		this.jdbc.sql("""
				update supervisor set doctoral_supervisor = false, title_level = 'ASSOCIATE_SENIOR',
				discipline_code = '105102' where staff_no = :no
				""").param("no", this.master).update();
		this.jdbc.sql("update supervisor set institution = '浙江省人民医院' where staff_no = :no")
			.param("no", this.external)
			.update();
		this.school = user(this.fixtures.login(this.fixtures.account(Role.GRAD_SCHOOL)));
	}

	@Test
	void theFiltersNarrowTheRowsAndTheExportsHoldExactlyThePagesInWords() throws Exception {
		ListPages pages = ListPages.as(this.mvc, this.school);
		List<List<String>> all = pages.assertExportsEqualPages("/supervisors?hospital=" + this.hospital,
				"supervisor-table", "、");
		assertThat(all).extracting((row) -> row.get(0)).containsExactly(this.professor, this.master, this.external);
		assertThat(all.get(0)).containsSubsequence("正高", "博导、硕导", "测试医院" + this.hospital, "内科学", "本校", "1");
		assertThat(all.get(1).get(TITLE)).isEqualTo("副高");
		assertThat(all.get(1).get(QUALIFICATION)).isEqualTo("硕导");
		assertThat(all.get(2).get(INSTITUTION)).isEqualTo("浙江省人民医院");

		assertThat(pages.assertExportsEqualPages(
				"/supervisors?hospital=" + this.hospital + "&qualification=MASTER_ONLY", "supervisor-table", "、"))
			.extracting((row) -> row.get(0))
			.containsExactly(this.master);
		assertThat(pages.assertExportsEqualPages("/supervisors?hospital=" + this.hospital + "&title=FULL_SENIOR"
				+ "&institution=INTERNAL&sort=staffNo&dir=desc", "supervisor-table", "、"))
			.extracting((row) -> row.get(0))
			.containsExactly(this.professor);
		assertThat(pages.assertExportsEqualPages("/supervisors?hospital=" + this.hospital + "&active=SUPERVISING",
				"supervisor-table", "、"))
			.extracting((row) -> row.get(0) + " " + row.get(STUDENTS))
			.containsExactly(this.professor + " 1");
		assertThat(pages.assertExportsEqualPages("/supervisors?discipline=105102&q=" + this.master, "supervisor-table",
				"、"))
			.extracting((row) -> row.get(0))
			.containsExactly(this.master);

		List<List<String>> english = pages.assertExportsEqualPages(
				"/supervisors?hospital=" + this.hospital + "&active=NONE&sort=staffNo&dir=desc&lang=en",
				"supervisor-table", ", ");
		assertThat(english).extracting((row) -> row.get(0)).containsExactly(this.external, this.master);
		assertThat(english.get(1)).containsSubsequence("Associate senior", "Master's", "Pediatrics", "Own university",
				"0");
	}

	@Test
	void theLanguageSwitchKeepsTheFilters() throws Exception {
		ListPages pages = ListPages.as(this.mvc, this.school);
		String page = pages.page("/supervisors?hospital=" + this.hospital + "&qualification=MASTER_ONLY");
		Matcher href = Pattern.compile("<a class=\"nav-link\" href=\"([^\"]*)\" lang=\"en\" id=\"language-switch\"")
			.matcher(page);
		assertThat(href.find()).as("the English link").isTrue();
		String english = HtmlEscape.unescapeHtml(href.group(1));
		assertThat(english).isEqualTo("?hospital=" + this.hospital + "&qualification=MASTER_ONLY&lang=en");
		String switched = pages.page("/supervisors" + english);
		assertThat(ListPages.rows(switched, "supervisor-table", ", ")).extracting((row) -> row.get(0))
			.containsExactly(this.master);
		assertThat(switched).contains("<option value=\"MASTER_ONLY\" selected=\"selected\">Master&#39;s only</option>");
	}

	@Test
	void aHospitalOfficeSeesOnlyItsHospitalAndAStudentNoList() throws Exception {
		RequestPostProcessor office = user(this.fixtures
			.login(this.fixtures.account(Set.of(Role.HOSPITAL_OFFICE), this.otherHospital, null, null, null)));
		ListPages pages = ListPages.as(this.mvc, office);
		for (String url : List.of("/supervisors", "/supervisors?hospital=" + this.hospital,
				"/supervisors?q=" + this.professor)) {
			assertThat(ListPages.rows(pages.page(url), "supervisor-table", "、").stream().flatMap(List::stream))
				.doesNotContain(this.professor, this.master, this.external);
			String join = url.contains("?") ? "&" : "?";
			assertThat(ListPages.xlsx(pages.export(url + join + "export=xlsx")).stream().flatMap(List::stream))
				.doesNotContain(this.professor, this.master, this.external);
			assertThat(ListPages.csv(pages.export(url + join + "export=csv")).stream().flatMap(List::stream))
				.doesNotContain(this.professor, this.master, this.external);
		}
		List<List<String>> own = pages.assertExportsEqualPages("/supervisors", "supervisor-table", "、");
		assertThat(own).extracting((row) -> row.get(0)).containsExactly(this.elsewhere);
		assertThat(pages.page("/supervisors")).doesNotContain("id=\"filter-hospital\"");

		RequestPostProcessor supervisor = user(
				this.fixtures.login(this.fixtures.account(Set.of(Role.SUPERVISOR), null, null, this.master, null)));
		assertThat(ListPages.as(this.mvc, supervisor).assertExportsEqualPages("/supervisors", "supervisor-table", "、"))
			.extracting((row) -> row.get(0))
			.containsExactly(this.master);

		RequestPostProcessor student = user(
				this.fixtures.login(this.fixtures.account(Set.of(Role.STUDENT), null, null, null, this.student)));
		this.mvc.perform(get("/supervisors").with(student)).andExpect(status().isForbidden());
		this.mvc.perform(get("/supervisors").param("export", "xlsx").with(student)).andExpect(status().isForbidden());
		this.mvc.perform(get("/supervisors").param("export", "csv").with(student)).andExpect(status().isForbidden());
	}

}
