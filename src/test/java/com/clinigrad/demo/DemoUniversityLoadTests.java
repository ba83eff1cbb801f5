package com.clinigrad.demo;

import java.util.List;

import com.clinigrad.ClinigradApplication;
import com.clinigrad.support.TestDatabase;
import org.junit.jupiter.api.Test;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What {@code ./mvnw spring-boot:run} shows a new user: the application starts on an
 * empty database of its own and loads the demo university with every module's data, so
 * that a demo loader that breaks fails the build instead of the first minute of a new
 * user.
 */
class DemoUniversityLoadTests {

	@Test
	void theDemoUniversityLoadsIntoAnEmptyDatabase() {
		TestDatabase.Connection database = TestDatabase.another();
		try (ConfigurableApplicationContext app = new SpringApplicationBuilder(ClinigradApplication.class).run(
				"--server.port=0", "--clinigrad.test-db.enabled=false", "--spring.datasource.url=" + database.url(),
				"--spring.datasource.username=" + database.user(),
				"--spring.datasource.password=" + database.password(), "--clinigrad.demo.enabled=true",
				"--clinigrad.cases.nightly=false", "--clinigrad.reviews.reminders=false",
				"--clinigrad.reminders.daily=false", "--spring.main.banner-mode=off")) {
			JdbcClient jdbc = app.getBean(JdbcClient.class);
			assertThat(jdbc.sql("select username from user_account order by username").query(String.class).list())
				.containsAll(List.of("admin", "committee", "coordinator", "expert", "grad", "hospital", "multi",
						"student", "supervisor"));
			for (String table : List.of("student", "grade", "rotation", "thesis_review", "supervisor_qualification",
					"selection_result", "selection_suspension", "supervisor_group", "supervisor_absence",
					"award_scheme", "ethics_entry", "admission", "employment", "survey_round", "training_plan",
					"osce_sheet", "notification", "admission_plan", "admission_plan_change", "exam_bank",
					"exam_question", "exam_option", "exam_sitting", "exam_rule", "exam_paper_question", "exam_marker",
					"exam_candidate", "exam_answer", "teaching_inspector", "class_visit", "class_visit_answer",
					"workload_weight")) {
				assertThat(jdbc.sql("select count(*) from " + table).query(Long.class).single()).as(table).isPositive();
			}
			// the exams: a released sitting whose results reached rotations, and the demo
			// student a candidate of an upcoming one
			assertThat(jdbc.sql("select count(*) from rotation where theory_exam_sitting_id is not null")
				.query(Long.class)
				.single()).isPositive();
			assertThat(jdbc.sql("""
					select count(*) from exam_candidate c join exam_sitting s on s.id = c.sitting_id
					join user_account a on a.student_no = c.student_no
					where a.username = 'student' and s.opens_at > now() and s.status = 'PUBLISHED'""")
				.query(Long.class)
				.single()).isEqualTo(1);
			assertThat(
					jdbc.sql("select count(*) from exam_question where parent_id is null").query(Long.class).single())
				.isGreaterThanOrEqualTo(20);
			// the home page's awards card and the report's scholarships table have final
			// lists
			// with winners to show
			assertThat(jdbc.sql("""
					select count(*) from award_list_line l join award_round r on r.id = l.round_id
					where r.state = 'FINAL' and l.award_type_id is not null""").query(Long.class).single())
				.isPositive();
			// imported verdicts settled their rounds, and no graduate's round was
			// cancelled by
			// a similarity the graduate could not have passed with
			assertThat(jdbc.sql("select count(*) from thesis_round where reviews_imported and status = 'CLEARED'")
				.query(Long.class)
				.single()).isPositive();
			assertThat(jdbc.sql("""
					select count(*) from thesis_round o join student s on s.id = o.student_id
					where s.status = 'GRADUATED' and o.status = 'CANCELLED'""").query(Long.class).single()).isZero();
		}
	}

}
