package com.clinigrad.demo;

import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import java.util.stream.Collectors;

import com.clinigrad.demo.SyntheticUniversity.University;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

class SyntheticUniversityTests {

	@Test
	void theSameSeedGivesTheSameUniversityAndAnotherSeedAnother() {
		University one = SyntheticUniversity.generate(42, SyntheticUniversity.DEMO);
		University two = SyntheticUniversity.generate(42, SyntheticUniversity.DEMO);
		University other = SyntheticUniversity.generate(43, SyntheticUniversity.DEMO);
		assertThat(one).isEqualTo(two);
		assertThat(one.students()).isNotEqualTo(other.students());
	}

	@Test
	void theDemoHasTheSizeTheIssueAsksFor() {
		University demo = SyntheticUniversity.generate(DemoUniversityLoader.SEED, SyntheticUniversity.DEMO);
		assertThat(demo.hospitals()).hasSize(3);
		assertThat(demo.departments()).hasSize(40);
		assertThat(demo.supervisors()).hasSize(60);
		assertThat(demo.students()).hasSize(300);
		assertThat(demo.students().stream().map((row) -> row.get("student_no")).distinct()).hasSize(300);
	}

	@Test
	void theDemoHasEveryStatusAndEveryProgramWithItsDegreeType() {
		University demo = SyntheticUniversity.generate(DemoUniversityLoader.SEED, SyntheticUniversity.DEMO);
		assertThat(demo.students().stream().map((row) -> row.get("status")).collect(Collectors.toSet()))
			.containsExactlyInAnyOrder("ENROLLED", "DELAYED", "GRADUATED", "COMPLETED_NO_DEGREE",
					"TRANSFERRED_ACADEMIC", "WITHDRAWN");
		Map<String, String> degreeOf = Map.of("PUMC-PRO-MASTER", "PRO_MASTER", "TMU-PRO-DOCTOR", "PRO_DOCTOR",
				"ZJU-DOCTOR", "ACADEMIC_DOCTOR", "PUMCH-POSTDOC", "POSTDOC");
		assertThat(demo.students())
			.allSatisfy((row) -> assertThat(row.get("degree_type")).isEqualTo(degreeOf.get(row.get("program_code"))));
		assertThat(demo.students().stream().map((row) -> row.get("program_code")).collect(Collectors.toSet()))
			.isEqualTo(degreeOf.keySet());
	}

	@Test
	void doctoralStudentsHaveDoctoralSupervisors() {
		University demo = SyntheticUniversity.generate(7, SyntheticUniversity.DEMO);
		Set<String> doctoral = demo.supervisors()
			.stream()
			.filter((row) -> "true".equals(row.get("doctoral_supervisor")))
			.map((row) -> row.get("staff_no"))
			.collect(Collectors.toSet());
		assertThat(demo.students()
			.stream()
			.filter((row) -> !"PRO_MASTER".equals(row.get("degree_type")))
			.map((row) -> row.get("supervisor_staff_no"))).allMatch(doctoral::contains);
	}

	@Test
	void theBenchmarkUniversityHasTenThousandStudents() {
		University big = SyntheticUniversity.generate(1, SyntheticUniversity.BENCHMARK);
		assertThat(big.students()).hasSize(10_000);
		assertThat(big.supervisors()).hasSize(1_500);
		assertThat(big.students().stream().map((row) -> row.get("student_no")).distinct()).hasSize(10_000);
	}

	/**
	 * The demo loader writes these records for both sizes (the 10,000-student university
	 * with {@code clinigrad.demo.size=benchmark}).
	 */
	@ParameterizedTest
	@MethodSource("sizes")
	void theRecordsAreDeterministicAndReferToWhatTheUniversityHas(SyntheticUniversity.Size size) {
		University demo = SyntheticUniversity.generate(DemoUniversityLoader.SEED, size);
		Map<String, java.util.List<Map<String, String>>> records = SyntheticRecords.generate(DemoUniversityLoader.SEED,
				demo);
		assertThat(records).isEqualTo(SyntheticRecords.generate(DemoUniversityLoader.SEED, demo));
		assertThat(records.keySet()).containsExactly("courses", "grades", "rotations", "certificates", "milestones",
				"publications", "theses", "reviews");
		Set<String> students = demo.students().stream().map((row) -> row.get("student_no")).collect(Collectors.toSet());
		Set<String> courses = records.get("courses").stream().map((row) -> row.get("code")).collect(Collectors.toSet());
		for (String dataset : records.keySet()) {
			if (!"courses".equals(dataset)) {
				assertThat(records.get(dataset)).as(dataset)
					.isNotEmpty()
					.allMatch((row) -> students.contains(row.get("student_no")));
			}
		}
		assertThat(records.get("grades")).allMatch((row) -> courses.contains(row.get("course_code")));
		assertThat(records.get("grades")).anyMatch((row) -> "2".equals(row.get("attempt")));
		assertThat(records.get("rotations")).anyMatch((row) -> "FAIL".equals(row.get("exam_result")));
		assertThat(records.get("milestones"))
			.allMatch((row) -> !java.time.LocalDate.parse(row.get("held_on")).isAfter(SyntheticRecords.AS_OF));
	}

	static Stream<SyntheticUniversity.Size> sizes() {
		return Stream.of(SyntheticUniversity.DEMO, SyntheticUniversity.BENCHMARK);
	}

}
