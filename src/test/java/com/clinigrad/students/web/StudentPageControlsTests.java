package com.clinigrad.students.web;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.clinigrad.accounts.Role;
import com.clinigrad.support.Fixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * What each role is offered on the student page and in the navigation bar: the changes
 * only to the graduate school, the links to the supervisors' pages only to the roles that
 * may open them, the way back to the list only to those who have one; the others see the
 * names without the links and none of the forms.
 */
@SpringBootTest
@AutoConfigureMockMvc
class StudentPageControlsTests {

	static final Set<String> CHANGES = Set.of("id=\"edit-student\"", "id=\"edit-supervisors\"", "id=\"group-form\"",
			"id=\"open-status-form\"", "id=\"status-form-slot\"");

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	Fixtures fixtures;

	String hospital;

	String supervisor;

	String coSupervisor;

	String student;

	@BeforeEach
	void createData() {
		this.fixtures = Fixtures.in(this.context);
		this.hospital = this.fixtures.hospital();
		this.supervisor = this.fixtures.supervisor(this.hospital);
		this.coSupervisor = this.fixtures.supervisor(this.hospital);
		this.student = this.fixtures.doctoralStudent("TMU-PRO-DOCTOR", this.hospital, this.supervisor,
				this.coSupervisor);
	}

	@Test
	void theGraduateSchoolIsOfferedEveryChangeAndEveryLink() throws Exception {
		String page = page(this.fixtures.account(Role.GRAD_SCHOOL));
		assertThat(page).contains(CHANGES).contains(breadcrumb()).contains(supervisorLinks());
	}

	@Test
	void otherStaffGetTheLinksButNoChange() throws Exception {
		for (String account : Set.of(this.fixtures.account(Role.DEGREE_COMMITTEE),
				this.fixtures.account(Set.of(Role.HOSPITAL_OFFICE), this.hospital, null, null, null))) {
			String page = page(account);
			assertThat(page).as(account).contains(breadcrumb()).contains(supervisorLinks());
			for (String change : CHANGES) {
				assertThat(page).as(account).doesNotContain(change);
			}
			linksOpen(account, page);
		}
	}

	@Test
	void eachSupervisorGetsTheLinkToTheirOwnPageAndTheOtherSupervisorsName() throws Exception {
		String[] links = supervisorLinks();
		for (String[] who : new String[][] { { this.supervisor, links[0], links[1] },
				{ this.coSupervisor, links[1], links[0] } }) {
			String account = this.fixtures.account(Set.of(Role.SUPERVISOR), null, null, who[0], null);
			String page = page(account);
			assertThat(page).as(who[0])
				.contains(breadcrumb(), who[1], "导师" + this.supervisor, "导师" + this.coSupervisor)
				.doesNotContain(who[2]);
			for (String change : CHANGES) {
				assertThat(page).as(who[0]).doesNotContain(change);
			}
			linksOpen(account, page);
		}
	}

	@Test
	void aHospitalOfficeGetsNoLinkToASupervisorOfAnotherHospital() throws Exception {
		String elsewhere = this.fixtures.supervisor(this.fixtures.hospital());
		String student = this.fixtures.doctoralStudent("TMU-PRO-DOCTOR", this.hospital, this.supervisor, elsewhere);
		String account = this.fixtures.account(Set.of(Role.HOSPITAL_OFFICE), this.hospital, null, null, null);
		String page = this.mvc.perform(get("/students/" + student).with(user(this.fixtures.login(account))))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("href=\"/supervisors/" + this.supervisor + "\"", "导师" + elsewhere)
			.doesNotContain("href=\"/supervisors/" + elsewhere + "\"");
		linksOpen(account, page);
		this.mvc.perform(get("/supervisors/" + elsewhere).with(user(this.fixtures.login(account))))
			.andExpect(status().isNotFound());
	}

	@Test
	void theStudentSeesTheSupervisorsNamesWithoutLinksListOrChanges() throws Exception {
		String page = page(this.fixtures.account(Set.of(Role.STUDENT), null, null, null, this.student));
		assertThat(page).contains("导师" + this.supervisor, "导师" + this.coSupervisor)
			.doesNotContain("href=\"/supervisors/")
			.doesNotContain(breadcrumb());
		for (String change : CHANGES) {
			assertThat(page).doesNotContain(change);
		}
	}

	@Test
	void theStatusFormIsFetchedWhenAskedForAndOnlyByTheGraduateSchool() throws Exception {
		String page = page(this.fixtures.account(Role.GRAD_SCHOOL));
		assertThat(page).as("the form itself comes when the button asks for it")
			.doesNotContain("id=\"status-form\"")
			.contains("hx-get=\"/students/" + this.student + "/status-form\"");
		String form = this.mvc
			.perform(get("/students/" + this.student + "/status-form")
				.with(user(this.fixtures.login(this.fixtures.account(Role.GRAD_SCHOOL)))))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(form)
			.contains("id=\"status-form\"", "action=\"/students/" + this.student + "/status\"",
					"name=\"version\" value=\"0\"", "<option value=\"DELAYED\">延期</option>", "name=\"_csrf\"")
			.doesNotContain("<html");
		for (String account : Set.of(this.fixtures.account(Role.DEGREE_COMMITTEE),
				this.fixtures.account(Set.of(Role.HOSPITAL_OFFICE), this.hospital, null, null, null),
				this.fixtures.account(Set.of(Role.SUPERVISOR), null, null, this.supervisor, null),
				this.fixtures.account(Set.of(Role.STUDENT), null, null, null, this.student))) {
			this.mvc.perform(get("/students/" + this.student + "/status-form").with(user(this.fixtures.login(account))))
				.andExpect(status().isForbidden());
		}
	}

	@Test
	void theNavigationBarNamesTheCallerAndTheLoginPageOffersOnlyTheLanguage() throws Exception {
		String account = this.fixtures.account(Role.GRAD_SCHOOL);
		String page = page(account);
		assertThat(page).contains("id=\"mainNav\"", "id=\"logout\"", "用户" + account, ">" + account + "<");
		String login = this.mvc.perform(get("/login"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(login).doesNotContain("id=\"mainNav\"").doesNotContain("id=\"logout\"").contains("?lang=en");
	}

	private String page(String account) throws Exception {
		return this.mvc.perform(get("/students/" + this.student).with(user(this.fixtures.login(account))))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	/**
	 * Follows every link of the page to a supervisor's or a supervisor group's page: each
	 * opens for the account that sees it.
	 */
	private void linksOpen(String account, String page) throws Exception {
		Matcher link = Pattern.compile("href=\"(/supervisor(?:s|-groups)/[^\"?#]+)\"").matcher(page);
		while (link.find()) {
			this.mvc.perform(get(link.group(1)).with(user(this.fixtures.login(account)))).andExpect(status().isOk());
		}
	}

	private static String breadcrumb() {
		return "aria-label=\"breadcrumb\"";
	}

	private String[] supervisorLinks() {
		return new String[] { "href=\"/supervisors/" + this.supervisor + "\"",
				"href=\"/supervisors/" + this.coSupervisor + "\"" };
	}

}
