package com.clinigrad.courses;

import java.math.BigDecimal;
import java.util.List;

import com.clinigrad.support.Fixtures;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The courses module on its own (with the modules it needs) tells the others what it
 * recorded: one {@link GradesRecorded} per transaction, naming every student concerned.
 */
@ApplicationModuleTest(mode = BootstrapMode.ALL_DEPENDENCIES)
class CoursesModuleTests {

	/** Answered by the eligibility module in the application; not part of this test. */
	@MockitoBean
	CreditRequirements requirements;

	@Autowired
	ApplicationContext context;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	CourseRecords courses;

	@Test
	void gradesRecordedInOneTransactionArePublishedOnceNamingEveryStudent(Scenario scenario) {
		Fixtures fixtures = Fixtures.in(this.context);
		String hospital = fixtures.hospital();
		String supervisor = fixtures.supervisor(hospital);
		long first = fixtures.studentId(fixtures.student(hospital, supervisor));
		long second = fixtures.studentId(fixtures.student(hospital, supervisor));
		String code = fixtures.unique("RC");
		this.jdbc.sql("insert into course (code, name, category, credits) values (:c, '必修课', 'DEGREE_REQUIRED', 2)")
			.param("c", code)
			.update();
		long course = fixtures.courseId(code);

		scenario
			.stimulate(() -> this.courses
				.upsertGrades(List.of(new GradeEntry(first, course, "2024-1", 1, new BigDecimal("80"), null),
						new GradeEntry(second, course, "2024-1", 1, new BigDecimal("50"), null))))
			.andWaitForEventOfType(GradesRecorded.class)
			.toArriveAndVerify((event) -> assertThat(event.studentIds()).containsExactlyInAnyOrder(first, second));
	}

}
