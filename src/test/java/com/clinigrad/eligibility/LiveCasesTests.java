package com.clinigrad.eligibility;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import com.clinigrad.accounts.Role;
import com.clinigrad.achievements.AchievementRecords;
import com.clinigrad.achievements.AchievementsRecorded;
import com.clinigrad.courses.CourseRecords;
import com.clinigrad.courses.GradeEntry;
import com.clinigrad.courses.GradesRecorded;
import com.clinigrad.imports.ImportService;
import com.clinigrad.rotations.ResidencyExamRecorded;
import com.clinigrad.rotations.RotationEntry;
import com.clinigrad.rotations.RotationExamRecorded;
import com.clinigrad.rotations.RotationRecords;
import com.clinigrad.rotations.RotationsRecorded;
import com.clinigrad.students.StudentRegistry;
import com.clinigrad.students.StudentStatus;
import com.clinigrad.students.StudentStatusChanged;
import com.clinigrad.students.StudentsRecorded;
import com.clinigrad.support.EventsInFlight;
import com.clinigrad.support.Fixtures;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.EnableScenarios;
import org.springframework.modulith.test.Scenario;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;

/**
 * Warnings and cases follow the records within seconds, without a scan: the owning
 * modules publish what they recorded, and eligibility re-checks the students concerned.
 */
@SpringBootTest
@AutoConfigureMockMvc
@EnableScenarios
class LiveCasesTests {

	private static final Duration WITHIN = Duration.ofSeconds(5);

	@Autowired
	ApplicationContext context;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MockMvc mvc;

	@AfterEach
	void logOut() {
		SecurityContextHolder.clearContext();
	}

