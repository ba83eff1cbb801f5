package com.clinigrad.eligibility.web;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;

import com.clinigrad.accounts.Role;
import com.clinigrad.courses.CourseRecords;
import com.clinigrad.courses.GradeEntry;
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
 * A case opens when a rule fires (no license by semester 5), a warning before one bites
 * (a failed required course); the student chooses, the graduate school decides, the
 * status follows and a delay stops aid. Each step only by its own role and scope.
 */
@SpringBootTest
@AutoConfigureMockMvc
class DiversionCaseTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aCaseOpensTheStudentChoosesTheSchoolDecidesAndTheStatusFollows() throws Exception {
		Fixtures fixtures = Fixtures.in(this.context);
		String hospital = fixtures.hospital();
		String supervisor = fixtures.supervisor(hospital);
		String student = fixtures.student(hospital, supervisor);
		String course = fixtures.unique("FC");
		this.jdbc.sql("insert into course (code, name, category, credits) values (:c, '必修课', 'DEGREE_REQUIRED', 2)")
			.param("c", course)
			.update();
		this.context.getBean(CourseRecords.class)
			.upsertGrades(List.of(new GradeEntry(fixtures.studentId(student), fixtures.courseId(course), "2024-1", 1,
					new BigDecimal("41"), null)));
		UserDetails school = fixtures.login(fixtures.account(Role.GRAD_SCHOOL));
		UserDetails studentLogin = fixtures.login(fixtures.account(Set.of(Role.STUDENT), null, null, null, student));
		UserDetails ownSupervisor = fixtures
			.login(fixtures.account(Set.of(Role.SUPERVISOR), null, null, supervisor, null));
		UserDetails otherSupervisor = fixtures
			.login(fixtures.account(Set.of(Role.SUPERVISOR), null, null, fixtures.supervisor(hospital), null));

		this.mvc.perform(post("/audit/cases/scan").with(user(ownSupervisor)).with(csrf()))
			.andExpect(status().isForbidden());
		this.mvc.perform(post("/audit/cases/scan").with(user(school)).with(csrf()))
			.andExpect(status().is3xxRedirection());
		this.mvc.perform(get("/audit/cases").with(user(ownSupervisor)))
			.andExpect(content().string(containsString("data-student=\"" + student + "\" data-trigger=\"NO_LICENSE\"")))
			.andExpect(content()
				.string(containsString("data-student=\"" + student + "\" data-trigger=\"ONE_FAILED_COURSE\"")));
		this.mvc.perform(get("/audit/cases").with(user(otherSupervisor)))
			.andExpect(content().string(not(containsString(student))));
		this.mvc.perform(get("/audit/cases").header("HX-Request", "true").with(user(ownSupervisor)))
			.andExpect(content().string(containsString("id=\"cases-panel\"")))
			.andExpect(content().string(containsString(student)));
		this.mvc.perform(get("/students/" + student + "/audit").with(user(ownSupervisor)))
			.andExpect(content().string(containsString("/students/" + student + "/achievements")))
			.andExpect(content().string(containsString("/students/" + student + "/courses")));
		long id = this.jdbc.sql("""
				select c.id from diversion_case c join student s on s.id = c.student_id
				where s.student_no = :no and c.trigger_code = 'NO_LICENSE'
				""").param("no", student).query(Long.class).single();

		this.mvc
			.perform(post("/audit/cases/" + id + "/choose").with(user(studentLogin))
				.with(csrf())
				.param("version", "0")
				.param("option", "COMPLETION"))
			.andExpect(status().isConflict());
		this.mvc
			.perform(post("/audit/cases/" + id + "/choose").with(user(studentLogin))
				.with(csrf())
				.param("version", "0")
				.param("option", "DELAY")
				.param("note", "明年再考"))
			.andExpect(status().is3xxRedirection());
		this.mvc
			.perform(post("/audit/cases/" + id + "/decide").with(user(ownSupervisor))
				.with(csrf())
				.param("version", "1")
				.param("decision", "DELAY")
				.param("reason", "x"))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(post("/audit/cases/" + id + "/decide").with(user(school))
				.with(csrf())
				.param("version", "1")
				.param("decision", "DELAY")
				.param("reason", ""))
			.andExpect(status().isConflict());
		this.mvc
			.perform(post("/audit/cases/" + id + "/decide").with(user(school))
				.with(csrf())
				.param("version", "1")
				.param("decision", "DELAY")
				.param("reason", "同意延期一年"))
			.andExpect(status().is3xxRedirection());

