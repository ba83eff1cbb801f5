package com.clinigrad.courses;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;

import com.clinigrad.accounts.Role;
import com.clinigrad.shared.BusinessRuleException;
import com.clinigrad.students.StudentRegistry;
import com.clinigrad.support.Fixtures;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Practice / innovation credits from application to awarded elective credits: each step
 * by the right office only, rejections with a reason, credits within the program's
 * bounds.
 */
@SpringBootTest
@AutoConfigureMockMvc
class PracticeCreditTests {

	private static final String SUMMARY = "本人参加社区慢病义诊与健康宣教活动共十二次，负责病史采集、血压血糖测量、随访记录整理和健康讲座准备，累计服务一百二十学时。";

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	@Autowired
	JdbcClient jdbc;

	@Test
	void anApplicationGoesThroughBothOfficesAndEarnsElectiveCredits() throws Exception {
		Fixtures fixtures = Fixtures.in(this.context);
		String hospital = fixtures.hospital();
		String student = fixtures.student(hospital, fixtures.supervisor(hospital));
		var studentLogin = fixtures.login(fixtures.account(Set.of(Role.STUDENT), null, null, null, student));
		var office = fixtures.login(fixtures.account(Set.of(Role.HOSPITAL_OFFICE), hospital, null, null, null));
		var otherOffice = fixtures
			.login(fixtures.account(Set.of(Role.HOSPITAL_OFFICE), fixtures.hospital(), null, null, null));
		var school = fixtures.login(fixtures.account(Role.GRAD_SCHOOL));

		MvcResult refused = this.mvc
			.perform(multipart("/practice")
				.file(new MockMultipartFile("files", "证明.pdf", "application/pdf", new byte[] { 37, 80, 68, 70 }))
				.param("title", "社区义诊活动")
				.param("summary", SUMMARY)
				.param("credits", "5")
				.header("Referer", "http://localhost/practice")
				.with(user(studentLogin))
				.with(csrf()))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/practice"))
			.andReturn();
		this.mvc.perform(get("/practice").flashAttrs(refused.getFlashMap()).with(user(studentLogin)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("本培养项目可计 2 到 4 学分")))
			.andExpect(content().string(containsString("value=\"社区义诊活动\"")));
		this.mvc
			.perform(multipart("/practice")
				.file(new MockMultipartFile("files", "证明.pdf", "application/pdf", new byte[] { 37, 80, 68, 70 }))
				.param("title", "社区义诊")
				.param("summary", SUMMARY)
				.param("credits", "3")
				.with(user(studentLogin))
				.with(csrf()))
			.andExpect(status().is3xxRedirection());
		long id = this.jdbc.sql(
				"select max(a.id) from practice_application a join student s on s.id = a.student_id where s.student_no = :no")
			.param("no", student)
			.query(Long.class)
			.single();

		// a second application while one is under way is refused
		this.mvc
			.perform(multipart("/practice")
				.file(new MockMultipartFile("files", "证明.pdf", "application/pdf", new byte[] { 37, 80, 68, 70 }))
				.param("title", "再次申请")
				.param("summary", SUMMARY)
				.param("credits", "2")
				.with(user(studentLogin))
				.with(csrf()))
			.andExpect(status().isConflict())
			.andExpect(content().string(containsString("实践学分只认定一次")));

		// another hospital's office does not even learn that the application exists
		review(otherOffice, id, 0, true, null).andExpect(status().isNotFound());
		review(school, id, 0, true, null).andExpect(status().isForbidden());
		review(office, id, 0, false, "").andExpect(status().isConflict())
			.andExpect(content().string(containsString("不通过时必须说明理由")));
		review(office, id, 0, true, "材料齐全").andExpect(status().is3xxRedirection());
		review(office, id, 1, true, "again").andExpect(status().isConflict());

		decide(office, id, 1, true, "3").andExpect(status().isForbidden());
		decide(school, id, 1, true, "5").andExpect(status().isConflict())
			.andExpect(content().string(containsString("2 到 4 学分")));
		decide(school, id, 1, true, "3").andExpect(status().is3xxRedirection());

		this.mvc.perform(get("/practice/" + id).with(user(studentLogin)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("材料齐全")))
			.andExpect(content().string(containsString("已批准")));
		this.mvc.perform(get("/students/" + student + "/courses").with(user(studentLogin)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("PRACTICE")));
		assertThat(this.jdbc.sql("""
				select g.credits from grade g join course c on c.id = g.course_id join student s on s.id = g.student_id
				where s.student_no = :no and c.code = 'PRACTICE'
				""").param("no", student).query(Integer.class).single()).isEqualTo(3);
		assertThat(this.jdbc.sql("select count(*) from practice_step where application_id = :a")
			.param("a", id)
			.query(Integer.class)
			.single()).isEqualTo(3);

		String stranger = fixtures.student(fixtures.hospital(), fixtures.supervisor(null));
		var strangerLogin = fixtures.login(fixtures.account(Set.of(Role.STUDENT), null, null, null, stranger));
		this.mvc.perform(get("/practice/" + id).with(user(strangerLogin))).andExpect(status().isNotFound());
		long attachment = this.jdbc.sql("select id from practice_attachment where application_id = :a")
			.param("a", id)
			.query(Long.class)
			.single();
		this.mvc.perform(get("/practice/" + id + "/attachments/" + attachment).with(user(strangerLogin)))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/practice/" + id + "/attachments/" + attachment).with(user(office)))
			.andExpect(status().isOk());
	}

