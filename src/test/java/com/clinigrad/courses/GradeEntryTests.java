package com.clinigrad.courses;

import com.clinigrad.support.Fixtures;
import org.junit.jupiter.api.BeforeEach;
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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Grade entry on the class grid: only staff and the offering's own instructor, every cell
 * checked, nothing saved while one is wrong, a stale grid refused, each change in the
 * history; a student sees only their own grades.
 */
@SpringBootTest
@AutoConfigureMockMvc
class GradeEntryTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	@Autowired
	JdbcClient jdbc;

	CourseTestSupport support;

	String course;

	long offering;

	String first;

	String second;

	@BeforeEach
	void classToGrade() throws Exception {
		this.support = new CourseTestSupport(Fixtures.in(this.context), this.mvc, this.jdbc);
		this.course = this.support.course("DEGREE_REQUIRED", "3");
		this.offering = this.support.offering(this.course, "2024-1", this.support.instructor, "", "SCORE");
		this.first = this.support.fixtures.student(this.support.hospital, this.support.instructor);
		this.second = this.support.fixtures.student(this.support.hospital, this.support.otherTeacher);
		this.support.enroll(this.offering, this.first, this.second);
	}

	@Test
	void theInstructorGradesTheWholeClassAndEachChangeIsKept() throws Exception {
		var teacher = this.support.teacher(this.support.instructor);
		this.mvc.perform(get("/courses/offerings/" + this.offering + "/grades").with(user(teacher)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("grade[" + this.first + "]")));
		save(teacher, this.support.version(this.offering), "52", "88.5").andExpect(status().is3xxRedirection());
		assertThat(this.support.grades(this.course)).isEqualTo(2);

		save(teacher, this.support.version(this.offering), "61", "88.5").andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("flashSuccess", "grades.saved"));
		// the same grid again: said so, not "0 saved"
		save(teacher, this.support.version(this.offering), "61", "88.5").andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("flashSuccess", "grades.unchanged"));
		assertThat(this.jdbc
			.sql("""
					select count(*) from grade_change h join grade g on g.id = h.grade_id join student s on s.id = g.student_id
					where s.student_no = :no and h.old_score = 52 and h.new_score = 61
					""")
			.param("no", this.first)
			.query(Integer.class)
			.single()).isEqualTo(1);
		this.mvc.perform(get("/students/" + this.first + "/courses").with(user(this.support.staff)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(this.course)))
			.andExpect(content().string(containsString(">61<")));
	}

	@Test
	void oneBadCellRefusesTheGridAndSavesNothing() throws Exception {
		var teacher = this.support.teacher(this.support.instructor);
		save(teacher, this.support.version(this.offering), "105", "八十").andExpect(status().is(422))
			.andExpect(content().string(containsString("成绩应在 0 到 100 之间")))
			.andExpect(content().string(containsString("请输入 0 到 100 之间的数字")))
			.andExpect(content().string(containsString("value=\"105\"")));
		save(teacher, this.support.version(this.offering), "80.25", "70").andExpect(status().is(422))
			.andExpect(content().string(containsString("最多一位小数")));
		assertThat(this.support.grades(this.course)).isZero();
	}

	@Test
	void aStaleGridIsRefused() throws Exception {
		long opened = this.support.version(this.offering);
		save(this.support.staff, opened, "70", "71").andExpect(status().is3xxRedirection());
		save(this.support.staff, opened, "90", "91").andExpect(status().isConflict());
		assertThat(this.jdbc.sql("select max(score) from grade g join course c on c.id = g.course_id where c.code = :c")
			.param("c", this.course)
			.query(Integer.class)
			.single()).isEqualTo(71);
	}

	@Test
	void anotherInstructorAStudentAndACoordinatorCannotGrade() throws Exception {
		var other = this.support.teacher(this.support.otherTeacher);
		this.mvc.perform(get("/courses/offerings/" + this.offering + "/grades").with(user(other)))
			.andExpect(status().isForbidden());
		save(other, this.support.version(this.offering), "99", "99").andExpect(status().isForbidden());
		var student = this.support.studentLogin(this.first);
		save(student, this.support.version(this.offering), "99", "99").andExpect(status().isForbidden());
		var coordinator = this.support.fixtures
			.login(this.support.fixtures.account(java.util.Set.of(com.clinigrad.accounts.Role.DEPT_COORDINATOR),
					this.support.hospital, "D1", null, null));
		this.mvc.perform(get("/courses/offerings/" + this.offering + "/grades").with(user(coordinator)))
			.andExpect(status().isForbidden());
		assertThat(this.support.grades(this.course)).isZero();
		this.mvc.perform(get("/courses/offerings/" + this.offering).with(user(other)))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString(this.first))));
	}

	@Test
	void aChangeTheSystemMadeIsNamedInThePagesWords() throws Exception {
		var teacher = this.support.teacher(this.support.instructor);
		save(teacher, this.support.version(this.offering), "52", "88.5").andExpect(status().is3xxRedirection());
		// as an import at start-up records it
		this.jdbc.sql("""
				update grade_change set changed_by = 'system' where grade_id in
				  (select g.id from grade g join student s on s.id = g.student_id where s.student_no = :no)
				""").param("no", this.first).update();
		for (String page : new String[] { "/courses/offerings/" + this.offering + "/grades",
				"/students/" + this.first + "/courses" }) {
			this.mvc.perform(get(page).with(user(teacher)))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString(">系统<")))
				.andExpect(content().string(not(containsString(">system<"))));
			this.mvc.perform(get(page).param("lang", "en").with(user(teacher)))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString(">system<")));
		}
	}

	@Test
	void aStudentSeesOnlyTheirOwnGrades() throws Exception {
		save(this.support.staff, this.support.version(this.offering), "77", "66")
			.andExpect(status().is3xxRedirection());
		var student = this.support.studentLogin(this.first);
		this.mvc.perform(get("/students/" + this.first + "/courses").with(user(student)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(">77<")));
		this.mvc.perform(get("/students/" + this.second + "/courses").with(user(student)))
			.andExpect(status().isNotFound())
			.andExpect(content().string(not(containsString(">66<"))));
		this.mvc.perform(get("/students/" + this.second + "/transcript.pdf").with(user(student)))
			.andExpect(status().isNotFound());
		var supervisor = this.support.teacher(this.support.instructor);
		this.mvc.perform(get("/students/" + this.first + "/courses").with(user(supervisor))).andExpect(status().isOk());
		this.mvc.perform(get("/students/" + this.second + "/courses").with(user(supervisor)))
			.andExpect(status().isNotFound());
	}

	private org.springframework.test.web.servlet.ResultActions save(
			org.springframework.security.core.userdetails.UserDetails who, long version, String firstValue,
			String secondValue) throws Exception {
		return this.mvc.perform(post("/courses/offerings/" + this.offering + "/grades").with(user(who))
			.with(csrf())
			.param("version", Long.toString(version))
			.param("grade[" + this.first + "]", firstValue)
			.param("grade[" + this.second + "]", secondValue));
	}

}
