package com.clinigrad.teaching;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

import com.clinigrad.accounts.Role;
import com.clinigrad.courses.CourseCatalog;
import com.clinigrad.courses.CourseCategory;
import com.clinigrad.courses.CourseEvaluations;
import com.clinigrad.courses.CourseRecords;
import com.clinigrad.courses.CourseView;
import com.clinigrad.courses.EvaluationCommand;
import com.clinigrad.courses.GradeBook;
import com.clinigrad.courses.GradeEntry;
import com.clinigrad.courses.Grading;
import com.clinigrad.courses.OfferingCommand;
import com.clinigrad.support.Fixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Teaching supervision: a designated teaching supervisor records class visits on the
 * rating form; the quality report of a course and instructor combines the visits, the
 * evaluations (hidden below their minimum number of answers) and the results; the
 * graduate school sees every report, an instructor their own, and a student, another
 * instructor or a hospital office none, nor any visit.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ClassVisitTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	@Autowired
	JdbcClient jdbc;

	private Fixtures fixtures;

	private String hospital;

	private String instructor;

	private String teacher;

	private String otherTeacher;

	private String inspector;

	private String inspectorStaffNo;

	private String staff;

	private String student;

	private String office;

	private String course;

	private long offering;

	private final List<String> students = new ArrayList<>();

	@BeforeEach
	void setUp() {
		this.fixtures = Fixtures.in(this.context);
		this.hospital = this.fixtures.hospital();
		this.instructor = this.fixtures.supervisor(this.hospital);
		String other = this.fixtures.supervisor(this.hospital);
		this.inspectorStaffNo = this.fixtures.supervisor(this.hospital);
		this.teacher = this.fixtures.account(Set.of(Role.SUPERVISOR), null, null, this.instructor, null);
		this.otherTeacher = this.fixtures.account(Set.of(Role.SUPERVISOR), null, null, other, null);
		this.inspector = this.fixtures.account(Set.of(Role.SUPERVISOR), null, null, this.inspectorStaffNo, null);
		this.staff = this.fixtures.account(Role.GRAD_SCHOOL);
		this.office = this.fixtures.account(Set.of(Role.HOSPITAL_OFFICE), this.hospital, null, null, null);
		this.course = this.fixtures.unique("Q");
		this.context.getBean(CourseRecords.class)
			.upsertCourse(new CourseView(this.course, "医学统计学" + this.course, "Medical statistics " + this.course,
					CourseCategory.DEGREE_REQUIRED, new BigDecimal("2"), 36, "中文"));
		CourseCatalog catalog = this.context.getBean(CourseCatalog.class);
		this.offering = catalog
			.recordOffering(new OfferingCommand(this.course, "2025-2", this.instructor, 40, Grading.SCORE), "test");
		for (int i = 0; i < 6; i++) {
			this.students.add(this.fixtures.student(this.hospital, other));
		}
		catalog.recordEnrollment(this.offering, this.students, "test");
		this.student = this.fixtures.account(Set.of(Role.STUDENT), null, null, null, this.students.get(0));
		this.jdbc.sql("update course_offering set evaluation_open = true where id = :o")
			.param("o", this.offering)
			.update();
		as(this.staff, () -> {
			this.context.getBean(TeachingInspectors.class).designate(this.inspectorStaffNo);
			return null;
		});
	}

	private UserDetails login(String username) {
		return this.fixtures.login(username);
	}

	private <T> T as(String username, Supplier<T> call) {
		UserDetails details = login(username);
		SecurityContextHolder.getContext()
			.setAuthentication(new UsernamePasswordAuthenticationToken(details, null, details.getAuthorities()));
		try {
			return call.get();
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}

	private MockHttpServletRequestBuilder visit(String login, int... scores) {
		MockHttpServletRequestBuilder request = post("/teaching/visits").with(user(login(login)))
			.with(csrf())
			.param("subject", "course")
			.param("offeringId", String.valueOf(this.offering))
			.param("visitedOn", "2026-03-12")
			.param("item.COMMENTS", "板书清晰，互动可再多一些");
		String[] codes = { "PREPARATION", "CONTENT", "DELIVERY", "INTERACTION", "TIME", "OVERALL" };
		for (int i = 0; i < scores.length; i++) {
			request.param("item." + codes[i], String.valueOf(scores[i]));
		}
		return request;
	}

	private long visits() {
		return this.jdbc.sql("select count(*) from class_visit where offering_id = :o")
			.param("o", this.offering)
			.query(Long.class)
			.single();
	}

	@Test
	void aTeachingSupervisorRecordsAVisitThatOnlyTheSchoolTheSupervisorAndTheInstructorSee() throws Exception {
		String location = this.mvc.perform(visit(this.inspector, 5, 4, 4, 3, 4, 4))
			.andExpect(status().is3xxRedirection())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		assertThat(location).startsWith("/teaching/visits/");
		assertThat(visits()).isEqualTo(1);
		// an incomplete form is refused, in words, and saves nothing
		this.mvc.perform(visit(this.inspector, 5, 4, 4).header("Accept-Language", "zh-CN"))
			.andExpect(status().isConflict())
			.andExpect(content().string(containsString("请为“师生互动”打分")));
		// a teacher who is not a teaching supervisor records nothing, nor does a student
		this.mvc.perform(visit(this.otherTeacher, 5, 5, 5, 5, 5, 5)).andExpect(status().isForbidden());
		this.mvc.perform(visit(this.student, 5, 5, 5, 5, 5, 5)).andExpect(status().isForbidden());
		assertThat(visits()).isEqualTo(1);

		this.mvc.perform(get(location).with(user(login(this.staff))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("板书清晰")));
		this.mvc.perform(get(location).with(user(login(this.inspector)))).andExpect(status().isOk());
		this.mvc.perform(get(location).with(user(login(this.teacher)))).andExpect(status().isOk());
		this.mvc.perform(get(location).with(user(login(this.otherTeacher)))).andExpect(status().isNotFound());
		this.mvc.perform(get(location).with(user(login(this.student)))).andExpect(status().isForbidden());
		this.mvc.perform(get(location).with(user(login(this.office)))).andExpect(status().isForbidden());
		this.mvc.perform(get("/teaching/visits").with(user(login(this.student)))).andExpect(status().isForbidden());
		this.mvc.perform(get("/teaching/visits").with(user(login(this.otherTeacher))))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString(this.course))));
		this.mvc.perform(get("/teaching/visits").with(user(login(this.teacher))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("医学统计学" + this.course)));

		// an ended designation records no more visits
		long version = this.jdbc.sql(
				"select i.version from teaching_inspector i join supervisor s on s.id = i.supervisor_id where s.staff_no = :s")
			.param("s", this.inspectorStaffNo)
			.query(Long.class)
			.single();
		this.mvc.perform(get("/teaching/inspectors").with(user(login(this.staff))))
			.andExpect(content().string(containsString("id=\"confirm-end-" + this.inspectorStaffNo + "\"")))
			.andExpect(content().string(containsString("不能再记录听课")));
		// ending asks once: without the confirmation the designation stays
		this.mvc
			.perform(post("/teaching/inspectors/" + this.inspectorStaffNo + "/end").with(user(login(this.staff)))
				.with(csrf())
				.param("version", String.valueOf(version)))
			.andExpect(status().isConflict())
			.andExpect(model().attribute("conflictKey", "inspector.error.confirmEnd"));
		assertThat(this.jdbc.sql(
				"select i.active from teaching_inspector i join supervisor s on s.id = i.supervisor_id where s.staff_no = :s")
			.param("s", this.inspectorStaffNo)
			.query(Boolean.class)
			.single()).isTrue();
		this.mvc
			.perform(post("/teaching/inspectors/" + this.inspectorStaffNo + "/end").with(user(login(this.staff)))
				.with(csrf())
				.param("version", String.valueOf(version))
				.param("confirm", "true"))
			.andExpect(status().is3xxRedirection());
		this.mvc.perform(visit(this.inspector, 5, 5, 5, 5, 5, 5)).andExpect(status().isForbidden());
		assertThat(visits()).isEqualTo(1);
	}

	@Test
	void theQualityReportCombinesVisitsEvaluationsAndResultsKeepingEvaluationsAnonymous() throws Exception {
		this.mvc.perform(visit(this.inspector, 5, 4, 4, 3, 4, 4)).andExpect(status().is3xxRedirection());
		this.mvc.perform(visit(this.inspector, 4, 4, 5, 4, 4, 5)).andExpect(status().is3xxRedirection());
		CourseEvaluations evaluations = this.context.getBean(CourseEvaluations.class);
		int[] overall = { 5, 4, 4, 3, 5, 4 };
		for (int i = 0; i < 4; i++) {
			evaluations.recordAnswer(this.offering, this.fixtures.studentId(this.students.get(i)),
					new EvaluationCommand(4, 4, 4, 4, overall[i], null));
		}
		long courseId = this.fixtures.courseId(this.course);
		int[] scores = { 95, 85, 72, 61, 30 };
		List<GradeEntry> grades = new ArrayList<>();
		for (int i = 0; i < scores.length; i++) {
			grades.add(new GradeEntry(this.fixtures.studentId(this.students.get(i)), courseId, "2025-2", 1,
					BigDecimal.valueOf(scores[i]), null));
		}
		this.context.getBean(CourseRecords.class).upsertGrades(grades);
		BigDecimal passMark = this.context.getBean(GradeBook.class).passMark("PUMC-PRO-MASTER", 2023);
		int passed = 0;
		for (int score : scores) {
			passed += (BigDecimal.valueOf(score).compareTo(passMark) >= 0) ? 1 : 0;
		}

		QualityReport hidden = as(this.teacher,
				() -> this.context.getBean(QualityReports.class).report(this.instructor, this.course));
		assertThat(hidden.offerings().get(0).evaluation().shown()).isFalse();
		assertThat(hidden.figures().evaluationOverall()).isNull();
		assertThat(hidden.figures().visits()).isEqualTo(2);
		assertThat(hidden.figures().visitAverage()).isEqualByComparingTo(new BigDecimal("4.17"));
		assertThat(hidden.itemAverages().get(0).average()).isEqualByComparingTo(new BigDecimal("4.50"));
		assertThat(hidden.offerings().get(0).bands()).containsExactly(1, 1, 1, 1, 1);
		assertThat(hidden.figures().graded()).isEqualTo(5);
		assertThat(hidden.figures().passed()).isEqualTo(passed);
		this.mvc
			.perform(get("/teaching/quality/" + this.instructor + "/" + this.course).with(user(login(this.teacher)))
				.header("Accept-Language", "zh-CN"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("少于 5 份不显示")));

		for (int i = 4; i < 6; i++) {
			evaluations.recordAnswer(this.offering, this.fixtures.studentId(this.students.get(i)),
					new EvaluationCommand(4, 4, 4, 4, overall[i], "讲得清楚"));
		}
		QualityReport shown = as(this.staff,
				() -> this.context.getBean(QualityReports.class).report(this.instructor, this.course));
		BigDecimal expected = BigDecimal.valueOf(5 + 4 + 4 + 3 + 5 + 4)
			.divide(BigDecimal.valueOf(6), 2, RoundingMode.HALF_UP);
		assertThat(shown.figures().evaluationOverall()).isEqualByComparingTo(expected);
		assertThat(shown.figures().evaluationAnswers()).isEqualTo(6);

		// the list of reports: all for the school, own for the instructor, none for
		// others
		this.mvc.perform(get("/teaching/quality").with(user(login(this.staff))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(this.course)));
		this.mvc.perform(get("/teaching/quality").with(user(login(this.teacher))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(this.course)));
		this.mvc.perform(get("/teaching/quality").with(user(login(this.otherTeacher))))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString(this.course))));
		String report = "/teaching/quality/" + this.instructor + "/" + this.course;
		this.mvc.perform(get(report).with(user(login(this.staff)))).andExpect(status().isOk());
		this.mvc.perform(get(report).with(user(login(this.otherTeacher)))).andExpect(status().isForbidden());
		this.mvc.perform(get(report).with(user(login(this.student)))).andExpect(status().isForbidden());
		this.mvc.perform(get(report).with(user(login(this.office)))).andExpect(status().isForbidden());
		this.mvc.perform(get("/teaching/quality").with(user(login(this.student)))).andExpect(status().isForbidden());
	}

	@Test
	void theSchoolRecordsADepartmentTeachingSessionForATeachingSupervisor() throws Exception {
		this.mvc
			.perform(post("/teaching/visits").with(user(login(this.staff)))
				.with(csrf())
				.param("subject", "session")
				.param("department", this.hospital + "/D1")
				.param("sessionTitle", "教学查房")
				.param("visitedOn", "2026-05-06")
				.param("instructor", this.instructor)
				.param("inspector", this.inspectorStaffNo)
				.param("item.PREPARATION", "5")
				.param("item.CONTENT", "5")
				.param("item.DELIVERY", "4")
				.param("item.INTERACTION", "5")
				.param("item.TIME", "4")
				.param("item.OVERALL", "5"))
			.andExpect(status().is3xxRedirection());
		List<VisitView> sessions = as(this.teacher,
				() -> this.context.getBean(QualityReports.class).sessionVisits(this.instructor));
		assertThat(sessions).hasSize(1);
		assertThat(sessions.get(0).sessionTitle()).isEqualTo("教学查房");
		assertThat(sessions.get(0).inspectorStaffNo()).isEqualTo(this.inspectorStaffNo);
		assertThat(sessions.get(0).average()).isEqualByComparingTo(new BigDecimal("4.67"));
	}

}
