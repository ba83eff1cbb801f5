package com.clinigrad.students.web;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.clinigrad.accounts.Role;
import com.clinigrad.shared.SchoolTime;
import com.clinigrad.eligibility.DiversionCaseScan;
import com.clinigrad.students.AdmissionType;
import com.clinigrad.students.DegreeType;
import com.clinigrad.students.SourceSchool;
import com.clinigrad.students.StudentCommand;
import com.clinigrad.students.StudentRegistry;
import com.clinigrad.students.StudentStatus;
import com.clinigrad.support.EventsInFlight;
import com.clinigrad.support.Fixtures;
import com.clinigrad.support.ListPages;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.unbescape.html.HtmlEscape;

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
 * The student list in the list pattern: its exports hold exactly the rows and words of
 * the filtered pages, the language switch keeps the filters, a hospital office never sees
 * another hospital's students (page or export), a student gets neither, and the risk
 * column and filter show what the degree audit's scan found.
 */
@SpringBootTest
@AutoConfigureMockMvc
class StudentListTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	Fixtures fixtures;

	String hospital;

	String otherHospital;

	String master;

	String doctor;

	String otherStudent;

	RequestPostProcessor school;

	@BeforeEach
	void createData() {
		this.fixtures = Fixtures.in(this.context);
		this.hospital = this.fixtures.hospital();
		this.otherHospital = this.fixtures.hospital();
		String supervisor = this.fixtures.supervisor(this.hospital);
		for (int i = 0; i < 22; i++) {
			this.fixtures.student(this.hospital, supervisor);
		}
		this.master = this.fixtures.student(this.hospital, supervisor);
		this.doctor = this.fixtures.doctoralStudent("TMU-PRO-DOCTOR", this.hospital, supervisor, null);
		this.otherStudent = this.fixtures.student(this.otherHospital, this.fixtures.supervisor(this.otherHospital));
		this.school = user(this.fixtures.login(this.fixtures.account(Role.GRAD_SCHOOL)));
	}

	@Test
	void theExportsHoldExactlyTheFilteredPagesInBothLanguages() throws Exception {
		ListPages pages = ListPages.as(this.mvc, this.school);
		List<List<String>> chinese = pages.assertExportsEqualPages(
				"/students?hospital=" + this.hospital + "&sort=name&dir=desc", "student-table", "、");
		assertThat(chinese).hasSize(24);
		assertThat(chinese).extracting((row) -> row.get(0))
			.contains(this.master, this.doctor)
			.doesNotContain(this.otherStudent);
		assertThat(chinese.get(0)).contains("测试医院" + this.hospital, "在读");
		assertThat(chinese.stream().flatMap(List::stream)).noneMatch((cell) -> cell.contains("ENROLLED"))
			.noneMatch((cell) -> cell.contains("PUMC-PRO-MASTER"));

		List<List<String>> english = pages.assertExportsEqualPages(
				"/students?hospital=" + this.hospital + "&cohort=2022&lang=en", "student-table", ", ");
		assertThat(english).hasSize(1);
		assertThat(english.get(0)).contains(this.doctor, "Test hospital " + this.hospital,
				"Clinical Medicine Professional Doctorate");
	}

	@Test
	void theFilterChoicesOfferANewlyRecordedStudentsHospitalAtOnce() throws Exception {
		ListPages pages = ListPages.as(this.mvc, this.school);
		assertThat(pages.page("/students")).contains("<option value=\"" + this.hospital + "\"");
		String newHospital = this.fixtures.hospital();
		String supervisor = this.fixtures.supervisor(newHospital);
		assertThat(pages.page("/students")).as("no student of the new hospital yet")
			.doesNotContain("<option value=\"" + newHospital + "\"");
		this.fixtures.student(newHospital, supervisor);
		assertThat(pages.page("/students")).as("the kept choices are forgotten when a student is recorded")
			.contains("<option value=\"" + newHospital + "\"");
	}

	@Test
	void theLanguageSwitchKeepsTheFilters() throws Exception {
		String page = ListPages.as(this.mvc, this.school).page("/students?cohort=2022&hospital=" + this.hospital);
		assertThat(ListPages.rows(page, "student-table", "、")).extracting((row) -> row.get(0))
			.containsExactly(this.doctor);
		Matcher href = Pattern.compile("<a class=\"nav-link\" href=\"([^\"]*)\" lang=\"en\" id=\"language-switch\"")
			.matcher(page);
		assertThat(href.find()).as("the English link").isTrue();
		String english = HtmlEscape.unescapeHtml(href.group(1));
		assertThat(english).isEqualTo("?cohort=2022&hospital=" + this.hospital + "&lang=en");

		String switched = ListPages.as(this.mvc, this.school).page("/students" + english);
		assertThat(switched).contains("lang=\"en\"").contains("Cohort");
		assertThat(ListPages.rows(switched, "student-table", ", ")).extracting((row) -> row.get(0))
			.containsExactly(this.doctor);
		assertThat(switched).containsPattern("<option value=\"2022\" selected=\"selected\">");
	}

	@Test
	void aHospitalOfficeNeverSeesAnotherHospitalsStudentsAndAStudentSeesNoList() throws Exception {
		RequestPostProcessor office = user(this.fixtures
			.login(this.fixtures.account(Set.of(Role.HOSPITAL_OFFICE), this.otherHospital, null, null, null)));
		ListPages pages = ListPages.as(this.mvc, office);
		for (String url : List.of("/students", "/students?hospital=" + this.hospital, "/students?q=" + this.master)) {
			assertThat(ListPages.rows(pages.page(url), "student-table", "、").stream().flatMap(List::stream))
				.doesNotContain(this.master, this.doctor);
			String join = url.contains("?") ? "&" : "?";
			assertThat(ListPages.xlsx(pages.export(url + join + "export=xlsx")).stream().flatMap(List::stream))
				.doesNotContain(this.master, this.doctor);
			assertThat(ListPages.csv(pages.export(url + join + "export=csv")).stream().flatMap(List::stream))
				.doesNotContain(this.master, this.doctor);
		}
		assertThat(ListPages.rows(pages.page("/students"), "student-table", "、")).extracting((row) -> row.get(0))
			.contains(this.otherStudent);

		RequestPostProcessor student = user(
				this.fixtures.login(this.fixtures.account(Set.of(Role.STUDENT), null, null, null, this.master)));
		this.mvc.perform(get("/students").with(student)).andExpect(status().isForbidden());
		this.mvc.perform(get("/students").param("export", "xlsx").with(student)).andExpect(status().isForbidden());
		this.mvc.perform(get("/students").param("export", "csv").with(student)).andExpect(status().isForbidden());
	}

	@Test
	void theRiskColumnAndFilterShowWhatTheScanFound() throws Exception {
		String graduated = this.fixtures.student(this.hospital, this.fixtures.supervisor(this.hospital),
				StudentStatus.GRADUATED);
		EventsInFlight.awaitNone(this.context.getBean(JdbcClient.class), Duration.ofSeconds(60));
		this.context.getBean(DiversionCaseScan.class)
			.rescan(List.of(this.fixtures.studentId(this.master), this.fixtures.studentId(this.doctor),
					this.fixtures.studentId(graduated)), SchoolTime.today());
		ListPages pages = ListPages.as(this.mvc, this.school);
		String hospital = "/students?hospital=" + this.hospital;

		// the master's license was due by the end of semester 5 (a case), the proposal in
		// the first year (overdue); the doctorate has no license rule, only the proposal
		List<List<String>> cases = ListPages.rows(pages.page(hospital + "&risk=CASE&size=100"), "student-table", "、");
		assertThat(cases).extracting((row) -> row.get(0)).contains(this.master).doesNotContain(this.doctor, graduated);
		List<String> master = cases.stream().filter((row) -> row.get(0).equals(this.master)).findFirst().orElseThrow();
		assertThat(master.get(8)).startsWith("分流案件 1、预警").endsWith("已逾期（2024-06-30）");
		assertThat(ListPages.rows(pages.page(hospital + "&risk=DEADLINE&size=100"), "student-table", "、"))
			.extracting((row) -> row.get(0))
			.contains(this.master, this.doctor)
			.doesNotContain(graduated);
		assertThat(ListPages.rows(pages.page(hospital + "&risk=ANY&sort=risk&dir=asc&size=100"), "student-table", "、"))
			.extracting((row) -> row.get(0))
			.doesNotContain(graduated);
		List<String> byRisk = ListPages.rows(pages.page(hospital + "&sort=risk&dir=asc&size=100"), "student-table", "、")
			.stream()
			.map((row) -> row.get(0))
			.toList();
		assertThat(byRisk.indexOf(graduated)).as("no risk sorts before a case").isLessThan(byRisk.indexOf(this.master));
		pages.assertExportsEqualPages(hospital + "&risk=ANY&sort=risk&dir=desc", "student-table", "、");
	}

	@Test
	void theSearchFindsAStudentByAnyFragmentOfTheChineseNameOrOfTheNumber() throws Exception {
		String studentNo = this.fixtures.unique("M");
		String supervisor = this.fixtures.supervisor(this.hospital);
		this.context.getBean(StudentRegistry.class)
			.upsert(new StudentCommand(studentNo, "璇玑琅", DegreeType.PRO_MASTER, "PUMC-PRO-MASTER", 2023, "105101",
					AdmissionType.EXAM, SourceSchool.OWN, this.hospital, supervisor, null), StudentStatus.ENROLLED);
		ListPages pages = ListPages.as(this.mvc, this.school);
		// one and two characters go through the index of the key's characters, three and
		// more through the trigrams; either way the order of the characters counts
		for (String fragment : List.of("琅", "玑琅", "璇玑", "璇玑琅")) {
			List<List<String>> rows = ListPages.rows(pages.page("/students?q=" + fragment), "student-table", "、");
			assertThat(rows).as(fragment).extracting((row) -> row.get(0)).containsExactly(studentNo);
			assertThat(rows.get(0).get(1)).isEqualTo("璇玑琅");
		}
		// any part of the number, in any case
		for (String fragment : List.of(studentNo, studentNo.substring(2), "m" + studentNo.substring(1))) {
			List<String> numbers = ListPages
				.rows(pages.page("/students?q=" + fragment + "&size=100"), "student-table", "、")
				.stream()
				.map((row) -> row.get(0))
				.toList();
			assertThat(numbers).as(fragment)
				.contains(studentNo)
				.allMatch((no) -> no.toLowerCase(java.util.Locale.ROOT)
					.contains(fragment.toLowerCase(java.util.Locale.ROOT)));
		}
		for (String other : List.of("琅玑", "璇琅", "玑璇琅")) {
			assertThat(ListPages.rows(pages.page("/students?q=" + other), "student-table", "、")).as(other).isEmpty();
		}
		assertThat(ListPages.rows(pages.page("/students?q=" + "琅" + "&hospital=" + this.otherHospital), "student-table",
				"、"))
			.isEmpty();
	}

}
