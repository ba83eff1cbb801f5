package com.clinigrad.browser;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import com.clinigrad.exams.ExamFixtures;
import com.clinigrad.exams.ExamResultsReleased;
import com.clinigrad.exams.SittingPurpose;
import com.clinigrad.support.Browser;
import com.clinigrad.support.Fixtures;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The mid-term theory exam score on the student's milestones in a real browser, in
 * Chinese and in English: first on a row of its own while no mid-term session is
 * scheduled, then on the session, the exam's name a link the student may follow to their
 * exams. Screenshots go to target/screenshots.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class MidtermTheoryBrowserTests {

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	TransactionTemplate transactions;

	@Test
	void theStudentSeesTheTheoryExamScoreOnTheirMidtermAssessment() {
		ExamFixtures exam = ExamFixtures.open(this.context, 1, Instant.now().plusSeconds(3600), 60);
		this.jdbc.sql("""
				update exam_sitting set purpose = 'MIDTERM_THEORY', department_id = null, title = '中期考核理论考试',
				    status = 'RELEASED', released_at = now()
				where id = :s
				""").param("s", exam.sittingId).update();
		this.jdbc.sql("update exam_candidate set started_at = now(), submitted_at = now(), score = 82.5 where id = :c")
			.param("c", exam.candidates.get(0))
			.update();
		// the release's event, as ExamSittings sends it after the commit
		this.transactions.executeWithoutResult((status) -> this.events
			.publishEvent(new ExamResultsReleased(exam.sittingId, SittingPurpose.MIDTERM_THEORY, null, LocalDate.now(),
					List.of(new ExamResultsReleased.Result(exam.studentIds.get(0), new BigDecimal("82.5"))))));
		Awaitility.await()
			.until(() -> this.jdbc.sql("select count(*) from midterm_theory_score where sitting_id = :s")
				.param("s", exam.sittingId)
				.query(Long.class)
				.single() == 1);
		String student = exam.students.get(0);
		try (Browser browser = Browser.open(this.port).logIn(exam.logins.get(0), Fixtures.PASSWORD)) {
			browser.go("/students/" + student + "/milestones");
			assertThat(browser.find(".cg-midterm-waiting").getText()).contains("中期考核")
				.contains("理论考试已完成，待安排中期考核")
				.contains("理论考试 82.5 分（考试：中期考核理论考试）");
			browser.screenshot("midterm-theory-waiting-zh");
			browser.go("/students/" + student + "/milestones?lang=en");
			assertThat(browser.find(".cg-midterm-waiting").getText())
				.contains("Theory exam 82.5 points (exam: 中期考核理论考试)");
			browser.screenshot("midterm-theory-waiting-en");

			this.jdbc.sql("""
					insert into milestone_session (student_id, type, scheduled_on, place, created_by)
					values (:s, 'MIDTERM', :on, '示教室', 'test')
					""").param("s", exam.studentIds.get(0)).param("on", LocalDate.now().plusDays(7)).update();
			browser.go("/students/" + student + "/milestones?lang=zh_CN");
			assertThat(browser.driver().findElements(By.cssSelector(".cg-midterm-waiting"))).isEmpty();
			assertThat(browser.find("#session-table .cg-midterm-theory").getText())
				.isEqualTo("理论考试 82.5 分（考试：中期考核理论考试）");
			browser.find("#session-table .cg-midterm-theory a").click();
			assertThat(browser.currentPath()).startsWith("/exams/mine");
			assertThat(browser.text()).contains("中期考核理论考试").contains("82.5");
			browser.go("/students/" + student + "/milestones");
			browser.screenshot("midterm-theory-session-zh");
		}
	}

}
