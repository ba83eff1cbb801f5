package com.clinigrad.benchmark;

import java.time.Duration;

import com.clinigrad.demo.SyntheticRecords;
import com.clinigrad.demo.SyntheticUniversity;
import com.clinigrad.demo.SyntheticUniversity.University;
import com.clinigrad.demo.UniversityWriter;
import com.clinigrad.support.EventsInFlight;

import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The 10,000-student synthetic university the benchmarks run against, written once into
 * the run's database through the import path.
 */
final class BenchmarkUniversity {

	static final long SEED = 20261124L;

	private BenchmarkUniversity() {
	}

	static synchronized University ensureLoaded(ApplicationContext context) {
		University university = SyntheticUniversity.generate(SEED, SyntheticUniversity.BENCHMARK);
		JdbcClient jdbc = context.getBean(JdbcClient.class);
		long students = jdbc.sql("SELECT count(*) FROM student").query(Long.class).single();
		if (students < university.students().size()) {
			long start = System.nanoTime();
			context.getBean(UniversityWriter.class).write(university);
			// as autovacuum leaves a settled database: statistics, and the GIN indexes'
			// pending entries (the search's) merged
			jdbc.sql("VACUUM ANALYZE").update();
			System.out.printf(
					"[benchmark] synthetic university written in %d ms: %d hospitals, %d departments, "
							+ "%d supervisors, %d students%n",
					(System.nanoTime() - start) / 1_000_000, university.hospitals().size(),
					university.departments().size(), university.supervisors().size(), university.students().size());
		}
		return university;
	}

	/**
	 * The university with its academic records (written once per database).
	 */
	static synchronized University ensureRecords(ApplicationContext context) {
		University university = ensureLoaded(context);
		JdbcClient jdbc = context.getBean(JdbcClient.class);
		if (jdbc.sql("select count(*) from rotation").query(Long.class).single() < 10_000) {
			long start = System.nanoTime();
			// the same path as the university a user browses
			// (clinigrad.demo.size=benchmark,
			// DemoUniversityLoader): every dataset through the import
			context.getBean(UniversityWriter.class).writeRecords(SyntheticRecords.generate(SEED, university));
			// the imports' re-checks of the students done before anything is measured
			EventsInFlight.awaitNone(jdbc, Duration.ofMinutes(10));
			jdbc.sql("ANALYZE").update();
			System.out.printf("[benchmark] audit: academic records written in %d ms (%d grades, %d rotations)%n",
					(System.nanoTime() - start) / 1_000_000,
					jdbc.sql("select count(*) from grade").query(Long.class).single(),
					jdbc.sql("select count(*) from rotation").query(Long.class).single());
		}
		return university;
	}

}