		assertThat(this.jdbc.sql("select status from student where student_no = :no")
			.param("no", student)
			.query(String.class)
			.single()).isEqualTo("DELAYED");
		this.mvc.perform(get("/audit/cases/" + id).with(user(studentLogin)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("延期期间不发放奖助学金")));
		this.mvc.perform(get("/students/" + student + "/alerts").header("HX-Request", "true").with(user(studentLogin)))
			.andExpect(content().string(containsString("延期期间不发放奖助学金")));
		String stranger = fixtures.student(fixtures.hospital(), fixtures.supervisor(null));
		UserDetails strangerLogin = fixtures.login(fixtures.account(Set.of(Role.STUDENT), null, null, null, stranger));
		this.mvc.perform(get("/audit/cases/" + id).with(user(strangerLogin))).andExpect(status().isNotFound());
	}

	@Test
	void aStudentNoLongerInTrainingKeepsTheOutcomeFormsButNotThePlanningOnes() throws Exception {
		Fixtures fixtures = Fixtures.in(this.context);
		String hospital = fixtures.hospital();
		String graduate = fixtures.student(hospital, fixtures.supervisor(hospital), StudentStatus.GRADUATED);
		String enrolled = fixtures.student(hospital, fixtures.supervisor(hospital));
		UserDetails office = fixtures.login(fixtures.account(Set.of(Role.HOSPITAL_OFFICE), hospital, null, null, null));
		this.mvc.perform(get("/students/" + graduate + "/rotations").with(user(office)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"not-in-training\"")))
			.andExpect(content().string(containsString("id=\"residency-exam-form\"")))
			.andExpect(content().string(not(containsString("id=\"schedule-form\""))));
		this.mvc.perform(get("/students/" + enrolled + "/rotations").with(user(office)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"schedule-form\"")))
			.andExpect(content().string(not(containsString("id=\"not-in-training\""))));
	}

	@Test
	void aFailedResidencyCompletionExamWithoutTheCertificateOpensACase() throws Exception {
		Fixtures fixtures = Fixtures.in(this.context);
		String hospital = fixtures.hospital();
		String student = fixtures.student(hospital, fixtures.supervisor(hospital));
		UserDetails office = fixtures.login(fixtures.account(Set.of(Role.HOSPITAL_OFFICE), hospital, null, null, null));
		UserDetails otherOffice = fixtures
			.login(fixtures.account(Set.of(Role.HOSPITAL_OFFICE), fixtures.hospital(), null, null, null));
		UserDetails studentLogin = fixtures.login(fixtures.account(Set.of(Role.STUDENT), null, null, null, student));
		UserDetails school = fixtures.login(fixtures.account(Role.GRAD_SCHOOL));
		String exams = "/students/" + student + "/residency-exams";

		this.mvc
			.perform(post(exams).with(user(studentLogin))
				.with(csrf())
				.param("satOn", "2026-06-01")
				.param("theoryResult", "PASS")
				.param("skillsResult", "FAIL"))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(post(exams).with(user(otherOffice))
				.with(csrf())
				.param("satOn", "2026-06-01")
				.param("theoryResult", "PASS")
				.param("skillsResult", "FAIL"))
			.andExpect(status().isNotFound());
		this.mvc
			.perform(post(exams).with(user(office))
				.with(csrf())
				.header("Referer", exams.replace("/residency-exams", "/rotations"))
				.param("satOn", "2999-01-01")
				.param("theoryResult", "PASS")
				.param("skillsResult", "FAIL"))
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash()
				.attribute("flashError", "residencyExam.error.date"));
		// letters in a score go back to the page naming the value, with what was typed
		org.springframework.test.web.servlet.MvcResult letters = this.mvc
			.perform(post(exams).with(user(office))
				.with(csrf())
				.header("Referer", exams.replace("/residency-exams", "/rotations"))
				.param("satOn", "2026-06-01")
				.param("theoryResult", "PASS")
				.param("skillsResult", "FAIL")
				.param("theoryScore", "abc")
				.param("note", "补考记录"))
			.andExpect(status().is3xxRedirection())
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash()
				.attribute("flashError", "error.mismatch"))
			.andReturn();
		assertThat(this.mvc
			.perform(get(exams.replace("/residency-exams", "/rotations")).with(user(office))
				.flashAttrs(letters.getFlashMap()))
			.andReturn()
			.getResponse()
			.getContentAsString(java.nio.charset.StandardCharsets.UTF_8))
			.contains("「abc」不是有效的数字（如 85 或 85.5），请改正后重新提交；没有保存任何内容。",
					"name=\"note\" maxlength=\"500\" placeholder=\"备注\" value=\"补考记录\"",
					"value=\"FAIL\" selected=\"selected\"", "name=\"satOn\" type=\"date\"");
		// without a page to go back to, it stays a bad request
		this.mvc.perform(
				post(exams).with(user(office)).with(csrf()).param("satOn", "2026-06-01").param("theoryScore", "abc"))
			.andExpect(status().isBadRequest());
		// a required field sent empty goes back to the page too, with what was typed
		String annual = "/students/" + student + "/annual-assessments";
		org.springframework.test.web.servlet.MvcResult empty = this.mvc
			.perform(post(annual).with(user(office))
				.with(csrf())
				.header("Referer", "/students/" + student + "/rotations")
				.param("year", "")
				.param("assessedOn", "2026-06-01")
				.param("score", "58.5"))
			.andExpect(status().is3xxRedirection())
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash()
				.attribute("flashError", "error.missing"))
			.andReturn();
		assertThat(this.mvc
			.perform(get("/students/" + student + "/rotations").with(user(office)).flashAttrs(empty.getFlashMap()))
			.andReturn()
			.getResponse()
			.getContentAsString(java.nio.charset.StandardCharsets.UTF_8))
			.contains("有必填项未填写，请补全后重新提交；没有保存任何内容。", "id=\"annual-score\"", "value=\"58.5\"");
		this.mvc.perform(post(annual).with(user(office)).with(csrf()).param("year", "").param("score", "58.5"))
			.andExpect(status().isBadRequest());
		this.mvc
			.perform(post(exams).with(user(office))
				.with(csrf())
				.param("satOn", "2026-06-01")
				.param("theoryResult", "PASS")
				.param("skillsResult", "FAIL")
				.param("theoryScore", "78"))
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash()
				.attribute("flashSuccess", "residencyExam.saved"));
		this.mvc.perform(get("/students/" + student + "/rotations").with(user(studentLogin)))
			.andExpect(content().string(containsString("data-sat-on=\"2026-06-01\"")));
		this.mvc
			.perform(post(exams + "/2026-06-01/delete").with(user(otherOffice)).with(csrf()).param("confirm", "true"))
			.andExpect(status().isNotFound());
		this.mvc
			.perform(post(exams + "/2026-06-01/delete").with(user(studentLogin)).with(csrf()).param("confirm", "true"))
			.andExpect(status().isForbidden());
		// the scope is refused as such without the confirmation ticked too
		this.mvc.perform(post(exams + "/2026-06-01/delete").with(user(otherOffice)).with(csrf()))
			.andExpect(status().isNotFound());
		this.mvc.perform(post(exams + "/2026-06-01/delete").with(user(studentLogin)).with(csrf()))
			.andExpect(status().isForbidden());

		// a sitting entered by mistake is removed after one confirmation
		this.mvc
			.perform(post(exams).with(user(office))
				.with(csrf())
				.param("satOn", "2026-05-01")
				.param("theoryResult", "PASS")
				.param("skillsResult", "PASS"))
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash()
				.attribute("flashSuccess", "residencyExam.saved"));
		this.mvc.perform(get("/students/" + student + "/rotations").with(user(office)))
			.andExpect(content().string(containsString("required id=\"confirm-remove-exam-2026-05-01\"")))
			.andExpect(content().string(containsString("删除后不能恢复")));
		this.mvc
			.perform(post(exams + "/2026-05-01/delete").with(user(office))
				.with(csrf())
				.header("Referer", "/students/" + student + "/rotations"))
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash()
				.attribute("flashError", "residencyExam.error.confirmRemove"));
		assertThat(sittings(student)).isEqualTo(2);
		this.mvc.perform(post(exams + "/2026-05-01/delete").with(user(office)).with(csrf()).param("confirm", "true"))
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash()
				.attribute("flashSuccess", "residencyExam.removed"));
		assertThat(sittings(student)).isEqualTo(1);

		this.mvc.perform(post("/audit/cases/scan").with(user(school)).with(csrf()))
			.andExpect(status().is3xxRedirection());
		this.mvc.perform(get("/audit/cases").with(user(office)))
			.andExpect(content()
				.string(containsString("data-student=\"" + student + "\" data-trigger=\"RESIDENCY_EXAM_FAILED\"")));
		assertThat(this.jdbc.sql("""
				select options from diversion_case c join student s on s.id = c.student_id
				where s.student_no = :no and c.trigger_code = 'RESIDENCY_EXAM_FAILED'
				""").param("no", student).query(String.class).single()).isEqualTo("DELAY,GRADUATE_NO_DEGREE");
		long caseId = this.jdbc.sql("""
				select c.id from diversion_case c join student s on s.id = c.student_id
				where s.student_no = :no and c.trigger_code = 'RESIDENCY_EXAM_FAILED'
				""").param("no", student).query(Long.class).single();
		// the English case page in English words: the options without Chinese, the status
		// a word
		this.mvc.perform(get("/audit/cases/" + caseId).param("lang", "en").with(user(office)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(">Graduate without degree<")))
			.andExpect(content().string(containsString(">Open<")))
			.andExpect(content().string(not(containsString("毕业不授"))));
		this.mvc.perform(post(exams + "/2026-06-01/delete").with(user(office)).with(csrf()).param("confirm", "true"))
			.andExpect(status().is3xxRedirection());
		this.mvc.perform(get("/students/" + student + "/rotations").with(user(office)))
			.andExpect(content().string(not(containsString("data-sat-on=\"2026-06-01\""))));
	}

	private int sittings(String student) {
		return this.jdbc.sql("""
				select count(*) from residency_exam x join student s on s.id = x.student_id where s.student_no = :no
				""").param("no", student).query(Integer.class).single();
	}

}
