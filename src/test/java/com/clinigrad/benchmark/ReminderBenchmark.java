package com.clinigrad.benchmark;

import java.time.Duration;
import java.time.LocalDate;

import com.clinigrad.eligibility.DiversionCaseScan;
import com.clinigrad.notifications.ReminderRun;
import com.clinigrad.shared.SchoolTime;
import com.clinigrad.shared.reminders.DeadlineKind;
import com.clinigrad.support.EventsInFlight;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 16 target: the daily reminder run for the 10,000-student synthetic university in
 * ≤ 10 s. Every student, supervisor (also as expert), hospital office and department
 * coordinator has an account with an e-mail address (half of them in English), every
 * other student has a rotation that ended ten days ago without its exit exam, and the
 * scan's deadlines are those of the university (the license of the cohort whose semester
 * 5 ends within the rule's 90 days). Then the same run again, which must send nothing.
 * Run with {@code ./mvnw -Pbenchmark test -Dtest=ReminderBenchmark}.
 */
@Tag("benchmark")
@SpringBootTest(properties = { "clinigrad.mail.sender.enabled=false", "clinigrad.reminders.daily=false" })
class ReminderBenchmark {

	@Autowired
	ApplicationContext context;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ReminderRun reminders;

	@Test
	void remindsTheWholeUniversityInSeconds() {
		BenchmarkUniversity.ensureLoaded(this.context);
		EventsInFlight.awaitNone(this.jdbc, Duration.ofMinutes(10));
		LocalDate today = SchoolTime.today();
		this.context.getBean(DiversionCaseScan.class).scanAll(today);
		prepare(today);
		this.jdbc.sql("ANALYZE").update();

		long start = System.nanoTime();
		ReminderRun.RunSummary first = this.reminders.run(today, null);
		double firstSeconds = (System.nanoTime() - start) / 1e9;
		long mails = this.jdbc.sql("select count(*) from mail_outbox").query(Long.class).single();
		start = System.nanoTime();
		ReminderRun.RunSummary again = this.reminders.run(today, null);
		double againSeconds = (System.nanoTime() - start) / 1e9;

		assertThat(first.count(DeadlineKind.ROTATION_EXAM_MISSING)).isPositive();
		assertThat(first.count(DeadlineKind.MEDICAL_LICENSE)).isPositive();
		assertThat(again.total()).isZero();
		System.out.printf(
				"[benchmark] reminder run for %,d students: %,d reminders (%s), %,d mails queued, in %.2f s (target ≤ 10 s);"
						+ " the same run again: 0 sent in %.2f s%n",
				this.jdbc.sql("select count(*) from student").query(Long.class).single(), first.total(), first.counts(),
				mails, firstSeconds, againSeconds);
	}

	private void prepare(LocalDate today) {
		if (this.jdbc.sql("select count(*) from user_account where username like 'rb-%'")
			.query(Long.class)
			.single() > 0) {
			return;
		}
		this.jdbc.sql("""
				insert into user_account (username, password_hash, display_name, student_no)
				select 'rb-' || student_no, '-', name, student_no from student
				""").update();
		this.jdbc.sql("""
				insert into user_account (username, password_hash, display_name, staff_no)
				select 'rb-' || staff_no, '-', name, staff_no from supervisor
				""").update();
		this.jdbc.sql("""
				insert into user_account (username, password_hash, display_name, hospital_code)
				select 'rb-office-' || code, '-', name, code from hospital
				""").update();
		this.jdbc.sql("""
				insert into user_account (username, password_hash, display_name, hospital_code, department_code)
				select 'rb-dept-' || h.code || '-' || d.code, '-', d.name, h.code, d.code
				from department d join hospital h on h.id = d.hospital_id
				""").update();
		this.jdbc.sql("""
				insert into user_role (account_id, role)
				select id, 'STUDENT' from user_account where username like 'rb-%' and student_no is not null
				union all select id, 'SUPERVISOR' from user_account where username like 'rb-%' and staff_no is not null
				union all select id, 'EXPERT' from user_account where username like 'rb-%' and staff_no is not null
				union all select id, 'HOSPITAL_OFFICE' from user_account where username like 'rb-office-%'
				union all select id, 'DEPT_COORDINATOR' from user_account where username like 'rb-dept-%'
				""").update();
		this.jdbc.sql("""
				insert into notification_profile (account_id, email, language)
				select id, username || '@example.org', case when id % 2 = 0 then 'en' else 'zh' end
				from user_account where username like 'rb-%'
				""").update();
		this.jdbc.sql("""
				insert into rotation (student_id, department_id, start_date, end_date, recorded_by)
				select s.id, (select min(d.id) from department d where d.hospital_id = s.hospital_id),
				       cast(:ended as date) - 60, :ended, 'benchmark'
				from student s where s.id % 2 = 0 and s.hospital_id is not null
				""").param("ended", today.minusDays(10)).update();
	}

}
