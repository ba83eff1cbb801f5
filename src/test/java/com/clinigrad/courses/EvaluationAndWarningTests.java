package com.clinigrad.courses;

import java.util.ArrayList;
import java.util.List;

import com.clinigrad.support.Fixtures;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Anonymous course evaluation (once per student, aggregates only from five answers, only
 * for the instructor and staff) and the failure warnings of students and their
 * supervisors.
 */
@SpringBootTest
@AutoConfigureMockMvc
class EvaluationAndWarningTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	@Autowired
	JdbcClient jdbc;

	@Test
	void evaluationsAreAnonymousOncePerStudentAndShownFromFiveAnswers() throws Exception {
		CourseTestSupport support = new CourseTestSupport(Fixtures.in(this.context), this.mvc, this.jdbc);
		String course = support.course("ELECTIVE", "1");
		long offering = support.offering(course, "2025-1", support.instructor, "", "SCORE");
		List<String> students = new ArrayList<>();
		for (int i = 0; i < 5; i++) {
			students.add(support.fixtures.student(support.hospital, support.otherTeacher));
		}
		support.enroll(offering, students.toArray(String[]::new));
		var teacher = support.teacher(support.instructor);
		for (int i = 0; i < 4; i++) {
			evaluate(support.studentLogin(students.get(i)), offering).andExpect(status().is3xxRedirection());
		}
		var first = support.studentLogin(students.get(0));
		evaluate(first, offering).andExpect(status().isConflict());
		String outsider = support.fixtures.student(support.hospital, support.otherTeacher);
		evaluate(support.studentLogin(outsider), offering).andExpect(status().isForbidden());

		this.mvc.perform(get("/courses/offerings/" + offering + "/evaluation").with(user(teacher)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"evaluation-hidden\"")))
			.andExpect(content().string(not(containsString("讲得清楚"))));
		evaluate(support.studentLogin(students.get(4)), offering).andExpect(status().is3xxRedirection());
		this.mvc.perform(get("/courses/offerings/" + offering + "/evaluation").with(user(teacher)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"evaluation-aggregate\"")))
			.andExpect(content().string(containsString("讲得清楚")))
			.andExpect(content().string(not(containsString(students.get(0)))));
		this.mvc
			.perform(get("/courses/offerings/" + offering + "/evaluation")
				.with(user(support.teacher(support.otherTeacher))))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/courses/offerings/" + offering + "/evaluation").with(user(first)))
			.andExpect(status().isForbidden());
		assertThat(this.jdbc.sql(
				"select count(*) from information_schema.columns where table_name = 'evaluation_answer' and column_name like '%student%'")
			.query(Integer.class)
			.single()).isZero();
	}

	@Test
	void failedRequiredCoursesWarnBeforeAndAtTheThreshold() throws Exception {
		CourseTestSupport support = new CourseTestSupport(Fixtures.in(this.context), this.mvc, this.jdbc);
		String one = support.course("DEGREE_REQUIRED", "2");
		String two = support.course("PUBLIC_REQUIRED", "2");
		String elective = support.course("ELECTIVE", "2");
		String atThreshold = support.fixtures.student(support.hospital, support.instructor);
		String warned = support.fixtures.student(support.hospital, support.instructor);
		String electiveOnly = support.fixtures.student(support.hospital, support.instructor);
		Fixtures fixtures = support.fixtures;
		CourseRecords records = this.context.getBean(CourseRecords.class);
		records.upsertGrades(List.of(
				new GradeEntry(fixtures.studentId(atThreshold), fixtures.courseId(one), "2024-1", 1,
						new java.math.BigDecimal("59.5"), null),
				new GradeEntry(fixtures.studentId(atThreshold), fixtures.courseId(two), "2024-1", 1, null,
						GradeResult.FAIL),
				new GradeEntry(fixtures.studentId(warned), fixtures.courseId(one), "2024-1", 1,
						new java.math.BigDecimal("40"), null),
				new GradeEntry(fixtures.studentId(warned), fixtures.courseId(two), "2024-2", 1,
						new java.math.BigDecimal("60"), null),
				new GradeEntry(fixtures.studentId(electiveOnly), fixtures.courseId(elective), "2024-1", 1,
						new java.math.BigDecimal("10"), null)));

		var supervisor = support.teacher(support.instructor);
		this.mvc.perform(get("/courses/warnings").with(user(supervisor)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("data-student=\"" + atThreshold + "\"")))
			.andExpect(content().string(containsString("data-student=\"" + warned + "\"")))
			.andExpect(content().string(not(containsString("data-student=\"" + electiveOnly + "\""))))
			.andExpect(content().string(containsString("已达分流线")));
		this.mvc.perform(get("/students/" + warned + "/courses").with(user(supervisor)))
			.andExpect(content().string(containsString("预警：有必修课不及格")));
		this.mvc.perform(get("/students/" + atThreshold + "/courses").with(user(support.studentLogin(atThreshold))))
			.andExpect(content().string(containsString("已达分流线")));
		this.mvc.perform(get("/courses/warnings").with(user(support.teacher(support.otherTeacher))))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString(atThreshold))));
		this.mvc.perform(get("/courses/warnings").with(user(support.studentLogin(warned))))
			.andExpect(status().isForbidden());
	}

	private org.springframework.test.web.servlet.ResultActions evaluate(
			org.springframework.security.core.userdetails.UserDetails who, long offering) throws Exception {
		return this.mvc.perform(post("/courses/offerings/" + offering + "/evaluate").with(user(who))
			.with(csrf())
			.param("content", "4")
			.param("teaching", "5")
			.param("organization", "4")
			.param("workload", "3")
			.param("overall", "4")
			.param("comment", "讲得清楚"));
	}

}
