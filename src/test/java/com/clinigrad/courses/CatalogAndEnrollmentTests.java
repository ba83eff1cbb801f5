package com.clinigrad.courses;

import java.util.List;

import com.clinigrad.accounts.Role;
import com.clinigrad.shared.BusinessRuleException;
import com.clinigrad.students.StudentRegistry;
import com.clinigrad.support.Fixtures;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The seed catalog, the course form's validation, enrollment up to capacity and no
 * further, and who may change any of it; a loader without a login (the demo university)
 * meets the same checks.
 */
@SpringBootTest
@AutoConfigureMockMvc
class CatalogAndEnrollmentTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	@Autowired
	JdbcClient jdbc;

	@Test
	void theSeedCatalogsAreShipped() throws Exception {
		CourseTestSupport support = new CourseTestSupport(Fixtures.in(this.context), this.mvc, this.jdbc);
		this.mvc.perform(get("/courses?q=TMU-").with(user(support.staff)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("分子生物学工作基础")))
			.andExpect(content().string(containsString("张锴 教授")));
		this.mvc.perform(get("/courses?q=PUMC-DR01&lang=en").with(user(support.staff)))
			.andExpect(status().isOk())
			// the language of instruction in the page's words
			.andExpect(content().string(containsString("<td>Chinese</td>")))
			.andExpect(content().string(org.hamcrest.Matchers.not(containsString("<td>中文</td>"))));
		this.mvc.perform(get("/courses?q=ZJU-&lang=en").with(user(support.staff)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Topics in Infectious Diseases")))
			.andExpect(content().string(containsString("李兰娟")));
		assertThat(this.jdbc.sql("select credits from course where code = 'TMU-DR01'").query(Integer.class).single())
			.isEqualTo(3);
		assertThat(this.jdbc.sql("select count(*) from course where code like 'ZJU-%'").query(Integer.class).single())
			.isEqualTo(26);
	}

	@Test
	void theCourseFormSaysWhatIsWrongInTheUsersLanguage() throws Exception {
		CourseTestSupport support = new CourseTestSupport(Fixtures.in(this.context), this.mvc, this.jdbc);
		this.mvc
			.perform(post("/courses/new").with(user(support.staff))
				.with(csrf())
				.param("code", "BAD CODE")
				.param("name", "")
				.param("category", "ELECTIVE")
				.param("credits", "2.25"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("只能包含字母、数字")))
			.andExpect(content().string(containsString("学分为 0 到 20 之间的数")));
		this.mvc
			.perform(post("/courses/new").with(user(support.staff))
				.with(csrf())
				.param("code", "TMU-DR01")
				.param("name", "重复")
				.param("category", "ELECTIVE")
				.param("credits", "2"))
			.andExpect(status().isConflict())
			.andExpect(content().string(containsString("课程代码 TMU-DR01 已存在")));
		var coordinator = support.fixtures.login(
				support.fixtures.account(java.util.Set.of(Role.DEPT_COORDINATOR), support.hospital, "D1", null, null));
		this.mvc
			.perform(post("/courses/new").with(user(coordinator))
				.with(csrf())
				.param("code", "X1")
				.param("name", "x")
				.param("category", "ELECTIVE")
				.param("credits", "2"))
			.andExpect(status().isForbidden());
		var teacher = support.teacher(support.instructor);
		this.mvc.perform(get("/courses/TMU-DR01/edit").with(user(teacher))).andExpect(status().isForbidden());
		var expert = support.fixtures.login(support.fixtures.account(Role.EXPERT));
		this.mvc.perform(get("/courses").with(user(expert))).andExpect(status().isForbidden());
	}

	@Test
	void enrollmentStopsAtCapacity() throws Exception {
		CourseTestSupport support = new CourseTestSupport(Fixtures.in(this.context), this.mvc, this.jdbc);
		String course = support.course("ELECTIVE", "2");
		long offering = support.offering(course, "2030-1", support.instructor, "2", "PASS_FAIL");
		String a = support.fixtures.student(support.hospital, support.instructor);
		String b = support.fixtures.student(support.hospital, support.instructor);
		String c = support.fixtures.student(support.hospital, support.instructor);
		support.enroll(offering, a);
		this.mvc
			.perform(post("/courses/offerings/" + offering + "/join").with(user(support.studentLogin(b))).with(csrf()))
			.andExpect(status().is3xxRedirection());
		this.mvc
			.perform(post("/courses/offerings/" + offering + "/join").with(user(support.studentLogin(c))).with(csrf()))
			.andExpect(status().isConflict())
			.andExpect(content().string(containsString("已满")));
		this.mvc
			.perform(post("/courses/offerings/" + offering + "/enroll").with(user(support.staff))
				.with(csrf())
				.param("studentNos", c + " NOPE-1"))
			.andExpect(status().isConflict())
			.andExpect(content().string(containsString("NOPE-1")));
		assertThat(this.jdbc.sql("select count(*) from enrollment where offering_id = :o")
			.param("o", offering)
			.query(Integer.class)
			.single()).isEqualTo(2);
		// nobody given, or only students on the roster already: said so, not "0 added"
		this.mvc
			.perform(post("/courses/offerings/" + offering + "/enroll").with(user(support.staff))
				.with(csrf())
				.param("studentNos", " "))
			.andExpect(flash().attribute("flashError", "offering.error.noStudentNumbers"));
		this.mvc
			.perform(post("/courses/offerings/" + offering + "/enroll").with(user(support.staff))
				.with(csrf())
				.param("studentNos", b))
			.andExpect(flash().attribute("flashSuccess", "offering.enrolledNone"));
		this.mvc
			.perform(post("/courses/offerings/" + offering + "/drop").with(user(support.studentLogin(b))).with(csrf()))
			.andExpect(status().is3xxRedirection());
		this.mvc
			.perform(post("/courses/offerings/" + offering + "/join").with(user(support.studentLogin(c))).with(csrf()))
			.andExpect(status().is3xxRedirection());
		this.mvc
			.perform(post("/courses/offerings/" + offering + "/enroll").with(user(support.teacher(support.instructor)))
				.with(csrf())
				.param("studentNos", b))
			.andExpect(status().isForbidden());
	}

	@Test
	void aLoaderWithoutALoginMeetsTheChecksStaffAndStudentsMeet() throws Exception {
		CourseTestSupport support = new CourseTestSupport(Fixtures.in(this.context), this.mvc, this.jdbc);
		CourseCatalog catalog = this.context.getBean(CourseCatalog.class);
		CourseEvaluations evaluations = this.context.getBean(CourseEvaluations.class);
		String course = support.course("ELECTIVE", "2");
		OfferingCommand command = new OfferingCommand(course, "2030-1", support.instructor, 2, Grading.SCORE);
		long offering = catalog.recordOffering(command, "loader");
		assertThatExceptionOfType(BusinessRuleException.class)
			.isThrownBy(() -> catalog.recordOffering(command, "loader"))
			.satisfies((ex) -> assertThat(ex.getMessageKey()).isEqualTo("course.error.offeringExists"));
		String a = support.fixtures.student(support.hospital, support.instructor);
		String b = support.fixtures.student(support.hospital, support.instructor);
		String c = support.fixtures.student(support.hospital, support.instructor);
		assertThat(catalog.recordEnrollment(offering, List.of(a, b), "loader")).isEqualTo(2);
		assertThatExceptionOfType(BusinessRuleException.class)
			.isThrownBy(() -> catalog.recordEnrollment(offering, List.of(c), "loader"))
			.satisfies((ex) -> assertThat(ex.getMessageKey()).isEqualTo("course.error.full"));
		assertThat(this.jdbc.sql("""
				select o.created_by || ' ' || string_agg(distinct e.enrolled_by, ',')
				from course_offering o join enrollment e on e.offering_id = o.id where o.id = :o group by o.created_by
				""").param("o", offering).query(String.class).single()).isEqualTo("loader loader");

		var ids = this.context.getBean(StudentRegistry.class).idsByStudentNo(List.of(a, c));
		EvaluationCommand answer = new EvaluationCommand(4, 5, 4, 3, 4, " 案例很好 ");
		evaluations.recordAnswer(offering, ids.get(a), answer);
		assertThatExceptionOfType(BusinessRuleException.class)
			.isThrownBy(() -> evaluations.recordAnswer(offering, ids.get(a), answer))
			.satisfies((ex) -> assertThat(ex.getMessageKey()).isEqualTo("evaluation.error.already"));
		assertThatExceptionOfType(BusinessRuleException.class)
			.isThrownBy(() -> evaluations.recordAnswer(offering, ids.get(c), answer))
			.satisfies((ex) -> assertThat(ex.getMessageKey()).isEqualTo("evaluation.error.notEnrolled"));
		assertThat(this.jdbc.sql("select comment from evaluation_answer where offering_id = :o")
			.param("o", offering)
			.query(String.class)
			.list()).containsExactly("案例很好");
	}

}
