package com.clinigrad.theses.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import com.clinigrad.accounts.Role;
import com.clinigrad.shared.SchoolTime;
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
 * The graduate school's board of blind reviews in the list pattern: filtered by hospital
 * and state, its exports hold exactly the pages, in words; nobody else opens it.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ReviewBoardListTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	@Autowired
	JdbcClient jdbc;

	Fixtures fixtures;

	String hospital;

	String overdue;

	String declined;

	String other;

	String reviewer;

	@BeforeEach
	void createData() {
		this.fixtures = Fixtures.in(this.context);
		this.hospital = this.fixtures.hospital();
		String otherHospital = this.fixtures.hospital();
		String supervisor = this.fixtures.supervisor(this.hospital);
		this.reviewer = this.fixtures.supervisor(otherHospital);
		this.overdue = this.fixtures.doctoralStudent("TMU-PRO-DOCTOR", this.hospital, supervisor, null);
		this.declined = this.fixtures.doctoralStudent("TMU-PRO-DOCTOR", this.hospital, supervisor, null);
		this.other = this.fixtures.doctoralStudent("TMU-PRO-DOCTOR", otherHospital, this.reviewer, null);
		LocalDate today = SchoolTime.today();
		review(this.overdue, today.minusDays(3), null);
		review(this.declined, today.plusDays(20), "出国访问，无法按时评阅");
		review(this.other, today.plusDays(10), null);
	}

	@Test
	void theExportsHoldExactlyTheFilteredPages() throws Exception {
		ListPages pages = ListPages.as(this.mvc, user(this.fixtures.login(this.fixtures.account(Role.GRAD_SCHOOL))));
		List<List<String>> shown = pages.assertExportsEqualPages("/reviews/board?hospital=" + this.hospital,
				"board-table", "、");
		assertThat(shown).extracting((row) -> row.get(0)).containsExactly(this.declined, this.overdue);
		assertThat(shown.get(0).get(9)).isEqualTo("已拒绝评阅、出国访问，无法按时评阅");
		assertThat(shown.get(1).get(9)).isEqualTo("已逾期");
		assertThat(shown.get(1).get(5)).isEqualTo("导师" + this.reviewer + "（" + this.reviewer + "）");

		assertThat(pages.assertExportsEqualPages("/reviews/board?hospital=" + this.hospital + "&state=OVERDUE&lang=en",
				"board-table", ", "))
			.extracting((row) -> row.get(9))
			.containsExactly("Overdue");
	}

	@Test
	void onlyTheGraduateSchoolOpensIt() throws Exception {
		for (RequestPostProcessor who : List.of(
				user(this.fixtures
					.login(this.fixtures.account(Set.of(Role.HOSPITAL_OFFICE), this.hospital, null, null, null))),
				user(this.fixtures.login(this.fixtures.account(Set.of(Role.STUDENT), null, null, null, this.overdue))),
				user(this.fixtures.login(this.fixtures.account(Role.DEGREE_COMMITTEE))))) {
			this.mvc.perform(get("/reviews/board").with(who)).andExpect(status().isForbidden());
			this.mvc.perform(get("/reviews/board").param("export", "xlsx").with(who)).andExpect(status().isForbidden());
		}
	}

	private void review(String studentNo, LocalDate due, String declinedReason) {
		long student = this.fixtures.studentId(studentNo);
		this.jdbc.sql("""
				insert into thesis (student_id, title, body_chars, abstract_zh_chars, abstract_en_chars, recorded_by)
				values (:s, '临床研究', 60000, 800, 1500, 'test')
				""").param("s", student).update();
		this.jdbc.sql("insert into thesis_round (student_id, round_no, review_started_on) values (:s, 1, :d)")
			.param("s", student)
			.param("d", due.minusDays(35))
			.update();
		this.jdbc.sql("""
				insert into thesis_review (student_id, reviewer_id, recorded_by, round_no, code, due_on, status,
				                           declined_reason, declined_at)
				values (:s, (select id from supervisor where staff_no = :r), 'test', 1, :code, :due, :status, :reason,
				        case when cast(:reason as varchar) is null then null else now() end)
				""")
			.param("s", student)
			.param("r", this.reviewer)
			.param("code", this.fixtures.unique("BR"))
			.param("due", due)
			.param("status", (declinedReason != null) ? "DECLINED" : "PENDING")
			.param("reason", declinedReason)
			.update();
	}

}
