package com.clinigrad.rotations;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import com.clinigrad.accounts.Role;
import com.clinigrad.organization.Organization;
import com.clinigrad.students.AdmissionType;
import com.clinigrad.students.DegreeType;
import com.clinigrad.students.SourceSchool;
import com.clinigrad.students.StudentCommand;
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

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Plans that fit the student: none where the program requires no clinical training (the
 * page says so in words); a required area the student's hospital cannot train marked,
 * with the base hospitals that can, and listed for the office; the months already rotated
 * shown against the plan on the student's, the supervisor's and the coordinator's pages.
 */
@SpringBootTest
@AutoConfigureMockMvc
class RotationPlanFitTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	@Autowired
	JdbcClient jdbc;

	Fixtures fixtures;

	String hospital;

	String otherHospital;

	String supervisor;

	UserDetails office;

	@BeforeEach
	void hospitals() {
		this.fixtures = Fixtures.in(this.context);
		this.hospital = this.fixtures.hospital();
		this.otherHospital = this.fixtures.hospital();
		Organization organization = this.context.getBean(Organization.class);
		organization.upsertDepartment(this.hospital, "EM", "急诊科", null, 40, null);
		organization.upsertDepartment(this.hospital, "GS", "普通外科", "普通外科", 80, null);
		organization.upsertDepartment(this.otherHospital, "PE", "儿科", null, 60, null);
		this.supervisor = this.fixtures.supervisor(this.hospital);
		this.office = this.fixtures
			.login(this.fixtures.account(Set.of(Role.HOSPITAL_OFFICE), this.hospital, null, null, null));
	}

	@Test
	void aProgramWithoutClinicalTrainingGetsNoPlanAndItsPageSaysSo() throws Exception {
		String doctoral = this.fixtures.doctoralStudent("ZJU-DOCTOR", this.hospital, this.supervisor, null);
		this.mvc.perform(get("/students/" + doctoral + "/rotations").with(user(this.office)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("不要求临床轮转，因此没有轮转计划")))
			.andExpect(content().string(not(containsString("id=\"generate-plan\""))))
			.andExpect(content().string(not(containsString("id=\"plan-table\""))));
		this.mvc.perform(post("/students/" + doctoral + "/rotation-plan").with(user(this.office)).with(csrf()))
			.andExpect(status().isConflict())
			.andExpect(content().string(containsString("培养方案不要求临床轮转")));
		StudentRegistry students = this.context.getBean(StudentRegistry.class);
		this.context.getBean(RotationPlans.class)
			.generateMissing(List.of(students.keysByStudentNo(List.of(doctoral)).get(doctoral)), "研究生院培养办");
		assertThat(planAreas(doctoral)).isEmpty();
		this.mvc.perform(get("/students/" + doctoral + "/rotations").with(user(this.office)).param("lang", "en"))
			.andExpect(
					content().string(containsString("requires no clinical rotations, so there is no rotation plan")));
	}

	@Test
	void thePlanIsAdjustedByAnAreasNameInEitherLanguage() throws Exception {
		String paediatrics = student("105102");
		this.mvc.perform(post("/students/" + paediatrics + "/rotation-plan").with(user(this.office)).with(csrf()))
			.andExpect(status().is3xxRedirection());
		// the English page offers the English names, and the English name finds the area
		this.mvc.perform(get("/students/" + paediatrics + "/rotations").with(user(this.office)).param("lang", "en"))
			.andExpect(content().string(containsString("<option value=\"Emergency\">")));
		this.mvc
			.perform(post("/students/" + paediatrics + "/rotation-plan/adjust").with(user(this.office))
				.with(csrf())
				.param("area", "emergency")
				.param("months", "5")
				.param("reason", "extra emergency months"))
			.andExpect(status().is3xxRedirection());
		assertThat(this.jdbc.sql("""
				select i.months from rotation_plan_item i join student s on s.id = i.student_id
				where s.student_no = :no and i.area = '急诊科'""").param("no", paediatrics).query(Integer.class).single())
			.isEqualTo(5);
		assertThat(planAreas(paediatrics)).containsExactly("儿科", "急诊科");
		// a name of no area, without its sub-specialty, is refused
		this.mvc
			.perform(post("/students/" + paediatrics + "/rotation-plan/adjust").with(user(this.office))
				.with(csrf())
				.param("area", "Cardiology")
				.param("months", "2")
				.param("reason", "x"))
			.andExpect(status().isConflict());
		// the student cannot adjust the plan
		UserDetails student = this.fixtures
			.login(this.fixtures.account(Set.of(Role.STUDENT), null, null, null, paediatrics));
		this.mvc
			.perform(post("/students/" + paediatrics + "/rotation-plan/adjust").with(user(student))
				.with(csrf())
				.param("area", "急诊科")
				.param("months", "1")
				.param("reason", "x"))
			.andExpect(status().isForbidden());
		assertThat(planAreas(paediatrics)).containsExactly("儿科", "急诊科");
	}

	@Test
	void aRequiredAreaTheHospitalCannotTrainIsMarkedWithTheBaseHospitalsThatCan() throws Exception {
		String paediatrics = student("105102");
		this.mvc.perform(post("/students/" + paediatrics + "/rotation-plan").with(user(this.office)).with(csrf()))
			.andExpect(status().is3xxRedirection());
		// the required paediatrics stays (marked); the optional radiology the hospital
		// lacks is left out, with a line in the history
		assertThat(planAreas(paediatrics)).containsExactly("儿科", "急诊科");
		this.mvc.perform(get("/students/" + paediatrics + "/rotations").with(user(this.office)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("data-gap=\"儿科\"")))
			.andExpect(content().string(containsString("测试医院" + this.hospital + "没有相应科室")))
			.andExpect(content().string(containsString("测试医院" + this.otherHospital + " 儿科")))
			.andExpect(content().string(containsString("未列入选轮科目 放射科（3 个月）")))
			.andExpect(content().string(not(containsString("data-gap=\"急诊科\""))));

		this.mvc.perform(get("/rotations/plan-gaps").param("hospital", this.hospital).with(user(this.office)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("data-student=\"" + paediatrics + "\"")))
			.andExpect(content().string(containsString("测试医院" + this.otherHospital + " 儿科")));
		UserDetails otherOffice = this.fixtures
			.login(this.fixtures.account(Set.of(Role.HOSPITAL_OFFICE), this.otherHospital, null, null, null));
		UserDetails ownStudent = this.fixtures
			.login(this.fixtures.account(Set.of(Role.STUDENT), null, null, null, paediatrics));
		UserDetails ownSupervisor = this.fixtures
			.login(this.fixtures.account(Set.of(Role.SUPERVISOR), null, null, this.supervisor, null));
		UserDetails coordinator = this.fixtures
			.login(this.fixtures.account(Set.of(Role.DEPT_COORDINATOR), this.hospital, "D1", null, null));
		this.mvc.perform(get("/rotations/plan-gaps").param("hospital", this.hospital).with(user(otherOffice)))
			.andExpect(status().isForbidden());
		for (UserDetails refused : List.of(ownStudent, ownSupervisor, coordinator)) {
			this.mvc.perform(get("/rotations/plan-gaps").param("hospital", this.hospital).with(user(refused)))
				.andExpect(status().isForbidden());
		}
		// a rotation arranged at the other base hospital closes the gap
		long paediatricsElsewhere = department(this.otherHospital, "PE");
		this.context.getBean(RotationRecords.class)
			.upsert(new RotationEntry(this.fixtures.studentId(paediatrics), paediatricsElsewhere,
					LocalDate.of(2030, 1, 1), LocalDate.of(2032, 3, 31), false, null, null));
		this.mvc.perform(get("/rotations/plan-gaps").param("hospital", this.hospital).with(user(this.office)))
			.andExpect(content().string(not(containsString("data-student=\"" + paediatrics + "\""))));
	}

	@Test
	void monthsAlreadyRotatedShowAgainstThePlanForEveryoneWhoSeesIt() throws Exception {
		String student = this.fixtures.student(this.hospital, this.supervisor);
		this.mvc.perform(post("/students/" + student + "/rotation-plan").with(user(this.office)).with(csrf()))
			.andExpect(status().is3xxRedirection());
		long studentId = this.fixtures.studentId(student);
		long cardiology = department(this.hospital, "D1");
		long emergency = department(this.hospital, "EM");
		long surgery = department(this.hospital, "GS");
		RotationRecords records = this.context.getBean(RotationRecords.class);
		records.upsert(rotation(studentId, cardiology, "2023-09-01", "2024-04-30", "PASS"));
		records.upsert(rotation(studentId, emergency, "2024-05-01", "2024-08-31", "PASS"));
		records.upsert(rotation(studentId, surgery, "2024-09-01", "2025-08-31", "PASS"));
		records.upsert(rotation(studentId, emergency, "2025-09-01", "2025-09-30", null));

		UserDetails ownStudent = this.fixtures
			.login(this.fixtures.account(Set.of(Role.STUDENT), null, null, null, student));
		UserDetails ownSupervisor = this.fixtures
			.login(this.fixtures.account(Set.of(Role.SUPERVISOR), null, null, this.supervisor, null));
		for (UserDetails viewer : List.of(ownStudent, ownSupervisor, this.office)) {
			this.mvc.perform(get("/students/" + student + "/rotations").with(user(viewer)))
				.andExpect(status().isOk())
				.andExpect(content()
					.string(containsString("已完成 24 个月，轮转中 0 个月，已安排 0 个月，待出科考核 1 个月；培养方案要求总计 33 个月，按总月数尚需安排 8 个月。")))
				.andExpect(content().string(containsString("其中 12 个月在计划外科室完成")))
				.andExpect(content().string(containsString("data-area=\"outside\"")));
		}
		String html = this.mvc.perform(get("/students/" + student + "/rotations").with(user(ownStudent)))
			.andReturn()
			.getResponse()
			.getContentAsString();
		// cardiology: 8 months against 5 required, done; emergency: 4 done, 1 waiting for
		// its exam
		assertThat(row(html, "心血管病")).contains(">8<").contains("已完成");
		assertThat(row(html, "急诊科")).contains(">4<").contains(">1<");
		// the same months as the audit's clinical months
		assertThat(html).containsPattern("data-rule=\"CLINICAL_MONTHS\"[\\s\\S]*?fw-semibold\">24.0 个月</div>");

		long rotation = this.jdbc.sql("select id from rotation where student_id = :s and department_id = :d")
			.param("s", studentId)
			.param("d", cardiology)
			.query(Long.class)
			.single();
		UserDetails coordinator = this.fixtures
			.login(this.fixtures.account(Set.of(Role.DEPT_COORDINATOR), this.hospital, "D1", null, null));
		UserDetails otherCoordinator = this.fixtures
			.login(this.fixtures.account(Set.of(Role.DEPT_COORDINATOR), this.hospital, "EM", null, null));
		this.mvc.perform(get("/rotations/" + rotation + "/assess").with(user(coordinator)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"trainee-plan\"")))
			.andExpect(content().string(containsString("已完成 24 个月")));
		this.mvc.perform(get("/rotations/" + rotation + "/assess").with(user(otherCoordinator)))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/students/" + student + "/rotations").with(user(coordinator)))
			.andExpect(status().isForbidden());
		UserDetails anotherStudent = this.fixtures.login(this.fixtures.account(Set.of(Role.STUDENT), null, null, null,
				this.fixtures.student(this.hospital, this.supervisor)));
		this.mvc.perform(get("/students/" + student + "/rotations").with(user(anotherStudent)))
			.andExpect(status().isNotFound());
	}

	@Test
	void theProgramsTotalReachedWithAreasStillShortIsNotCalledACompletePlanOnAnyPage() throws Exception {
		String student = this.fixtures.student(this.hospital, this.supervisor);
		this.mvc.perform(post("/students/" + student + "/rotation-plan").with(user(this.office)).with(csrf()))
			.andExpect(status().is3xxRedirection());
		long studentId = this.fixtures.studentId(student);
		long cardiology = department(this.hospital, "D1");
		RotationRecords records = this.context.getBean(RotationRecords.class);
		records.upsert(rotation(studentId, cardiology, "2023-09-01", "2024-01-31", "PASS"));
		records.upsert(rotation(studentId, department(this.hospital, "GS"), "2024-02-01", "2026-10-31", "PASS"));
		long rotation = this.jdbc.sql("select id from rotation where student_id = :s and department_id = :d")
			.param("s", studentId)
			.param("d", cardiology)
			.query(Long.class)
			.single();
		UserDetails ownStudent = this.fixtures
			.login(this.fixtures.account(Set.of(Role.STUDENT), null, null, null, student));
		UserDetails ownSupervisor = this.fixtures
			.login(this.fixtures.account(Set.of(Role.SUPERVISOR), null, null, this.supervisor, null));
		UserDetails coordinator = this.fixtures
			.login(this.fixtures.account(Set.of(Role.DEPT_COORDINATOR), this.hospital, "D1", null, null));
		List<String> pages = new ArrayList<>();
		for (UserDetails viewer : List.of(ownStudent, ownSupervisor, this.office)) {
			pages.add(this.mvc.perform(get("/students/" + student + "/rotations").with(user(viewer)))
				.andExpect(status().isOk())
				.andReturn()
				.getResponse()
				.getContentAsString());
		}
		pages.add(this.mvc.perform(get("/rotations/" + rotation + "/assess").with(user(coordinator)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());
		for (String html : pages) {
			// 38 months done of the 33 the program requires, but only cardiology of the
			// plan's eight required areas
			assertThat(html).contains("data-standing=\"PROGRAM_MET\"")
				.contains("已完成并考核合格的轮转 38 个月，达到培养方案要求的 33 个月（学位审核按总月数计）；但轮转计划尚未完成。")
				.contains("尚有 7 个科目未达到计划要求的月数：呼吸系病、消化系病、内分泌与代谢病、肾病、血液病、感染病、急诊科；各科目合计尚需安排 23 个月")
				.doesNotContain("轮转计划已完成");
			// the total row's months still to arrange are the rows' sum
			assertThat(totalRemaining(html)).isEqualTo("23 个月");
		}
		this.mvc.perform(get("/students/" + student + "/rotations").with(user(ownStudent)).param("lang", "en"))
			.andExpect(content().string(containsString(
					"The 38 months done (exams passed) reach the 33 months the program requires (the degree audit counts the total), but the rotation plan is not complete yet.")))
			.andExpect(content().string(containsString("7 areas of the plan still lack months")));
	}

	private static String totalRemaining(String html) {
		int start = html.indexOf("id=\"plan-total-remaining\"");
		assertThat(start).as("total row").isPositive();
		return html.substring(html.indexOf('>', start) + 1, html.indexOf("</td>", start));
	}

	private String student(String disciplineCode) {
		String studentNo = this.fixtures.unique("M");
		this.context.getBean(StudentRegistry.class)
			.upsert(new StudentCommand(studentNo, "学生" + studentNo, DegreeType.PRO_MASTER, "PUMC-PRO-MASTER", 2023,
					disciplineCode, AdmissionType.EXAM, SourceSchool.OWN, this.hospital, this.supervisor, null),
					StudentStatus.ENROLLED);
		return studentNo;
	}

	private List<String> planAreas(String studentNo) {
		return this.jdbc.sql("""
				select i.area from rotation_plan_item i join student s on s.id = i.student_id
				where s.student_no = :no order by i.position
				""").param("no", studentNo).query(String.class).list();
	}

	private long department(String hospitalCode, String code) {
		return this.jdbc.sql(
				"select d.id from department d join hospital h on h.id = d.hospital_id where h.code = :h and d.code = :c")
			.param("h", hospitalCode)
			.param("c", code)
			.query(Long.class)
			.single();
	}

	private static RotationEntry rotation(long student, long department, String start, String end, String exam) {
		return new RotationEntry(student, department, LocalDate.parse(start), LocalDate.parse(end), false,
				ExamResult.of(exam), null);
	}

	private static String row(String html, String area) {
		int start = html.indexOf("data-area=\"" + area + "\"");
		assertThat(start).as("plan row %s", area).isPositive();
		return html.substring(start, html.indexOf("</tr>", start));
	}

}
