package com.clinigrad.courses;

import java.nio.charset.StandardCharsets;
import java.util.List;

import com.clinigrad.support.Fixtures;
import com.clinigrad.support.SentFromAPage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

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
 * A class's grade sheet: the instructor submits it after a confirmation that names what
 * follows, then the grid is locked for everyone; only the graduate school reopens it,
 * with a reason the history keeps; the instructor corrects and resubmits. Nobody else may
 * submit or reopen, an incomplete sheet is not submitted, and a staff import into a
 * submitted sheet is applied and kept in its history.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(SentFromAPage.class)
class GradeSubmissionTests {

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

	UserDetails teacher;

	@BeforeEach
	void classToGrade() throws Exception {
		this.support = new CourseTestSupport(Fixtures.in(this.context), this.mvc, this.jdbc);
		this.course = this.support.course("DEGREE_REQUIRED", "3");
		this.offering = this.support.offering(this.course, "2024-1", this.support.instructor, "", "SCORE");
		this.first = this.support.fixtures.student(this.support.hospital, this.support.instructor);
		this.second = this.support.fixtures.student(this.support.hospital, this.support.otherTeacher);
		this.support.enroll(this.offering, this.first, this.second);
		this.teacher = this.support.teacher(this.support.instructor);
	}

	@Test
	void theInstructorSubmitsAfterAConfirmationAndTheGridIsLockedForThem() throws Exception {
		save(this.teacher, "52", "88.5").andExpect(status().is3xxRedirection());
		UserDetails student = this.support.studentLogin(this.first);
		this.mvc.perform(get("/students/" + this.first + "/courses").with(user(student)))
			.andExpect(content().string(containsString("暂定")));

		this.mvc.perform(get("/courses/offerings/" + this.offering + "/grades/submit").with(user(this.teacher)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("成绩锁定")))
			.andExpect(content().string(containsString("学生看到的是最终成绩")))
			.andExpect(content().string(containsString("重新计算课程预警")))
			.andExpect(content().string(containsString("id=\"summary-failing\"")));
		submit(this.teacher).andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("flashSuccess", "grades.sheet.submitted"));
		assertThat(sheetStatus()).isEqualTo(GradeSheetStatus.SUBMITTED);
		assertThat(this.jdbc
			.sql("select submitted_by is not null and submitted_at is not null from grade_sheet "
					+ "where offering_id = :o")
			.param("o", this.offering)
			.query(Boolean.class)
			.single()).isTrue();

