package com.clinigrad.exams.web;

import java.time.Instant;
import java.util.Set;

import com.clinigrad.accounts.Role;
import com.clinigrad.exams.ExamFixtures;
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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Editing questions: in place while no opened sitting has shown them, as a new version
 * otherwise (the papers keep the old one, the bank shows the new, the history lists
 * both); stale saves refused; retiring with a reason stops the drawing; wrong roles and
 * other hospitals refused.
 */
@SpringBootTest
@AutoConfigureMockMvc
class QuestionVersionTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	@Autowired
	JdbcClient jdbc;

	private UserDetails login(String username) {
		return Fixtures.in(this.context).login(username);
	}

	private long version(long question) {
		return this.jdbc.sql("select version from exam_question where id = :q")
			.param("q", question)
			.query(Long.class)
			.single();
	}

	private String stem(long question) {
		return this.jdbc.sql("select stem from exam_question where id = :q")
			.param("q", question)
			.query(String.class)
			.single();
	}

	private long unused(ExamFixtures exam) {
		return this.jdbc.sql("select id from exam_question where bank_id = :b and stem like '单选题干 6%'")
			.param("b", exam.bankId)
			.query(Long.class)
			.single();
	}

	@Test
	void aQuestionNoSittingShowedIsChangedInPlace() throws Exception {
		ExamFixtures exam = ExamFixtures.open(this.context, 1, Instant.now().plusSeconds(3600), 60);
		long question = unused(exam);
		UserDetails office = login(exam.office);
		this.mvc
			.perform(post("/exams/banks/" + exam.bankId + "/questions/" + question).with(user(office))
				.with(csrf())
				.param("version", String.valueOf(version(question)))
				.param("stem", "单选题干 6（修订）：房颤的心电图特点")
				.param("difficulty", "4")
				.param("competency", "KNOWLEDGE_SKILLS")
				.param("points", "2")
				.param("options", "P 波消失，代之以 f 波\nPR 间期固定延长\nQRS 波群宽大畸形")
				.param("correct", "A"))
			.andExpect(redirectedUrl("/exams/banks/" + exam.bankId + "/questions/" + question));
		assertThat(stem(question)).isEqualTo("单选题干 6（修订）：房颤的心电图特点");
		assertThat(this.jdbc.sql("select count(*) from exam_option where question_id = :q and correct")
			.param("q", question)
			.query(Integer.class)
			.single()).isEqualTo(1);
		assertThat(this.jdbc.sql("select count(*) from exam_question where bank_id = :b and parent_id is null")
			.param("b", exam.bankId)
			.query(Integer.class)
			.single()).isEqualTo(9);
		// the history names who changed it by their name; the login is only the tooltip
		this.jdbc.sql("update user_account set display_name = '题库管理员王老师' where username = :u")
			.param("u", exam.office)
			.update();
		String page = this.mvc.perform(get("/exams/banks/" + exam.bankId + "/questions/" + question).with(user(office)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		String history = page.substring(page.indexOf("id=\"history\""));
		history = history.substring(0, history.indexOf("</table>"));
		assertThat(history).contains("title=\"" + exam.office + "\">题库管理员王老师</td>")
			.doesNotContain(">" + exam.office + "<");
	}

	@Test
	void aQuestionAnOpenedSittingShowedGetsANewVersionAndThePaperKeepsTheOld() throws Exception {
		ExamFixtures exam = ExamFixtures.open(this.context, 1, Instant.now().plusSeconds(3600), 60);
		UserDetails office = login(exam.office);
		long old = exam.openQuestion;
		long stale = version(old);
		this.mvc
			.perform(post("/exams/banks/" + exam.bankId + "/questions/" + old).with(user(office))
				.with(csrf())
				.param("version", String.valueOf(stale))
				.param("stem", "简述急性 ST 段抬高型心肌梗死的再灌注治疗及时间窗")
				.param("difficulty", "4")
				.param("competency", "KNOWLEDGE_SKILLS")
				.param("points", "6"))
			.andExpect(status().is3xxRedirection());
		long fresh = this.jdbc.sql("select superseded_by from exam_question where id = :q")
			.param("q", old)
			.query(Long.class)
			.single();
		assertThat(fresh).isNotEqualTo(old);
		assertThat(stem(old)).isEqualTo("简述急性心肌梗死的再灌注治疗");
		assertThat(stem(fresh)).isEqualTo("简述急性 ST 段抬高型心肌梗死的再灌注治疗及时间窗");
		assertThat(this.jdbc.sql("select count(*) from exam_paper_question where sitting_id = :s and question_id = :q")
			.param("s", exam.sittingId)
			.param("q", old)
			.query(Integer.class)
			.single()).isEqualTo(1);
		// the bank shows the newest version only; the history lists both
		this.mvc.perform(get("/exams/banks/" + exam.bankId).with(user(office)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("及时间窗")))
			.andExpect(content().string(not(containsString("简述急性心肌梗死的再灌注治疗"))));
		this.mvc.perform(get("/exams/banks/" + exam.bankId + "/questions/" + old).with(user(office)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"superseded-badge\"")))
			.andExpect(content().string(containsString("第 2 版")))
			.andExpect(content().string(not(containsString("id=\"save-question\""))));
		// a save on the old version, or with a stale version, changes nothing
		this.mvc
			.perform(post("/exams/banks/" + exam.bankId + "/questions/" + fresh).with(user(office))
				.with(csrf())
				.param("version", String.valueOf(version(fresh) + 7))
				.param("stem", "过期的修改")
				.param("difficulty", "3")
				.param("competency", "KNOWLEDGE_SKILLS")
				.param("points", "6"))
			.andExpect(status().isConflict());
		assertThat(stem(fresh)).contains("及时间窗");
	}

	@Test
	void editingAnItemOfAShownCaseMakesANewVersionOfTheWholeCase() throws Exception {
		ExamFixtures exam = ExamFixtures.open(this.context, 1, Instant.now().plusSeconds(3600), 60);
		UserDetails office = login(exam.office);
		long item = exam.openItems().stream().filter((i) -> i != exam.openQuestion).findFirst().orElseThrow();
		this.mvc
			.perform(post("/exams/banks/" + exam.bankId + "/questions/" + item).with(user(office))
				.with(csrf())
				.param("version", String.valueOf(version(item)))
				.param("stem", "写出初步诊断、诊断依据及鉴别诊断")
				.param("difficulty", "4")
				.param("competency", "KNOWLEDGE_SKILLS")
				.param("points", "8"))
			.andExpect(status().is3xxRedirection());
		long newCase = this.jdbc.sql("select superseded_by from exam_question where id = :q")
			.param("q", exam.caseQuestion)
			.query(Long.class)
			.single();
		assertThat(stem(item)).isEqualTo("写出初步诊断及依据");
		assertThat(this.jdbc.sql("select stem from exam_question where parent_id = :c order by position, id")
			.param("c", newCase)
			.query(String.class)
			.list()).containsExactly("首选检查", "写出初步诊断、诊断依据及鉴别诊断");
		assertThat(this.jdbc.sql("select version_no from exam_question where id = :c")
			.param("c", newCase)
			.query(Integer.class)
			.single()).isEqualTo(2);
	}

	@Test
	void aRetiredQuestionNeedsAReasonAndIsNotDrawnAnyMore() throws Exception {
		ExamFixtures exam = ExamFixtures.open(this.context, 1, Instant.now().plusSeconds(3600), 60);
		UserDetails office = login(exam.office);
		long question = unused(exam);
		this.mvc
			.perform(post("/exams/banks/" + exam.bankId + "/questions/" + question + "/retire").with(user(office))
				.with(csrf())
				.param("version", String.valueOf(version(question)))
				.param("reason", " "))
			.andExpect(status().isConflict());
		assertThat(this.jdbc.sql("select retired_at is null from exam_question where id = :q")
			.param("q", question)
			.query(Boolean.class)
			.single()).isTrue();
		this.mvc
			.perform(post("/exams/banks/" + exam.bankId + "/questions/" + question + "/retire").with(user(office))
				.with(csrf())
				.param("version", String.valueOf(version(question)))
				.param("reason", "答案有争议，指南已更新"))
			.andExpect(status().is3xxRedirection());
		assertThat(this.jdbc.sql("select retired_reason from exam_question where id = :q")
			.param("q", question)
			.query(String.class)
			.single()).isEqualTo("答案有争议，指南已更新");
		this.mvc.perform(get("/exams/banks/" + exam.bankId + "/questions/" + question).with(user(office)))
			.andExpect(content().string(containsString("答案有争议，指南已更新")))
			.andExpect(content().string(not(containsString("id=\"save-question\""))));
		// a new sitting asking for all six singles cannot be filled: the retired one is
		// not drawn
		long sitting = this.jdbc
			.sql("""
					insert into exam_sitting (bank_id, title, hospital_code, opens_at, closes_at, duration_minutes, status, created_by)
					values (:b, '补考', :h, now() + interval '1 day', now() + interval '2 days', 60, 'DRAFT', 'test') returning id
					""")
			.param("b", exam.bankId)
			.param("h", exam.hospital)
			.query(Long.class)
			.single();
		this.jdbc.sql(
				"insert into exam_rule (sitting_id, kind, difficulty_min, difficulty_max, question_count) values (:s, 'SINGLE', 1, 5, 6)")
			.param("s", sitting)
			.update();
		this.jdbc.sql("""
				insert into exam_candidate (sitting_id, student_id, student_no, seed) values (:s, :st, :no, 1)
				""").param("s", sitting).param("st", exam.studentIds.get(0)).param("no", exam.students.get(0)).update();
		this.mvc
			.perform(post("/exams/sittings/" + sitting + "/publish").with(user(office))
				.with(csrf())
				.param("version", "0")
				.param("confirm", "true"))
			.andExpect(content().string(containsString("只有 5 道")));
	}

	@Test
	void wrongRolesAndOtherHospitalsCannotEditQuestions() throws Exception {
		ExamFixtures exam = ExamFixtures.open(this.context, 1, Instant.now().plusSeconds(3600), 60);
		Fixtures fixtures = Fixtures.in(this.context);
		long question = unused(exam);
		String path = "/exams/banks/" + exam.bankId + "/questions/" + question;
		UserDetails student = login(exam.logins.get(0));
		UserDetails supervisor = login(exam.marker);
		UserDetails otherOffice = login(
				fixtures.account(Set.of(Role.HOSPITAL_OFFICE), fixtures.hospital(), null, null, null));
		for (UserDetails refused : new UserDetails[] { student, supervisor, otherOffice }) {
			this.mvc.perform(get(path).with(user(refused))).andExpect(status().isForbidden());
			this.mvc
				.perform(post(path).with(user(refused))
					.with(csrf())
					.param("version", String.valueOf(version(question)))
					.param("stem", "被篡改")
					.param("difficulty", "3")
					.param("competency", "KNOWLEDGE_SKILLS")
					.param("points", "2")
					.param("options", "甲\n乙")
					.param("correct", "A"))
				.andExpect(status().isForbidden());
			this.mvc
				.perform(post(path + "/retire").with(user(refused))
					.with(csrf())
					.param("version", String.valueOf(version(question)))
					.param("reason", "无权停用"))
				.andExpect(status().isForbidden());
		}
		assertThat(stem(question)).startsWith("单选题干 6");
		assertThat(this.jdbc.sql("select retired_at is null from exam_question where id = :q")
			.param("q", question)
			.query(Boolean.class)
			.single()).isTrue();
	}

}