	@Test
	void aFailingGradeImportedRaisesTheWarningOnTheStudentsPageAndTheSupervisorsHomeAndAPassingRetakeClosesIt(
			Scenario scenario) throws Exception {
		Fixtures fixtures = Fixtures.in(this.context);
		String hospital = fixtures.hospital();
		String supervisor = fixtures.supervisor(hospital);
		String student = fixtures.student(hospital, supervisor);
		String course = requiredCourse(fixtures);
		UserDetails staff = fixtures.login(fixtures.account(Role.GRAD_SCHOOL));
		UserDetails ownSupervisor = fixtures
			.login(fixtures.account(Set.of(Role.SUPERVISOR), null, null, supervisor, null));

		scenario.stimulate(() -> importGrades(staff, student, course, 1, "41"))
			.andWaitAtMost(WITHIN)
			.andWaitForStateChange(() -> openTriggers(student), (triggers) -> triggers.contains("ONE_FAILED_COURSE"))
			.andVerify((triggers) -> assertThat(triggers).contains("ONE_FAILED_COURSE"));
		this.mvc.perform(get("/students/" + student + "/alerts").header("HX-Request", "true").with(user(ownSupervisor)))
			.andExpect(content().string(containsString("有必修课不及格")));
		this.mvc.perform(get("/audit/cases").with(user(ownSupervisor)))
			.andExpect(content()
				.string(containsString("data-student=\"" + student + "\" data-trigger=\"ONE_FAILED_COURSE\"")));
		this.mvc.perform(get("/audit/cases").header("HX-Request", "true").with(user(ownSupervisor)))
			.andExpect(content().string(containsString(student)));

		scenario.stimulate(() -> importGrades(staff, student, course, 2, "75"))
			.andWaitAtMost(WITHIN)
			.andWaitForStateChange(() -> openTriggers(student), (triggers) -> !triggers.contains("ONE_FAILED_COURSE"))
			.andVerify((triggers) -> assertThat(triggers).doesNotContain("ONE_FAILED_COURSE"));
		this.mvc.perform(get("/students/" + student + "/alerts").header("HX-Request", "true").with(user(ownSupervisor)))
			.andExpect(content().string(not(containsString("有必修课不及格"))));
	}

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
				(id) -> new com.clinigrad.theses.ThesesRecorded(Set.of(id)),
				(id) -> new StudentStatusChanged(id, "M", StudentStatus.ENROLLED, StudentStatus.DELAYED));
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

	@Test
	void theOwningModulesPublishWhatTheyRecordedOncePerTransaction(Scenario scenario) {
		Fixtures fixtures = Fixtures.in(this.context);
		String hospital = fixtures.hospital();
		String supervisor = fixtures.supervisor(hospital);
		String first = fixtures.student(hospital, supervisor);
		String second = fixtures.student(hospital, supervisor);
		long firstId = studentId(first);
		long secondId = studentId(second);
		long courseId = fixtures.courseId(requiredCourse(fixtures));
		long department = this.jdbc
			.sql("select d.id from department d join hospital h on h.id = d.hospital_id where h.code = :h")
			.param("h", hospital)
			.query(Long.class)
			.single();

		scenario
			.stimulate(() -> this.context.getBean(CourseRecords.class)
				.upsertGrades(List.of(new GradeEntry(firstId, courseId, "2024-1", 1, new BigDecimal("80"), null),
						new GradeEntry(secondId, courseId, "2024-1", 1, new BigDecimal("50"), null))))
			.andWaitForEventOfType(GradesRecorded.class)
			.toArriveAndVerify((event) -> assertThat(event.studentIds()).containsExactlyInAnyOrder(firstId, secondId));
		scenario.stimulate(() -> {
			RotationRecords rotations = this.context.getBean(RotationRecords.class);
			rotations.upsert(new RotationEntry(firstId, department, LocalDate.of(2024, 1, 1), LocalDate.of(2024, 3, 31),
					false, "PASS", null));
			rotations.upsert(new RotationEntry(secondId, department, LocalDate.of(2024, 1, 1),
					LocalDate.of(2024, 3, 31), false, "FAIL", "FAIL"));
		})
			.andWaitForEventOfType(RotationsRecorded.class)
			.toArriveAndVerify((event) -> assertThat(event.studentIds()).containsExactlyInAnyOrder(firstId, secondId));
		scenario
			.stimulate(() -> this.context.getBean(com.clinigrad.theses.ThesisRecords.class)
				.upsertMilestone(secondId,
						new com.clinigrad.theses.MilestoneView("PROPOSAL", LocalDate.of(2024, 6, 1), "PASS")))
			.andWaitForEventOfType(com.clinigrad.theses.ThesesRecorded.class)
			.toArriveAndVerify((event) -> assertThat(event.studentIds()).containsExactly(secondId));
		scenario
			.stimulate(() -> this.context.getBean(AchievementRecords.class)
				.upsertCertificate(firstId, "MEDICAL_LICENSE", LocalDate.of(2024, 12, 1)))
			.andWaitForEventOfType(AchievementsRecorded.class)
			.toArriveAndVerify((event) -> assertThat(event.studentIds()).containsExactly(firstId));
		scenario
			.stimulate(() -> this.context.getBean(StudentRegistry.class)
				.upsert(new com.clinigrad.students.StudentCommand(second, "改名" + second,
						com.clinigrad.students.DegreeType.PRO_MASTER, "PUMC-PRO-MASTER", 2023, "105101",
						com.clinigrad.students.AdmissionType.EXAM, com.clinigrad.students.SourceSchool.OWN, hospital,
						supervisor, null), StudentStatus.DELAYED))
			.andWaitForEventOfType(StudentStatusChanged.class)
			.toArriveAndVerify((event) -> {
				assertThat(event.studentId()).isEqualTo(secondId);
				assertThat(event.from()).isEqualTo(StudentStatus.ENROLLED);
				assertThat(event.to()).isEqualTo(StudentStatus.DELAYED);
			});
	}

	private String requiredCourse(Fixtures fixtures) {
		String course = fixtures.unique("RC");
		this.jdbc.sql("insert into course (code, name, category, credits) values (:c, '必修课', 'DEGREE_REQUIRED', 2)")
			.param("c", course)
			.update();
		return course;
	}

	private void importGrades(UserDetails staff, String student, String course, int attempt, String score) {
		SecurityContextHolder.getContext()
			.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(staff, null, staff.getAuthorities()));
		String csv = "student_no,course_code,term,attempt,score\n%s,%s,2024-1,%d,%s\n".formatted(student, course,
				attempt, score);
		assertThat(this.context.getBean(ImportService.class)
			.importFile("grades", csv.getBytes(StandardCharsets.UTF_8), "text/csv")
			.errors()).isEmpty();
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
