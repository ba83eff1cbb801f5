package com.clinigrad.eligibility.web;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;

import com.clinigrad.accounts.Role;
import com.clinigrad.courses.CourseRecords;
import com.clinigrad.courses.GradeEntry;
import com.clinigrad.eligibility.CaseStatus;
import com.clinigrad.eligibility.CaseTrigger;
import com.clinigrad.eligibility.DiversionCaseScan;
import com.clinigrad.shared.SchoolTime;
import com.clinigrad.students.StudentStatus;
import com.clinigrad.support.Fixtures;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * What later scans do to warnings and cases: one stays one however often the scan runs, a
 * warning that no longer applies is resolved while a case waits for its decision, and
 * nothing of a student who left training waits any more.
 */
@SpringBootTest
@AutoConfigureMockMvc
class DiversionCaseLifecycleTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aRescanKeepsOneOfEachResolvesWhatNoLongerAppliesAndWhatALeaverLeftBehind() throws Exception {
		Fixtures fixtures = Fixtures.in(this.context);
		String hospital = fixtures.hospital();
		String student = fixtures.student(hospital, fixtures.supervisor(hospital));
		String course = fixtures.unique("FC");
		this.jdbc.sql("insert into course (code, name, category, credits) values (:c, '必修课', 'DEGREE_REQUIRED', 2)")
			.param("c", course)
			.update();
		this.context.getBean(CourseRecords.class)
			.upsertGrades(List.of(new GradeEntry(fixtures.studentId(student), fixtures.courseId(course), "2024-1", 1,
					new BigDecimal("41"), null)));
		DiversionCaseScan scan = this.context.getBean(DiversionCaseScan.class);
		UserDetails studentLogin = fixtures.login(fixtures.account(Set.of(Role.STUDENT), null, null, null, student));

		scan.scanAll(SchoolTime.today());
		scan.scanAll(SchoolTime.today());
		assertThat(statuses(student, CaseTrigger.NO_LICENSE)).containsExactly(CaseStatus.OPEN.name());
		assertThat(statuses(student, CaseTrigger.ONE_FAILED_COURSE)).containsExactly(CaseStatus.OPEN.name());
		long id = this.jdbc.sql("""
				select c.id from diversion_case c join student s on s.id = c.student_id
				where s.student_no = :no and c.trigger_code = :trigger
				""").param("no", student).param("trigger", CaseTrigger.NO_LICENSE.name()).query(Long.class).single();
		this.mvc
			.perform(post("/audit/cases/" + id + "/choose").with(user(studentLogin))
				.with(csrf())
				.param("version", "0")
				.param("option", "DELAY"))
			.andExpect(status().is3xxRedirection());

		// the failed grade was entered by mistake
		this.jdbc.sql("""
				delete from grade where course_id = (select id from course where code = :c)
				  and student_id = (select id from student where student_no = :no)
				""").param("c", course).param("no", student).update();
		scan.scanAll(SchoolTime.today());
		assertThat(statuses(student, CaseTrigger.ONE_FAILED_COURSE)).containsExactly(CaseStatus.RESOLVED.name());
		assertThat(statuses(student, CaseTrigger.NO_LICENSE)).containsExactly(CaseStatus.CHOSEN.name());

		this.jdbc.sql("update student set status = :status where student_no = :no")
			.param("status", StudentStatus.WITHDRAWN.name())
			.param("no", student)
			.update();
		scan.scanAll(SchoolTime.today());
		assertThat(statuses(student, CaseTrigger.NO_LICENSE)).containsExactly(CaseStatus.RESOLVED.name());
		this.mvc
			.perform(post("/audit/cases/" + id + "/choose").with(user(studentLogin))
				.with(csrf())
				.param("version", "2")
				.param("option", "WITHDRAWAL"))
			.andExpect(status().isConflict());
	}

	private List<String> statuses(String studentNo, CaseTrigger trigger) {
		return this.jdbc.sql("""
				select c.status from diversion_case c join student s on s.id = c.student_id
				where s.student_no = :no and c.trigger_code = :trigger order by c.id
				""").param("no", studentNo).param("trigger", trigger.name()).query(String.class).list();
	}

}
