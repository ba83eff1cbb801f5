package com.clinigrad.awards.web;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import com.clinigrad.accounts.Role;
import com.clinigrad.courses.CourseRecords;
import com.clinigrad.courses.GradeEntry;
import com.clinigrad.shared.SchoolTime;
import com.clinigrad.students.StudentStatus;
import com.clinigrad.support.EventsInFlight;
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
import org.springframework.test.web.servlet.MvcResult;
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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A selection round through its pages, on a scheme and program of its own: the list with
 * the quota and the delayed student excluded, each hospital office reviewing its part
 * (another office refused), the graduate school approving and publishing, a student
 * objecting once (again refused, after the publicity refused, a student outside the
 * population refused), the office of the student's hospital deciding (another office
 * refused; the student told of the decision), the final list refused while an objection
 * waits, and the export; a student whose diversion case may end in a delay is excluded
 * with the case named.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(SentFromAPage.class)
class SelectionRoundPagesTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	CourseRecords courses;

	Fixtures fixtures;

	String hospitalA;

	String hospitalB;

	String best;

	String second;

	String third;

	String delayed;

	String atB;

	String caseOpen;

	long scheme;

	long type;

	@BeforeEach
	void setUp() {
		this.fixtures = Fixtures.in(this.context);
		this.hospitalA = this.fixtures.hospital();
		this.hospitalB = this.fixtures.hospital();
		String supervisorA = this.fixtures.supervisor(this.hospitalA);
		this.best = this.fixtures.student(this.hospitalA, supervisorA);
		this.second = this.fixtures.student(this.hospitalA, supervisorA);
		this.third = this.fixtures.student(this.hospitalA, supervisorA);
		this.delayed = this.fixtures.student(this.hospitalA, supervisorA, StudentStatus.DELAYED);
		this.atB = this.fixtures.student(this.hospitalB, this.fixtures.supervisor(this.hospitalB));
		// enrolled, but has chosen a delay in a diversion case awaiting the decision
		this.caseOpen = this.fixtures.student(this.hospitalA, supervisorA);
		delayChosen(this.jdbc, this.fixtures.studentId(this.caseOpen));
		// a program and a scheme of their own: one academic scholarship for 40 % (of 5:
		// 2)
		String program = this.fixtures.unique("P");
		this.jdbc
			.sql("""
					insert into program (code, name, name_en, degree_type, university, university_en, discipline_code,
					                     standard_years)
					select :p, name || '（' || :p || '）', name_en || ' (' || :p || ')', degree_type, university, university_en,
					       discipline_code, standard_years
					from program where code = 'PUMC-PRO-MASTER'
					""")
			.param("p", program)
			.update();
		this.jdbc.sql("update student set program_code = :p where student_no in (:nos)")
			.param("p", program)
			.param("nos", List.of(this.best, this.second, this.third, this.delayed, this.atB, this.caseOpen))
			.update();
		int year = this.jdbc.sql("""
				select min(y) from generate_series(2040, 2100) y
				where not exists (select 1 from award_scheme s where s.university = 'PUMC' and s.year = y)
				""").query(Integer.class).single();
		long pumc = this.jdbc.sql("select id from award_scheme where university = 'PUMC' and year = 2026")
			.query(Long.class)
			.single();
		this.scheme = this.jdbc.sql("""
				insert into award_scheme (university, year, name, name_en, program_codes, quota_rounding, tie_break,
				                          veto_months)
				values ('PUMC', :y, '测试评选方案', 'Test selection scheme', :p, 'HALF_UP', 'RESEARCH', 12) returning id
				""").param("y", year).param("p", program).query(Long.class).single();
		this.jdbc.sql("""
				insert into award_component (scheme_id, code, position, weight, params)
				select :s, code, position, weight, params from award_component where scheme_id = :pumc
				""").param("s", this.scheme).param("pumc", pumc).update();
		this.type = this.jdbc.sql("""
				insert into award_type (scheme_id, position, kind, award_class, name, name_en, amount, unit,
				                        degree_types, allocation, quota_ratio)
				values (:s, 1, 'ACADEMIC_SCHOLARSHIP', 1, '学业奖学金一等', 'Academic scholarship, first class', 10000,
				        'ONE_OFF', 'PRO_MASTER', 'RANKED', 0.40) returning id
				""").param("s", this.scheme).query(Long.class).single();
		String course = this.fixtures.unique("SR");
		this.jdbc.sql("""
				insert into course (code, name, name_en, category, credits)
				values (:c, '医学统计学', 'Medical statistics', 'PUBLIC_REQUIRED', 2)
				""").param("c", course).update();
		long courseId = this.fixtures.courseId(course);
		this.courses.upsertGrades(List.of(
				new GradeEntry(this.fixtures.studentId(this.best), courseId, "2025-1", 1, new BigDecimal("95"), null),
				new GradeEntry(this.fixtures.studentId(this.atB), courseId, "2025-1", 1, new BigDecimal("90"), null),
				new GradeEntry(this.fixtures.studentId(this.delayed), courseId, "2025-1", 1, new BigDecimal("99"),
						null),
				new GradeEntry(this.fixtures.studentId(this.caseOpen), courseId, "2025-1", 1, new BigDecimal("100"),
						null),
				new GradeEntry(this.fixtures.studentId(this.second), courseId, "2025-1", 1, new BigDecimal("70"),
						null)));
	}

	@Test
	void aRoundGoesFromTheDraftThroughReviewsAndPublicityToTheFinalList() throws Exception {
		UserDetails grad = this.fixtures.login(this.fixtures.account(Role.GRAD_SCHOOL));
		UserDetails officeA = office(this.hospitalA);
		UserDetails officeB = office(this.hospitalB);
		UserDetails otherOffice = office(this.fixtures.hospital());
		UserDetails secondStudent = student(this.second);
		UserDetails thirdStudent = student(this.third);
		String outsider = this.fixtures.student(this.hospitalA, this.fixtures.supervisor(this.hospitalA));

		// a student cannot start it
		this.mvc.perform(post("/awards/schemes/{id}/round", this.scheme).with(user(secondStudent)).with(csrf()))
			.andExpect(status().isForbidden());
		this.mvc.perform(post("/awards/schemes/{id}/round", this.scheme).with(user(grad)).with(csrf()))
			.andExpect(status().is3xxRedirection());
		long round = this.jdbc.sql("select id from award_round where scheme_id = :s")
			.param("s", this.scheme)
			.query(Long.class)
			.single();
		assertThat(winners(round)).containsExactlyInAnyOrder(this.best, this.atB);
		assertThat(this.jdbc.sql("select excluded from award_list_line where round_id = :r and student_no = :s")
			.param("r", round)
			.param("s", this.caseOpen)
			.query(String.class)
			.single()).isEqualTo("DELAY_CASE");
		this.mvc.perform(get("/awards/rounds/{id}", round).with(user(grad)).param("lang", "en"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("data-student=\"" + this.best + "\"")))
			.andExpect(content().string(containsString("Delayed: not ranked")))
			.andExpect(content().string(containsString("Delay requested, awaiting decision: not ranked")))
			.andExpect(
					content().string(containsString("No medical license by the end of semester 5 (since 2026-03-02)")))
			.andExpect(content().string(containsString("id=\"quota-table\"")))
			.andExpect(content().string(containsString("Hospitals still to review")));
		// the office sees its own students only; a draft is not the students'
		this.mvc.perform(get("/awards/rounds/{id}", round).with(user(officeA)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("data-student=\"" + this.best + "\"")))
			.andExpect(content().string(not(containsString("data-student=\"" + this.atB + "\""))));
		this.mvc.perform(get("/awards/rounds/{id}", round).with(user(secondStudent))).andExpect(status().isNotFound());

		// not yet reviewed: the graduate school cannot approve; an office without
		// students cannot review
		postAs(grad, "/awards/rounds/{id}/approve", round)
			.andExpect(flash().attribute("flashError", "award.error.roundState"));
		this.mvc.perform(post("/awards/rounds/{id}/review", round).with(user(otherOffice)).with(csrf()))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(post("/awards/rounds/{id}/review", round).with(user(officeA)).with(csrf()).param("text", "已核对"))
			.andExpect(status().is3xxRedirection());
		assertThat(state(round)).isEqualTo("DRAFT");
		this.mvc.perform(post("/awards/rounds/{id}/review", round).with(user(officeB)).with(csrf()))
			.andExpect(status().is3xxRedirection());
		assertThat(state(round)).isEqualTo("HOSPITAL_REVIEWED");

		this.mvc
			.perform(post("/awards/rounds/{id}/approve", round).with(user(officeA))
				.with(csrf())
				.param("version", String.valueOf(version(round))))
			.andExpect(status().isForbidden());
		// approving and publishing cannot be undone: each asks once, and without the
		// confirmation nothing changes
		this.mvc.perform(get("/awards/rounds/{id}", round).with(user(grad)))
			.andExpect(content().string(containsString("id=\"approve-confirm\" required")));
		this.mvc
			.perform(post("/awards/rounds/{id}/approve", round).with(user(grad))
				.with(csrf())
				.param("version", String.valueOf(version(round))))
			.andExpect(flash().attribute("flashError", "award.round.error.confirmApprove"));
		assertThat(state(round)).isEqualTo("HOSPITAL_REVIEWED");
		postAs(grad, "/awards/rounds/{id}/approve", round).andExpect(status().is3xxRedirection());
		assertThat(state(round)).isEqualTo("SCHOOL_APPROVED");
		LocalDate today = SchoolTime.today();
		this.mvc.perform(get("/awards/rounds/{id}", round).with(user(grad)))
			.andExpect(content().string(containsString("id=\"publish-confirm\" required")));
		MvcResult unconfirmed = this.mvc
			.perform(post("/awards/rounds/{id}/publish", round).with(user(grad))
				.with(csrf())
				.param("version", String.valueOf(version(round)))
				.param("start", today.toString())
				.param("end", today.plusDays(4).toString()))
			.andExpect(flash().attribute("flashError", "award.round.error.confirmPublish"))
			.andReturn();
		assertThat(state(round)).isEqualTo("SCHOOL_APPROVED");
		this.mvc.perform(get("/awards/rounds/{id}", round).flashAttrs(unconfirmed.getFlashMap()).with(user(grad)))
			.andExpect(content().string(containsString("value=\"" + today.plusDays(4) + "\"")));
		this.mvc
			.perform(post("/awards/rounds/{id}/publish", round).with(user(grad))
				.with(csrf())
				.param("version", String.valueOf(version(round)))
				.param("start", today.toString())
				.param("end", today.plusDays(3).toString())
				.param("confirm", "true"))
			.andExpect(status().is3xxRedirection());
		assertThat(state(round)).isEqualTo("PUBLICITY");
		EventsInFlight.awaitNone(this.jdbc, Duration.ofSeconds(20));
		assertThat(told("AWARD_LIST_PUBLISHED", this.second)).isEqualTo(1);

		// the student of the population sees the winners and objects once
		this.mvc.perform(get("/awards/rounds/{id}", round).with(user(secondStudent)).param("lang", "en"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("data-student=\"" + this.atB + "\"")))
			.andExpect(content().string(not(containsString("data-student=\"" + this.third + "\""))))
			.andExpect(content().string(containsString("id=\"objection-form\"")));
		this.mvc
			.perform(post("/awards/rounds/{id}/objection", round).with(user(secondStudent))
				.with(csrf())
				.param("reason", "我的社会实践学分未计入"))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("flashSuccess", "award.round.objected"));
		this.mvc
			.perform(post("/awards/rounds/{id}/objection", round).with(user(secondStudent))
				.with(csrf())
				.param("reason", "再提一次"))
			.andExpect(flash().attribute("flashError", "award.error.objectedOnce"));
		this.mvc
			.perform(post("/awards/rounds/{id}/objection", round).with(user(student(outsider)))
				.with(csrf())
				.param("reason", "不在名单中"))
			.andExpect(status().isNotFound());
		// after the publicity's last day, an objection is refused
		this.jdbc.sql("update award_round set publicity_start = :s, publicity_end = :e where id = :r")
			.param("s", today.minusDays(5))
			.param("e", today.minusDays(1))
			.param("r", round)
			.update();
		this.mvc
			.perform(post("/awards/rounds/{id}/objection", round).with(user(thirdStudent))
				.with(csrf())
				.param("reason", "迟到的异议"))
			.andExpect(flash().attribute("flashError", "award.error.publicityOver"));
		assertThat(this.jdbc.sql("select count(*) from award_objection where round_id = :r")
			.param("r", round)
			.query(Long.class)
			.single()).isEqualTo(1);

		// no final list while the objection waits
		postAs(grad, "/awards/rounds/{id}/finalise", round)
			.andExpect(flash().attribute("flashError", "award.error.objectionsWaiting"));
		long objection = this.jdbc.sql("select id from award_objection where round_id = :r")
			.param("r", round)
			.query(Long.class)
			.single();
		// another hospital's office cannot decide it; the student's own office upholds it
		this.mvc
			.perform(post("/awards/rounds/{id}/objections/{o}", round, objection).with(user(officeB))
				.with(csrf())
				.param("version", "0")
				.param("upheld", "true")
				.param("note", "不是本院学生"))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(post("/awards/rounds/{id}/objections/{o}", round, objection).with(user(officeA))
				.with(csrf())
				.param("version", "0")
				.param("upheld", "true")
				.param("awardTypeId", String.valueOf(this.type))
				.param("note", "社会实践学分核实后补录，名次应在名额内"))
			.andExpect(flash().attribute("flashSuccess", "award.round.upheld"));
		assertThat(winners(round)).contains(this.second);
		// the student is told of the decision; whoever decided is not
		EventsInFlight.awaitNone(this.jdbc, Duration.ofSeconds(20));
		assertThat(told("AWARD_OBJECTION_DECIDED", this.second)).isEqualTo(1);
		assertThat(told("AWARD_OBJECTION_DECIDED", this.third)).isZero();
		assertThat(this.jdbc.sql("""
				select count(*) from notification n join user_account a on a.id = n.account_id
				where n.kind = 'AWARD_OBJECTION_DECIDED' and a.hospital_code = :h
				""").param("h", this.hospitalA).query(Long.class).single()).isZero();
		this.mvc.perform(get("/awards/rounds/{id}", round).with(user(grad)).param("lang", "en"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"change-list\"")))
			.andExpect(content().string(containsString("社会实践学分核实后补录")));

		postAs(grad, "/awards/rounds/{id}/finalise", round)
			.andExpect(flash().attribute("flashSuccess", "award.round.finalised"));
		assertThat(state(round)).isEqualTo("FINAL");
		EventsInFlight.awaitNone(this.jdbc, Duration.ofSeconds(20));
		assertThat(told("AWARD_LIST_FINALISED", this.second)).isEqualTo(1);
		this.mvc.perform(get("/awards/rounds/{id}", round).with(user(grad)).param("export", "xlsx"))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", containsString("spreadsheetml")));
	}

	/**
	 * The student has chosen a delay in the diversion case of a missing license (the case
	 * the scan opens for a student of this cohort, or one opened here), chosen on 2
	 * March.
	 */
	private static void delayChosen(JdbcClient jdbc, long studentId) {
		jdbc.sql("""
				insert into diversion_case (student_id, level, trigger_code, detail, options, status, student_choice,
				                            chosen_at)
				values (:s, 'CASE', 'NO_LICENSE', '第5学期末未取得执业医师资格证', 'TRANSFER_ACADEMIC,DELAY,WITHDRAWAL', 'CHOSEN',
				        'DELAY', timestamptz '2026-03-02 10:00+08')
				on conflict (student_id, trigger_code) where status in ('OPEN', 'CHOSEN')
				do update set status = 'CHOSEN', student_choice = 'DELAY', chosen_at = excluded.chosen_at
				""").param("s", studentId).update();
	}

	private ResultActions postAs(UserDetails login, String url, long round) throws Exception {
		return this.mvc.perform(post(url, round).with(user(login))
			.with(csrf())
			.param("version", String.valueOf(version(round)))
			.param("confirm", "true"));
	}

	private UserDetails office(String hospital) {
		return this.fixtures.login(this.fixtures.account(Set.of(Role.HOSPITAL_OFFICE), hospital, null, null, null));
	}

	private UserDetails student(String studentNo) {
		return this.fixtures.login(this.fixtures.account(Set.of(Role.STUDENT), null, null, null, studentNo));
	}

	private List<String> winners(long round) {
		return this.jdbc.sql("select student_no from award_list_line where round_id = :r and award_type_id is not null")
			.param("r", round)
			.query(String.class)
			.list();
	}

	private String state(long round) {
		return this.jdbc.sql("select state from award_round where id = :r")
			.param("r", round)
			.query(String.class)
			.single();
	}

	private long version(long round) {
		return this.jdbc.sql("select version from award_round where id = :r")
			.param("r", round)
			.query(Long.class)
			.single();
	}

	private long told(String kind, String studentNo) {
		return this.jdbc.sql("""
				select count(*) from notification n join user_account a on a.id = n.account_id
				where n.kind = :k and a.student_no = :s
				""").param("k", kind).param("s", studentNo).query(Long.class).single();
	}

}
