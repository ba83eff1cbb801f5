package com.clinigrad.eligibility;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import com.clinigrad.accounts.Role;
import com.clinigrad.imports.ImportService;
import com.clinigrad.shared.SchoolTime;
import com.clinigrad.support.Fixtures;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.EnableScenarios;
import org.springframework.modulith.test.Scenario;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;

/**
 * Warnings and cases follow the records within seconds, without a scan: the owning
 * modules publish what they recorded, and eligibility re-checks the students concerned.
 */
@SpringBootTest
@AutoConfigureMockMvc
@EnableScenarios
class LiveCasesTests {

	private static final Duration WITHIN = Duration.ofSeconds(5);

	@Autowired
	ApplicationContext context;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MockMvc mvc;

	@AfterEach
	void logOut() {
		SecurityContextHolder.clearContext();
	}

	@Test
	void aFailingGradeImportedRaisesTheWarningOnTheStudentsPageAndTheSupervisorsHomeAndAPassingRetakeClosesIt(
			Scenario scenario) throws Exception {
		Fixtures fixtures = Fixtures.in(this.context);
		String hospital = fixtures.hospital();
		String supervisor = fixtures.supervisor(hospital);
		String student = fixtures.student(hospital, supervisor);
		String course = requiredCourse(fixtures);
		UserDetails staff = fixtures.login(fixtures.account(Role.GRAD_SCHOOL));
		UserDetails ownSupervisor = fixtures
			.login(fixtures.account(Set.of(Role.SUPERVISOR), null, null, supervisor, null));

		scenario.stimulate(() -> importGrades(staff, student, course, 1, "41"))
			.andWaitAtMost(WITHIN)
			.andWaitForStateChange(() -> openTriggers(student), (triggers) -> triggers.contains("ONE_FAILED_COURSE"))
			.andVerify((triggers) -> assertThat(triggers).contains("ONE_FAILED_COURSE"));
		this.mvc.perform(get("/students/" + student + "/alerts").header("HX-Request", "true").with(user(ownSupervisor)))
			.andExpect(content().string(containsString("有必修课不及格")));
		this.mvc.perform(get("/audit/cases").with(user(ownSupervisor)))
			.andExpect(content()
				.string(containsString("data-student=\"" + student + "\" data-trigger=\"ONE_FAILED_COURSE\"")));
		this.mvc.perform(get("/audit/cases").header("HX-Request", "true").with(user(ownSupervisor)))
			.andExpect(content().string(containsString(student)));

		scenario.stimulate(() -> importGrades(staff, student, course, 2, "75"))
			.andWaitAtMost(WITHIN)
			.andWaitForStateChange(() -> openTriggers(student), (triggers) -> !triggers.contains("ONE_FAILED_COURSE"))
			.andVerify((triggers) -> assertThat(triggers).doesNotContain("ONE_FAILED_COURSE"));
		this.mvc.perform(get("/students/" + student + "/alerts").header("HX-Request", "true").with(user(ownSupervisor)))
			.andExpect(content().string(not(containsString("有必修课不及格"))));
	}

	/**
	 * Scans run one after the other: while one is in its transaction, another waits for
	 * it, even for other students. Two at once for students they shared (the re-checks
	 * after two imports, a re-check and the nightly or the demo's scan) wrote the same
	 * deadlines and cases in different orders, and PostgreSQL ended one as a deadlock.
	 */
	@Test
	void aScanWaitsForTheOneRunning() throws Exception {
		Fixtures fixtures = Fixtures.in(this.context);
		String hospital = fixtures.hospital();
		long first = fixtures.studentId(fixtures.student(hospital, fixtures.supervisor(hospital)));
		long second = fixtures.studentId(fixtures.student(hospital, fixtures.supervisor(hospital)));
		DiversionCaseScan scan = this.context.getBean(DiversionCaseScan.class);
		TransactionTemplate transaction = new TransactionTemplate(
				this.context.getBean(PlatformTransactionManager.class));
		CountDownLatch scanned = new CountDownLatch(1);
		CountDownLatch release = new CountDownLatch(1);
		ExecutorService threads = Executors.newFixedThreadPool(2);
		try {
			Future<?> running = threads.submit(() -> transaction.executeWithoutResult((status) -> {
				scan.rescan(List.of(first), SchoolTime.today());
				scanned.countDown();
				awaitQuietly(release);
			}));
			assertThat(scanned.await(30, TimeUnit.SECONDS)).isTrue();
			Future<?> waiting = threads.submit(() -> scan.rescan(List.of(second), SchoolTime.today()));
			assertThatThrownBy(() -> waiting.get(2, TimeUnit.SECONDS)).isInstanceOf(TimeoutException.class);
			release.countDown();
			running.get(30, TimeUnit.SECONDS);
			waiting.get(30, TimeUnit.SECONDS);
		}
		finally {
			release.countDown();
			threads.shutdownNow();
		}
	}

	private static void awaitQuietly(CountDownLatch latch) {
		try {
			latch.await(30, TimeUnit.SECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	private String requiredCourse(Fixtures fixtures) {
		String course = fixtures.unique("RC");
		this.jdbc.sql("insert into course (code, name, category, credits) values (:c, '必修课', 'DEGREE_REQUIRED', 2)")
			.param("c", course)
			.update();
		return course;
	}

	private void importGrades(UserDetails staff, String student, String course, int attempt, String score) {
		SecurityContextHolder.getContext()
			.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(staff, null, staff.getAuthorities()));
		String csv = "student_no,course_code,term,attempt,score\n%s,%s,2024-1,%d,%s\n".formatted(student, course,
				attempt, score);
		assertThat(this.context.getBean(ImportService.class)
			.importFile("grades", csv.getBytes(StandardCharsets.UTF_8), "text/csv")
			.errors()).isEmpty();
	}

	private long studentId(String studentNo) {
		return this.jdbc.sql("select id from student where student_no = :no")
			.param("no", studentNo)
			.query(Long.class)
			.single();
	}

	private List<String> openTriggers(String studentNo) {
		return this.jdbc.sql("""
				select c.trigger_code from diversion_case c join student s on s.id = c.student_id
				where s.student_no = :no and c.status in ('OPEN', 'CHOSEN')
				""").param("no", studentNo).query(String.class).list();
	}

}
