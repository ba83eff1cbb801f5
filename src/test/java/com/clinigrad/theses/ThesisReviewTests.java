package com.clinigrad.theses;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.clinigrad.accounts.Role;
import com.clinigrad.achievements.AchievementRecords;
import com.clinigrad.achievements.PublicationView;
import com.clinigrad.notifications.NotificationKind;
import com.clinigrad.organization.SchoolCalendar;
import com.clinigrad.shared.SchoolTime;
import com.clinigrad.students.StudentStatus;
import com.clinigrad.supervisors.SupervisorCommand;
import com.clinigrad.supervisors.SupervisorDirectory;
import com.clinigrad.supervisors.TitleLevel;
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
import org.springframework.mock.web.MockMultipartFile;
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
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The thesis up to the defense: file, counts, anonymised copy, declaration, similarity,
 * and a double-blind review that stays anonymous both ways — reviewers reach only their
 * own assignment and never the student's name; students and supervisors see verdicts and
 * comments, never who wrote them.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(SentFromAPage.class)
class ThesisReviewTests {

	static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	@Autowired
	JdbcClient jdbc;

	Fixtures fixtures;

	SupervisorDirectory directory;

	String hospital;

	String supervisor;

	String student;

	UserDetails studentLogin;

	UserDetails supervisorLogin;

	UserDetails staff;

	@BeforeEach
	void setUp() {
		this.fixtures = Fixtures.in(this.context);
		this.directory = this.context.getBean(SupervisorDirectory.class);
		this.hospital = this.fixtures.hospital();
		this.supervisor = reviewer("导师", TitleLevel.FULL_SENIOR, true, null, this.hospital, "G-" + this.hospital);
		this.student = this.fixtures.doctoralStudent("TMU-PRO-DOCTOR", this.hospital, this.supervisor, null);
		this.studentLogin = login(Set.of(Role.STUDENT), null, this.student);
		this.supervisorLogin = login(Set.of(Role.SUPERVISOR), this.supervisor, null);
		this.staff = login(Set.of(Role.GRAD_SCHOOL), null, null);
	}

