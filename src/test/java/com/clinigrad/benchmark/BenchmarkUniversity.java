package com.clinigrad.benchmark;

import com.clinigrad.demo.SyntheticUniversity;
import com.clinigrad.demo.SyntheticUniversity.University;
import com.clinigrad.demo.UniversityWriter;

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

}
