package com.clinigrad.browser;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import com.clinigrad.exams.ExamFixtures;
import com.clinigrad.support.Browser;
import com.clinigrad.support.Fixtures;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A theory exit exam of a rotation department in real browsers, one per candidate (three
 * candidates here, to keep the run short on a shared machine): each candidate's paper is
 * in its own order, an answer survives a reload, a second browser of the same candidate
 * is refused, one candidate submits, the others are submitted by their pages when the
 * time runs out; the marker marks the open items, the office releases the results and
 * each candidate's rotation carries the theory score. Screenshots go to
 * target/screenshots.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class ExamBrowserTests {

	static final int CANDIDATES = 3;

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aTheoryExamRunsForSeveralCandidatesAndItsResultsLandOnTheRotations() {
		ExamFixtures exam = ExamFixtures.open(this.context, CANDIDATES, Instant.now().plusSeconds(3600), 60);
		this.jdbc.sql("insert into exam_marker (sitting_id, question_id, username) values (:s, :q, :u)")
			.param("s", exam.sittingId)
			.param("q", exam.caseQuestion)
			.param("u", exam.marker)
			.update();
		List<Browser> browsers = new ArrayList<>();
		try {
			for (int i = 0; i < CANDIDATES; i++) {
				browsers.add(Browser.open(this.port).logIn(exam.logins.get(i), Fixtures.PASSWORD));
			}
			// the window now ends in 45 seconds: the exam runs out while the test watches
			this.jdbc.sql("update exam_sitting set closes_at = now() + interval '45 seconds' where id = :s")
				.param("s", exam.sittingId)
				.update();
			List<String> papers = new ArrayList<>();
			for (Browser browser : browsers) {
				browser.go("/exams/mine");
				click(browser, "form.cg-begin button");
				wait(browser, 15).until(ExpectedConditions.presenceOfElementLocated(By.id("countdown")));
				papers.add(browser.driver()
					.findElements(By.cssSelector(".cg-stem, .form-check-label"))
					.stream()
					.map(WebElement::getText)
					.collect(Collectors.joining("|")));
			}
			assertThat(new HashSet<>(papers)).as("papers differ per candidate").hasSizeGreaterThan(1);
			assertThat(papers.get(0)).contains("简述急性心肌梗死的再灌注治疗");

			// candidate 1: a choice and an open answer survive a reload
			Browser first = browsers.get(0);
			WebElement firstOption = first.find("form.cg-answer input[name=option]");
			String optionId = firstOption.getAttribute("id");
			((JavascriptExecutor) first.driver()).executeScript("arguments[0].scrollIntoView({block: 'center'})",
					firstOption);
			firstOption.click();
			List<WebElement> areas = first.driver().findElements(By.cssSelector("form.cg-answer textarea"));
			areas.get(areas.size() - 1).sendKeys("溶栓或急诊 PCI");
			first.find("h1").click();
			wait(first, 10)
				.until((d) -> d.findElements(By.cssSelector(".cg-save-state[data-state=saved]")).size() >= 2);
			first.screenshot("exam-answering");
			first.driver().navigate().refresh();
			wait(first, 15).until(ExpectedConditions.presenceOfElementLocated(By.id("countdown")));
			assertThat(first.find("#" + optionId).isSelected()).isTrue();
			List<WebElement> reloaded = first.driver().findElements(By.cssSelector("form.cg-answer textarea"));
			assertThat(reloaded.get(reloaded.size() - 1).getAttribute("value")).isEqualTo("溶栓或急诊 PCI");

			// a second browser of candidate 2 is refused in words
			try (Browser second = Browser.open(this.port).logIn(exam.logins.get(1), Fixtures.PASSWORD)) {
				second.go("/exams/take/" + exam.candidates.get(1));
				assertThat(second.text()).contains("这场考试已在另一台设备或浏览器中开始");
			}

			// candidate 2 answers the open question and submits
			Browser two = browsers.get(1);
			List<WebElement> twoAreas = two.driver().findElements(By.cssSelector("form.cg-answer textarea"));
			for (WebElement area : twoAreas) {
				area.sendKeys("第二位考生的答案");
			}
			two.find("h1").click();
			wait(two, 10).until((
					d) -> d.findElements(By.cssSelector(".cg-save-state[data-state=saved]")).size() >= twoAreas.size());
			click(two, "#confirmSubmit");
			click(two, "#submit-exam");
			wait(two, 15).until(ExpectedConditions.urlContains("/exams/mine"));
			assertThat(two.text()).contains("已交卷");

			// candidates 1 and 3: their pages submit themselves when the time is up
			for (Browser browser : List.of(browsers.get(0), browsers.get(2))) {
				wait(browser, 90).until(ExpectedConditions.urlContains("/exams/mine"));
				assertThat(browser.text()).contains("已交卷");
			}
			assertThat(this.jdbc.sql("select timed_out from exam_candidate where id = :c")
				.param("c", exam.candidates.get(0))
				.query(Boolean.class)
				.single()).isTrue();
			assertThat(
					this.jdbc.sql("select count(*) from exam_candidate where sitting_id = :s and submitted_at is null")
						.param("s", exam.sittingId)
						.query(Long.class)
						.single())
				.isZero();
		}
		finally {
			browsers.forEach(Browser::close);
		}

		// the marker marks every open answer, then the office releases the results
		try (Browser marker = Browser.open(this.port).logIn(exam.marker, Fixtures.PASSWORD)) {
			for (long question : List.of(exam.openQuestion, exam.caseQuestion)) {
				marker.go("/exams/marking/" + exam.sittingId + "/" + question);
				int forms = marker.driver().findElements(By.cssSelector("form.cg-mark-form")).size();
				for (int i = 0; i < forms; i++) {
					WebElement form = marker.driver().findElements(By.cssSelector("form.cg-mark-form")).get(i);
					WebElement score = form.findElement(By.cssSelector("input[name=score]"));
					score.clear();
					score.sendKeys("2");
					WebElement save = form.findElement(By.cssSelector("button"));
					((JavascriptExecutor) marker.driver())
						.executeScript("arguments[0].scrollIntoView({block: 'center'})", save);
					save.click();
					wait(marker, 15).until(ExpectedConditions.stalenessOf(save));
				}
			}
			marker.screenshot("exam-marking");
			assertThat(marker.text()).doesNotContain(exam.students.get(0));
		}
		try (Browser office = Browser.open(this.port).logIn(exam.office, Fixtures.PASSWORD)) {
			office.go("/exams/sittings/" + exam.sittingId);
			click(office, "#confirmRelease");
			click(office, "#release-form button");
			wait(office, 15).until((d) -> d.findElement(By.id("sitting-state")).getText().contains("成绩已发布"));
			office.screenshot("exam-released");
		}
		Awaitility.await()
			.atMost(Duration.ofSeconds(30))
			.until(() -> this.jdbc.sql("select count(*) from rotation where id in (:r) and theory_exam_sitting_id = :s")
				.param("r", exam.rotations)
				.param("s", exam.sittingId)
				.query(Long.class)
				.single() == CANDIDATES);
		Set<BigDecimal> scores = new HashSet<>(this.jdbc.sql("select theory_exam_score from rotation where id in (:r)")
			.param("r", exam.rotations)
			.query(BigDecimal.class)
			.list());
		assertThat(scores).allSatisfy((score) -> assertThat(score).isBetween(BigDecimal.ZERO, BigDecimal.valueOf(100)));
	}

	private static void click(Browser browser, String css) {
		WebElement element = browser.find(css);
		// the page's sticky header may cover the element where Selenium would click it
		((JavascriptExecutor) browser.driver()).executeScript("arguments[0].click()", element);
	}

	private static WebDriverWait wait(Browser browser, int seconds) {
		return new WebDriverWait(browser.driver(), Duration.ofSeconds(seconds));
	}

}
