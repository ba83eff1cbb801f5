package com.clinigrad.benchmark;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.clinigrad.accounts.Role;
import com.clinigrad.demo.SyntheticRecords;
import com.clinigrad.demo.SyntheticUniversity.University;
import com.clinigrad.demo.UniversityWriter;
import com.clinigrad.reports.AnnualReportBook;
import com.clinigrad.reports.AnnualReportPages;
import com.clinigrad.shared.SchoolTime;
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
 * Issue 19 target: the whole annual report of a year for the 10,000-student synthetic
 * university with its students' records (grades, publications, theses and blind reviews),
 * a destination for every graduate and residency exams for a third of the students, in ≤
 * 2 s: every table counted and each figure's students kept, then the xlsx and the PDF.
 * Run with {@code ./mvnw -Pbenchmark test -Dtest=AnnualReportBenchmark}.
 */
@Tag("benchmark")
@SpringBootTest(properties = { "clinigrad.mail.sender.enabled=false", "clinigrad.reminders.daily=false" })
class AnnualReportBenchmark {

	@Autowired
	ApplicationContext context;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	AnnualReportPages reports;

	@Test
	void producesTheWholeReportOfAYearInSeconds() {
		University university = BenchmarkUniversity.ensureLoaded(this.context);
		int year = SchoolTime.today().getYear() - 1;
		prepare(university, year);
		Fixtures fixtures = Fixtures.in(this.context);
		UserDetails grad = fixtures.login(fixtures.account(Role.GRAD_SCHOOL));
		SecurityContextHolder.getContext()
			.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(grad, null, grad.getAuthorities()));
		try {
			// once to warm the caches and the JIT, as a page view after start-up would
			this.reports.book(year, null, Locale.CHINA);
			long start = System.nanoTime();
			AnnualReportBook book = this.reports.book(year, null, Locale.CHINA);
			double seconds = (System.nanoTime() - start) / 1e9;
			start = System.nanoTime();
			byte[] xlsx = this.reports.workbook(year, null);
			double xlsxSeconds = (System.nanoTime() - start) / 1e9;
			start = System.nanoTime();
			byte[] pdf = this.reports.pdf(year, null);
			double pdfSeconds = (System.nanoTime() - start) / 1e9;
			long figures = book.behind().values().stream().mapToLong(java.util.Set::size).sum();
			System.out.printf(
					"[benchmark] annual report %d: %d tables, %d students behind the figures: %.2f s; xlsx %.2f s "
							+ "(%d KB), PDF %.2f s (%d KB)%n",
					year, book.tables().size(), figures, seconds, xlsxSeconds, xlsx.length / 1024, pdfSeconds,
					pdf.length / 1024);
			assertThat(figures).isGreaterThan(university.students().size());
			assertThat(seconds).isLessThanOrEqualTo(2.0);
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}

	/**
	 * The records the report reads, written once per database: the students' records (not
	 * rotations, which it does not read), a destination for every graduate and residency
	 * exams in the year.
	 */
	private void prepare(University university, int year) {
		if (this.jdbc.sql("select count(*) from grade").query(Long.class).single() == 0) {
			long start = System.nanoTime();
			Map<String, List<Map<String, String>>> records = new LinkedHashMap<>(
					SyntheticRecords.generate(BenchmarkUniversity.SEED, university));
			records.remove("rotations");
			this.context.getBean(UniversityWriter.class).writeRecords(records);
			System.out.printf("[benchmark] annual report: students' records written in %d ms%n",
					(System.nanoTime() - start) / 1_000_000);
		}
		this.jdbc.sql("""
				insert into employment (student_no, graduated_on, destination_kind, employer, region, recorded_by)
				select student_no, make_date(:y, 6, 1 + (id % 28)::int),
				    (array['HOSPITAL_TERTIARY', 'HOSPITAL_OTHER', 'UNIVERSITY', 'FURTHER_STUDY', 'ABROAD',
				           'OTHER_EMPLOYED', 'UNEMPLOYED'])[1 + (id % 7)::int], '某医院',
				    (array['北京', '天津', '上海', '浙江', '广东'])[1 + (id % 5)::int], 'benchmark'
				from student where status = 'GRADUATED' on conflict (student_no) do nothing""")
			.param("y", year)
			.update();
		this.jdbc.sql("""
				insert into residency_exam (student_id, sat_on, theory_result, skills_result, recorded_by)
				select id, make_date(:y, 9, 1), case when id % 10 = 0 then 'FAIL' else 'PASS' end, 'PASS', 'benchmark'
				from student where id % 3 = 0 on conflict do nothing""").param("y", year).update();
		this.jdbc.sql("ANALYZE").update();
	}

}
