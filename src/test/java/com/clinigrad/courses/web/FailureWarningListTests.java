package com.clinigrad.courses.web;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;

import com.clinigrad.accounts.Role;
import com.clinigrad.courses.CourseRecords;
import com.clinigrad.courses.GradeEntry;
import com.clinigrad.support.Fixtures;
import com.clinigrad.support.ListPages;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The course-failure warnings in the list pattern: filtered by hospital and level, the
 * exports hold exactly the pages; a hospital office never sees another hospital's
 * students; a student gets no list.
 */
@SpringBootTest
@AutoConfigureMockMvc
class FailureWarningListTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	@Autowired
	JdbcClient jdbc;

	Fixtures fixtures;

	String hospital;

	String otherHospital;

	String threshold;

	String warned;

	String other;

	@BeforeEach
	void createData() {
		this.fixtures = Fixtures.in(this.context);
		this.hospital = this.fixtures.hospital();
		this.otherHospital = this.fixtures.hospital();
		String supervisor = this.fixtures.supervisor(this.hospital);
		this.threshold = this.fixtures.student(this.hospital, supervisor);
		this.warned = this.fixtures.student(this.hospital, supervisor);
		this.other = this.fixtures.student(this.otherHospital, this.fixtures.supervisor(this.otherHospital));
		String a = course();
		String b = course();
		fail(this.threshold, a, "2024-1");
		fail(this.threshold, b, "2024-1");
		fail(this.warned, a, "2024-2");
		fail(this.other, a, "2024-1");
	}

	@Test
	void theExportsHoldExactlyTheFilteredPages() throws Exception {
		ListPages pages = ListPages.as(this.mvc, user(this.fixtures.login(this.fixtures.account(Role.GRAD_SCHOOL))));
		List<List<String>> shown = pages.assertExportsEqualPages("/courses/warnings?hospital=" + this.hospital,
				"failure-table", "、");
		assertThat(shown).extracting((row) -> row.get(0)).containsExactly(this.threshold, this.warned);
		assertThat(shown.get(0).subList(6, 9)).containsExactly("2", "2024–2025 学年第一学期、该学期 2 门", "已达分流线");
		assertThat(shown.get(1).subList(6, 9)).containsExactly("1", "2024–2025 学年第二学期、该学期 1 门", "预警");

		assertThat(pages.assertExportsEqualPages("/courses/warnings?hospital=" + this.hospital + "&level=WARNING",
				"failure-table", "、"))
			.extracting((row) -> row.get(0))
			.containsExactly(this.warned);
		assertThat(pages.assertExportsEqualPages(
				"/courses/warnings?hospital=" + this.hospital + "&sort=total&dir=asc&lang=en", "failure-table", ", "))
			.extracting((row) -> row.get(8))
			.containsExactly("Warning", "Threshold reached");
	}

	@Test
	void aHospitalOfficeNeverSeesAnotherHospitalsStudentsAndAStudentSeesNoList() throws Exception {
		ListPages office = ListPages.as(this.mvc, user(this.fixtures
			.login(this.fixtures.account(Set.of(Role.HOSPITAL_OFFICE), this.otherHospital, null, null, null))));
		assertThat(office.assertExportsEqualPages("/courses/warnings?hospital=" + this.hospital, "failure-table", "、"))
			.isEmpty();
		assertThat(office.assertExportsEqualPages("/courses/warnings", "failure-table", "、"))
			.extracting((row) -> row.get(0))
			.containsExactly(this.other);

		RequestPostProcessor student = user(
				this.fixtures.login(this.fixtures.account(Set.of(Role.STUDENT), null, null, null, this.warned)));
		this.mvc.perform(get("/courses/warnings").with(student)).andExpect(status().isForbidden());
		this.mvc.perform(get("/courses/warnings").param("export", "csv").with(student))
			.andExpect(status().isForbidden());
	}

	@Test
	void theHomePanelNamesProgramsInThePagesLanguage() throws Exception {
		RequestPostProcessor staff = user(this.fixtures.login(this.fixtures.account(Role.GRAD_SCHOOL)));
		String[] program = this.jdbc.sql("""
				select p.code, p.name, p.name_en from student s join program p on p.code = s.program_code
				where s.student_no = :no
				""")
			.param("no", this.threshold)
			.query((rs, n) -> new String[] { rs.getString(1), rs.getString(2), rs.getString(3) })
			.single();
		String chinese = this.mvc.perform(get("/courses/warnings").header("HX-Request", "true").with(staff))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(chinese).contains(program[1]).doesNotContain(">" + program[0] + "<");
		String english = this.mvc
			.perform(get("/courses/warnings").param("lang", "en").header("HX-Request", "true").with(staff))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(english).contains(program[2]).doesNotContain(">" + program[0] + "<");
	}

	private String course() {
		String code = this.fixtures.unique("FC");
		this.jdbc.sql("insert into course (code, name, category, credits) values (:c, '必修课', 'DEGREE_REQUIRED', 2)")
			.param("c", code)
			.update();
		return code;
	}

	private void fail(String student, String course, String term) {
		this.context.getBean(CourseRecords.class)
			.upsertGrades(List.of(new GradeEntry(this.fixtures.studentId(student), this.fixtures.courseId(course), term,
					1, new BigDecimal("41"), null)));
	}

}
