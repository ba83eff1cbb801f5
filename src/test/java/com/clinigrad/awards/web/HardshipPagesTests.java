package com.clinigrad.awards.web;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Set;

import com.clinigrad.accounts.Role;
import com.clinigrad.shared.SchoolTime;
import com.clinigrad.support.EventsInFlight;
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
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Hardship recognition (家庭经济困难认定) through its pages: a Tianjin doctoral student applies
 * with evidence (once a year, the evidence required, another student refused); the office
 * of the student's hospital reviews (another hospital's office and the graduate school
 * refused at that step), the graduate school recognises a level; the student is told; the
 * supervisor sees the level but neither the reasons nor the evidence; the level makes the
 * hardship grant and tuition reduction show their amounts; a correction needs a reason
 * and keeps the history; the queue filters and exports.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(SentFromAPage.class)
class HardshipPagesTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	@Autowired
	JdbcClient jdbc;

	Fixtures fixtures;

	String hospital;

	String supervisor;

	String student;

	@BeforeEach
	void setUp() {
		this.fixtures = Fixtures.in(this.context);
		this.hospital = this.fixtures.hospital();
		this.supervisor = this.fixtures.supervisor(this.hospital);
		this.student = this.fixtures.doctoralStudent("TMU-PRO-DOCTOR", this.hospital, this.supervisor, null);
	}

	@Test
	void anApplicationIsReviewedRecognisedCorrectedAndFeedsTheHardshipAwards() throws Exception {
		UserDetails own = login(Set.of(Role.STUDENT), null, null, this.student);
		UserDetails other = login(Set.of(Role.STUDENT), null, null,
				this.fixtures.student(this.hospital, this.supervisor));
		UserDetails office = login(Set.of(Role.HOSPITAL_OFFICE), this.hospital, null, null);
		UserDetails otherOffice = login(Set.of(Role.HOSPITAL_OFFICE), this.fixtures.hospital(), null, null);
		UserDetails grad = this.fixtures.login(Role.GRAD_SCHOOL);
		UserDetails supervisorLogin = login(Set.of(Role.SUPERVISOR), null, this.supervisor, null);
		int year = SchoolTime.today().getYear();

		// without evidence: refused, what was typed kept
		apply(own, this.student, year, false)
			.andExpect(flash().attribute("flashError", "hardship.error.evidenceRequired"));
		// another student cannot apply in this one's name; an office cannot apply
		apply(other, this.student, year, true).andExpect(status().isNotFound());
		apply(office, this.student, year, true).andExpect(status().isForbidden());
		apply(own, this.student, year, true).andExpect(flash().attribute("flashSuccess", "hardship.applied"));
		apply(own, this.student, year, true).andExpect(flash().attribute("flashError", "hardship.error.appliedOnce"));
		long id = this.jdbc.sql("""
				select a.id from hardship_application a join student s on s.id = a.student_id where s.student_no = :s
				""").param("s", this.student).query(Long.class).single();

		// the supervisor: the student page, not the application
		this.mvc.perform(get("/awards/hardship/{id}", id).with(user(supervisorLogin))).andExpect(status().isNotFound());
		this.mvc.perform(get("/students/{no}/hardship", this.student).with(user(supervisorLogin)).param("lang", "en"))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("透析"))))
			.andExpect(content().string(not(containsString("income.pdf"))));
		// another hospital's office neither sees nor reviews it; the graduate school
		// cannot
		// skip the review
		this.mvc.perform(get("/awards/hardship/{id}", id).with(user(otherOffice))).andExpect(status().isNotFound());
		this.mvc.perform(get("/awards/hardship").with(user(otherOffice)))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("data-student=\"" + this.student + "\""))));
		decide(otherOffice, "review", id, true, "SPECIAL", "").andExpect(status().isNotFound());
		decide(grad, "review", id, true, "SPECIAL", "").andExpect(status().isForbidden());
		decide(grad, "decide", id, true, "SPECIAL", "")
			.andExpect(flash().attribute("flashError", "hardship.error.state"));
		this.mvc.perform(get("/awards/hardship").with(user(this.fixtures.login(Role.FINANCE))))
			.andExpect(status().isForbidden());

		// the office: its queue, the evidence, the review
		this.mvc.perform(get("/awards/hardship").with(user(office)).param("lang", "en").param("state", "SUBMITTED"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("data-student=\"" + this.student + "\"")))
			.andExpect(content().string(containsString("Awaiting hospital review")));
		this.mvc.perform(get("/awards/hardship/{id}", id).with(user(office)).param("lang", "en"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("透析")))
			.andExpect(content().string(containsString("income.pdf")))
			.andExpect(content().string(containsString("id=\"hardship-decision\"")));
		long file = this.jdbc.sql("select id from hardship_evidence where application_id = :a")
			.param("a", id)
			.query(Long.class)
			.single();
		this.mvc.perform(get("/awards/hardship/{id}/evidence/{f}", id, file).with(user(office)))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", containsString("pdf")));
		this.mvc.perform(get("/awards/hardship/{id}/evidence/{f}", id, file).with(user(supervisorLogin)))
			.andExpect(status().isNotFound());
		// a refusal needs a reason
		decide(office, "review", id, false, "SPECIAL", "")
			.andExpect(flash().attribute("flashError", "hardship.error.reasonRequired"));
		decide(office, "review", id, true, "SPECIAL", "材料齐全")
			.andExpect(flash().attribute("flashSuccess", "hardship.reviewed"));
		decide(grad, "decide", id, true, "SPECIAL", "认定为特别困难")
			.andExpect(flash().attribute("flashSuccess", "hardship.recognised"));
		assertThat(this.jdbc.sql("select state || ':' || level from hardship_application where id = :id")
			.param("id", id)
			.query(String.class)
			.single()).isEqualTo("RECOGNISED:SPECIAL");
		EventsInFlight.awaitNone(this.jdbc, Duration.ofSeconds(20));
		assertThat(told(this.student)).isEqualTo(1);

		// the level reaches the supervisor and the hardship awards
		this.mvc.perform(get("/students/{no}/awards", this.student).with(user(supervisorLogin)).param("lang", "en"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Special hardship")))
			.andExpect(content().string(containsString("Recognised as Special hardship: 3,000")))
			.andExpect(content().string(containsString("Recognised as Special hardship: 8,000")))
			.andExpect(content().string(not(containsString("id=\"open-hardship\""))));

		// a correction needs a reason, keeps the history and tells the student
		decide(grad, "correct", id, true, "GENERAL", "")
			.andExpect(flash().attribute("flashError", "hardship.error.reasonRequired"));
		decide(office, "correct", id, true, "GENERAL", "复核").andExpect(status().isForbidden());
		decide(grad, "correct", id, true, "GENERAL", "复核家庭收入后调整为一般困难")
			.andExpect(flash().attribute("flashSuccess", "hardship.corrected"));
		this.mvc.perform(get("/students/{no}/hardship", this.student).with(user(own)).param("lang", "en"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("复核家庭收入后调整为一般困难")))
			.andExpect(content().string(containsString("Correction")))
			.andExpect(content().string(containsString("认定为特别困难")));
		this.mvc.perform(get("/students/{no}/awards", this.student).with(user(own)).param("lang", "en"))
			.andExpect(content().string(containsString("Recognised as General hardship: 1,500")));
		EventsInFlight.awaitNone(this.jdbc, Duration.ofSeconds(20));
		assertThat(told(this.student)).isEqualTo(2);

		// the queue exports what it shows
		this.mvc.perform(get("/awards/hardship").with(user(grad)).param("export", "xlsx"))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", containsString("spreadsheetml")));
	}

	private ResultActions apply(UserDetails login, String studentNo, int year, boolean withFile) throws Exception {
		var request = multipart("/students/{no}/hardship", studentNo);
		if (withFile) {
			request.file(new MockMultipartFile("files", "income.pdf", "application/pdf",
					"%PDF-1.4 收入证明".getBytes(StandardCharsets.UTF_8)));
		}
		return this.mvc.perform(request.with(user(login))
			.with(csrf())
			.header("Referer", "http://localhost/students/" + studentNo + "/hardship")
			.param("year", String.valueOf(year))
			.param("level", "SPECIAL")
			.param("reasons", "母亲因慢性肾病长期透析，家庭年收入约2.6万元"));
	}

	private ResultActions decide(UserDetails login, String step, long id, boolean approve, String level, String reason)
			throws Exception {
		long version = this.jdbc.sql("select version from hardship_application where id = :id")
			.param("id", id)
			.query(Long.class)
			.single();
		return this.mvc.perform(post("/awards/hardship/{id}/" + step, id).with(user(login))
			.with(csrf())
			.header("Referer", "http://localhost/awards/hardship/" + id)
			.param("version", String.valueOf(version))
			.param("approve", String.valueOf(approve))
			.param("level", level)
			.param("reason", reason));
	}

	private UserDetails login(Set<Role> roles, String hospital, String staffNo, String studentNo) {
		return this.fixtures.login(this.fixtures.account(roles, hospital, null, staffNo, studentNo));
	}

	private long told(String studentNo) {
		return this.jdbc.sql("""
				select count(*) from notification n join user_account a on a.id = n.account_id
				where n.kind = 'HARDSHIP_DECIDED' and a.student_no = :s
				""").param("s", studentNo).query(Long.class).single();
	}

}
