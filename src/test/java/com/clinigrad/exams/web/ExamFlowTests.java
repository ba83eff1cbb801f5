package com.clinigrad.exams.web;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import com.clinigrad.accounts.Role;
import com.clinigrad.exams.ExamFixtures;
import com.clinigrad.exams.QuestionSheet;
import com.clinigrad.support.Fixtures;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import com.clinigrad.support.SessionCookie;
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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * From the bank to the rotation: an office imports questions (all or nothing), sets up
 * and publishes a sitting; candidates answer; the markers mark; the release puts each
 * score on the candidate's rotation as its theory score, and the item statistics appear.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ExamFlowTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	@Autowired
	JdbcClient jdbc;

	@Test
	void myExamsTellsAnExamStillToComeFromOneMissed() throws Exception {
		ExamFixtures coming = ExamFixtures.upcoming(this.context, 1, Instant.now().plusSeconds(86400), 60);
		this.mvc.perform(get("/exams/mine").with(user(login(coming.logins.get(0)))))
			.andExpect(content().string(containsString("未开考")))
			.andExpect(content().string(not(containsString("未参加"))));
		ExamFixtures missed = ExamFixtures.open(this.context, 1, Instant.now().minusSeconds(30), 60);
		this.mvc.perform(get("/exams/mine?lang=en").with(user(login(missed.logins.get(0)))))
			.andExpect(content().string(containsString("The window has closed; not taken")))
			.andExpect(content().string(not(containsString("Not open yet"))));
	}

	private UserDetails login(String username) {
		return Fixtures.in(this.context).login(username);
	}

	private static byte[] workbook(List<List<String>> rows) throws Exception {
		try (Workbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Sheet sheet = workbook.createSheet("questions");
			for (int r = 0; r < rows.size(); r++) {
				Row row = sheet.createRow(r);
				for (int c = 0; c < rows.get(r).size(); c++) {
					row.createCell(c).setCellValue(rows.get(r).get(c));
				}
			}
			workbook.write(out);
			return out.toByteArray();
		}
	}

	@Test
	void aSittingWhoseWindowIsShorterThanItsTimeToAnswerIsRefusedAndNothingSaved() throws Exception {
		Fixtures fixtures = Fixtures.in(this.context);
		String hospital = fixtures.hospital();
		UserDetails office = login(fixtures.account(Set.of(Role.HOSPITAL_OFFICE), hospital, null, null, null));
		this.mvc
			.perform(post("/exams/banks").with(user(office))
				.with(csrf())
				.param("title", "心内科题库")
				.param("scope", "DEPARTMENT")
				.param("scopeCode", "D1"))
			.andExpect(status().is3xxRedirection());
		long bank = this.jdbc.sql("select id from exam_bank where hospital_code = :h")
			.param("h", hospital)
			.query(Long.class)
			.single();

		MvcResult refused = sitting(office, bank, "2031-03-01T09:30")
			.andExpect(flash().attribute("flashError", "exams.error.windowShorterThanDuration"))
			.andReturn();
		this.mvc.perform(get("/exams/sittings").flashAttrs(refused.getFlashMap()).with(user(office)))
			.andExpect(content().string(containsString("考试时间窗短于答题时长（120 分钟）：结束时间不能早于 2031-03-01 11:00。")))
			.andExpect(content().string(containsString("value=\"2031-03-01T09:30\"")))
			.andExpect(content().string(containsString("value=\"出科理论考试（窗口）\"")));
		sitting(office, bank, "2031-03-01T10:59")
			.andExpect(flash().attribute("flashError", "exams.error.windowShorterThanDuration"));
		assertThat(count("select count(*) from exam_sitting where bank_id = " + bank)).isZero();

		sitting(office, bank, "2031-03-01T11:00").andExpect(redirectedUrlPattern("/exams/sittings/*"));
		assertThat(count("select count(*) from exam_sitting where bank_id = " + bank)).isOne();
	}

	private ResultActions sitting(UserDetails office, long bank, String closesAt) throws Exception {
		return this.mvc.perform(post("/exams/sittings").with(user(office))
			.with(csrf())
			.header("Referer", "http://localhost/exams/sittings")
			.param("bankId", String.valueOf(bank))
			.param("title", "出科理论考试（窗口）")
			.param("purpose", "ROTATION_THEORY")
			.param("department", "D1")
			.param("opensAt", "2031-03-01T09:00")
			.param("closesAt", closesAt)
			.param("durationMinutes", "120"));
	}

	@Test
	void anOfficeImportsQuestionsAllOrNothingAndPublishesASitting() throws Exception {
		Fixtures fixtures = Fixtures.in(this.context);
		String hospital = fixtures.hospital();
		UserDetails office = login(fixtures.account(Set.of(Role.HOSPITAL_OFFICE), hospital, null, null, null));
		String student = fixtures.student(hospital, fixtures.supervisor(hospital));
		this.mvc
			.perform(post("/exams/banks").with(user(office))
				.with(csrf())
				.param("title", "心内科题库")
				.param("scope", "DEPARTMENT")
				.param("scopeCode", "D1"))
			.andExpect(status().is3xxRedirection());
		long bank = this.jdbc.sql("select id from exam_bank where hospital_code = :h")
			.param("h", hospital)
			.query(Long.class)
			.single();
		this.mvc.perform(get("/exams/banks/template.xlsx").with(user(office)))
			.andExpect(status().isOk())
			.andExpect(content().contentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"));
		// the template itself imports: 4 questions, one of them a case with 2 items
		this.mvc
			.perform(multipart("/exams/banks/" + bank + "/import")
				.file(new MockMultipartFile("file", "q.xlsx", null, QuestionSheet.template()))
				.param("version", "0")
				.with(user(office))
				.with(csrf()))
			.andExpect(redirectedUrl("/exams/banks/" + bank));
		assertThat(count("select count(*) from exam_question where bank_id = " + bank)).isEqualTo(6);
		// a file with one bad row: nothing applied, every problem by row
		byte[] bad = workbook(List.of(QuestionSheet.COLUMNS,
				List.of("A1", "SINGLE", "好的题目", "2", "KNOWLEDGE_SKILLS", "2", "甲|乙", "A", ""),
				List.of("A2", "SINGLE", "坏的题目", "9", "KNOWLEDGE_SKILLS", "2", "甲|乙", "A,B", ""),
				List.of("A3", "MULTIPLE", "孤儿小题", "2", "NOBODY", "2", "甲|乙", "A", "ZZ")));
		this.mvc
			.perform(multipart("/exams/banks/" + bank + "/import")
				.file(new MockMultipartFile("file", "bad.xlsx", null, bad))
				.param("version", "1")
				.with(user(office))
				.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("文件有错误，一题也没有导入")))
			.andExpect(content().string(containsString("难度应为 1 到 5")))
			.andExpect(content().string(containsString("case 列应为上方某道病例题的 ref")));
		assertThat(count("select count(*) from exam_question where bank_id = " + bank)).isEqualTo(6);
		// a question typed in, refused with what was typed kept
		this.mvc
			.perform(post("/exams/banks/" + bank + "/questions").with(user(office))
				.with(csrf())
				.header("Referer", "http://localhost/exams/banks/" + bank)
				.param("version", "1")
				.param("kind", "SINGLE")
				.param("stem", "两个正确答案的单选题")
				.param("difficulty", "2")
				.param("competency", "KNOWLEDGE_SKILLS")
				.param("points", "2")
				.param("options", "甲\n乙\n丙")
				.param("correct", "A,B"))
			.andExpect(redirectedUrl("/exams/banks/" + bank));
		assertThat(count("select count(*) from exam_question where bank_id = " + bank)).isEqualTo(6);
		this.mvc
			.perform(post("/exams/sittings").with(user(office))
				.with(csrf())
				.param("bankId", String.valueOf(bank))
				.param("title", "出科理论考试")
				.param("purpose", "ROTATION_THEORY")
				.param("department", "D1")
				.param("opensAt", "2026-12-01T09:00")
				.param("closesAt", "2026-12-01T11:00")
				.param("durationMinutes", "60"))
			.andExpect(status().is3xxRedirection());
		long sitting = this.jdbc.sql("select id from exam_sitting where bank_id = :b")
			.param("b", bank)
			.query(Long.class)
			.single();
		this.mvc
			.perform(post("/exams/sittings/" + sitting + "/rules").with(user(office))
				.with(csrf())
				.param("version", "0")
				.param("kind", "SINGLE")
				.param("count", "1")
				.param("difficultyMin", "1")
				.param("difficultyMax", "5"))
			.andExpect(status().is3xxRedirection());
		this.mvc
			.perform(post("/exams/sittings/" + sitting + "/rules").with(user(office))
				.with(csrf())
				.param("version", "1")
				.param("kind", "CASE")
				.param("count", "1")
				.param("difficultyMin", "4")
				.param("difficultyMax", "5")
				.param("competency", "PATIENT_CARE"))
			.andExpect(status().is3xxRedirection());
		this.mvc
			.perform(post("/exams/sittings/" + sitting + "/candidates").with(user(office))
				.with(csrf())
				.param("version", "2")
				.param("studentNos", student))
			.andExpect(status().is3xxRedirection());
		this.mvc
			.perform(post("/exams/sittings/" + sitting + "/publish").with(user(office))
				.with(csrf())
				.header("HX-Request", "true")
				.param("version", "3"))
			.andExpect(status().isConflict());
		this.mvc
			.perform(post("/exams/sittings/" + sitting + "/publish").with(user(office))
				.with(csrf())
				.param("version", "3")
				.param("confirm", "true"))
			.andExpect(status().is3xxRedirection());
		assertThat(this.jdbc.sql("""
				select q.kind from exam_paper_question p join exam_question q on q.id = p.question_id
				where p.sitting_id = :s order by p.position
				""").param("s", sitting).query(String.class).list()).containsExactly("SINGLE", "CASE");
		assertThat(count("select seed from exam_candidate where sitting_id = " + sitting)).isNotNull();
	}

	private Long count(String sql) {
		return this.jdbc.sql(sql).query(Long.class).single();
	}

	@Test
	void markedAndReleasedResultsBecomeTheRotationsTheoryScore() throws Exception {
		ExamFixtures exam = ExamFixtures.open(this.context, 3, Instant.now().plusSeconds(3600), 60);
		List<Long> correct = this.jdbc.sql("""
				select o.id from exam_option o join exam_question q on q.id = o.question_id
				where o.correct and q.id in (select question_id from exam_paper_question where sitting_id = :s
				                             union select id from exam_question where parent_id = :c)
				""").param("s", exam.sittingId).param("c", exam.caseQuestion).query(Long.class).list();
		List<Long> objective = this.jdbc.sql("""
				select q.id from exam_question q where q.kind in ('SINGLE', 'MULTIPLE')
				and (q.id in (select question_id from exam_paper_question where sitting_id = :s) or q.parent_id = :c)
				""").param("s", exam.sittingId).param("c", exam.caseQuestion).query(Long.class).list();
		for (int i = 0; i < 2; i++) {
			String login = exam.logins.get(i);
			long candidate = exam.candidates.get(i);
			SessionCookie session = new SessionCookie();
			this.mvc
				.perform(
						post("/exams/take/" + candidate + "/begin").with(session).with(user(login(login))).with(csrf()))
				.andDo(session)
				.andExpect(status().is3xxRedirection());
			if (i == 0) {
				for (long question : objective) {
					List<Long> options = this.jdbc.sql("select id from exam_option where question_id = :q")
						.param("q", question)
						.query(Long.class)
						.list()
						.stream()
						.filter(correct::contains)
						.toList();
					var request = post("/exams/take/" + candidate + "/answers").with(session)
						.with(user(login(login)))
						.with(csrf())
						.param("questionId", String.valueOf(question));
					for (long option : options) {
						request = request.param("option", String.valueOf(option));
					}
					this.mvc.perform(request).andExpect(status().isNoContent());
				}
			}
			for (long item : exam.openItems()) {
				this.mvc
					.perform(post("/exams/take/" + candidate + "/answers").with(session)
						.with(user(login(login)))
						.with(csrf())
						.param("questionId", String.valueOf(item))
						.param("text", "答案" + i))
					.andExpect(status().isNoContent());
			}
			this.mvc
				.perform(post("/exams/take/" + candidate + "/submit").with(session)
					.with(user(login(login)))
					.with(csrf())
					.param("confirm", "true"))
				.andExpect(redirectedUrl("/exams/mine"));
		}
		exam.closeWindow();
		UserDetails office = login(exam.office);
		this.mvc
			.perform(post("/exams/sittings/" + exam.sittingId + "/release").with(user(office))
				.with(csrf())
				.header("HX-Request", "true")
				.param("version", String.valueOf(exam.version()))
				.param("confirm", "true"))
			.andExpect(status().isConflict())
			.andExpect(content().string(containsString("份答案未评阅")));
		long caseItem = exam.openItems().get(0);
		for (int i = 0; i < 2; i++) {
			this.mvc
				.perform(post("/exams/marking/" + exam.sittingId + "/" + exam.caseQuestion)
					.with(user(login(exam.otherMarker)))
					.with(csrf())
					.param("candidateId", String.valueOf(exam.candidates.get(i)))
					.param("itemId", String.valueOf(caseItem))
					.param("score", (i == 0) ? "6" : "3"))
				.andExpect(status().is3xxRedirection());
			this.mvc
				.perform(post("/exams/marking/" + exam.sittingId + "/" + exam.openQuestion)
					.with(user(login(exam.marker)))
					.with(csrf())
					.param("candidateId", String.valueOf(exam.candidates.get(i)))
					.param("itemId", String.valueOf(exam.openQuestion))
					.param("score", (i == 0) ? "5" : "2"))
				.andExpect(status().is3xxRedirection());
		}
		this.mvc
			.perform(post("/exams/marking/" + exam.sittingId + "/" + exam.openQuestion).with(user(login(exam.marker)))
				.with(csrf())
				.header("HX-Request", "true")
				.param("candidateId", String.valueOf(exam.candidates.get(0)))
				.param("itemId", String.valueOf(exam.openQuestion))
				.param("score", "9"))
			.andExpect(status().isConflict());
		this.mvc
			.perform(post("/exams/sittings/" + exam.sittingId + "/release").with(user(office))
				.with(csrf())
				.param("version", String.valueOf(exam.version()))
				.param("confirm", "true"))
			.andExpect(status().is3xxRedirection());
		// 25 points in all: the first candidate has every point, the second 3 + 2, the
		// third never began
		Awaitility.await()
			.atMost(Duration.ofSeconds(30))
			.until(() -> theory(exam.rotations.get(0)) != null && theory(exam.rotations.get(1)) != null);
		assertThat(theory(exam.rotations.get(0))).isEqualByComparingTo(new BigDecimal("100.0"));
		assertThat(theory(exam.rotations.get(1))).isEqualByComparingTo(new BigDecimal("20.0"));
		assertThat(theory(exam.rotations.get(2))).isNull();
		assertThat(this.jdbc.sql("select theory_exam_sitting_id from rotation where id = :r")
			.param("r", exam.rotations.get(0))
			.query(Long.class)
			.single()).isEqualTo(exam.sittingId);
		this.mvc.perform(get("/exams/sittings/" + exam.sittingId).with(user(office)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("试题分析")))
			.andExpect(content().string(containsString("简述急性心肌梗死的再灌注治疗")));
		this.mvc.perform(get("/exams/mine").with(user(login(exam.logins.get(0)))))
			.andExpect(content().string(containsString("成绩 100.0")));
	}

	private BigDecimal theory(long rotation) {
		return this.jdbc.sql("select theory_exam_score from rotation where id = :r")
			.param("r", rotation)
			.query(BigDecimal.class)
			.optional()
			.orElse(null);
	}

}
