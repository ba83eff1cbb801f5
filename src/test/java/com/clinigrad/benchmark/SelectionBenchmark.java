package com.clinigrad.benchmark;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.clinigrad.accounts.Role;
import com.clinigrad.demo.SyntheticRecords;
import com.clinigrad.demo.SyntheticUniversity.University;
import com.clinigrad.demo.UniversityWriter;
import com.clinigrad.eligibility.DiversionCaseScan;
import com.clinigrad.selection.BoardRow;
import com.clinigrad.selection.EnrollmentSelection;
import com.clinigrad.shared.SchoolTime;
import com.clinigrad.supervisors.SupervisorSatisfaction;
import com.clinigrad.support.Fixtures;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 17 target: the enrollment selection of the 1,500 supervisors of the
 * 10,000-student synthetic university, with their students' records (publications, theses
 * and blind reviews, milestones, the scan's overdue checks), grants for most supervisors,
 * qualifications and a satisfaction result for each, computed in ≤ 2 s: every supervisor
 * scored on six criteria with the evidence kept, ranked, the derived suspensions renewed
 * and the places of every discipline and program allocated. Run with
 * {@code ./mvnw -Pbenchmark test -Dtest=SelectionBenchmark}.
 */
@Tag("benchmark")
@SpringBootTest(properties = { "clinigrad.mail.sender.enabled=false", "clinigrad.reminders.daily=false" })
@Import(SelectionBenchmark.Surveys.class)
class SelectionBenchmark {

	@Autowired
	ApplicationContext context;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	EnrollmentSelection selection;

	@Test
	void selectsTheWholeUniversityInSeconds() {
		University university = BenchmarkUniversity.ensureLoaded(this.context);
		LocalDate today = SchoolTime.today();
		prepare(university, today);
		int year = 2090;

		long start = System.nanoTime();
		this.selection.openAs(year, today, "benchmark");
		double first = (System.nanoTime() - start) / 1e9;
		Map<String, Integer> disciplines = new HashMap<>();
		university.supervisors().forEach((s) -> {
			if (s.get("discipline_code") != null && !s.get("discipline_code").isEmpty()) {
				disciplines.merge(s.get("discipline_code"), 1, Integer::sum);
			}
		});
		disciplines.forEach((discipline, n) -> {
			this.selection.setTotalAs(year, discipline, "PUMC-PRO-MASTER", n / 2);
			this.selection.setTotalAs(year, discipline, "TMU-PRO-DOCTOR", n / 4);
		});
		start = System.nanoTime();
		this.selection.computeAs(year, "benchmark");
		double again = (System.nanoTime() - start) / 1e9;

		Fixtures fixtures = Fixtures.in(this.context);
		UserDetails grad = fixtures.login(fixtures.account(Role.GRAD_SCHOOL));
		SecurityContext security = SecurityContextHolder.createEmptyContext();
		security.setAuthentication(new UsernamePasswordAuthenticationToken(grad, null, grad.getAuthorities()));
		SecurityContextHolder.setContext(security);
		List<BoardRow> board;
		double boardSeconds;
		try {
			start = System.nanoTime();
			board = this.selection.board(year);
			boardSeconds = (System.nanoTime() - start) / 1e9;
		}
		finally {
			SecurityContextHolder.clearContext();
		}
		long scores = this.jdbc
			.sql("select count(*) from selection_score s join selection_round r on r.id = s.round_id"
					+ " where r.year = :y")
			.param("y", year)
			.query(Long.class)
			.single();
		long evidence = this.jdbc
			.sql("select coalesce(sum(array_length(string_to_array(s.evidence, E'\\n'), 1)), 0)"
					+ " from selection_score s join selection_round r on r.id = s.round_id where r.year = :y")
			.param("y", year)
			.query(Long.class)
			.single();
		long suspended = board.stream().filter(BoardRow::suspended).count();
		int places = board.stream().mapToInt(BoardRow::places).sum();
		System.out.printf(
				"[benchmark] selection: %d supervisors scored (%d criterion scores, %d evidence lines), %d suspended, "
						+ "%d places allocated: first computation %.2f s, again with places %.2f s, board read %.2f s%n",
				board.size(), scores, evidence, suspended, places, first, again, boardSeconds);
		assertThat(board).hasSizeGreaterThanOrEqualTo(university.supervisors().size());
		assertThat(places).isPositive();
		assertThat(evidence).isGreaterThan(10_000);
		assertThat(again).isLessThanOrEqualTo(2.0);
	}

	/**
	 * The records the selection reads, written once per database: the students' records
	 * (not grades and rotations, which it does not read), the scan's deadlines, a grant
	 * for eight supervisors in nine and a qualification for each.
	 */
	private void prepare(University university, LocalDate today) {
		if (this.jdbc.sql("select count(*) from publication").query(Long.class).single() == 0) {
			long start = System.nanoTime();
			Map<String, List<Map<String, String>>> records = new LinkedHashMap<>(
					SyntheticRecords.generate(BenchmarkUniversity.SEED, university));
			records.remove("grades");
			records.remove("rotations");
			this.context.getBean(UniversityWriter.class).writeRecords(records);
			this.context.getBean(DiversionCaseScan.class).scanAll(today);
			System.out.printf("[benchmark] selection: students' records and the scan written in %d ms%n",
					(System.nanoTime() - start) / 1_000_000);
		}
		this.jdbc.sql("""
				insert into supervisor_grant (supervisor_id, title, amount, start_on, end_on, recorded_by)
				select id, '国家自然科学基金面上项目', 80000 + (id * 37000) % 900000, :start, :end, 'benchmark'
				from supervisor where id % 9 <> 0 on conflict do nothing
				""").param("start", today.minusYears(1)).param("end", today.plusYears(2)).update();
		this.jdbc.sql("""
				insert into supervisor_qualification (supervisor_id, kind, granted_on, valid_until, recorded_by)
				select id, case when doctoral_supervisor then 'DOCTORAL_SUPERVISOR' else 'MASTER_SUPERVISOR' end,
				    :today - ((id % 6) || ' years')::interval, null, 'benchmark'
				from supervisor on conflict do nothing
				""").param("today", today).update();
		this.jdbc.sql("ANALYZE").update();
	}

	/**
	 * A satisfaction survey answering for every supervisor, as the surveys module would.
	 */
	@TestConfiguration
	static class Surveys {

		@Bean
		SupervisorSatisfaction benchmarkSatisfaction(JdbcClient jdbc) {
			return (year) -> {
				Map<Long, SupervisorSatisfaction.Score> scores = new HashMap<>();
				jdbc.sql("select id from supervisor")
					.query(Long.class)
					.list()
					.forEach((id) -> scores.put(id, new SupervisorSatisfaction.Score(id,
							BigDecimal.valueOf(55 + id % 45), 8 + (int) (id % 20), year + " 导师满意度调查")));
				return scores;
			};
		}

	}

}
