package com.clinigrad.benchmark;

import java.lang.management.ManagementFactory;

import com.clinigrad.accounts.AccountHolders.Kind;
import com.clinigrad.accounts.AccountHolders.Selection;
import com.clinigrad.accounts.BulkAccounts;
import com.clinigrad.accounts.BulkCreation;
import com.clinigrad.accounts.BulkPreview;
import com.clinigrad.accounts.Role;
import com.clinigrad.support.Fixtures;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue target (accounts): 3,000 student accounts created in bulk in seconds, initial
 * passwords included. Run with {@code ./mvnw -Pbenchmark verify} (or
 * {@code -Pbenchmark test -Dtest=BulkAccountsBenchmark}).
 */
@Tag("benchmark")
@SpringBootTest
class BulkAccountsBenchmark {

	static final int STUDENTS = 3_000;

	@Autowired
	ApplicationContext context;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	BulkAccounts bulkAccounts;

	/**
	 * The CPU time the process used: the figure that does not depend on what else the
	 * machine runs.
	 */
	private static long processCpuNanos() {
		return (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os)
				? os.getProcessCpuTime() : 0;
	}

	@Test
	void createsThreeThousandAccountsInSeconds() {
		Fixtures fixtures = Fixtures.in(this.context);
		String hospital = fixtures.hospital();
		String template = fixtures.student(hospital, fixtures.supervisor(hospital));
		this.jdbc.sql("""
				insert into student (student_no, name, degree_type, program_code, cohort_year, discipline_code,
				                     admission_type, source_school, hospital_id, supervisor_id, status)
				select :template || '-' || n, name || n, degree_type, program_code, cohort_year, discipline_code,
				       admission_type, source_school, hospital_id, supervisor_id, status
				from student, generate_series(1, :count - 1) n where student_no = :template
				""").param("template", template).param("count", STUDENTS).update();
		UserDetails admin = fixtures.login(fixtures.account(Role.ADMIN));
		SecurityContextHolder.getContext()
			.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(admin, null, admin.getAuthorities()));
		try {
			Selection selection = new Selection(Kind.STUDENT, hospital, null, null);
			long start = System.nanoTime();
			BulkPreview preview = this.bulkAccounts.preview(selection);
			long previewed = System.nanoTime();
			long cpuBefore = processCpuNanos();
			BulkCreation creation = this.bulkAccounts.create(selection, preview.fingerprint());
			long created = System.nanoTime();
			long cpu = processCpuNanos() - cpuBefore;
			assertThat(creation.created()).hasSize(STUDENTS);
			System.out.printf(
					"[benchmark] bulk accounts: preview of %d students %d ms; %d accounts created "
							+ "(initial passwords, hashes, roles, history) in %d ms (%.0f accounts/s), %d ms of CPU "
							+ "on %d cores (load average %.1f)%n",
					STUDENTS, (previewed - start) / 1_000_000, STUDENTS, (created - previewed) / 1_000_000,
					STUDENTS / ((created - previewed) / 1e9), cpu / 1_000_000,
					Runtime.getRuntime().availableProcessors(),
					ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
			assertThat(cpu / 1_000_000).as("3,000 accounts within 10 s of CPU (5 s on two idle cores)")
				.isLessThan(10_000);
			assertThat(this.jdbc.sql("select count(*) from user_account where student_no like :p")
				.param("p", template + "%")
				.query(Long.class)
				.single()).isEqualTo(STUDENTS);
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}

}
