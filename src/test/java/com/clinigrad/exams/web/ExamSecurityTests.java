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
import com.clinigrad.support.SessionCookie;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * No leaks: a candidate reads questions only during their own open attempt in the session
 * that began it, never another candidate's paper or answers, never a question outside
 * their paper; staff read the paper and markers the answers only after the window; a
 * marker sees only the question they mark; wrong roles and other hospitals are refused.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ExamSecurityTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	@Autowired
	JdbcClient jdbc;

	private UserDetails login(String username) {
		return Fixtures.in(this.context).login(username);
	}

	private SessionCookie begin(String login, long candidate) throws Exception {
		SessionCookie session = new SessionCookie();
		this.mvc
			.perform(post("/exams/take/" + candidate + "/begin").with(session).with(user(login(login))).with(csrf()))
			.andDo(session)
			.andExpect(status().is3xxRedirection());
		return session;
	}

	@Test
	void aCandidateReadsOnlyTheirOwnOpenPaperInTheSessionThatBeganIt() throws Exception {
		ExamFixtures exam = ExamFixtures.open(this.context, 2, Instant.now().plusSeconds(3600), 60);
		String a = exam.logins.get(0);
		long mine = exam.candidates.get(0);
		long theirs = exam.candidates.get(1);
		SessionCookie session = begin(a, mine);
		this.mvc.perform(get("/exams/take/" + mine).with(session).with(user(login(a))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("简述急性心肌梗死的再灌注治疗")))
			.andExpect(content().string(not(containsString("（正确）"))));
		// the other candidate's paper and their answers: not found for this candidate
		SessionCookie other = begin(exam.logins.get(1), theirs);
		this.mvc
			.perform(post("/exams/take/" + theirs + "/answers").with(other)
				.with(user(login(exam.logins.get(1))))
				.with(csrf())
				.param("questionId", String.valueOf(exam.openQuestion))
				.param("text", "对方的答案"))
			.andExpect(status().isNoContent());
		this.mvc.perform(get("/exams/take/" + theirs).with(session).with(user(login(a))))
			.andExpect(status().isNotFound());
		this.mvc
			.perform(post("/exams/take/" + theirs + "/answers").with(session)
				.with(user(login(a)))
				.with(csrf())
				.param("questionId", String.valueOf(exam.openQuestion))
				.param("text", "x"))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/exams/take/" + mine).with(session).with(user(login(a))))
			.andExpect(content().string(not(containsString("对方的答案"))));
		// a question of the bank that is not on the paper
		long notOnPaper = this.jdbc.sql("""
				select id from exam_question where bank_id = :b and kind = 'SINGLE' and parent_id is null
				and id not in (select question_id from exam_paper_question where sitting_id = :s)
				""").param("b", exam.bankId).param("s", exam.sittingId).query(Long.class).single();
		this.mvc
			.perform(post("/exams/take/" + mine + "/answers").with(session)
				.with(user(login(a)))
				.with(csrf())
				.param("questionId", String.valueOf(notOnPaper))
				.param("option", "1"))
			.andExpect(status().isNotFound());
		this.mvc
			.perform(get("/exams/take/" + mine + "/questions/" + notOnPaper + "/image").with(session)
				.with(user(login(a))))
			.andExpect(status().isNotFound());
		// a second device (another session) is refused, in words
		SessionCookie second = new SessionCookie();
		this.mvc.perform(get("/exams/take/" + mine).with(second).with(user(login(a))))
			.andExpect(status().isConflict())
			.andExpect(content().string(containsString("这场考试已在另一台设备或浏览器中开始")));
		this.mvc
			.perform(post("/exams/take/" + mine + "/begin").with(second)
				.with(user(login(a)))
				.with(csrf())
				.header("HX-Request", "true"))
			.andExpect(status().isConflict());
		this.mvc
			.perform(post("/exams/take/" + mine + "/answers").with(second)
				.with(user(login(a)))
				.with(csrf())
				.header("HX-Request", "true")
				.param("questionId", String.valueOf(exam.openQuestion))
				.param("text", "second device"))
			.andExpect(status().isConflict());
		// staff see that a paper was drawn, not its questions, while the window is open
		this.mvc.perform(get("/exams/sittings/" + exam.sittingId).with(user(login(exam.office))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("考试时间窗结束后才能查看试卷内容")))
			.andExpect(content().string(not(containsString("简述急性心肌梗死的再灌注治疗"))));
		// markers wait for the window too
		this.mvc
			.perform(get("/exams/marking/" + exam.sittingId + "/" + exam.openQuestion).with(user(login(exam.marker))))
			.andExpect(status().isConflict());
		this.mvc.perform(get("/exams/marking").with(user(login(exam.marker))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("考试结束后可阅卷")))
			.andExpect(content().string(not(containsString("简述急性心肌梗死的再灌注治疗"))));
	}

	@Test
	void outsideTheWindowNoQuestionReachesACandidate() throws Exception {
		ExamFixtures exam = ExamFixtures.open(this.context, 1, Instant.now().plusSeconds(3600), 60);
		String a = exam.logins.get(0);
		long mine = exam.candidates.get(0);
		this.jdbc.sql(
				"update exam_sitting set opens_at = now() + interval '1 hour', closes_at = now() + interval '2 hours' where id = :s")
			.param("s", exam.sittingId)
			.update();
		SessionCookie session = new SessionCookie();
		this.mvc
			.perform(post("/exams/take/" + mine + "/begin").with(session)
				.with(user(login(a)))
				.with(csrf())
				.header("HX-Request", "true"))
			.andExpect(status().isConflict())
			.andExpect(content().string(containsString("考试尚未开始")));
		this.mvc.perform(get("/exams/take/" + mine).with(session).with(user(login(a))))
			.andExpect(status().isConflict())
			.andExpect(content().string(not(containsString("简述急性心肌梗死"))));
		// after the window: begun attempts end, unbegun ones cannot begin
		this.jdbc.sql(
				"update exam_sitting set opens_at = now() - interval '2 hours', closes_at = now() - interval '1 hour' where id = :s")
			.param("s", exam.sittingId)
			.update();
		this.mvc
			.perform(post("/exams/take/" + mine + "/begin").with(session)
				.with(user(login(a)))
				.with(csrf())
				.header("HX-Request", "true"))
			.andExpect(status().isConflict())
			.andExpect(content().string(containsString("考试时间窗已结束")));
	}

	@Test
	void aMarkerSeesOnlyTheQuestionTheyMarkAndOnlyAfterTheWindow() throws Exception {
		ExamFixtures exam = ExamFixtures.open(this.context, 2, Instant.now().plusSeconds(3600), 60);
		for (int i = 0; i < 2; i++) {
			SessionCookie session = begin(exam.logins.get(i), exam.candidates.get(i));
			this.mvc
				.perform(post("/exams/take/" + exam.candidates.get(i) + "/answers").with(session)
					.with(user(login(exam.logins.get(i))))
					.with(csrf())
					.param("questionId", String.valueOf(exam.openQuestion))
					.param("text", "再灌注答案" + i))
				.andExpect(status().isNoContent());
		}
		exam.closeWindow();
		this.mvc
			.perform(get("/exams/marking/" + exam.sittingId + "/" + exam.openQuestion).with(user(login(exam.marker))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("再灌注答案0")))
			.andExpect(content().string(containsString("再灌注答案1")))
			.andExpect(content().string(not(containsString(exam.students.get(0)))));
		this.mvc
			.perform(get("/exams/marking/" + exam.sittingId + "/" + exam.caseQuestion).with(user(login(exam.marker))))
			.andExpect(status().isForbidden());
		long caseOpenItem = exam.openItems().get(0).equals(exam.openQuestion) ? exam.openItems().get(1)
				: exam.openItems().get(0);
		this.mvc
			.perform(post("/exams/marking/" + exam.sittingId + "/" + exam.caseQuestion).with(user(login(exam.marker)))
				.with(csrf())
				.param("candidateId", String.valueOf(exam.candidates.get(0)))
				.param("itemId", String.valueOf(caseOpenItem))
				.param("score", "3"))
			.andExpect(status().isForbidden());
		// an item of another question through the marker's own question
		this.mvc
			.perform(post("/exams/marking/" + exam.sittingId + "/" + exam.openQuestion).with(user(login(exam.marker)))
				.with(csrf())
				.header("HX-Request", "true")
				.param("candidateId", String.valueOf(exam.candidates.get(0)))
				.param("itemId", String.valueOf(caseOpenItem))
				.param("score", "3"))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/exams/marking").with(user(login(exam.otherMarker))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("第 7 题")))
			.andExpect(content().string(not(containsString("第 8 题"))));
	}

	@Test
	void wrongRolesAndOtherHospitalsAreRefused() throws Exception {
		ExamFixtures exam = ExamFixtures.open(this.context, 1, Instant.now().plusSeconds(3600), 60);
		Fixtures fixtures = Fixtures.in(this.context);
		UserDetails student = login(exam.logins.get(0));
		this.mvc.perform(get("/exams/sittings").with(user(student))).andExpect(status().isForbidden());
		this.mvc.perform(get("/exams/banks/" + exam.bankId).with(user(student))).andExpect(status().isForbidden());
		this.mvc.perform(get("/exams/marking").with(user(student))).andExpect(status().isForbidden());
		UserDetails supervisor = login(exam.marker);
		this.mvc.perform(get("/exams/banks").with(user(supervisor))).andExpect(status().isForbidden());
		this.mvc.perform(get("/exams/mine").with(user(supervisor))).andExpect(status().isForbidden());
		UserDetails otherOffice = login(
				fixtures.account(Set.of(Role.HOSPITAL_OFFICE), fixtures.hospital(), null, null, null));
		this.mvc.perform(get("/exams/sittings/" + exam.sittingId).with(user(otherOffice)))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/exams/banks/" + exam.bankId).with(user(otherOffice))).andExpect(status().isForbidden());
		this.mvc
			.perform(post("/exams/sittings/" + exam.sittingId + "/release").with(user(otherOffice))
				.with(csrf())
				.param("version", String.valueOf(exam.version()))
				.param("confirm", "true"))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/exams/sittings").with(user(otherOffice)))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("心内科出科理论考试"))));
	}

}