		this.mvc.perform(get("/courses/offerings/" + this.offering + "/grades").with(user(this.teacher)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("已提交（已锁定）")))
			.andExpect(content().string(containsString("id=\"sheet-locked\"")))
			.andExpect(content().string(not(containsString("name=\"grade[" + this.first + "]\""))))
			.andExpect(content().string(not(containsString("id=\"save-grades\""))))
			.andExpect(content().string(not(containsString("id=\"reopen-form\""))));
		save(this.teacher, "61", "88.5").andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("flashError", "grades.sheet.error.locked"));
		save(this.support.staff, "61", "88.5").andExpect(flash().attribute("flashError", "grades.sheet.error.locked"));
		submit(this.teacher).andExpect(flash().attribute("flashError", "grades.sheet.error.alreadySubmitted"));
		assertThat(score(this.first)).isEqualTo("52.0");
		this.mvc.perform(get("/students/" + this.first + "/courses").with(user(student)))
			.andExpect(content().string(containsString(">52<")))
			.andExpect(content().string(not(containsString("暂定"))));
		this.mvc.perform(get("/courses/offerings/" + this.offering).with(user(student)))
			.andExpect(content().string(containsString("已提交（已锁定）")));
	}

	@Test
	void theGraduateSchoolReopensOnlyWithAReasonTheHistoryKeepsAndTheInstructorResubmits() throws Exception {
		save(this.teacher, "52", "88.5").andExpect(status().is3xxRedirection());
		submit(this.teacher).andExpect(status().is3xxRedirection());

		reopen(this.teacher, "我想改").andExpect(status().isForbidden());
		reopen(this.support.staff, "   ").andExpect(status().is(422))
			.andExpect(content().string(containsString("请填写重新开放的理由")));
		reopen(this.support.staff, "理".repeat(501)).andExpect(status().is(422))
			.andExpect(content().string(containsString("理由最多 500 个字")));
		assertThat(sheetStatus()).isEqualTo(GradeSheetStatus.SUBMITTED);

		reopen(this.support.staff, "任课教师申请：学号顺序录错").andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("flashSuccess", "grades.sheet.reopened"));
		assertThat(sheetStatus()).isEqualTo(GradeSheetStatus.REOPENED);
		reopen(this.support.staff, "再开一次")
			.andExpect(flash().attribute("flashError", "grades.sheet.error.alreadyReopened"));
		this.mvc.perform(get("/courses/offerings/" + this.offering + "/grades").with(user(this.teacher)))
			.andExpect(content().string(containsString("id=\"sheet-reopened\"")))
			.andExpect(content().string(containsString("任课教师申请：学号顺序录错")))
			.andExpect(content().string(containsString("name=\"grade[" + this.first + "]\"")));

		save(this.teacher, "61", "88.5").andExpect(status().is3xxRedirection());
		submit(this.teacher).andExpect(status().is3xxRedirection());
		assertThat(sheetStatus()).isEqualTo(GradeSheetStatus.SUBMITTED);
		assertThat(score(this.first)).isEqualTo("61.0");
		assertThat(this.jdbc
			.sql("select action || ':' || coalesce(reason, '') from grade_sheet_step "
					+ "where offering_id = :o order by id")
			.param("o", this.offering)
			.query(String.class)
			.list()).containsExactly(GradeSheetAction.SUBMIT + ":", GradeSheetAction.REOPEN + ":任课教师申请：学号顺序录错",
					GradeSheetAction.SUBMIT + ":");
		this.mvc.perform(get("/courses/offerings/" + this.offering + "/grades").with(user(this.support.staff)))
			.andExpect(content().string(containsString("id=\"sheet-history\"")))
			.andExpect(content().string(containsString("任课教师申请：学号顺序录错")))
			.andExpect(content().string(containsString("id=\"reopen-form\"")));
	}

	@Test
	void anotherInstructorTheInstructorOfAnotherClassAndAStudentCannotSubmitOrReopen() throws Exception {
		save(this.teacher, "70", "71").andExpect(status().is3xxRedirection());
		UserDetails other = this.support.teacher(this.support.otherTeacher);
		this.mvc.perform(get("/courses/offerings/" + this.offering + "/grades/submit").with(user(other)))
			.andExpect(status().isForbidden());
		submit(other).andExpect(status().isForbidden());

		long othersClass = this.support.offering(this.support.course("ELECTIVE", "1"), "2024-1",
				this.support.otherTeacher, "", "SCORE");
		this.mvc
			.perform(post("/courses/offerings/" + othersClass + "/grades/submit").with(user(this.teacher))
				.with(csrf())
				.param("version", Long.toString(this.support.version(othersClass))))
			.andExpect(status().isForbidden());

		UserDetails student = this.support.studentLogin(this.first);
		submit(student).andExpect(status().isForbidden());
		assertThat(sheetStatus()).isEqualTo(GradeSheetStatus.OPEN);

		submit(this.teacher).andExpect(status().is3xxRedirection());
		reopen(other, "换我来改").andExpect(status().isForbidden());
		reopen(student, "我想改").andExpect(status().isForbidden());
		assertThat(sheetStatus()).isEqualTo(GradeSheetStatus.SUBMITTED);
	}

	@Test
	void aSheetIsSubmittedOnlyWhenEveryStudentHasAGradeAndAtTheVersionConfirmed() throws Exception {
		this.mvc
			.perform(post("/courses/offerings/" + this.offering + "/grades").with(user(this.teacher))
				.with(csrf())
				.param("version", Long.toString(this.support.version(this.offering)))
				.param("grade[" + this.first + "]", "80")
				.param("grade[" + this.second + "]", ""))
			.andExpect(status().is3xxRedirection());
		submit(this.teacher).andExpect(flash().attribute("flashError", "grades.sheet.error.incomplete"));
		assertThat(sheetStatus()).isEqualTo(GradeSheetStatus.OPEN);

		long confirmedAt = this.support.version(this.offering);
		save(this.teacher, "80", "45").andExpect(status().is3xxRedirection());
		this.mvc
			.perform(post("/courses/offerings/" + this.offering + "/grades/submit").with(user(this.teacher))
				.with(csrf())
				.param("version", Long.toString(confirmedAt)))
			.andExpect(status().isConflict());
		assertThat(sheetStatus()).isEqualTo(GradeSheetStatus.OPEN);
	}

	@Test
	void aStaffImportIntoASubmittedSheetIsAppliedAndKeptInItsHistory() throws Exception {
		save(this.teacher, "52", "88.5").andExpect(status().is3xxRedirection());
		submit(this.teacher).andExpect(status().is3xxRedirection());
		String file = "student_no,course_code,term,attempt,score\n" + this.first + "," + this.course + ",2024-1,1,95\n"
				+ this.second + "," + this.course + ",2024-1,1,88.5\n";

		importGrades(file).andExpect(status().isOk()).andExpect(content().string(containsString("\"applied\":2")));
		importGrades(file).andExpect(status().isOk()).andExpect(content().string(containsString("\"applied\":2")));

		assertThat(score(this.first)).isEqualTo("95.0");
		assertThat(sheetStatus()).isEqualTo(GradeSheetStatus.SUBMITTED);
		List<String> steps = this.jdbc
			.sql("select action || ':' || coalesce(grades_changed, -1) || ':' || coalesce(actor, '') "
					+ "from grade_sheet_step where offering_id = :o order by id")
			.param("o", this.offering)
			.query(String.class)
			.list();
		assertThat(steps).hasSize(2).first().asString().startsWith(GradeSheetAction.SUBMIT + ":");
		assertThat(steps.get(1)).startsWith(GradeSheetAction.IMPORT + ":1:").doesNotEndWith(":");
		this.mvc.perform(get("/courses/offerings/" + this.offering + "/grades").with(user(this.teacher)))
			.andExpect(content().string(containsString("导入修改了本班 1 条成绩")));
	}

	private ResultActions save(UserDetails who, String firstValue, String secondValue) throws Exception {
		return this.mvc.perform(post("/courses/offerings/" + this.offering + "/grades").with(user(who))
			.with(csrf())
			.param("version", Long.toString(this.support.version(this.offering)))
			.param("grade[" + this.first + "]", firstValue)
			.param("grade[" + this.second + "]", secondValue));
	}

	private ResultActions submit(UserDetails who) throws Exception {
		return this.mvc.perform(post("/courses/offerings/" + this.offering + "/grades/submit").with(user(who))
			.with(csrf())
			.param("version", Long.toString(this.support.version(this.offering))));
	}

	private ResultActions reopen(UserDetails who, String reason) throws Exception {
		return this.mvc.perform(post("/courses/offerings/" + this.offering + "/grades/reopen").with(user(who))
			.with(csrf())
			.param("reason", reason));
	}

	private ResultActions importGrades(String csv) throws Exception {
		return this.mvc.perform(post("/api/v1/imports/grades").with(user(this.support.staff))
			.with(csrf())
			.contentType("text/csv")
			.content(csv.getBytes(StandardCharsets.UTF_8)));
	}

	private GradeSheetStatus sheetStatus() {
		return GradeSheetStatus.valueOf(this.jdbc.sql("select status from grade_sheet where offering_id = :o")
			.param("o", this.offering)
			.query(String.class)
			.single());
	}

	private String score(String studentNo) {
		return this.jdbc
			.sql("select g.score::text from grade g join student s on s.id = g.student_id "
					+ "join course c on c.id = g.course_id where s.student_no = :no and c.code = :c")
			.param("no", studentNo)
			.param("c", this.course)
			.query(String.class)
			.single();
	}

}