	@Test
	void aRejectionEndsTheApplicationAndSaysWhy() throws Exception {
		Fixtures fixtures = Fixtures.in(this.context);
		String hospital = fixtures.hospital();
		String student = fixtures.student(hospital, fixtures.supervisor(hospital));
		var studentLogin = fixtures.login(fixtures.account(Set.of(Role.STUDENT), null, null, null, student));
		var office = fixtures.login(fixtures.account(Set.of(Role.HOSPITAL_OFFICE), hospital, null, null, null));
		this.mvc
			.perform(multipart("/practice").param("title", "创新大赛")
				.param("summary", SUMMARY)
				.param("credits", "2")
				.with(user(studentLogin))
				.with(csrf()))
			.andExpect(status().is3xxRedirection());
		long id = this.jdbc.sql(
				"select max(a.id) from practice_application a join student s on s.id = a.student_id where s.student_no = :no")
			.param("no", student)
			.query(Long.class)
			.single();
		review(office, id, 0, false, "缺少活动证明").andExpect(status().is3xxRedirection());
		this.mvc.perform(get("/practice").with(user(studentLogin)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("未通过")));
		this.mvc.perform(get("/practice/" + id).with(user(studentLogin)))
			.andExpect(content().string(containsString("缺少活动证明")));
	}

	@Test
	void aBadAttachmentIsRefusedAndNothingIsSaved() throws Exception {
		Fixtures fixtures = Fixtures.in(this.context);
		String hospital = fixtures.hospital();
		String student = fixtures.student(hospital, fixtures.supervisor(hospital));
		var studentLogin = fixtures.login(fixtures.account(Set.of(Role.STUDENT), null, null, null, student));
		this.mvc
			.perform(multipart("/practice")
				.file(new MockMultipartFile("files", "大文件.pdf", "application/pdf", new byte[5 * 1024 * 1024 + 1]))
				.param("title", "社区义诊")
				.param("summary", SUMMARY)
				.param("credits", "2")
				.with(user(studentLogin))
				.with(csrf()))
			.andExpect(status().isConflict())
			.andExpect(content().string(containsString("大文件.pdf 超过 5 MB")));
		this.mvc
			.perform(multipart("/practice")
				.file(new MockMultipartFile("files", "notes.txt", "text/plain", "x".getBytes()))
				.param("title", "社区义诊")
				.param("summary", SUMMARY)
				.param("credits", "2")
				.with(user(studentLogin))
				.with(csrf()))
			.andExpect(status().isConflict())
			.andExpect(content().string(containsString("notes.txt 不是 PDF、图片或 Word 文件")));
		assertThat(this.jdbc
			.sql("""
					select count(*) from practice_application a join student s on s.id = a.student_id where s.student_no = :no
					""")
			.param("no", student)
			.query(Integer.class)
			.single()).isZero();
	}

