package com.clinigrad.benchmark;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.clinigrad.accounts.Role;
import com.clinigrad.awards.AwardRounds;
import com.clinigrad.awards.EvaluationView;
import com.clinigrad.awards.AwardEvaluations;
import com.clinigrad.demo.SyntheticRecords;
import com.clinigrad.demo.SyntheticUniversity.University;
import com.clinigrad.demo.UniversityWriter;
import com.clinigrad.shared.SchoolTime;
import com.clinigrad.support.Fixtures;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 18 target: the comprehensive evaluation and the ranking of the 10,000-student
 * synthetic university (its students in training, about 3,500) with their records
 * (grades, rotations, publications, the ethics file) in ≤ 3 s, on a scheme covering every
 * program whose ranked awards admit every degree type; then the selection round computed
 * from it (quotas, winners, the list written). Run with
 * {@code ./mvnw -Pbenchmark test -Dtest=AwardEvaluationBenchmark}.
 */
@Tag("benchmark")
@SpringBootTest(properties = { "clinigrad.mail.sender.enabled=false", "clinigrad.reminders.daily=false" })
class AwardEvaluationBenchmark {

	@Autowired
	ApplicationContext context;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	AwardEvaluations evaluations;

	@Autowired
	AwardRounds rounds;

	@Test
	void evaluatesAndRanksTheWholeUniversityInSeconds() {
		University university = BenchmarkUniversity.ensureLoaded(this.context);
		prepare(university);
		long scheme = scheme();
		LocalDate today = SchoolTime.today();

		Fixtures fixtures = Fixtures.in(this.context);
		UserDetails grad = fixtures.login(fixtures.account(Role.GRAD_SCHOOL));
		SecurityContext security = SecurityContextHolder.createEmptyContext();
		security.setAuthentication(new UsernamePasswordAuthenticationToken(grad, null, grad.getAuthorities()));
		SecurityContextHolder.setContext(security);
		try {
			// a first run warms the caches and the JIT, as a page opened before would
			this.evaluations.evaluation(scheme, today);
			long start = System.nanoTime();
			EvaluationView view = this.evaluations.evaluation(scheme, today);
			double evaluation = (System.nanoTime() - start) / 1e9;
			start = System.nanoTime();
			this.rounds.compute(scheme, today);
			double round = (System.nanoTime() - start) / 1e9;
			long winners = this.jdbc.sql("""
					select count(*) from award_list_line l join award_round r on r.id = l.round_id
					where r.scheme_id = :s and l.award_type_id is not null
					""").param("s", scheme).query(Long.class).single();
			System.out.printf(
					"[benchmark] awards: %d students evaluated and ranked (%d excluded) in %.2f s; the selection round "
							+ "(evaluation, quotas, %d winners, list written) in %.2f s%n",
					view.students().size(), view.excludedCount(), evaluation, winners, round);
			// the students in training (enrolled or delayed) of the 10,000: about 3,500
			assertThat(view.students()).hasSizeGreaterThan(3_000);
			assertThat(winners).isPositive();
			assertThat(evaluation).isLessThanOrEqualTo(3.0);
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}

	/**
	 * The records the evaluation reads, written once per database.
	 */
	private void prepare(University university) {
		if (this.jdbc.sql("select count(*) from grade").query(Long.class).single() == 0) {
			long start = System.nanoTime();
			Map<String, List<Map<String, String>>> records = new LinkedHashMap<>(
					SyntheticRecords.generate(BenchmarkUniversity.SEED, university));
			if (this.jdbc.sql("select count(*) from publication").query(Long.class).single() > 0) {
				records.keySet().retainAll(List.of("courses", "grades", "rotations"));
			}
			this.context.getBean(UniversityWriter.class).writeRecords(records);
			this.jdbc.sql("ANALYZE").update();
			System.out.printf("[benchmark] awards: students' records written in %d ms%n",
					(System.nanoTime() - start) / 1_000_000);
		}
	}

	/**
	 * A scheme of every program, its ranked awards (PUMC's) admitting every degree type.
	 */
	private long scheme() {
		this.jdbc.sql("delete from award_scheme where university = 'BENCH'").update();
		long scheme = this.jdbc.sql("""
				insert into award_scheme (university, year, name, name_en, program_codes)
				select 'BENCH', 2026, '全校评选', 'Whole university', string_agg(distinct program_code, ',')
				from student returning id
				""").query(Long.class).single();
		this.jdbc
			.sql("""
					insert into award_type (scheme_id, position, kind, award_class, name, name_en, amount, unit, degree_types,
					                        allocation, quota_ratio)
					select :s, t.position, t.kind, t.award_class, t.name, t.name_en, t.amount, t.unit, '', t.allocation,
					       t.quota_ratio
					from award_type t join award_scheme p on p.id = t.scheme_id
					where p.university = 'PUMC' and p.year = 2026 and t.allocation = 'RANKED'
					""")
			.param("s", scheme)
			.update();
		this.jdbc.sql("""
				insert into award_component (scheme_id, code, position, weight, params)
				select :s, c.code, c.position, c.weight, c.params
				from award_component c join award_scheme p on p.id = c.scheme_id
				where p.university = 'PUMC' and p.year = 2026
				""").param("s", scheme).update();
		return scheme;
	}

}
