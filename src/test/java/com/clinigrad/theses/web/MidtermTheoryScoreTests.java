package com.clinigrad.theses.web;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import com.clinigrad.accounts.Role;
import com.clinigrad.exams.ExamFixtures;
import com.clinigrad.support.Fixtures;
import com.clinigrad.support.SessionCookie;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A mid-term theory exam (中期考核理论考试) online: the office sets the sitting's purpose; once
 * its results are released, each candidate's mid-term assessment carries the theory exam
 * score with the sitting it came from — waiting on its own row until the mid-term session
 * is scheduled, then on that session — in both languages, with a link each viewer may
 * follow; another student and another supervisor do not see it.
 */
@SpringBootTest
@AutoConfigureMockMvc
class MidtermTheoryScoreTests {

	static final String TITLE = "中期考核理论考试（网考）";

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	@Autowired
	JdbcClient jdbc;

	private UserDetails login(String username) {
		return Fixtures.in(this.context).login(username);
	}

	@Test
	void theOfficeChoosesWhatASittingIsForAndOnlyARotationExamNamesADepartment() throws Exception {
		ExamFixtures exam = ExamFixtures.open(this.context, 0, Instant.now().plusSeconds(3600), 60);
		UserDetails office = login(exam.office);
		String title = Fixtures.in(this.context).unique("中期网考");
		for (String[] refused : List.of(new String[] { "MIDTERM_THEORY", "D1", "exams.error.departmentNotForPurpose" },
				new String[] { "ROTATION_THEORY", "", "exams.error.department" },
				new String[] { "", "", "exams.error.purpose" })) {
			this.mvc
				.perform(post("/exams/sittings").with(user(office))
					.with(csrf())
					.header("Referer", "http://localhost/exams/sittings")
					.param("bankId", String.valueOf(exam.bankId))
					.param("title", title)
					.param("purpose", refused[0])
					.param("department", refused[1])
					.param("opensAt", "2031-03-01T09:00")
					.param("closesAt", "2031-03-01T11:00")
					.param("durationMinutes", "60"))
				.andExpect(redirectedUrl("/exams/sittings"))
				.andExpect(flash().attribute("flashError", refused[2]));
		}
		this.mvc
			.perform(post("/exams/sittings").with(user(office))
				.with(csrf())
				.param("bankId", String.valueOf(exam.bankId))
				.param("title", title)
				.param("purpose", "MIDTERM_THEORY")
				.param("department", "")
				.param("opensAt", "2031-03-01T09:00")
				.param("closesAt", "2031-03-01T11:00")
				.param("durationMinutes", "60"))
			.andExpect(status().is3xxRedirection());
		long sitting = this.jdbc.sql("select id from exam_sitting where title = :t and purpose = 'MIDTERM_THEORY'")
			.param("t", title)
			.query(Long.class)
			.single();
		String page = this.mvc.perform(get("/exams/sittings/" + sitting).with(user(office)))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("中期考核理论考试");
		String english = this.mvc.perform(get("/exams/sittings/" + sitting).param("lang", "en").with(user(office)))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(english).contains("Mid-term assessment theory exam");
		// the markers of a sitting by their names, the login only as the tooltip
		this.jdbc.sql("update user_account set display_name = '阅卷人李老师' where username = :u")
			.param("u", exam.marker)
			.update();
		String markers = this.mvc.perform(get("/exams/sittings/" + exam.sittingId).with(user(office)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(markers).contains("阅卷人李老师").contains("title=\"" + exam.marker + "\"");
		assertThat(markers.replaceAll("title=\"[^\"]*\"", "")).doesNotContain(exam.marker);
	}

	@Test
	void releasedMidtermResultsLandOnTheMidtermAssessmentWithALinkToTheSitting() throws Exception {
		Fixtures fixtures = Fixtures.in(this.context);
		ExamFixtures exam = ExamFixtures.open(this.context, 2, Instant.now().plusSeconds(3600), 60);
		this.jdbc.sql("""
				update exam_sitting set purpose = 'MIDTERM_THEORY', department_id = null, title = :t where id = :s
				""").param("t", TITLE).param("s", exam.sittingId).update();
		// the first candidate answers the single choices right, the second begins and
		// leaves it empty
		List<Long> singles = this.jdbc.sql("""
				select q.id from exam_question q join exam_paper_question p on p.question_id = q.id
				where p.sitting_id = :s and q.kind = 'SINGLE' order by q.id
				""").param("s", exam.sittingId).query(Long.class).list();
		for (int i = 0; i < 2; i++) {
			String candidateLogin = exam.logins.get(i);
			long candidate = exam.candidates.get(i);
			SessionCookie session = new SessionCookie();
			this.mvc
				.perform(post("/exams/take/" + candidate + "/begin").with(session)
					.with(user(login(candidateLogin)))
					.with(csrf()))
				.andDo(session)
				.andExpect(status().is3xxRedirection());
			if (i == 0) {
				for (long question : singles) {
					long right = this.jdbc.sql("select id from exam_option where question_id = :q and correct")
						.param("q", question)
						.query(Long.class)
						.single();
					this.mvc
						.perform(post("/exams/take/" + candidate + "/answers").with(session)
							.with(user(login(candidateLogin)))
							.with(csrf())
							.param("questionId", String.valueOf(question))
							.param("option", String.valueOf(right)))
						.andExpect(status().isNoContent());
				}
			}
			this.mvc
				.perform(post("/exams/take/" + candidate + "/submit").with(session)
					.with(user(login(candidateLogin)))
					.with(csrf())
					.param("confirm", "true"))
				.andExpect(redirectedUrl("/exams/mine"));
		}
		exam.closeWindow();
		this.mvc
			.perform(post("/exams/sittings/" + exam.sittingId + "/release").with(user(login(exam.office)))
				.with(csrf())
				.param("version", String.valueOf(exam.version()))
				.param("confirm", "true"))
			.andExpect(status().is3xxRedirection());
		Awaitility.await()
			.atMost(Duration.ofSeconds(20))
			.until(() -> this.jdbc.sql("select count(*) from midterm_theory_score where sitting_id = :s")
				.param("s", exam.sittingId)
				.query(Long.class)
				.single() == 2);
		BigDecimal first = score(exam.studentIds.get(0), exam.sittingId);
		assertThat(first).isEqualByComparingTo(this.jdbc.sql("select score from exam_candidate where id = :c")
			.param("c", exam.candidates.get(0))
			.query(BigDecimal.class)
			.single());
		assertThat(first).isPositive();
		assertThat(score(exam.studentIds.get(1), exam.sittingId)).isEqualByComparingTo("0");
		assertThat(
				this.jdbc.sql("select count(*) from rotation where id in (:r) and theory_exam_sitting_id is not null")
					.param("r", exam.rotations)
					.query(Long.class)
					.single())
			.as("a mid-term exam is no rotation's theory score")
			.isZero();

		String student = exam.students.get(0);
		String shown = "理论考试 " + first.toPlainString() + " 分（考试：";
		// no mid-term session yet: the score waits on a row of its own
		String own = page(exam.logins.get(0), student, Locale.SIMPLIFIED_CHINESE);
		assertThat(text(own)).contains(shown + TITLE + "）").contains("待安排中期考核");
		assertThat(own).contains("href=\"/exams/mine\"");

		// the mid-term session scheduled after the exam carries it
		long session = this.jdbc.sql("""
				insert into milestone_session (student_id, type, scheduled_on, place, created_by)
				values (:s, 'MIDTERM', :on, '示教室', 'test') returning id
				""")
			.param("s", exam.studentIds.get(0))
			.param("on", LocalDate.now().plusDays(14))
			.query(Long.class)
			.single();
		own = page(exam.logins.get(0), student, Locale.SIMPLIFIED_CHINESE);
		assertThat(text(own)).contains(shown).doesNotContain("待安排中期考核");
		String sessionPage = this.mvc.perform(get("/milestones/" + session).with(user(login(exam.office))))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(sessionPage).contains("midterm-theory").contains("href=\"/exams/sittings/" + exam.sittingId + "\"");
		assertThat(text(sessionPage)).contains(shown + TITLE + "）");
		String english = page(exam.office, student, Locale.ENGLISH);
		assertThat(text(english)).contains("Theory exam " + first.toPlainString() + " points (exam: " + TITLE + ")");
		assertThat(english).contains("href=\"/exams/sittings/" + exam.sittingId + "\"");

		// the supervisor sees the score and the exam's name, with no link they could not
		// follow
		String supervisorLogin = fixtures.account(Set.of(Role.SUPERVISOR), null, null, supervisorOf(student), null);
		String supervisorPage = page(supervisorLogin, student, Locale.SIMPLIFIED_CHINESE);
		assertThat(text(supervisorPage)).contains(shown + TITLE + "）");
		assertThat(supervisorPage).doesNotContain("href=\"/exams/sittings/" + exam.sittingId + "\"")
			.doesNotContain("href=\"/exams/mine\"");

		// another student and another supervisor are refused the page; the other
		// candidate's own page shows only their own score
		this.mvc.perform(get("/students/" + student + "/milestones").with(user(login(exam.logins.get(1)))))
			.andExpect(status().isNotFound());
		String otherSupervisor = fixtures.account(Set.of(Role.SUPERVISOR), null, null,
				fixtures.supervisor(exam.hospital), null);
		this.mvc.perform(get("/students/" + student + "/milestones").with(user(login(otherSupervisor))))
			.andExpect(status().isNotFound());
		String other = page(exam.logins.get(1), exam.students.get(1), Locale.SIMPLIFIED_CHINESE);
		assertThat(text(other)).contains("理论考试 0.0 分").doesNotContain(shown);
	}

	/** The page's words without its tags. */
	private static String text(String html) {
		return html.replaceAll("<[^>]+>", "");
	}

	private String page(String login, String studentNo, Locale locale) throws Exception {
		return this.mvc
			.perform(get("/students/" + studentNo + "/milestones")
				.param("lang", Locale.ENGLISH.equals(locale) ? "en" : "zh_CN")
				.with(user(login(login))))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	private BigDecimal score(long studentId, long sittingId) {
		return this.jdbc.sql("select score from midterm_theory_score where student_id = :st and sitting_id = :s")
			.param("st", studentId)
			.param("s", sittingId)
			.query(BigDecimal.class)
			.single();
	}

	private String supervisorOf(String studentNo) {
		return this.jdbc.sql("""
				select p.staff_no from student s join supervisor p on p.id = s.supervisor_id where s.student_no = :no
				""").param("no", studentNo).query(String.class).single();
	}

}