	@Test
	void anUploadLargerThanARequestMayCarryGetsAPageThatSaysSo() throws Exception {
		Fixtures fixtures = Fixtures.in(this.context);
		var studentLogin = fixtures.login(fixtures.account(Set.of(Role.STUDENT), null, null, null,
				fixtures.student(fixtures.hospital(), fixtures.supervisor(null))));
		byte[] body = new byte[31 * 1024 * 1024];
		this.mvc
			.perform(post("/practice").contentType("multipart/form-data; boundary=x")
				.content(body)
				.with(user(studentLogin))
				.with(csrf()))
			.andExpect(status().isSeeOther())
			.andExpect(redirectedUrl("/upload-too-large"));
		this.mvc.perform(get("/upload-too-large").with(user(studentLogin)))
			.andExpect(status().is(413))
			.andExpect(content().string(containsString("上传内容超过单次 30 MB 的上限")));
		this.mvc
			.perform(post("/api/v1/imports/grades").contentType("multipart/form-data; boundary=x")
				.content(body)
				.with(user(studentLogin)))
			.andExpect(status().is(413));
		// a normal upload passes the filter
		this.mvc
			.perform(post("/practice").contentType("multipart/form-data; boundary=x")
				.content(new byte[1024])
				.with(user(studentLogin))
				.with(csrf()))
			.andExpect(status().is(org.hamcrest.Matchers.not(303)));
	}

	@Test
	void aLoaderWithoutALoginRecordsAnApplicationAndItsReviewWithTheirChecks() {
		Fixtures fixtures = Fixtures.in(this.context);
		String hospital = fixtures.hospital();
		String student = fixtures.student(hospital, fixtures.supervisor(hospital));
		long studentId = this.context.getBean(StudentRegistry.class).idsByStudentNo(List.of(student)).get(student);
		PracticeCredits practice = this.context.getBean(PracticeCredits.class);
		assertThatExceptionOfType(BusinessRuleException.class)
			.isThrownBy(() -> practice.recordApplication(studentId,
					new PracticeCommand("社区义诊", SUMMARY, new BigDecimal("5"), List.of()), "2026-1", "学生本人"))
			.satisfies((ex) -> assertThat(ex.getMessageKey()).isEqualTo("practice.error.creditsOutOfRange"));
		long id = practice.recordApplication(studentId,
				new PracticeCommand("社区义诊", SUMMARY, new BigDecimal("2"), List.of()), "2026-1", "学生本人");
		assertThatExceptionOfType(BusinessRuleException.class)
			.isThrownBy(() -> practice.recordApplication(studentId,
					new PracticeCommand("再来一次", SUMMARY, new BigDecimal("2"), List.of()), "2026-1", "学生本人"))
			.satisfies((ex) -> assertThat(ex.getMessageKey()).isEqualTo("practice.error.onlyOnce"));
		assertThatExceptionOfType(BusinessRuleException.class)
			.isThrownBy(() -> practice.recordHospitalReview(id, false, " ", "附一院教育处"))
			.satisfies((ex) -> assertThat(ex.getMessageKey()).isEqualTo("practice.error.reasonRequired"));
		practice.recordHospitalReview(id, true, "材料齐全", "附一院教育处");
		assertThat(this.jdbc.sql("select status from practice_application where id = :id")
			.param("id", id)
			.query(String.class)
			.single()).isEqualTo(PracticeStatus.HOSPITAL_APPROVED.name());
		assertThat(
				this.jdbc.sql("select step || ' ' || actor from practice_step where application_id = :id order by id")
					.param("id", id)
					.query(String.class)
					.list())
			.containsExactly(PracticeStage.SUBMIT.name() + " 学生本人", PracticeStage.HOSPITAL_REVIEW.name() + " 附一院教育处");
	}

	private org.springframework.test.web.servlet.ResultActions review(
			org.springframework.security.core.userdetails.UserDetails who, long id, long version, boolean approve,
			String reason) throws Exception {
		return this.mvc.perform(post("/practice/" + id + "/hospital-review").with(user(who))
			.with(csrf())
			.param("version", Long.toString(version))
			.param("approve", Boolean.toString(approve))
			.param("reason", (reason != null) ? reason : ""));
	}

	private org.springframework.test.web.servlet.ResultActions decide(
			org.springframework.security.core.userdetails.UserDetails who, long id, long version, boolean approve,
			String credits) throws Exception {
		return this.mvc.perform(post("/practice/" + id + "/decision").with(user(who))
			.with(csrf())
			.param("version", Long.toString(version))
			.param("approve", Boolean.toString(approve))
			.param("credits", credits)
			.param("reason", "专家审核通过"));
	}

}
