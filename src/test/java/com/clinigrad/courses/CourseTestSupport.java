package com.clinigrad.courses;

import java.util.Set;

import com.clinigrad.accounts.Role;
import com.clinigrad.support.Fixtures;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.test.web.servlet.MockMvc;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A class to grade: a course, an offering taught by one supervisor, and enrolled
 * students, set up through the pages as graduate-school staff would.
 */
final class CourseTestSupport {

	final Fixtures fixtures;

	final MockMvc mvc;

	final JdbcClient jdbc;

	final String hospital;

	final String instructor;

	final String otherTeacher;

	final UserDetails staff;

	CourseTestSupport(Fixtures fixtures, MockMvc mvc, JdbcClient jdbc) {
		this.fixtures = fixtures;
		this.mvc = mvc;
		this.jdbc = jdbc;
		this.hospital = fixtures.hospital();
		this.instructor = fixtures.supervisor(this.hospital);
		this.otherTeacher = fixtures.supervisor(this.hospital);
		this.staff = fixtures.login(fixtures.account(Role.GRAD_SCHOOL));
	}

	UserDetails teacher(String staffNo) {
		return this.fixtures.login(this.fixtures.account(Set.of(Role.SUPERVISOR), null, null, staffNo, null));
	}

	UserDetails studentLogin(String studentNo) {
		return this.fixtures.login(this.fixtures.account(Set.of(Role.STUDENT), null, null, null, studentNo));
	}

	/**
	 * @return the new course's code
	 */
	String course(String category, String credits) throws Exception {
		String code = this.fixtures.unique("C");
		this.mvc
			.perform(post("/courses/new").with(user(this.staff))
				.with(csrf())
				.param("code", code)
				.param("name", "临床课程" + code)
				.param("nameEn", "Clinical course " + code)
				.param("category", category)
				.param("credits", credits)
				.param("hours", "36")
				.param("language", "中文"))
			.andExpect(status().is3xxRedirection());
		return code;
	}

	/**
	 * @return the new offering's id
	 */
	long offering(String courseCode, String term, String instructorStaffNo, String capacity, String grading)
			throws Exception {
		this.mvc
			.perform(post("/courses/offerings/new").with(user(this.staff))
				.with(csrf())
				.param("courseCode", courseCode)
				.param("term", term)
				.param("instructorStaffNo", instructorStaffNo)
				.param("capacity", capacity)
				.param("grading", grading))
			.andExpect(status().is3xxRedirection());
		return this.jdbc.sql(
				"select o.id from course_offering o join course c on c.id = o.course_id where c.code = :c and o.term = :t")
			.param("c", courseCode)
			.param("t", term)
			.query(Long.class)
			.single();
	}

	void enroll(long offeringId, String... studentNos) throws Exception {
		this.mvc
			.perform(post("/courses/offerings/" + offeringId + "/enroll").with(user(this.staff))
				.with(csrf())
				.param("studentNos", String.join("\n", studentNos)))
			.andExpect(status().is3xxRedirection());
	}

	long version(long offeringId) {
		return this.jdbc.sql("select version from course_offering where id = :id")
			.param("id", offeringId)
			.query(Long.class)
			.single();
	}

	int grades(String courseCode) {
		return this.jdbc.sql("select count(*) from grade g join course c on c.id = g.course_id where c.code = :c")
			.param("c", courseCode)
			.query(Integer.class)
			.single();
	}

}
