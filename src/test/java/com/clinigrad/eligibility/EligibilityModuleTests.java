package com.clinigrad.eligibility;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import com.clinigrad.achievements.AchievementsRecorded;
import com.clinigrad.courses.GradesRecorded;
import com.clinigrad.rotations.ResidencyExamRecorded;
import com.clinigrad.rotations.RotationExamRecorded;
import com.clinigrad.rotations.RotationsRecorded;
import com.clinigrad.students.StudentStatus;
import com.clinigrad.students.StudentStatusChanged;
import com.clinigrad.students.StudentsRecorded;
import com.clinigrad.support.EventsInFlight;
import com.clinigrad.support.Fixtures;
import com.clinigrad.theses.ThesesRecorded;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.modulith.test.Scenario;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Eligibility listens: each record change another module publishes re-checks exactly the
 * students it names, so a warning or case appears without a scan.
 */
@ApplicationModuleTest(mode = BootstrapMode.ALL_DEPENDENCIES)
class EligibilityModuleTests {

	private static final Duration WITHIN = Duration.ofSeconds(5);

	@Autowired
	ApplicationContext context;

	@Autowired
	JdbcClient jdbc;

	@Test
	void eachRecordChangeReChecksItsStudents(Scenario scenario) {
		Fixtures fixtures = Fixtures.in(this.context);
		String hospital = fixtures.hospital();
		String supervisor = fixtures.supervisor(hospital);
		String course = requiredCourse(fixtures);
		List<java.util.function.Function<Long, Object>> events = List.of((id) -> new GradesRecorded(Set.of(id)),
				(id) -> new RotationsRecorded(Set.of(id)), (id) -> new RotationExamRecorded(id, 1L, true, false),
				(id) -> new ResidencyExamRecorded(id, LocalDate.of(2026, 6, 1), false),
				(id) -> new AchievementsRecorded(Set.of(id)), (id) -> new StudentsRecorded(Set.of(id)),
				(id) -> new ThesesRecorded(Set.of(id)),
				(id) -> new StudentStatusChanged(id, "M", StudentStatus.ENROLLED, StudentStatus.DELAYED),
				(id) -> new WaiverDecided(1L, id, "PUBLICATION", WaiverStatus.APPROVED));
		for (java.util.function.Function<Long, Object> event : events) {
			String student = fixtures.student(hospital, supervisor);
			long id = studentId(student);
			// the student's own creation is re-checked first; then the record changes
			// behind
			// the modules' backs, so that only the event below can tell eligibility
			EventsInFlight.awaitNone(this.jdbc, Duration.ofSeconds(30));
			this.jdbc.sql("""
					insert into grade (student_id, course_id, term, attempt, score, recorded_by)
					select :s, c.id, '2024-1', 1, 30, 'test' from course c where c.code = :c
					""").param("s", id).param("c", course).update();
			assertThat(openTriggers(student)).doesNotContain("ONE_FAILED_COURSE");
			Object published = event.apply(id);
			scenario.publish(published)
				.andWaitAtMost(WITHIN)
				.andWaitForStateChange(() -> openTriggers(student),
						(triggers) -> triggers.contains("ONE_FAILED_COURSE"))
				.andVerify((triggers) -> assertThat(triggers).as(published.getClass().getSimpleName())
					.contains("ONE_FAILED_COURSE"));
		}
	}

	private String requiredCourse(Fixtures fixtures) {
		String course = fixtures.unique("RC");
		this.jdbc.sql("insert into course (code, name, category, credits) values (:c, '必修课', 'DEGREE_REQUIRED', 2)")
			.param("c", course)
			.update();
		return course;
	}

	private long studentId(String studentNo) {
		return this.jdbc.sql("select id from student where student_no = :no")
			.param("no", studentNo)
			.query(Long.class)
			.single();
	}

	private List<String> openTriggers(String studentNo) {
		return this.jdbc.sql("""
				select c.trigger_code from diversion_case c join student s on s.id = c.student_id
				where s.student_no = :no and c.status in ('OPEN', 'CHOSEN')
				""").param("no", studentNo).query(String.class).list();
	}

}