	@Test
	void aStudentWhoHasLeftGetsNoNewThesisVersion() throws Exception {
		String graduate = this.fixtures.student(this.hospital, this.supervisor, StudentStatus.GRADUATED);
		this.mvc.perform(get("/students/" + graduate + "/thesis").with(user(this.staff)))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("id=\"upload-form\""))));
		this.mvc
			.perform(multipart("/students/" + graduate + "/thesis/files").file(fullThesis())
				.param("kind", "FULL")
				.param("title", "2型糖尿病患者心血管结局的队列研究")
				.header("Referer", "/students/" + graduate + "/thesis")
				.with(user(this.staff))
				.with(csrf()))
			.andExpect(flash().attribute("flashError", "thesis.error.notInTraining"));
		this.mvc.perform(get("/students/" + this.student + "/thesis").with(user(this.staff)))
			.andExpect(content().string(containsString("id=\"upload-form\"")));
	}

	@Test
	void theReviewIsAnonymousBothWaysAndOnlyAnAssignedReviewerOpensIt() throws Exception {
		prepareForReview();
		List<String> reviewers = new ArrayList<>();
		for (int i = 0; i < 5; i++) {
			reviewers.add(reviewer("评阅专家", TitleLevel.FULL_SENIOR, true, "外校医学院", null, null));
		}
		UserDetails expert = login(Set.of(Role.EXPERT), reviewers.get(0), null);
		assign(reviewers.subList(0, 4)).andExpect(flash().attribute("flashError", "review.error.tooFew"));
		assertThat(reviewCount()).isZero();
		assign(reviewers).andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("flashSuccess", "review.assigned"));
		// the expert is told (notifications), by code and due date, never of the student
		EventsInFlight.awaitNone(this.jdbc, Duration.ofSeconds(20));
		List<String> told = this.jdbc
			.sql("select array_to_string(n.args, '|') from notification n join user_account a on a.id = n.account_id"
					+ " where a.username = :u and n.kind = :kind")
			.param("u", expert.getUsername())
			.param("kind", NotificationKind.REVIEW_ASSIGNED.name())
			.query(String.class)
			.list();
		assertThat(told).hasSize(1);
		assertThat(told.get(0)).doesNotContain(this.student).doesNotContain("导师" + this.supervisor);
		assertThat(this.jdbc.sql(
				"select distinct due_on from thesis_review r join student s on s.id = r.student_id where s.student_no = :no")
			.param("no", this.student)
			.query(LocalDate.class)
			.single()).isEqualTo(this.context.getBean(SchoolCalendar.class).addWorkingDays(SchoolTime.today(), 35));

		Map<String, String> codes = codes();
		String first = reviewers.get(0);
		UserDetails otherExpert = login(Set.of(Role.EXPERT), reviewers.get(1), null);
		UserDetails unassigned = login(Set.of(Role.EXPERT),
				reviewer("专家", TitleLevel.FULL_SENIOR, true, "外校", null, null), null);
		String code = codes.get(first);
		assertThat(told.get(0)).startsWith(code + "|");
		String supervisorName = "导师" + this.supervisor;

		// the reviewer's pages, file name and file carry no student, number or supervisor
		for (String path : List.of("/reviews", "/reviews/" + code, "/reviews/panel")) {
			String page = this.mvc.perform(get(path).with(user(expert)))
				.andExpect(status().isOk())
				.andReturn()
				.getResponse()
				.getContentAsString();
			assertThat(page).contains(code).doesNotContain(this.student).doesNotContain(supervisorName);
		}
		MvcResult file = this.mvc.perform(get("/reviews/" + code + "/file").with(user(expert)))
			.andExpect(status().isOk())
			.andReturn();
		String disposition = file.getResponse().getHeader("Content-Disposition");
		assertThat(disposition).contains(code).doesNotContain(this.student);
		ThesisCounts copy = ThesisText.count("blind.docx", file.getResponse().getContentAsByteArray());
		assertThat(copy.text()).doesNotContain(this.student).doesNotContain(supervisorName).contains("第一章");

		// nobody else opens that assignment
		this.mvc.perform(get("/reviews/" + code).with(user(otherExpert))).andExpect(status().isNotFound());
		this.mvc.perform(get("/reviews/" + code + "/file").with(user(unassigned))).andExpect(status().isNotFound());
		this.mvc.perform(get("/reviews/" + code).with(user(this.studentLogin))).andExpect(status().isForbidden());
		this.mvc.perform(get("/reviews/" + code + "/file").with(user(this.supervisorLogin)))
			.andExpect(status().isForbidden());
		this.mvc.perform(submit(otherExpert, code, "AGREE", "18", "25", "18", "18", "9"))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/students/" + this.student + "/thesis").with(user(expert)))
			.andExpect(status().isForbidden());

		// a total under 60 must disagree; nothing is saved
		this.mvc.perform(submit(expert, code, "AGREE", "10", "15", "10", "10", "5"))
			.andExpect(flash().attribute("flashError", "review.error.lowTotal"));
		assertThat(submitted()).isZero();

		// verdicts are hidden from the student until the round is complete
		for (int i = 0; i < 4; i++) {
			String reviewer = reviewers.get(i);
			this.mvc
				.perform(submit(login(Set.of(Role.EXPERT), reviewer, null), codes.get(reviewer),
						(i == 3) ? "AGREE_AFTER_REVISION" : "AGREE", "18", "26", "17", "17", "9"))
				.andExpect(flash().attribute("flashSuccess", "review.submitted"));
		}
		this.mvc.perform(get("/students/" + this.student + "/thesis").with(user(this.studentLogin)))
			.andExpect(content().string(not(containsString("评阅意见（" + codes.get(reviewers.get(0))))))
			.andExpect(content().string(containsString("本轮评阅全部完成后显示")))
			.andExpect(content().string(containsString("已返回 4/5 份意见")));
		String last = reviewers.get(4);
		this.mvc.perform(
				submit(login(Set.of(Role.EXPERT), last, null), codes.get(last), "AGREE", "19", "27", "18", "18", "9"));
		assertThat(roundStatus()).isEqualTo("CLEARED");

		// student and supervisor: verdicts and comments, no reviewer name or number
		for (UserDetails who : List.of(this.studentLogin, this.supervisorLogin)) {
			String page = this.mvc.perform(get("/students/" + this.student + "/thesis").with(user(who)))
				.andExpect(status().isOk())
				.andReturn()
				.getResponse()
				.getContentAsString();
			assertThat(page).contains("评阅意见（" + codes.get(reviewers.get(0)), "专家A", "专家E", "修改后答辩");
			for (String reviewer : reviewers) {
				assertThat(page).doesNotContain(reviewer).doesNotContain("评阅专家" + reviewer);
			}
			String audit = this.mvc
				.perform(get("/api/v1/students/" + this.student + "/audit?asOf=" + SchoolTime.today()).with(user(who)))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.checks[?(@.rule=='BLIND_REVIEW')].status").value("PASS"))
				.andReturn()
				.getResponse()
				.getContentAsString(StandardCharsets.UTF_8);
			for (String reviewer : reviewers) {
				assertThat(audit).doesNotContain(reviewer);
			}
			this.mvc.perform(get("/reviews/board").with(user(who))).andExpect(status().isForbidden());
			for (String path : List.of("/students/" + this.student, "/students/" + this.student + "/audit",
					"/students/" + this.student + "/milestones")) {
				String other = this.mvc.perform(get(path).with(user(who)))
					.andExpect(status().isOk())
					.andReturn()
					.getResponse()
					.getContentAsString();
				for (String reviewer : reviewers) {
					assertThat(other).doesNotContain(reviewer);
				}
			}
		}
		this.mvc.perform(get("/students/" + this.student + "/thesis").with(user(this.staff)))
			.andExpect(content().string(containsString("评阅专家" + reviewers.get(2))));
		this.mvc
			.perform(get("/students/" + this.student + "/thesis").header("HX-Request", "true")
				.with(user(this.supervisorLogin)))
			.andExpect(content().string(containsString("id=\"thesis-summary\"")))
			.andExpect(content().string(containsString("5 / 5")));
		this.mvc.perform(get("/students/" + this.student + "/audit").with(user(this.studentLogin)))
			.andExpect(content().string(containsString("/students/" + this.student + "/thesis")));
		this.mvc.perform(get("/reviews/" + code).with(user(expert)))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("id=\"review-form\""))));
	}

	@Test
	void aRefusedReviewKeepsEveryScoreTheVerdictAndTheCommentAndTheFormStatesItsLimits() throws Exception {
		prepareForReview();
		List<String> reviewers = new ArrayList<>();
		for (int i = 0; i < 5; i++) {
			reviewers.add(reviewer("评阅专家", TitleLevel.FULL_SENIOR, true, "外校医学院", null, null));
		}
		assign(reviewers).andExpect(flash().attribute("flashSuccess", "review.assigned"));
		String code = codes().get(reviewers.get(0));
		UserDetails expert = login(Set.of(Role.EXPERT), reviewers.get(0), null);

		// the form states its limits and asks once before submitting, from a script file
		String form = this.mvc.perform(get("/reviews/" + code).with(user(expert)))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(form)
			.contains("0–30 分，可保留一位小数", "评阅意见不少于 20 字，不超过 4000 字", "id=\"review-total\"", "id=\"confirm-review\"",
					"提交后，您将不能再修改分数、评阅结论和评阅意见", "/static/js/review-form-")
			.doesNotContain("onclick")
			.doesNotContain("onsubmit");

		String comment = "选题有一定临床意义，但样本量不足，随访时间偏短，结论依据不充分，建议补充后再议。";
		MvcResult refused = this.mvc
			.perform(post("/reviews/" + code).with(user(expert))
				.with(csrf())
				.param("version", "0")
				.param("verdict", "AGREE")
				.param("topic", "12")
				.param("innovation", "15.5")
				.param("knowledge", "12")
				.param("ability", "10")
				.param("writing", "6")
				.param("comments", comment))
			.andExpect(flash().attribute("flashError", "review.error.lowTotal"))
			.andReturn();
		assertThat(submitted()).isZero();
		String again = this.mvc.perform(get("/reviews/" + code).flashAttrs(refused.getFlashMap()).with(user(expert)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString()
			.replaceAll("\\s+", " ");
		assertThat(again).contains("总分 55.5 低于 60 分")
			.contains("name=\"topic\" value=\"12\"", "name=\"innovation\" value=\"15.5\"",
					"name=\"knowledge\" value=\"12\"", "name=\"ability\" value=\"10\"", "name=\"writing\" value=\"6\"")
			.contains(">" + comment + "</textarea>")
			.containsPattern("id=\"verdict-AGREE\"[^>]*checked");

		// a comment under the minimum: refused, the scores stay as typed
		MvcResult tooShort = this.mvc
			.perform(post("/reviews/" + code).with(user(expert))
				.with(csrf())
				.param("version", "0")
				.param("verdict", "DISAGREE")
				.param("topic", "12")
				.param("innovation", "15.5")
				.param("knowledge", "12")
				.param("ability", "10")
				.param("writing", "6")
				.param("comments", "样本量不足"))
			.andExpect(flash().attribute("flashError", "review.error.comments"))
			.andReturn();
		assertThat(this.mvc.perform(get("/reviews/" + code).flashAttrs(tooShort.getFlashMap()).with(user(expert)))
			.andReturn()
			.getResponse()
			.getContentAsString()
			.replaceAll("\\s+", " ")).contains("评阅意见不少于 20 字。")
			.contains("name=\"innovation\" value=\"15.5\"", ">样本量不足</textarea>")
			.containsPattern("id=\"verdict-DISAGREE\"[^>]*checked");
		assertThat(submitted()).isZero();
	}

	@Test
	void aDeclinedOrWithdrawnReviewIsReplacedBeforeTheRoundCloses() throws Exception {
		prepareForReview();
		List<String> reviewers = new ArrayList<>();
		for (int i = 0; i < 7; i++) {
			reviewers.add(reviewer("评阅专家", TitleLevel.FULL_SENIOR, true, "外校", null, null));
		}
		assign(reviewers.subList(0, 5)).andExpect(flash().attribute("flashSuccess", "review.assigned"));
		Map<String, String> codes = codes();
		UserDetails declining = login(Set.of(Role.EXPERT), reviewers.get(4), null);
		assertThat(this.mvc.perform(get("/reviews/" + codes.get(reviewers.get(4))).with(user(declining)))
			.andReturn()
			.getResponse()
			.getContentAsString()).contains("id=\"confirm-decline\" required", "谢绝后不能撤回");
		// another expert is refused as such, with or without the confirmation
		UserDetails other = login(Set.of(Role.EXPERT), reviewers.get(3), null);
		for (boolean ticked : new boolean[] { false, true }) {
			this.mvc
				.perform(post("/reviews/" + codes.get(reviewers.get(4)) + "/decline").with(user(other))
					.with(csrf())
					.param("version", "0")
					.param("reason", "与该课题组有合作")
					.param("confirm", Boolean.toString(ticked)))
				.andExpect(status().isNotFound());
		}
		// declining cannot be undone: without the confirmation nothing happens and the
		// reason typed comes back
		MvcResult unconfirmed = this.mvc
			.perform(post("/reviews/" + codes.get(reviewers.get(4)) + "/decline").with(user(declining))
				.with(csrf())
				.param("version", "0")
				.param("reason", "与该课题组有合作"))
			.andExpect(flash().attribute("flashError", "review.error.confirmDecline"))
			.andReturn();
		assertThat(this.mvc
			.perform(get("/reviews/" + codes.get(reviewers.get(4))).flashAttrs(unconfirmed.getFlashMap())
				.with(user(declining)))
			.andReturn()
			.getResponse()
			.getContentAsString()).contains(">与该课题组有合作</textarea>", "请勾选确认后再谢绝评阅");
		assertThat(this.jdbc.sql("select count(*) from thesis_review where code = :code and status = 'PENDING'")
			.param("code", codes.get(reviewers.get(4)))
			.query(Integer.class)
			.single()).isOne();
		this.mvc
			.perform(post("/reviews/" + codes.get(reviewers.get(4)) + "/decline").with(user(declining))
				.with(csrf())
				.param("version", "0")
				.param("reason", "与该课题组有合作")
				.param("confirm", "true"))
			.andExpect(flash().attribute("flashSuccess", "review.declined"));
		for (int i = 0; i < 4; i++) {
			this.mvc.perform(submit(login(Set.of(Role.EXPERT), reviewers.get(i), null), codes.get(reviewers.get(i)),
					"AGREE", "18", "26", "17", "17", "9"));
		}
		assertThat(roundStatus()).isEqualTo("OPEN");
		// the one who declined cannot be assigned again; a replacement can, and staff
		// withdraw it
		assign(List.of(reviewers.get(4))).andExpect(status().is(422));
		assign(List.of(reviewers.get(5))).andExpect(flash().attribute("flashSuccess", "review.assigned"));
		String withdrawn = codes().get(reviewers.get(5));
		this.mvc
			.perform(post("/students/" + this.student + "/thesis/reviews/" + withdrawn + "/withdraw")
				.with(user(this.supervisorLogin))
				.with(csrf())
				.param("reason", "逾期未回复"))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(post("/students/" + this.student + "/thesis/reviews/" + withdrawn + "/withdraw")
				.with(user(this.staff))
				.with(csrf())
				.param("reason", "逾期未回复"))
			.andExpect(flash().attribute("flashSuccess", "review.withdrawn"));
		this.mvc
			.perform(submit(login(Set.of(Role.EXPERT), reviewers.get(5), null), withdrawn, "AGREE", "18", "26", "17",
					"17", "9"))
			.andExpect(flash().attribute("flashError", "review.error.closed"));
		assertThat(roundStatus()).isEqualTo("OPEN");
		assign(List.of(reviewers.get(6))).andExpect(flash().attribute("flashSuccess", "review.assigned"));
		this.mvc.perform(submit(login(Set.of(Role.EXPERT), reviewers.get(6), null), codes().get(reviewers.get(6)),
				"DISAGREE", "10", "12", "10", "10", "6"));
		assertThat(roundStatus()).isEqualTo("BLOCKED");
		this.mvc.perform(get("/students/" + this.student + "/thesis").with(user(this.studentLogin)))
			.andExpect(content().string(containsString("id=\"round-blocked\"")))
			.andExpect(content().string(not(containsString("与该课题组有合作"))));
		this.mvc
			.perform(get("/api/v1/students/" + this.student + "/audit?asOf=" + SchoolTime.today())
				.with(user(this.studentLogin)))
			.andExpect(jsonPath("$.checks[?(@.rule=='BLIND_REVIEW')].status").value("FAIL"));
	}

	@Test
	void conflictedOrUnqualifiedReviewersAreRefusedWithWhyAndNothingIsAssigned() throws Exception {
		prepareForReview();
		String groupMate = reviewer("组员", TitleLevel.FULL_SENIOR, true, null, null, "G-" + this.hospital);
		String coAuthor = reviewer("合作者", TitleLevel.FULL_SENIOR, true, "外校", null, null);
		String sameHospital = reviewer("本院", TitleLevel.FULL_SENIOR, true, null, this.hospital, null);
		String unqualified = reviewer("讲师", TitleLevel.ASSOCIATE_SENIOR, false, "外校", null, null);
		String otherField = reviewer("外科", TitleLevel.FULL_SENIOR, true, "外校", null, null, "105111");
		long studentId = this.jdbc.sql("select id from student where student_no = :no")
			.param("no", this.student)
			.query(Long.class)
			.single();
		this.context.getBean(AchievementRecords.class)
			.upsertPublication(studentId, new PublicationView("一项研究", "中华内科杂志", "CORE", 1, true, "RESEARCH",
					LocalDate.parse("2025-01-10"), "王芳，合作者" + coAuthor));
		List<String> good = new ArrayList<>();
		for (int i = 0; i < 5; i++) {
			good.add(reviewer("评阅专家", TitleLevel.FULL_SENIOR, true, "外校", null, null));
		}
		List<String> chosen = new ArrayList<>(good);
		chosen.addAll(List.of(this.supervisor, groupMate, coAuthor, sameHospital, unqualified, otherField, "NO-SUCH"));

		String page = assign(chosen).andExpect(status().is(422)).andReturn().getResponse().getContentAsString();
		assertThat(page).contains("data-staff=\"" + this.supervisor + "\"",
				"data-reason=\"review.conflict.ownSupervisor\"", "data-reason=\"review.conflict.sameGroup\"",
				"data-reason=\"review.conflict.coAuthor\"", "data-reason=\"review.conflict.sameHospital\"",
				"data-reason=\"review.conflict.unqualifiedDoctoral\"", "data-reason=\"review.conflict.unknown\"",
				"data-reason=\"review.conflict.otherField\"", "是学生本人的导师", "与学生导师同属一个导师组");
		for (String name : good) {
			assertThat(page).doesNotContain("data-staff=\"" + name + "\"");
		}
		assertThat(reviewCount()).isZero();

		// the candidates offered are exactly the eligible ones
		String thesis = this.mvc.perform(get("/students/" + this.student + "/thesis").with(user(this.staff)))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(thesis).contains("value=\"" + good.get(0) + "\"")
			.doesNotContain("value=\"" + this.supervisor + "\"")
			.doesNotContain("value=\"" + groupMate + "\"")
			.doesNotContain("value=\"" + coAuthor + "\"")
			.doesNotContain("value=\"" + sameHospital + "\"")
			.doesNotContain("value=\"" + unqualified + "\"")
			.doesNotContain("value=\"" + otherField + "\"");

		// only graduate-school staff assign
		this.mvc
			.perform(post("/students/" + this.student + "/thesis/reviewers").with(user(this.supervisorLogin))
				.with(csrf())
				.param("version", "1")
				.param("more", String.join(" ", good)))
			.andExpect(status().isForbidden());
		assertThat(reviewCount()).isZero();
	}

	@Test
	void theFileIsCountedTheCopyMustNameNoOneAndOnlyTheStudentOrStaffUpload() throws Exception {
		UserDetails otherStudent = login(Set.of(Role.STUDENT), null,
				this.fixtures.student(this.hospital, this.supervisor));
		upload(otherStudent, "FULL", fullThesis()).andExpect(status().isNotFound());
		upload(this.supervisorLogin, "FULL", fullThesis()).andExpect(status().isForbidden());
		upload(this.studentLogin, "BLIND", fullThesis())
			.andExpect(flash().attribute("flashError", "thesis.error.fullFirst"));
		upload(this.studentLogin, "FULL", new MockMultipartFile("file", "论文.docx", DOCX, "not a thesis".getBytes()))
			.andExpect(flash().attribute("flashError", "thesis.error.fileType"));
		upload(this.studentLogin, "FULL", fullThesis()).andExpect(flash().attribute("flashSuccess", "thesis.uploaded"));
		Map<String, Object> thesis = this.jdbc.sql("""
				select t.body_chars, t.abstract_zh_chars, t.abstract_en_chars, t.counts_source from thesis t
				join student s on s.id = t.student_id where s.student_no = :no
				""").param("no", this.student).query().singleRow();
		assertThat(thesis).containsEntry("body_chars", 12000)
			.containsEntry("abstract_zh_chars", 800)
			.containsEntry("abstract_en_chars", 1500)
			.containsEntry("counts_source", "FILE");

		// a copy that still names the student or the supervisor is refused and not kept
		List<Object> named = ThesisTextTests.thesis(800, 1500, 12000);
		named.set(2, "作者：博士生" + this.student);
		upload(this.studentLogin, "BLIND",
				new MockMultipartFile("file", "盲审版.docx", DOCX, ThesisTextTests.file("DOCX", named)))
			.andExpect(flash().attribute("flashError", "thesis.error.notAnonymous"));
		named.set(2, "导师：导师" + this.supervisor);
		upload(this.studentLogin, "BLIND",
				new MockMultipartFile("file", "盲审版.docx", DOCX, ThesisTextTests.file("DOCX", named)))
			.andExpect(flash().attribute("flashError", "thesis.error.notAnonymous"));
		assertThat(this.jdbc
			.sql("select count(*) from thesis_file where kind = 'BLIND' and student_id = "
					+ "(select id from student where student_no = :no)")
			.param("no", this.student)
			.query(Integer.class)
			.single()).isZero();

		// only the student and their own supervisors sign the declaration
		UserDetails otherSupervisor = login(Set.of(Role.SUPERVISOR),
				reviewer("导师", TitleLevel.FULL_SENIOR, true, null, this.hospital, null), null);
		UserDetails office = this.fixtures
			.login(this.fixtures.account(Set.of(Role.HOSPITAL_OFFICE), this.hospital, null, null, null));
		this.mvc
			.perform(post("/students/" + this.student + "/thesis/sign").with(user(otherSupervisor))
				.with(csrf())
				.param("version", "0"))
			.andExpect(status().isNotFound());
		this.mvc
			.perform(post("/students/" + this.student + "/thesis/sign").with(user(office))
				.with(csrf())
				.param("version", "0"))
			.andExpect(status().isForbidden());

		// staff override is recorded with the reason; the student cannot override
		this.mvc
			.perform(post("/students/" + this.student + "/thesis/override").with(user(this.studentLogin))
				.with(csrf())
				.param("version", "0")
				.param("bodyChars", "50000")
				.param("abstractZhChars", "1")
				.param("abstractEnChars", "1")
				.param("reason", "x"))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(post("/students/" + this.student + "/thesis/override").with(user(this.staff))
				.with(csrf())
				.param("version", "0")
				.param("bodyChars", "12345")
				.param("abstractZhChars", "700")
				.param("abstractEnChars", "1400")
				.param("reason", "表格中的正文未被统计，按人工核对结果登记"))
			.andExpect(flash().attribute("flashSuccess", "thesis.overridden"));
		this.mvc.perform(get("/students/" + this.student + "/thesis").with(user(this.studentLogin)))
			.andExpect(content().string(containsString("12,345")))
			.andExpect(content().string(containsString("按人工核对结果登记")));
		// a stale form loses nothing and says so
		this.mvc
			.perform(post("/students/" + this.student + "/thesis/override").with(user(this.staff))
				.with(csrf())
				.param("version", "0")
				.param("bodyChars", "1")
				.param("abstractZhChars", "1")
				.param("abstractEnChars", "1")
				.param("reason", "stale"))
			.andExpect(status().isConflict());
	}

	@Test
	void similarityAboveTheMaximumCancelsTheRoundAndTheStudentSeesWhy() throws Exception {
		upload(this.studentLogin, "FULL", fullThesis());
		similarity("30.01").andExpect(flash().attribute("flashError", "thesis.similarityCancelled"));
		assertThat(roundStatus()).isEqualTo("CANCELLED");
		this.mvc.perform(get("/students/" + this.student + "/thesis").with(user(this.studentLogin)))
			.andExpect(content().string(containsString("id=\"round-cancelled\"")))
			.andExpect(content().string(containsString("30.01")));
		this.mvc
			.perform(get("/api/v1/students/" + this.student + "/audit?asOf=" + SchoolTime.today())
				.with(user(this.studentLogin)))
			.andExpect(jsonPath("$.checks[?(@.rule=='SIMILARITY')].status").value("FAIL"));
		this.mvc
			.perform(post("/students/" + this.student + "/thesis/rounds/next").with(user(this.studentLogin))
				.with(csrf())
				.param("version", "1"))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(post("/students/" + this.student + "/thesis/rounds/next").with(user(this.staff))
				.with(csrf())
				.param("version", "1"))
			.andExpect(flash().attribute("flashSuccess", "thesis.roundOpened"));
		// exactly the maximum passes
		similarity("30").andExpect(flash().attribute("flashSuccess", "thesis.similarityRecorded"));
		assertThat(roundStatus()).isEqualTo("OPEN");
		this.mvc.perform(get("/students/" + this.student + "/thesis/rounds/1/report").with(user(this.studentLogin)))
			.andExpect(status().isOk());
		this.mvc
			.perform(get("/students/" + this.student + "/thesis/rounds/1/report")
				.with(user(login(Set.of(Role.STUDENT), null, this.fixtures.student(this.hospital, this.supervisor)))))
			.andExpect(status().isNotFound());
	}

	private void prepareForReview() throws Exception {
		upload(this.studentLogin, "FULL", fullThesis()).andExpect(flash().attribute("flashSuccess", "thesis.uploaded"));
		upload(this.studentLogin, "BLIND",
				new MockMultipartFile("file", "盲审版.docx", DOCX,
						ThesisTextTests.file("DOCX", ThesisTextTests.thesis(800, 1500, 12000))))
			.andExpect(flash().attribute("flashSuccess", "thesis.uploadedBlind"));
		sign(this.studentLogin);
		sign(this.supervisorLogin);
		similarity("12.5").andExpect(flash().attribute("flashSuccess", "thesis.similarityRecorded"));
		this.mvc.perform(get("/students/" + this.student + "/thesis").with(user(this.staff)))
			.andExpect(content().string(containsString("id=\"ready-for-review\"")));
	}

	private void sign(UserDetails who) throws Exception {
		long version = this.jdbc
			.sql("select t.version from thesis t join student s on s.id = t.student_id where s.student_no = :no")
			.param("no", this.student)
			.query(Long.class)
			.single();
		this.mvc
			.perform(post("/students/" + this.student + "/thesis/sign").with(user(who))
				.with(csrf())
				.param("version", String.valueOf(version)))
			.andExpect(flash().attribute("flashSuccess", "thesis.signed"));
	}

	private ResultActions similarity(String percent) throws Exception {
		return this.mvc.perform(multipart("/students/" + this.student + "/thesis/similarity")
			.file(new MockMultipartFile("report", "检测报告.pdf", "application/pdf",
					ThesisTextTests.file("PDF", List.of("检测报告", "总文字复制比 " + percent + "%"))))
			.param("version", String.valueOf(roundVersion()))
			.param("percent", percent)
			.with(user(this.staff))
			.with(csrf()));
	}

	private ResultActions assign(List<String> staffNos) throws Exception {
		return this.mvc.perform(post("/students/" + this.student + "/thesis/reviewers").with(user(this.staff))
			.with(csrf())
			.param("version", String.valueOf(roundVersion()))
			.param("more", String.join(" ", staffNos)));
	}

	private org.springframework.test.web.servlet.RequestBuilder submit(UserDetails who, String code, String verdict,
			String topic, String innovation, String knowledge, String ability, String writing) {
		long version = this.jdbc.sql("select version from thesis_review where code = :c")
			.param("c", code)
			.query(Long.class)
			.optional()
			.orElse(0L);
		return post("/reviews/" + code).with(user(who))
			.with(csrf())
			.param("version", String.valueOf(version))
			.param("verdict", verdict)
			.param("topic", topic)
			.param("innovation", innovation)
			.param("knowledge", knowledge)
			.param("ability", ability)
			.param("writing", writing)
			.param("comments", "评阅意见（" + code + "）：选题具有临床意义，研究设计合理，结论可信，建议补充随访数据。");
	}

	private ResultActions upload(UserDetails who, String kind, MockMultipartFile file) throws Exception {
		return this.mvc.perform(multipart("/students/" + this.student + "/thesis/files").file(file)
			.param("kind", kind)
			.param("title", "2型糖尿病患者心血管结局的队列研究")
			.with(user(who))
			.with(csrf()));
	}

	private static MockMultipartFile fullThesis() {
		return new MockMultipartFile("file", "学位论文.docx", DOCX,
				ThesisTextTests.file("DOCX", ThesisTextTests.thesis(800, 1500, 12000)));
	}

	private Map<String, String> codes() {
		Map<String, String> codes = new java.util.HashMap<>();
		this.jdbc.sql("""
				select s.staff_no, r.code from thesis_review r join supervisor s on s.id = r.reviewer_id
				join student t on t.id = r.student_id where t.student_no = :no
				""").param("no", this.student).query((rs) -> {
			codes.put(rs.getString(1), rs.getString(2));
		});
		return codes;
	}

	private int reviewCount() {
		return this.jdbc
			.sql("select count(*) from thesis_review r join student s on s.id = r.student_id "
					+ "where s.student_no = :no")
			.param("no", this.student)
			.query(Integer.class)
			.single();
	}

	private int submitted() {
		return this.jdbc
			.sql("select count(*) from thesis_review r join student s on s.id = r.student_id "
					+ "where s.student_no = :no and r.verdict is not null")
			.param("no", this.student)
			.query(Integer.class)
			.single();
	}

	private long roundVersion() {
		return this.jdbc.sql("""
				select o.version from thesis_round o join thesis t on t.student_id = o.student_id
				    and t.current_round = o.round_no
				join student s on s.id = o.student_id where s.student_no = :no
				""").param("no", this.student).query(Long.class).single();
	}

	private String roundStatus() {
		return this.jdbc.sql("""
				select o.status from thesis_round o join thesis t on t.student_id = o.student_id
				    and t.current_round = o.round_no
				join student s on s.id = o.student_id where s.student_no = :no
				""").param("no", this.student).query(String.class).single();
	}

	private String reviewer(String prefix, TitleLevel title, boolean doctoral, String institution, String hospital,
			String group) {
		return reviewer(prefix, title, doctoral, institution, hospital, group, "105101");
	}

	private String reviewer(String prefix, TitleLevel title, boolean doctoral, String institution, String hospital,
			String group, String discipline) {
		String staffNo = this.fixtures.unique("R");
		this.directory.upsert(new SupervisorCommand(staffNo, prefix + staffNo, title, doctoral, true, institution,
				hospital, false, 1968, group, discipline));
		return staffNo;
	}

	private UserDetails login(Set<Role> roles, String staffNo, String studentNo) {
		return this.fixtures.login(this.fixtures.account(roles, null, null, staffNo, studentNo));
	}

}
