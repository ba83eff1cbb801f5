package com.clinigrad.browser;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.stream.Collectors;

import com.clinigrad.exams.ExamFixtures;
import com.clinigrad.support.Browser;
import com.clinigrad.support.Fixtures;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
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
 * A theory exit exam of a rotation department for thirty candidates, each in a real
 * browser session of their own: one Chrome, one window per candidate, each window on
 * another loopback address (127.0.0.2, 127.0.0.3, …) so that each holds its own session
 * cookie. Every candidate logs in, begins and sees a paper in an order of their own and
 * answers; the first group submits (one of them is refused on a second device, some of
 * them reload and keep their answers), the second group begins with the window about to
 * close, some of them reload, and all of their pages submit themselves when the time runs
 * out (sending what was still being typed). The marker marks the open answers, the office
 * releases the results, and each of the thirty rotations carries the theory score and the
 * sitting it came from. Screenshots go to target/screenshots.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class ExamBrowserTests {

	static final int CANDIDATES = 30;

	/** Candidates 0 … SUBMITTING-1 submit themselves; the others run out of time. */
	static final int SUBMITTING = 10;

	/** In each group, the first RELOADING candidates type an answer and reload. */
	static final int RELOADING = 4;

	static final String TYPED = "溶栓或急诊 PCI";

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aTheoryExamRunsForThirtyCandidatesAndItsResultsLandOnTheRotations() {
		ExamFixtures exam = ExamFixtures.open(this.context, CANDIDATES, Instant.now().plusSeconds(3600), 60);
		this.jdbc.sql("insert into exam_marker (sitting_id, question_id, username) values (:s, :q, :u)")
			.param("s", exam.sittingId)
			.param("q", exam.caseQuestion)
			.param("u", exam.marker)
			.update();
		List<String> papers = new ArrayList<>();
		try (Browser chrome = Browser.open(this.port)) {
			long start = System.nanoTime();
			// every window asks for the candidate's exams and logs in, all loading at
			// once;
			// the login leads to the exams asked for
			List<String> hosts = new ArrayList<>();
			for (int i = 0; i < CANDIDATES; i++) {
				hosts.add(host(i));
			}
			List<Browser> windows = chrome.windows(hosts, "/exams/mine");
			long opened = System.nanoTime();
			for (int i = 0; i < CANDIDATES; i++) {
				Browser window = windows.get(i);
				WebElement password = wait(window, 60)
					.until(ExpectedConditions.presenceOfElementLocated(By.name("password")));
				// into the page's own fields, sent by its own button
				((JavascriptExecutor) window.driver()).executeScript("""
						arguments[0].form.querySelector('[name=username]').value = arguments[1];
						arguments[0].value = arguments[2];
						var button = arguments[0].form.querySelector('button[type=submit]');
						setTimeout(function () { button.click(); }, 0);
						""", password, exam.logins.get(i), Fixtures.PASSWORD);
			}
			long typed = System.nanoTime();
			for (Browser window : windows) {
				wait(window, 60)
					.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("form.cg-begin button")));
				assertThat(window.currentPath()).isEqualTo("/exams/mine");
			}
			long loggedIn = System.nanoTime();

			// the first group begins and answers; some reload and keep their answers
			papers.addAll(begin(windows.subList(0, SUBMITTING), exam.candidates.subList(0, SUBMITTING)));
			Duration beginning = Duration.ofNanos(System.nanoTime() - loggedIn);
			long reloading = System.nanoTime();
			for (int i = 0; i < RELOADING; i++) {
				typeLastAnswer(windows.get(i), TYPED + " " + i);
				reloadAndKeep(windows.get(i), TYPED + " " + i);
			}
			Duration perReload = Duration.ofNanos((System.nanoTime() - reloading) / RELOADING);
			screenshot(windows.get(0), "exam-answering");

			// a second browser session of candidate 2 is refused in words
			try (Browser second = chrome.window(host(CANDIDATES)).logIn(exam.logins.get(1), Fixtures.PASSWORD)) {
				second.go("/exams/take/" + exam.candidates.get(1));
				assertThat(second.text()).contains("这场考试已在另一台设备或浏览器中开始");
			}

			// the first group submits
			for (int i = 0; i < SUBMITTING; i++) {
				click(windows.get(i), "#confirmSubmit");
				windows.get(i).startClicking("#submit-exam");
			}
			for (int i = 0; i < SUBMITTING; i++) {
				wait(windows.get(i), 60).until(ExpectedConditions.urlContains("/exams/mine"));
				assertThat(windows.get(i).text()).contains("已交卷");
			}

			// the second group begins with the window about to close: time for twice as
			// many to begin as the first group took and for some to reload (as measured
			// here), then their pages submit themselves
			int rest = CANDIDATES - SUBMITTING;
			Duration left = beginning.multipliedBy(rest)
				.dividedBy(SUBMITTING)
				.plus(perReload.multipliedBy(RELOADING))
				.multipliedBy(3)
				.dividedBy(2)
				.plusSeconds(10);
			this.jdbc.sql("update exam_sitting set closes_at = :c where id = :s")
				.param("c", java.sql.Timestamp.from(Instant.now().plus(left)))
				.param("s", exam.sittingId)
				.update();
			papers.addAll(
					begin(windows.subList(SUBMITTING, CANDIDATES), exam.candidates.subList(SUBMITTING, CANDIDATES)));
			for (int i = SUBMITTING; i < SUBMITTING + RELOADING; i++) {
				typeLastAnswer(windows.get(i), TYPED + " " + i);
				reloadAndKeep(windows.get(i), TYPED + " " + i);
			}
			// typed shortly before the end: what was typed reaches the server
			Browser late = windows.get(CANDIDATES - 1);
			List<WebElement> areas = late.driver().findElements(By.cssSelector("form.cg-answer textarea"));
			areas.get(areas.size() - 1).sendKeys("最后一刻的答案");
			assertThat(new HashSet<>(papers)).as("each candidate's paper in an order of its own").hasSize(CANDIDATES);
			assertThat(papers).allSatisfy((paper) -> assertThat(paper).contains("简述急性心肌梗死的再灌注治疗"));
			for (int i = SUBMITTING; i < CANDIDATES; i++) {
				Browser window = windows.get(i);
				wait(window, (int) left.toSeconds() + 60).until(ExpectedConditions.urlContains("/exams/mine"));
				assertThat(window.text()).contains("已交卷");
			}
			screenshot(windows.get(CANDIDATES - 1), "exam-timed-out");
			System.out.println("exam browser: windows opened " + Duration.ofNanos(opened - start).toMillis()
					+ " ms, log-in pages shown and sent " + Duration.ofNanos(typed - opened).toMillis() + " ms");
			System.out.println("exam browser: 30 logged in after " + Duration.ofNanos(loggedIn - start).toMillis()
					+ " ms, 10 began in " + beginning.toMillis() + " ms, a reload " + perReload.toMillis()
					+ " ms, window left " + left.toMillis() + " ms, all submitted after "
					+ Duration.ofNanos(System.nanoTime() - start).toMillis() + " ms");
			assertThat(this.jdbc.sql("""
					select count(*) from exam_candidate where id in (:c) and submitted_at is not null and timed_out
					""").param("c", exam.candidates.subList(SUBMITTING, CANDIDATES)).query(Long.class).single())
				.as("the second group, submitted by their pages at the time")
				.isEqualTo(rest);
			assertThat(this.jdbc.sql("""
					select count(*) from exam_candidate where id in (:c) and submitted_at is not null and not timed_out
					""").param("c", exam.candidates.subList(0, SUBMITTING)).query(Long.class).single())
				.as("the first group, submitted by themselves")
				.isEqualTo(SUBMITTING);
			assertThat(this.jdbc.sql("select answer from exam_answer where candidate_id = :c and answer is not null")
				.param("c", exam.candidates.get(CANDIDATES - 1))
				.query(String.class)
				.list()).contains("最后一刻的答案");

			// the marker marks every open answer, then the office releases the results
			try (Browser marker = chrome.window(host(CANDIDATES + 1)).logIn(exam.marker, Fixtures.PASSWORD)) {
				for (long question : List.of(exam.openQuestion, exam.caseQuestion)) {
					marker.go("/exams/marking/" + exam.sittingId + "/" + question);
					assertThat(marker.text()).doesNotContain(exam.students.get(0));
					markAll(marker);
					marker.go("/exams/marking/" + exam.sittingId + "/" + question);
					assertThat(marker.driver().findElements(By.cssSelector("form.cg-mark-form input[name=score]")))
						.allSatisfy((score) -> assertThat(new BigDecimal(score.getAttribute("value")))
							.isEqualByComparingTo("2"));
				}
				marker.screenshot("exam-marking");
			}
			try (Browser office = chrome.window(host(CANDIDATES + 2)).logIn(exam.office, Fixtures.PASSWORD)) {
				office.go("/exams/sittings/" + exam.sittingId);
				click(office, "#confirmRelease");
				click(office, "#release-form button");
				wait(office, 15).until((d) -> d.findElement(By.id("sitting-state")).getText().contains("成绩已发布"));
				office.screenshot("exam-released");
			}
		}
		Awaitility.await()
			.atMost(Duration.ofSeconds(30))
			.until(() -> this.jdbc.sql("select count(*) from rotation where id in (:r) and theory_exam_sitting_id = :s")
				.param("r", exam.rotations)
				.param("s", exam.sittingId)
				.query(Long.class)
				.single() == CANDIDATES);
		List<BigDecimal> scores = this.jdbc.sql("select theory_exam_score from rotation where id in (:r)")
			.param("r", exam.rotations)
			.query(BigDecimal.class)
			.list();
		assertThat(scores).hasSize(CANDIDATES)
			.allSatisfy((score) -> assertThat(score).isBetween(BigDecimal.ZERO, BigDecimal.valueOf(100)));
	}

	/**
	 * The loopback address of candidate i's window (the second device: {@code i = 30}).
	 */
	private static String host(int i) {
		return "127.0.0." + (i + 2);
	}

	/**
	 * Begins the exam in each window (all loading at once), then in each reads the paper
	 * as shown and chooses an option of the first question.
	 * @return the papers as shown: stems and options in each candidate's order
	 */
	private static List<String> begin(List<Browser> windows, List<Long> candidates) {
		for (Browser window : windows) {
			window.startClicking("form.cg-begin button");
		}
		List<String> papers = new ArrayList<>();
		for (int i = 0; i < windows.size(); i++) {
			Browser window = windows.get(i);
			wait(window, 60).until(ExpectedConditions.presenceOfElementLocated(By.id("countdown")));
			assertThat(window.currentPath()).isEqualTo("/exams/take/" + candidates.get(i));
			papers.add(window.driver()
				.findElements(By.cssSelector(".cg-stem, .form-check-label"))
				.stream()
				.map(WebElement::getText)
				.collect(Collectors.joining("|")));
			click(window, "form.cg-answer input[name=option]");
		}
		for (Browser window : windows) {
			wait(window, 30)
				.until((d) -> !d.findElements(By.cssSelector(".cg-save-state[data-state=saved]")).isEmpty());
		}
		return papers;
	}

	private static void typeLastAnswer(Browser window, String text) {
		List<WebElement> areas = window.driver().findElements(By.cssSelector("form.cg-answer textarea"));
		areas.get(areas.size() - 1).sendKeys(text);
		window.find("h1").click();
		wait(window, 10).until((d) -> d.findElements(By.cssSelector(".cg-save-state[data-state=saved]")).size() >= 2);
	}

	/** Reloads the page: the chosen option and the typed answer are still there. */
	private static void reloadAndKeep(Browser window, String typed) {
		String chosen = window.find("form.cg-answer input[name=option]").getAttribute("id");
		window.driver().navigate().refresh();
		wait(window, 15).until(ExpectedConditions.presenceOfElementLocated(By.id("countdown")));
		assertThat(window.find("#" + chosen).isSelected()).isTrue();
		List<WebElement> areas = window.driver().findElements(By.cssSelector("form.cg-answer textarea"));
		assertThat(areas.get(areas.size() - 1).getAttribute("value")).isEqualTo(typed);
	}

	/**
	 * Gives every answer on the marking page 2 points: the first through its form, the
	 * others through the same forms sent by the page (one answer after the other).
	 */
	private static void markAll(Browser marker) {
		List<WebElement> forms = marker.driver().findElements(By.cssSelector("form.cg-mark-form"));
		assertThat(forms).isNotEmpty();
		WebElement score = forms.get(0).findElement(By.cssSelector("input[name=score]"));
		score.clear();
		score.sendKeys("2");
		WebElement save = forms.get(0).findElement(By.cssSelector("button"));
		((JavascriptExecutor) marker.driver()).executeScript("arguments[0].scrollIntoView({block: 'center'})", save);
		save.click();
		Browser.awaitGone(marker.driver(), save, Duration.ofSeconds(15));
		Object sent = ((JavascriptExecutor) marker.driver()).executeAsyncScript("""
				var done = arguments[arguments.length - 1];
				var forms = Array.from(document.querySelectorAll('form.cg-mark-form')).slice(1);
				var chain = Promise.resolve(0);
				forms.forEach(function (form) {
					form.querySelector('input[name=score]').value = '2';
					var body = new FormData(form);
					chain = chain.then(function (count) {
						return fetch(form.action, { method: 'POST', body: body, credentials: 'same-origin' })
							.then(function (response) { return response.ok ? count + 1 : count; });
					});
				});
				chain.then(done, function () { done(-1); });
				""");
		assertThat(((Number) sent).intValue()).isEqualTo(forms.size() - 1);
	}

	/**
	 * A screenshot at the size of the other browser tests' (a window opened by a page is
	 * smaller).
	 */
	private static void screenshot(Browser window, String name) {
		window.driver().manage().window().setSize(new Dimension(1366, 900));
		window.screenshot(name);
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
