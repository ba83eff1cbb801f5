package com.clinigrad.theses;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.clinigrad.accounts.Role;
import com.clinigrad.imports.ImportService;
import com.clinigrad.shared.SchoolTime;
import com.clinigrad.support.Fixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Blind-review verdicts imported in the exchange format ({@code reviews}: student,
 * reviewer, verdict — no dates, scores or comments) make a round that tells the truth:
 * under review without a deadline while verdicts are missing, concluded by the program's
 * verdict rule once they are all in, marked as imported, and never asking for the steps
 * before the review. The audit reads the same verdicts as before.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ImportedReviewRoundTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ImportService imports;

	Fixtures fixtures;

	String student;

	List<String> reviewers;

	UserDetails staff;

	@BeforeEach
	void setUp() {
		this.fixtures = Fixtures.in(this.context);
		String hospital = this.fixtures.hospital();
		this.student = this.fixtures.doctoralStudent("TMU-PRO-DOCTOR", hospital, this.fixtures.supervisor(hospital),
				null);
		this.reviewers = new ArrayList<>();
		for (int i = 0; i < 6; i++) {
			this.reviewers.add(this.fixtures.supervisor(null));
		}
		this.staff = this.fixtures.login(Role.GRAD_SCHOOL);
	}

	@Test
	void fiveImportedVerdictsWithADisagreeBlockTheRoundAndThePageShowsTheOutcomeWithoutNullOrStepsBeforeReview()
			throws Exception {
		importThesis("12.5");
		importReviews("AGREE", "AGREE", "AGREE_AFTER_REVISION", "AGREE", "DISAGREE");
		assertThat(round()).isEqualTo("BLOCKED REVIEW true");

		for (String lang : List.of("zh_CN", "en")) {
			this.mvc.perform(get("/students/" + this.student + "/thesis").param("lang", lang).with(user(this.staff)))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("id=\"round-blocked\"")))
				.andExpect(content().string(containsString("id=\"round-imported\"")))
				.andExpect(content().string(containsString("data-status=\"BLOCKED\"")))
				.andExpect(content().string(not(containsString("null"))))
				.andExpect(content().string(not(containsString("id=\"review-underway\""))))
				.andExpect(content().string(not(containsString("id=\"thesis-problems\""))))
				.andExpect(content().string(not(containsString("id=\"assign-form\""))))
				.andExpect(content().string(not(containsString("id=\"similarity-form\""))));
		}
		this.mvc.perform(get("/students/" + this.student + "/thesis").param("lang", "zh_CN").with(user(this.staff)))
			.andExpect(content().string(containsString("第1轮的评阅结果是导入的记录")))
			.andExpect(content().string(containsString("导入的评阅结果")));
		this.mvc.perform(get("/students/" + this.student + "/thesis").param("lang", "en").with(user(this.staff)))
			.andExpect(content().string(containsString("The verdicts of round 1 were imported")));
		// the student sees the verdicts of a concluded round
		this.mvc
			.perform(get("/students/" + this.student + "/thesis").with(user(this.fixtures.studentLogin(this.student))))
			.andExpect(content().string(containsString("id=\"round-blocked\"")))
			.andExpect(content().string(not(containsString("id=\"thesis-problems\""))));
		// the audit reads the verdicts as before
		this.mvc
			.perform(get("/api/v1/students/" + this.student + "/audit?asOf=" + SchoolTime.today())
				.with(user(this.staff)))
			.andExpect(jsonPath("$.checks[?(@.rule=='BLIND_REVIEW')].status").value("FAIL"));

		// a later file corrects the verdict: the round is judged again
		importReviews("AGREE", "AGREE", "AGREE_AFTER_REVISION", "AGREE", "AGREE");
		assertThat(round()).isEqualTo("CLEARED - true");
		this.mvc.perform(get("/students/" + this.student + "/thesis").with(user(this.staff)))
			.andExpect(content().string(containsString("id=\"round-cleared\"")))
			.andExpect(content().string(not(containsString("null"))));
		this.mvc
			.perform(get("/api/v1/students/" + this.student + "/audit?asOf=" + SchoolTime.today())
				.with(user(this.staff)))
			.andExpect(jsonPath("$.checks[?(@.rule=='BLIND_REVIEW')].status").value("PASS"));
	}

	@Test
	void importedVerdictsShortOfTheMinimumKeepTheRoundUnderReviewWithoutADeadlineUntilTheRestArrive() throws Exception {
		// verdicts before the thesis record: the round is made for them
		importReviews("AGREE", "AGREE", "AGREE");
		assertThat(round()).isEqualTo("OPEN - true");
		importThesis("9");
		this.mvc.perform(get("/students/" + this.student + "/thesis").with(user(this.staff)))
			.andExpect(content().string(containsString("id=\"review-underway\"")))
			.andExpect(content().string(containsString("本轮已登记 3 份评阅意见，本项目要求至少 5 份")))
			.andExpect(content().string(containsString("data-status=\"UNDER_REVIEW\"")))
			.andExpect(content().string(not(containsString("null"))))
			.andExpect(content().string(not(containsString("id=\"thesis-problems\""))))
			.andExpect(content().string(not(containsString("id=\"assign-form\""))));

		importReviews("AGREE", "AGREE", "AGREE", "AGREE_AFTER_REVISION", "AGREE");
		assertThat(round()).isEqualTo("CLEARED - true");
		this.mvc.perform(get("/students/" + this.student + "/thesis").with(user(this.staff)))
			.andExpect(content().string(containsString("id=\"round-cleared\"")))
			.andExpect(content().string(not(containsString("id=\"review-underway\""))));
		// the review board lists reviews waiting for a verdict, and these do not wait
		this.mvc.perform(get("/reviews/board").with(user(this.staff)))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString(this.student))));
	}

	@Test
	void aSimilarityAboveTheMaximumRecordedBeforeTheVerdictsCancelsTheRound() throws Exception {
		importThesis("31");
		importReviews("AGREE", "AGREE", "AGREE", "AGREE", "AGREE");
		assertThat(round()).isEqualTo("CANCELLED SIMILARITY true");
		this.mvc.perform(get("/students/" + this.student + "/thesis").with(user(this.staff)))
			.andExpect(content().string(containsString("id=\"round-cancelled\"")))
			.andExpect(content().string(containsString("id=\"round-imported\"")))
			.andExpect(content().string(not(containsString("null"))));
		// a verdict imported later leaves the cancelled round as it is
		importReviews("AGREE", "AGREE", "AGREE", "AGREE", "AGREE", "DISAGREE");
		assertThat(round()).isEqualTo("CANCELLED SIMILARITY true");
	}

	@Test
	void aSimilarityAboveTheMaximumImportedAfterTheVerdictsCancelsTheConcludedRoundAndACorrectionDoesNotReopenIt()
			throws Exception {
		importThesis("12.5");
		importReviews("AGREE", "AGREE", "AGREE", "AGREE", "AGREE");
		assertThat(round()).isEqualTo("CLEARED - true");
		importThesis("35");
		assertThat(round()).isEqualTo("CANCELLED SIMILARITY true");
		this.mvc.perform(get("/students/" + this.student + "/thesis").with(user(this.staff)))
			.andExpect(content().string(containsString("id=\"round-cancelled\"")))
			.andExpect(content().string(not(containsString("id=\"round-cleared\""))))
			.andExpect(content().string(not(containsString("null"))));
		// the same file again changes nothing; a lower figure later leaves the round
		// cancelled
		importThesis("35");
		importThesis("20");
		assertThat(round()).isEqualTo("CANCELLED SIMILARITY true");
	}

	@Test
	void anImportedSimilarityAboveTheMaximumCancelsAnOpenRoundButNotOneTheAppSentToReview() throws Exception {
		importThesis("31");
		assertThat(round()).isEqualTo("CANCELLED SIMILARITY false");

		String other = this.fixtures.doctoralStudent("TMU-PRO-DOCTOR", this.fixtures.hospital(),
				this.fixtures.supervisor(null), null);
		this.jdbc.sql("""
				insert into thesis_round (student_id, round_no, review_started_on)
				select id, 1, current_date from student where student_no = :no
				""").param("no", other).update();
		assertThat(this.imports.importRows("theses",
				List.of(Map.of("student_no", other, "title", "临床研究论文", "body_chars", "42000", "abstract_zh_chars",
						"900", "abstract_en_chars", "1800", "similarity_percent", "31", "declaration_signed", "true")))
			.errors()).isEmpty();
		assertThat(this.jdbc.sql("""
				select o.status || ' ' || coalesce(o.closed_reason, '-') from thesis_round o
				join student s on s.id = o.student_id where s.student_no = :no and o.round_no = 1
				""").param("no", other).query(String.class).single()).isEqualTo("OPEN -");
	}

	@Test
	void aDeclarationImportedAsSignedShowsSignedAndCannotBeUnsignedBySigningAgain() throws Exception {
		importThesis("9");
		UserDetails student = this.fixtures.studentLogin(this.student);
		for (String[] language : new String[][] { { "zh_CN", "已签署（导入的记录）", "未签署" },
				{ "en", "signed (imported record)", "not signed" } }) {
			this.mvc
				.perform(get("/students/" + this.student + "/thesis").param("lang", language[0]).with(user(student)))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString(language[1])))
				.andExpect(content().string(not(containsString(">" + language[2] + "<"))))
				.andExpect(content().string(not(containsString("id=\"sign-declaration\""))));
		}
		long version = this.jdbc
			.sql("select t.version from thesis t join student s on s.id = t.student_id" + " where s.student_no = :no")
			.param("no", this.student)
			.query(Long.class)
			.single();
		this.mvc
			.perform(post("/students/" + this.student + "/thesis/sign").param("version", Long.toString(version))
				.with(csrf())
				.with(user(student)))
			.andExpect(status().isConflict());
		assertThat(this.jdbc
			.sql("select t.declaration_signed from thesis t join student s on s.id = t.student_id"
					+ " where s.student_no = :no")
			.param("no", this.student)
			.query(Boolean.class)
			.single()).isTrue();
	}

	private void importThesis(String similarity) {
		assertThat(this.imports.importRows("theses",
				List.of(Map.of("student_no", this.student, "title", "临床研究论文", "body_chars", "42000",
						"abstract_zh_chars", "900", "abstract_en_chars", "1800", "similarity_percent", similarity,
						"declaration_signed", "true")))
			.errors()).isEmpty();
	}

	private void importReviews(String... verdicts) {
		List<Map<String, String>> rows = new ArrayList<>();
		for (int i = 0; i < verdicts.length; i++) {
			rows.add(Map.of("student_no", this.student, "reviewer_staff_no", this.reviewers.get(i), "verdict",
					verdicts[i]));
		}
		assertThat(this.imports.importRows("reviews", rows).errors()).isEmpty();
	}

	/**
	 * @return the status, closed reason and imported mark of the student's first round
	 */
	private String round() {
		return this.jdbc.sql("""
				select o.status || ' ' || coalesce(o.closed_reason, '-') || ' ' || o.reviews_imported
				from thesis_round o join student s on s.id = o.student_id
				where s.student_no = :no and o.round_no = 1
				""").param("no", this.student).query(String.class).single();
	}

}
