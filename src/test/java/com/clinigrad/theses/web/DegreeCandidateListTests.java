package com.clinigrad.theses.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.clinigrad.accounts.Role;
import com.clinigrad.shared.SchoolTime;
import com.clinigrad.support.DegreeCandidates;
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
 * The degree committee's candidates in the list pattern: filters in the URL narrow the
 * rows, the exports hold exactly the filtered pages in words (ineligible candidates with
 * the checks they lack by name), the language switch keeps the filters, and only the
 * graduate school and the committee open it.
 */
@SpringBootTest
@AutoConfigureMockMvc
class DegreeCandidateListTests {

	static final int STANDING = 7;

	static final int AUDIT = 8;

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	@Autowired
	JdbcClient jdbc;

	Fixtures fixtures;

	List<String> eligible;

	List<String> ineligible;

	String eligibleHospital;

	String ineligibleHospital;

	@BeforeEach
	void createData() {
		this.fixtures = Fixtures.in(this.context);
		LocalDate defended = SchoolTime.today().minusDays(20);
		this.eligible = DegreeCandidates.in(this.context).eligible(2, defended);
		this.ineligible = DegreeCandidates.in(this.context).ineligible(3, defended);
		this.eligibleHospital = hospitalOf(this.eligible.get(0));
		this.ineligibleHospital = hospitalOf(this.ineligible.get(0));
	}

	@Test
	void theFiltersNarrowTheRowsAndTheExportsHoldExactlyThePagesInWords() throws Exception {
		// the graduate school sees what the committee sees
		assertThat(ListPages.as(this.mvc, user(this.fixtures.login(this.fixtures.account(Role.GRAD_SCHOOL))))
			.assertExportsEqualPages("/degrees?hospital=" + this.ineligibleHospital, "candidate-list", "、"))
			.extracting((row) -> row.get(0))
			.containsExactlyElementsOf(this.ineligible);
		ListPages pages = ListPages.as(this.mvc,
				user(this.fixtures.login(this.fixtures.account(Role.DEGREE_COMMITTEE))));
		List<List<String>> shown = pages.assertExportsEqualPages("/degrees?hospital=" + this.ineligibleHospital,
				"candidate-list", "、");
		assertThat(shown).extracting((row) -> row.get(0)).containsExactlyElementsOf(this.ineligible);
		assertThat(shown).allSatisfy((row) -> {
			assertThat(row.get(STANDING)).isEqualTo("待列入会议");
			assertThat(row.get(AUDIT)).startsWith("未满足要求、")
				.contains("医师资格证书", "住院医师规范化培训合格证书")
				.doesNotContain("MEDICAL_LICENSE", "RESIDENCY_CERTIFICATE");
		});
		assertThat(pages.assertExportsEqualPages(
				"/degrees?hospital=" + this.eligibleHospital + "&audit=ELIGIBLE&sort=studentNo&dir=desc",
				"candidate-list", "、"))
			.extracting((row) -> row.get(0) + " " + row.get(AUDIT))
			.containsExactly(this.eligible.get(1) + " 满足全部要求", this.eligible.get(0) + " 满足全部要求");
		assertThat(pages.assertExportsEqualPages("/degrees?hospital=" + this.eligibleHospital + "&audit=INELIGIBLE",
				"candidate-list", "、"))
			.isEmpty();
		assertThat(pages.assertExportsEqualPages("/degrees?q=" + this.ineligible.get(2), "candidate-list", "、"))
			.extracting((row) -> row.get(0))
			.containsExactly(this.ineligible.get(2));

		List<List<String>> english = pages.assertExportsEqualPages(
				"/degrees?hospital=" + this.ineligibleHospital + "&standing=NOT_ON_MEETING&lang=en", "candidate-list",
				", ");
		assertThat(english).hasSize(3).allSatisfy((row) -> {
			assertThat(row.get(2)).isEqualTo("Clinical Medicine Professional Master");
			assertThat(row.get(STANDING)).isEqualTo("Waiting for a meeting");
			assertThat(row.get(AUDIT)).startsWith("Checks not met, ").doesNotContain("MEDICAL_LICENSE");
		});
		assertThat(pages.assertExportsEqualPages("/degrees?hospital=" + this.ineligibleHospital + "&standing=AWARDED",
				"candidate-list", "、"))
			.isEmpty();

		// a candidate decided leaves the waiting ones and is no longer audited
		this.jdbc.sql("""
				insert into degree_decision (student_id, meeting_on, committee_size, votes_for, votes_against,
				                             votes_abstain, decision, resolution, decided_by)
				values (:s, :on, 21, 9, 10, 2, 'NOT_AWARD', '不同意授予', 'test')
				""").param("s", this.fixtures.studentId(this.eligible.get(0))).param("on", SchoolTime.today()).update();
		assertThat(pages.assertExportsEqualPages("/degrees?hospital=" + this.eligibleHospital + "&standing=NOT_AWARDED",
				"candidate-list", "、"))
			.containsExactly(List.of(this.eligible.get(0), "博士生" + this.eligible.get(0), "临床医学博士（学术学位）", "2022",
					"测试医院" + this.eligibleHospital, "导师" + supervisorOf(this.eligible.get(0)),
					SchoolTime.today().minusDays(20).toString(), "不授予学位、" + SchoolTime.today() + " 会议", ""));
		assertThat(pages.assertExportsEqualPages("/degrees?hospital=" + this.eligibleHospital + "&audit=ELIGIBLE",
				"candidate-list", "、"))
			.extracting((row) -> row.get(0))
			.containsExactly(this.eligible.get(1));
	}

