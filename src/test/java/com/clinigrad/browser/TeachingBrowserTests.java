package com.clinigrad.browser;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.clinigrad.accounts.Role;
import com.clinigrad.courses.CourseCatalog;
import com.clinigrad.courses.CourseCategory;
import com.clinigrad.courses.CourseEvaluations;
import com.clinigrad.courses.CourseRecords;
import com.clinigrad.courses.CourseView;
import com.clinigrad.courses.EvaluationCommand;
import com.clinigrad.courses.GradeEntry;
import com.clinigrad.courses.Grading;
import com.clinigrad.courses.OfferingCommand;
import com.clinigrad.support.Browser;
import com.clinigrad.support.Fixtures;
import com.clinigrad.teaching.ClassVisits;
import com.clinigrad.teaching.TeachingInspectors;
import com.clinigrad.teaching.VisitCommand;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The teaching pages in a real browser, in Chinese and English: the quality reports, one
 * report, the class visits and the rating form, the workload table, a person's workload
 * and the weights. Screenshots go to target/screenshots.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class TeachingBrowserTests {

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	@Autowired
	JdbcClient jdbc;

	@Test
	void theTeachingPagesShowInBothLanguages() {
		Fixtures fixtures = Fixtures.in(this.context);
		String hospital = fixtures.hospital();
		String instructor = fixtures.supervisor(hospital);
		String inspector = fixtures.supervisor(hospital);
		String course = fixtures.unique("Q");
		this.context.getBean(CourseRecords.class)
			.upsertCourse(new CourseView(course, "医学统计学", "Medical statistics", CourseCategory.DEGREE_REQUIRED,
					new BigDecimal("2"), 36, "中文"));
		CourseCatalog catalog = this.context.getBean(CourseCatalog.class);
		long offering = catalog.recordOffering(new OfferingCommand(course, "2025-2", instructor, 40, Grading.SCORE),
				"test");
		List<String> students = new ArrayList<>();
		for (int i = 0; i < 6; i++) {
			students.add(fixtures.student(hospital, instructor));
		}
		catalog.recordEnrollment(offering, students, "test");
		this.jdbc.sql("update course_offering set evaluation_open = true where id = :o").param("o", offering).update();
		CourseEvaluations evaluations = this.context.getBean(CourseEvaluations.class);
		List<GradeEntry> grades = new ArrayList<>();
		int[] scores = { 93, 88, 79, 84, 67, 55 };
		for (int i = 0; i < students.size(); i++) {
			long id = fixtures.studentId(students.get(i));
			evaluations.recordAnswer(offering, id, new EvaluationCommand(4, 5, 4, 4, 4 + (i % 2), null));
			grades.add(new GradeEntry(id, fixtures.courseId(course), "2025-2", 1, BigDecimal.valueOf(scores[i]), null));
		}
		this.context.getBean(CourseRecords.class).upsertGrades(grades);
		this.context.getBean(TeachingInspectors.class).designateAs(inspector, "test");
		ClassVisits visits = this.context.getBean(ClassVisits.class);
		visits.recordAs(new VisitCommand(offering, null, null, null, LocalDate.of(2026, 3, 12), null, null,
				Map.of("PREPARATION", 5, "CONTENT", 4, "DELIVERY", 4, "INTERACTION", 3, "TIME", 5, "OVERALL", 4),
				Map.of("COMMENTS", "讲授条理清楚，案例贴近临床；课堂提问可以更多。")), inspector, "test");
		visits.recordAs(new VisitCommand(offering, null, null, null, LocalDate.of(2026, 4, 20), null, null,
				Map.of("PREPARATION", 5, "CONTENT", 5, "DELIVERY", 4, "INTERACTION", 4, "TIME", 4, "OVERALL", 5),
				Map.of("COMMENTS", "互动明显改善。")), inspector, "test");
		String staff = fixtures.account(Role.GRAD_SCHOOL);
		String office = fixtures.account(Set.of(Role.HOSPITAL_OFFICE), hospital, null, null, null);

		try (Browser browser = Browser.open(this.port)) {
			browser.logIn(staff, Fixtures.PASSWORD);
			for (String lang : List.of("zh_CN", "en")) {
				browser.go("/teaching/quality?q=" + course + "&lang=" + lang);
				assertThat(browser.find("#quality-table").getText()).contains(instructor);
				browser.screenshot("teaching-quality-" + lang);
				browser.go("/teaching/quality/" + instructor + "/" + course);
				assertThat(browser.find("#quality-figures").getText()).contains("4.");
				browser.screenshot("teaching-report-" + lang);
				browser.go("/teaching/visits");
				browser.screenshot("teaching-visits-" + lang);
				browser.go("/teaching/visits/new");
				browser.screenshot("teaching-visit-form-" + lang);
				browser.go("/teaching/workload/weights");
				browser.screenshot("teaching-weights-" + lang);
				browser.go("/teaching/workload/" + instructor + "?year=2026");
				assertThat(browser.find("#workload-summary").getText()).contains("36");
				browser.screenshot("teaching-workload-person-" + lang);
			}
			browser.logOut().logIn(office, Fixtures.PASSWORD);
			for (String lang : List.of("zh_CN", "en")) {
				browser.go("/teaching/workload?year=2026&lang=" + lang);
				assertThat(browser.find("#workload-table").getText()).contains(instructor);
				browser.screenshot("teaching-workload-" + lang);
			}
		}
	}

}
