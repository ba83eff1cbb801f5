package com.clinigrad.benchmark;

import java.util.List;
import java.util.Set;

import com.clinigrad.accounts.Role;
import com.clinigrad.support.Fixtures;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * Whether a page view gets slower as the notification table grows: the inbox and a
 * student page (both with the bell) of a hospital office, p95 of single-thread requests
 * through the filters and the view (no HTTP), before and after 100,000 notifications are
 * written for 2,000 other people and 400 more for the viewer; and the plans of the bell's
 * count and the inbox page's query. Run with
 * {@code ./mvnw -Pbenchmark test -Dtest=NotificationPageBenchmark}.
 */
@Tag("benchmark")
@SpringBootTest
@AutoConfigureMockMvc
class NotificationPageBenchmark {

	static final int WARMUP = 150;

	static final int MEASURED = 300;

	static final int NOTIFICATIONS = 100_000;

	static final int PEOPLE = 2_000;

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	@Autowired
	JdbcClient jdbc;

	@Test
	void pageViewsWithAFullNotificationTable() throws Exception {
		Fixtures fixtures = Fixtures.in(this.context);
		String hospital = fixtures.hospital();
		String supervisor = fixtures.supervisor(hospital);
		String student = null;
		for (int i = 0; i < 10; i++) {
			student = fixtures.student(hospital, supervisor);
		}
		String office = fixtures.account(Set.of(Role.HOSPITAL_OFFICE), hospital, null, null, null);
		long viewer = this.jdbc.sql("select id from user_account where username = :u")
			.param("u", office)
			.query(Long.class)
			.single();
		RequestPostProcessor login = user(fixtures.login(office));
		insert(List.of(viewer), 40);
		analyze();
		// the first pages a JVM renders are slow whatever the table holds: warm both up
		// before the first measurement
		measure(null, "/inbox", login);
		measure(null, "/students/" + student, login);
		long before = count();
		measure("inbox, " + before + " notifications in the table", "/inbox", login);
		measure("student page, " + before + " notifications in the table", "/students/" + student, login);

		long t0 = System.nanoTime();
		List<Long> people = this.jdbc.sql("""
				insert into user_account (username, password_hash, display_name)
				select 'bench-n-' || g || '-' || :run, 'x', 'Bench ' || g from generate_series(1, :people) g
				returning id""").param("run", System.nanoTime()).param("people", PEOPLE).query(Long.class).list();
		insert(people, NOTIFICATIONS / PEOPLE);
		insert(List.of(viewer), 400);
		System.out.printf("[benchmark] notifications: %,d written for %,d people and 400 for the viewer in %.1f s%n",
				NOTIFICATIONS, PEOPLE, (System.nanoTime() - t0) / 1e9);
		analyze();
		long after = count();
		measure("inbox, " + after + " notifications in the table", "/inbox", login);
		measure("student page, " + after + " notifications in the table", "/students/" + student, login);
		explain("bell count",
				"select count(*) from notification where account_id = " + viewer + " and read_at is null");
		explain("inbox page", "select id, kind, title_key, args, link, created_at, read_at from notification"
				+ " where account_id = " + viewer + " order by created_at desc, id desc limit 20 offset 0");
		explain("inbox count", "select count(*) from notification where account_id = " + viewer);
	}

	/**
	 * Writes notifications for these people, half of them read, spread over the last
	 * months.
	 */
	private void insert(List<Long> accounts, int each) {
		this.jdbc.sql("""
				insert into notification (account_id, kind, title_key, args, link, created_at, read_at)
				select a, 'WARNING_RAISED', 'notification.WARNING_RAISED.title',
				       array['M' || g, '学生' || g, '#case.trigger.LICENSE_SOON'], '/audit/cases/' || g,
				       now() - make_interval(mins => g * 37 % 400000),
				       case when g % 2 = 0 then now() end
				from unnest(:accounts::bigint[]) a, generate_series(1, :each) g""")
			.param("accounts", accounts.toArray(Long[]::new))
			.param("each", each)
			.update();
	}

	private void analyze() {
		this.jdbc.sql("vacuum analyze notification").update();
	}

	private long count() {
		return this.jdbc.sql("select count(*) from notification").query(Long.class).single();
	}

	private void measure(String what, String path, RequestPostProcessor login) throws Exception {
		for (int i = 0; i < WARMUP; i++) {
			this.mvc.perform(get(path).with(login)).andReturn();
		}
		long[] nanos = new long[MEASURED];
		for (int i = 0; i < MEASURED; i++) {
			long t0 = System.nanoTime();
			String body = this.mvc.perform(get(path).with(login)).andReturn().getResponse().getContentAsString();
			nanos[i] = System.nanoTime() - t0;
			assertThat(body).contains("id=\"bell-count\"");
		}
		if (what != null) {
			System.out.printf("[benchmark] page view with the bell, %s: %s%n", what, Percentiles.of(nanos).summary());
		}
	}

	private void explain(String what, String sql) {
		List<String> plan = this.jdbc.sql("explain (analyze, buffers) " + sql).query(String.class).list();
		System.out.printf("[benchmark] plan of the %s:%n[benchmark]   %s%n", what,
				String.join("\n[benchmark]   ", plan));
	}

}