	@Test
	void theLanguageSwitchKeepsTheFilters() throws Exception {
		ListPages pages = ListPages.as(this.mvc,
				user(this.fixtures.login(this.fixtures.account(Role.DEGREE_COMMITTEE))));
		String page = pages.page("/degrees?hospital=" + this.eligibleHospital + "&audit=ELIGIBLE");
		Matcher href = Pattern.compile("<a class=\"nav-link\" href=\"([^\"]*)\" lang=\"en\" id=\"language-switch\"")
			.matcher(page);
		assertThat(href.find()).as("the English link").isTrue();
		String english = HtmlEscape.unescapeHtml(href.group(1));
		assertThat(english).isEqualTo("?hospital=" + this.eligibleHospital + "&audit=ELIGIBLE&lang=en");
		String switched = pages.page("/degrees" + english);
		assertThat(ListPages.rows(switched, "candidate-list", ", ")).extracting((row) -> row.get(0))
			.containsExactlyElementsOf(this.eligible);
		assertThat(switched).contains("<option value=\"ELIGIBLE\" selected=\"selected\">All checks met</option>");
	}

	@Test
	void onlyTheGraduateSchoolAndTheCommitteeOpenIt() throws Exception {
		String supervisor = supervisorOf(this.ineligible.get(0));
		for (RequestPostProcessor who : List.of(
				user(this.fixtures.login(this.fixtures.account(Set.of(Role.HOSPITAL_OFFICE), this.ineligibleHospital,
						null, null, null))),
				user(this.fixtures.login(this.fixtures.account(Set.of(Role.SUPERVISOR), null, null, supervisor, null))),
				user(this.fixtures
					.login(this.fixtures.account(Set.of(Role.STUDENT), null, null, null, this.ineligible.get(0)))),
				user(this.fixtures.login(this.fixtures.account(Role.ADMIN))))) {
			this.mvc.perform(get("/degrees").with(who)).andExpect(status().isForbidden());
			this.mvc.perform(get("/degrees").param("export", "xlsx").with(who)).andExpect(status().isForbidden());
			this.mvc.perform(get("/degrees").param("export", "csv").with(who)).andExpect(status().isForbidden());
		}
	}

	private String supervisorOf(String studentNo) {
		return this.jdbc.sql("""
				select p.staff_no from student s join supervisor p on p.id = s.supervisor_id where s.student_no = :no
				""").param("no", studentNo).query(String.class).single();
	}

	private String hospitalOf(String studentNo) {
		return this.jdbc
			.sql("select h.code from student s join hospital h on h.id = s.hospital_id where s.student_no = :no")
			.param("no", studentNo)
			.query(String.class)
			.single();
	}

}
