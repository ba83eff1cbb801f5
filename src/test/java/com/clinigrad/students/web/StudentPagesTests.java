package com.clinigrad.students.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import com.clinigrad.accounts.Role;
import com.clinigrad.shared.SchoolTime;
import com.clinigrad.students.StudentNumber;
import com.clinigrad.students.StudentRegistry;
import com.clinigrad.students.StudentStatus;
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
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

/**
 * The student pages for each role: what each may see, edit and change, and what is
 * refused.
 */
@SpringBootTest
@AutoConfigureMockMvc
class StudentPagesTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	@Autowired
	StudentRegistry registry;

	Fixtures fixtures;

	String hospital;

	String otherHospital;

	String supervisor;

	String otherSupervisor;

	String student;

	String otherStudent;

	@BeforeEach
	void createData() {
		this.fixtures = Fixtures.in(this.context);
		this.hospital = this.fixtures.hospital();
		this.otherHospital = this.fixtures.hospital();
		this.supervisor = this.fixtures.supervisor(this.hospital);
		this.otherSupervisor = this.fixtures.supervisor(this.otherHospital);
		this.student = this.fixtures.student(this.hospital, this.supervisor);
		this.otherStudent = this.fixtures.student(this.otherHospital, this.otherSupervisor);
	}

	@Test
	void graduateSchoolSeesEveryStudentAndFilters() throws Exception {
		String grad = this.fixtures.account(Role.GRAD_SCHOOL);
		this.mvc.perform(get("/students").param("q", this.student).with(user(this.fixtures.login(grad))))
			.andExpect(status().isOk())
			.andExpect(view().name("students/list"))
			.andExpect(content().string(containsString(this.student)))
			.andExpect(content().string(not(containsString(this.otherStudent))));
		this.mvc.perform(get("/students").param("hospital", this.otherHospital).with(user(this.fixtures.login(grad))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(this.otherStudent)))
			.andExpect(content().string(not(containsString(this.student))));
	}

	@Test
	void hospitalOfficeSeesOnlyItsHospital() throws Exception {
		String office = this.fixtures.account(Set.of(Role.HOSPITAL_OFFICE), this.hospital, null, null, null);
		this.mvc.perform(get("/students").with(user(this.fixtures.login(office))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(this.student)))
			.andExpect(content().string(not(containsString(this.otherStudent))));
		this.mvc.perform(get("/students/" + this.otherStudent).with(user(this.fixtures.login(office))))
			.andExpect(status().isNotFound())
			.andExpect(content().string(not(containsString("学生" + this.otherStudent))));
	}

	@Test
	void supervisorSeesOnlyOwnStudents() throws Exception {
		String sup = this.fixtures.account(Set.of(Role.SUPERVISOR), null, null, this.supervisor, null);
		this.mvc.perform(get("/students/" + this.student).with(user(this.fixtures.login(sup))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("学生" + this.student)));
		this.mvc.perform(get("/students/" + this.otherStudent).with(user(this.fixtures.login(sup))))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/students").with(user(this.fixtures.login(sup))))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString(this.otherStudent))));
	}

	@Test
	void studentSeesOnlyThemself() throws Exception {
		String me = this.fixtures.account(Set.of(Role.STUDENT), null, null, null, this.student);
		this.mvc.perform(get("/students/" + this.student).with(user(this.fixtures.login(me))))
			.andExpect(status().isOk());
		this.mvc.perform(get("/students/" + this.otherStudent).with(user(this.fixtures.login(me))))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/me").with(user(this.fixtures.login(me))))
			.andExpect(redirectedUrl("/students/" + this.student));
	}

	@Test
	void rolesWithoutStudentsAreRefused() throws Exception {
		for (Role role : Set.of(Role.EXPERT, Role.ADMIN)) {
			String account = this.fixtures.account(role);
			this.mvc.perform(get("/students").with(user(this.fixtures.login(account))))
				.andExpect(status().isForbidden());
			this.mvc.perform(get("/students/" + this.student).with(user(this.fixtures.login(account))))
				.andExpect(status().isForbidden());
		}
	}

	@Test
	void onlyGraduateSchoolCreatesEditsAndChangesStatus() throws Exception {
		String sup = this.fixtures.account(Set.of(Role.SUPERVISOR), null, null, this.supervisor, null);
		this.mvc.perform(get("/students/new").with(user(this.fixtures.login(sup)))).andExpect(status().isForbidden());
		this.mvc
			.perform(post("/students/" + this.student + "/status").param("target", "WITHDRAWN")
				.param("effectiveOn", "2026-01-01")
				.param("reason", "x")
				.param("version", "0")
				.with(csrf())
				.with(user(this.fixtures.login(sup))))
			.andExpect(status().isForbidden());
		assertThat(this.registry.byStudentNo(this.student).orElseThrow().status()).isEqualTo(StudentStatus.ENROLLED);
	}

	@Test
	void createShowsValidationMessagesInTheUsersLanguage() throws Exception {
		String grad = this.fixtures.account(Role.GRAD_SCHOOL);
		this.mvc
			.perform(post("/students/new").param("studentNo", "").with(csrf()).with(user(this.fixtures.login(grad))))
			.andExpect(status().isOk())
			.andExpect(view().name("students/form"))
			.andExpect(content().string(containsString("必填")));
		this.mvc
			.perform(post("/students/new").param("studentNo", "")
				.locale(Locale.ENGLISH)
				.param("lang", "en")
				.with(csrf())
				.with(user(this.fixtures.login(grad))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Required")));
	}

	@Test
	void createRefusesTheStudentNumbersTheImportRefuses() throws Exception {
		String grad = this.fixtures.account(Role.GRAD_SCHOOL);
		for (String number : List.of("X'\"<x>;--", "X/../x", "X Y", "ZZ/../M20210004", "M".repeat(33))) {
			this.mvc
				.perform(newStudent(number, "新同学", "PRO_MASTER", this.hospital, this.supervisor).with(csrf())
					.with(user(this.fixtures.login(grad))))
				.andExpect(status().isOk())
				.andExpect(view().name("students/form"))
				.andExpect(model().attributeHasFieldErrors("form", "studentNo"));
			assertThat(this.registry.byStudentNo(number)).as(number).isEmpty();
			assertThat(StudentNumber.isValid(number)).as(number).isFalse();
		}
	}

	@Test
	void createRefusesAnUnknownSupervisorWithAClearMessage() throws Exception {
		String grad = this.fixtures.account(Role.GRAD_SCHOOL);
		String number = this.fixtures.unique("N");
		MvcResult refused = this.mvc
			.perform(newStudent(number, "新同学", "PRO_MASTER", null, "NOBODY").header("Referer", "/students/new")
				.with(csrf())
				.with(user(this.fixtures.login(grad))))
			.andExpect(redirectedUrl("/students/new"))
			.andReturn();
		assertThat(this.registry.byStudentNo(number)).isEmpty();
		// back on the form: the reason, and everything typed is still there
		this.mvc.perform(get("/students/new").flashAttrs(refused.getFlashMap()).with(user(this.fixtures.login(grad))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("导师工号 NOBODY 不存在")))
			.andExpect(content().string(containsString("value=\"新同学\"")))
			.andExpect(content().string(containsString("value=\"NOBODY\"")));
		this.mvc
			.perform(newStudent(number, "新同学", "PRO_MASTER", this.hospital, this.supervisor).with(csrf())
				.with(user(this.fixtures.login(grad))))
			.andExpect(redirectedUrl("/students/" + number));
		assertThat(this.registry.byStudentNo(number)).isPresent();
		// the first status's reason in the page's words
		this.mvc.perform(get("/students/" + number).with(user(this.fixtures.login(grad))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("在本系统登记")))
			.andExpect(content().string(not(containsString(">registered<"))));
		this.mvc.perform(get("/students/" + number).param("lang", "en").with(user(this.fixtures.login(grad))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("registered in Clinigrad")));
	}

	@Test
	void createRefusesADegreeTypeThatIsNotTheProgramsAndKeepsWhatWasTyped() throws Exception {
		String grad = this.fixtures.account(Role.GRAD_SCHOOL);
		String number = this.fixtures.unique("N");
		MvcResult refused = this.mvc
			.perform(newStudent(number, "错配同学", "POSTDOC", this.hospital, this.supervisor)
				.header("Referer", "/students/new")
				.with(csrf())
				.with(user(this.fixtures.login(grad))))
			.andExpect(redirectedUrl("/students/new"))
			.andReturn();
		assertThat(this.registry.byStudentNo(number)).isEmpty();
		this.mvc.perform(get("/students/new").flashAttrs(refused.getFlashMap()).with(user(this.fixtures.login(grad))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("学位类型“临床医学博士后”与培养项目 PUMC-PRO-MASTER 不符：该项目的学生为“专业学位硕士”。")))
			.andExpect(content().string(containsString("value=\"错配同学\"")));
	}

	@Test
	void statusChangesFollowTheAllowedTransitionsAndAreRecorded() throws Exception {
		String grad = this.fixtures.account(Role.GRAD_SCHOOL);
		this.mvc
			.perform(post("/students/" + this.student + "/status").param("target", "DELAYED")
				.param("effectiveOn", "2026-09-01")
				.param("reason", "未取得医师资格证书")
				.param("evidence", "研字〔2026〕12号")
				.param("version", "0")
				.with(csrf())
				.with(user(this.fixtures.login(grad))))
			.andExpect(redirectedUrl("/students/" + this.student));
		MvcResult refusedChange = this.mvc
			.perform(post("/students/" + this.student + "/status").param("target", "ENROLLED")
				.param("effectiveOn", "2026-10-01")
				.param("reason", "撤销延期")
				.param("version", "1")
				.header("Referer", "/students/" + this.student)
				.with(csrf())
				.with(user(this.fixtures.login(grad))))
			.andExpect(redirectedUrl("/students/" + this.student))
			.andReturn();
		this.mvc
			.perform(get("/students/" + this.student).flashAttrs(refusedChange.getFlashMap())
				.with(user(this.fixtures.login(grad))))
			.andExpect(content().string(containsString("学籍状态不能从“延期”变更为“在读”")))
			.andExpect(content().string(containsString("撤销延期")));
		assertThat(this.registry.byStudentNo(this.student).orElseThrow().status()).isEqualTo(StudentStatus.DELAYED);
		this.mvc.perform(get("/students/" + this.student).with(user(this.fixtures.login(grad))))
			.andExpect(content().string(containsString("未取得医师资格证书")))
			.andExpect(content().string(containsString("研字〔2026〕12号")));
	}

	@Test
	void aStatusChangeEffectiveBeforeEnrolmentOrMoreThanAYearAheadIsRefusedAndNothingSaved() throws Exception {
		UserDetails grad = this.fixtures.login(this.fixtures.account(Role.GRAD_SCHOOL));
		cohort(this.student, 2024);
		MvcResult refused = statusChange(this.student, "1990-01-01", grad).andReturn();
		this.mvc.perform(get("/students/" + this.student).flashAttrs(refused.getFlashMap()).with(user(grad)))
			.andExpect(content().string(containsString("生效日期不能早于入学日期（2024-09-01）")))
			.andExpect(content().string(containsString("value=\"1990-01-01\"")))
			.andExpect(content().string(containsString("因病休学一年")));
		statusChange(this.student, "2024-08-31", grad)
			.andExpect(flash().attribute("flashError", "student.status.error.beforeEnrolment"));
		LocalDate latest = SchoolTime.today().plusYears(1);
		refused = statusChange(this.student, latest.plusDays(1).toString(), grad)
			.andExpect(flash().attribute("flashError", "student.status.error.tooFarAhead"))
			.andReturn();
		this.mvc.perform(get("/students/" + this.student).flashAttrs(refused.getFlashMap()).with(user(grad)))
			.andExpect(content().string(containsString("生效日期不能晚于 " + latest + "（今天起一年内）")));
		assertThat(this.registry.byStudentNo(this.student).orElseThrow().status()).isEqualTo(StudentStatus.ENROLLED);
		assertThat(statusChanges(this.student)).as("only the first status").isOne();

		statusChange(this.student, "2024-09-01", grad).andExpect(redirectedUrl("/students/" + this.student));
		assertThat(this.registry.byStudentNo(this.student).orElseThrow().status()).isEqualTo(StudentStatus.DELAYED);
		statusChange(this.otherStudent, latest.toString(), grad)
			.andExpect(redirectedUrl("/students/" + this.otherStudent));
		assertThat(this.registry.byStudentNo(this.otherStudent).orElseThrow().status())
			.isEqualTo(StudentStatus.DELAYED);
	}

	private org.springframework.test.web.servlet.ResultActions statusChange(String studentNo, String effectiveOn,
			UserDetails grad) throws Exception {
		return this.mvc.perform(post("/students/" + studentNo + "/status").param("target", "DELAYED")
			.param("effectiveOn", effectiveOn)
			.param("reason", "因病休学一年")
			.param("version", String.valueOf(this.registry.byStudentNo(studentNo).orElseThrow().version()))
			.header("Referer", "/students/" + studentNo)
			.with(csrf())
			.with(user(grad)));
	}

	private void cohort(String studentNo, int year) {
		this.context.getBean(JdbcClient.class)
			.sql("update student set cohort_year = :c where student_no = :no")
			.param("c", year)
			.param("no", studentNo)
			.update();
	}

	private long statusChanges(String studentNo) {
		return this.context.getBean(JdbcClient.class)
			.sql("select count(*) from student_status_change c join student s on s.id = c.student_id where s.student_no = :no")
			.param("no", studentNo)
			.query(Long.class)
			.single();
	}

	@Test
	void whoChangedTheStatusIsNamedByTheirDisplayName() throws Exception {
		String grad = this.fixtures.account(Role.GRAD_SCHOOL);
		String name = "学籍科李老师" + this.student;
		this.context.getBean(JdbcClient.class)
			.sql("update user_account set display_name = :name where username = :u")
			.param("name", name)
			.param("u", grad)
			.update();
		this.mvc
			.perform(post("/students/" + this.student + "/status").param("target", "DELAYED")
				.param("effectiveOn", "2026-09-01")
				.param("reason", "未取得医师资格证书")
				.param("version", "0")
				.with(csrf())
				.with(user(this.fixtures.login(grad))))
			.andExpect(redirectedUrl("/students/" + this.student));
		String page = this.mvc.perform(get("/students/" + this.student).with(user(this.fixtures.login(grad))))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		String statusHistory = page.substring(page.indexOf("id=\"status-history\""));
		statusHistory = statusHistory.substring(0, statusHistory.indexOf("</ol>"));
		assertThat(statusHistory).contains(name).doesNotContain(grad);
		String changeHistory = page.substring(page.indexOf("id=\"change-history\""));
		changeHistory = changeHistory.substring(0, changeHistory.indexOf("</table>"));
		assertThat(changeHistory).as("the status in words, by the display name")
			.contains("<td class=\"text-muted\">在读</td>", "<td>延期</td>", name)
			.doesNotContain("DELAYED", "ENROLLED");
	}

	@Test
	void aCohortYearAfterNextYearIsRefusedOnThePagesAndNothingSaved() throws Exception {
		UserDetails grad = this.fixtures.login(this.fixtures.account(Role.GRAD_SCHOOL));
		int nextYear = SchoolTime.today().getYear() + 1;
		MvcResult refused = edit(this.student, "2099", grad)
			.andExpect(redirectedUrl("/students/" + this.student + "/edit"))
			.andReturn();
		this.mvc.perform(get("/students/" + this.student + "/edit").flashAttrs(refused.getFlashMap()).with(user(grad)))
			.andExpect(content().string(containsString("入学年级不能晚于 " + nextYear + " 年（最多为明年）")))
			.andExpect(content().string(containsString("value=\"2099\"")))
			.andExpect(content().string(containsString("value=\"改名同学\"")));
		edit(this.student, String.valueOf(nextYear + 1), grad)
			.andExpect(flash().attribute("flashError", "student.error.cohortYearAhead"));
		assertThat(this.registry.byStudentNo(this.student).orElseThrow().cohortYear()).isEqualTo(2023);
		assertThat(this.registry.byStudentNo(this.student).orElseThrow().name()).isEqualTo("学生" + this.student);
		String number = this.fixtures.unique("N");
		this.mvc
			.perform(post("/students/new").param("studentNo", number)
				.param("name", "新同学")
				.param("degreeType", "PRO_MASTER")
				.param("programCode", "PUMC-PRO-MASTER")
				.param("cohortYear", String.valueOf(nextYear + 1))
				.param("disciplineCode", "105101")
				.param("admissionType", "EXAM")
				.param("hospitalCode", this.hospital)
				.param("supervisorStaffNo", this.supervisor)
				.header("Referer", "/students/new")
				.with(csrf())
				.with(user(grad)))
			.andExpect(flash().attribute("flashError", "student.error.cohortYearAhead"));
		assertThat(this.registry.byStudentNo(number)).isEmpty();

		edit(this.student, String.valueOf(nextYear), grad).andExpect(redirectedUrl("/students/" + this.student));
		assertThat(this.registry.byStudentNo(this.student).orElseThrow().cohortYear()).isEqualTo(nextYear);
	}

	private org.springframework.test.web.servlet.ResultActions edit(String studentNo, String cohortYear,
			UserDetails grad) throws Exception {
		return this.mvc.perform(post("/students/" + studentNo + "/edit").param("name", "改名同学")
			.param("degreeType", "PRO_MASTER")
			.param("programCode", "PUMC-PRO-MASTER")
			.param("cohortYear", cohortYear)
			.param("disciplineCode", "105101")
			.param("admissionType", "EXAM")
			.param("hospitalCode", this.hospital)
			.param("supervisorStaffNo", this.supervisor)
			.param("version", String.valueOf(this.registry.byStudentNo(studentNo).orElseThrow().version()))
			.header("Referer", "/students/" + studentNo + "/edit")
			.with(csrf())
			.with(user(grad)));
	}

	@Test
	void aStaleEditIsAConflictAndChangesNothing() throws Exception {
		String grad = this.fixtures.account(Role.GRAD_SCHOOL);
		this.mvc
			.perform(post("/students/" + this.student + "/edit").param("name", "改名")
				.param("degreeType", "PRO_MASTER")
				.param("programCode", "PUMC-PRO-MASTER")
				.param("cohortYear", "2023")
				.param("disciplineCode", "105101")
				.param("admissionType", "EXAM")
				.param("hospitalCode", this.hospital)
				.param("supervisorStaffNo", this.supervisor)
				.param("version", "0")
				.with(csrf())
				.with(user(this.fixtures.login(grad))))
			.andExpect(redirectedUrl("/students/" + this.student));
		this.mvc
			.perform(post("/students/" + this.student + "/edit").param("name", "又改名")
				.param("degreeType", "PRO_MASTER")
				.param("programCode", "PUMC-PRO-MASTER")
				.param("cohortYear", "2023")
				.param("disciplineCode", "105101")
				.param("admissionType", "EXAM")
				.param("supervisorStaffNo", this.supervisor)
				.param("version", "0")
				.with(csrf())
				.with(user(this.fixtures.login(grad))))
			.andExpect(status().isConflict())
			.andExpect(content().string(containsString("该记录已被他人修改")));
		assertThat(this.registry.byStudentNo(this.student).orElseThrow().name()).isEqualTo("改名");
		this.mvc.perform(get("/students/" + this.student).with(user(this.fixtures.login(grad))))
			.andExpect(content().string(containsString("学生" + this.student)))
			.andExpect(content().string(containsString(grad)));
	}

	/**
	 * The new-student form of a professional master's student of PUMC-PRO-MASTER, cohort
	 * 2025, internal medicine, admitted by exam.
	 */
	private static MockHttpServletRequestBuilder newStudent(String number, String name, String degreeType,
			String hospitalCode, String supervisorStaffNo) {
		MockHttpServletRequestBuilder form = post("/students/new").param("studentNo", number)
			.param("name", name)
			.param("degreeType", degreeType)
			.param("programCode", "PUMC-PRO-MASTER")
			.param("cohortYear", "2025")
			.param("disciplineCode", "105101")
			.param("admissionType", "EXAM")
			.param("supervisorStaffNo", supervisorStaffNo);
		return (hospitalCode != null) ? form.param("hospitalCode", hospitalCode) : form;
	}

}
