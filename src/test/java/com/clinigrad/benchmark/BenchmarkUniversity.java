package com.clinigrad.benchmark;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.clinigrad.demo.SyntheticRecords;
import com.clinigrad.demo.SyntheticUniversity;
import com.clinigrad.demo.SyntheticUniversity.University;
import com.clinigrad.demo.UniversityWriter;

import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
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
			Map<String, List<Map<String, String>>> records = new LinkedHashMap<>(
					SyntheticRecords.generate(SEED, university));
			// rotations go in by JDBC batch: the rotations import looks up each row on
			// its own, which is fine for an office's file but slow for a whole
			// university's history
			List<Map<String, String>> rotations = records.remove("rotations");
			context.getBean(UniversityWriter.class).writeRecords(records);
			writeRotations(context, jdbc, rotations);
			jdbc.sql("ANALYZE").update();
			System.out.printf("[benchmark] audit: academic records written in %d ms (%d grades, %d rotations)%n",
					(System.nanoTime() - start) / 1_000_000,
					jdbc.sql("select count(*) from grade").query(Long.class).single(),
					jdbc.sql("select count(*) from rotation").query(Long.class).single());
		}
		return university;
	}

	private static void writeRotations(ApplicationContext context, JdbcClient jdbc,
			List<Map<String, String>> rotations) {
		Map<String, Long> students = new HashMap<>();
		jdbc.sql("select id, student_no from student").query((rs) -> {
			students.put(rs.getString("student_no"), rs.getLong("id"));
		});
		Map<String, Long> departments = new HashMap<>();
		Map<String, String> hospitalOf = new HashMap<>();
		jdbc.sql("select d.id, d.code, h.code as hospital from department d join hospital h on h.id = d.hospital_id")
			.query((rs) -> {
				departments.put(rs.getString("hospital") + "/" + rs.getString("code"), rs.getLong("id"));
			});
		jdbc.sql("select s.student_no, h.code from student s join hospital h on h.id = s.hospital_id").query((rs) -> {
			hospitalOf.put(rs.getString(1), rs.getString(2));
		});
		List<Object[]> rows = new ArrayList<>();
		for (Map<String, String> row : rotations) {
			String no = row.get("student_no");
			rows.add(new Object[] { students.get(no),
					departments.get(hospitalOf.get(no) + "/" + row.get("department_code")),
					java.sql.Date.valueOf(row.get("start_date")), java.sql.Date.valueOf(row.get("end_date")),
					Boolean.parseBoolean(row.get("chief_resident")), emptyToNull(row.get("exam_result")),
					emptyToNull(row.get("retake_result")) });
		}
		context.getBean(JdbcTemplate.class).batchUpdate("""
				insert into rotation (student_id, department_id, start_date, end_date, chief_resident, exam_result,
				    retake_result, recorded_by)
				values (?, ?, ?, ?, ?, ?, ?, 'benchmark')
				""", rows);
	}

	private static String emptyToNull(String value) {
		return (value == null || value.isEmpty()) ? null : value;
	}

}
