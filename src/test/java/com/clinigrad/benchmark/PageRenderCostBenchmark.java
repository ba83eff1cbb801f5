package com.clinigrad.benchmark;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;

import com.clinigrad.accounts.Role;
import com.clinigrad.support.Fixtures;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * The CPU time one thread spends on the student list (a page of 20) and on the student
 * page, through the filters and the view but without HTTP: a figure that holds on a
 * loaded machine (thread CPU time, not wall time), to see what the Java request path
 * costs. Run with {@code ./mvnw -Pbenchmark test -Dtest=PageRenderCostBenchmark}.
 */
@Tag("benchmark")
@SpringBootTest
@AutoConfigureMockMvc
class PageRenderCostBenchmark {

	static final int WARMUP = 150;

	static final int MEASURED = 150;

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	@Test
	void cpuPerRequest() throws Exception {
		Fixtures fixtures = Fixtures.in(this.context);
		String hospital = fixtures.hospital();
		String supervisor = fixtures.supervisor(hospital);
		String student = null;
		for (int i = 0; i < 120; i++) {
			student = fixtures.student(hospital, supervisor);
		}
		RequestPostProcessor school = user(fixtures.login(fixtures.account(Role.GRAD_SCHOOL)));
		measure("student list (hospital filter, page of 20)", "/students?hospital=" + hospital, school,
				"student-table");
		measure("student list (hospital filter, page of 100)", "/students?size=100&hospital=" + hospital, school,
				"student-table");
		measure("student page", "/students/" + student, school, "student-status");
	}

	private void measure(String what, String path, RequestPostProcessor user, String marker) throws Exception {
		ThreadMXBean threads = ManagementFactory.getThreadMXBean();
		for (int i = 0; i < WARMUP; i++) {
			this.mvc.perform(get(path).with(user)).andReturn();
		}
		long cpu0 = threads.getCurrentThreadCpuTime();
		long wall0 = System.nanoTime();
		int length = 0;
		for (int i = 0; i < MEASURED; i++) {
			String body = this.mvc.perform(get(path).with(user)).andReturn().getResponse().getContentAsString();
			assertThat(body).contains(marker);
			length = body.length();
		}
		long cpu = threads.getCurrentThreadCpuTime() - cpu0;
		long wall = System.nanoTime() - wall0;
		System.out.printf("[benchmark] render cost, %s: %.2f ms CPU per request (%.2f ms wall), %d characters%n", what,
				cpu / 1e6 / MEASURED, wall / 1e6 / MEASURED, length);
	}

}
