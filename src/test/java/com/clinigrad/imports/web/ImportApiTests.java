package com.clinigrad.imports.web;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.clinigrad.accounts.Role;
import com.clinigrad.courses.CourseCategory;
import com.clinigrad.courses.CourseRecords;
import com.clinigrad.courses.CourseView;
import com.clinigrad.support.Fixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.json.JsonCompareMode;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.containsStringIgnoringCase;
import static org.hamcrest.Matchers.emptyString;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The import API as the exchange contract fixes it, over HTTP Basic: all or nothing,
 * idempotent upserts, row-level 422 reports, and refusals for the wrong caller.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ImportApiTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	@Autowired
	JdbcClient jdbc;

	Fixtures fixtures;

	String staff;

	String hospital;

	String supervisor;

	@BeforeEach
	void setUp() {
		this.fixtures = Fixtures.in(this.context);
		this.staff = this.fixtures.account(Role.GRAD_SCHOOL);
		this.hospital = this.fixtures.hospital();
		this.supervisor = this.fixtures.supervisor(this.hospital);
	}

	@Test
	void importingTheSameStudentsFileTwiceChangesNothingTheSecondTime() throws Exception {
		String first = this.fixtures.unique("M");
		String second = this.fixtures.unique("M");
		String csv = "\uFEFFstudent_no,name,degree_type,program_code,cohort_year,discipline_code,admission_type,"
				+ "source_school,hospital_code,supervisor_staff_no,co_supervisor_staff_no,status\n" + first
				+ ",张三,PRO_MASTER,PUMC-PRO-MASTER,2023,105101,EXAM,OWN," + this.hospital + "," + this.supervisor
				+ ",,\n" + second + ",\"李四, 小\",PRO_DOCTOR,TMU-PRO-DOCTOR,2022,105102,EXEMPT,OTHER," + this.hospital
				+ "," + this.supervisor + ",,DELAYED\n";
		this.mvc.perform(csv("students", csv, this.staff))
			.andExpect(status().isOk())
			.andExpect(
					content().json("{\"dataset\":\"students\",\"applied\":2,\"errors\":[]}", JsonCompareMode.STRICT));
		List<Map<String, Object>> afterFirst = rows(first, second);
		long revisionsAfterFirst = revisions();

		this.mvc.perform(csv("students", csv, this.staff))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.errors").isEmpty());

		assertThat(rows(first, second)).isEqualTo(afterFirst);
		assertThat(revisions()).isEqualTo(revisionsAfterFirst);
		assertThat(afterFirst).extracting((row) -> row.get("name")).containsExactlyInAnyOrder("张三", "李四, 小");
		assertThat(afterFirst).extracting((row) -> row.get("status")).containsExactlyInAnyOrder("ENROLLED", "DELAYED");
	}

	@Test
	void oneBadRowWritesNothingAndTheReportNamesRowColumnAndReason() throws Exception {
		String good = this.fixtures.unique("M");
		String bad = this.fixtures.unique("M");
		String csv = "student_no,name,degree_type,program_code,cohort_year,discipline_code,admission_type,"
				+ "supervisor_staff_no\n" + good + ",王五,PRO_MASTER,PUMC-PRO-MASTER,2023,105101,EXAM," + this.supervisor
				+ "\n" + bad + ",赵六,PRO_MASTER,PUMC-PRO-MASTER,2023,105101,EXAM,NO-SUCH-SUPERVISOR\n";
		this.mvc.perform(csv("students", csv, this.staff))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.dataset").value("students"))
			.andExpect(jsonPath("$.applied").value(0))
			.andExpect(jsonPath("$.errors[0].row").value(3))
			.andExpect(jsonPath("$.errors[0].column").value("supervisor_staff_no"))
			.andExpect(jsonPath("$.errors[0].value").value("NO-SUCH-SUPERVISOR"))
			.andExpect(jsonPath("$.errors[0].message", not(emptyString())))
			.andExpect(jsonPath("$.*", hasSize(3)));
		assertThat(rows(good, bad)).isEmpty();
	}

	@Test
	void aBadValueIsReportedInTheCallersLanguage() throws Exception {
		String hospitals = "code,name,name_en\n" + this.fixtures.unique("H") + ",,Nameless\n";
		this.mvc.perform(csv("hospitals", hospitals, this.staff).header("Accept-Language", "en"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].row").value(2))
			.andExpect(jsonPath("$.errors[0].column").value("name"))
			.andExpect(jsonPath("$.errors[0].message", containsStringIgnoringCase("required")));
	}

	@Test
	void aBodyInAnotherFormatIsRefusedInTheReportsShapeNamingTheFormatsTaken() throws Exception {
		for (String type : List.of("application/x-www-form-urlencoded", "application/json")) {
			this.mvc
				.perform(post("/api/v1/imports/hospitals").contentType(type)
					.content(("code,name\n" + this.fixtures.unique("H") + ",医院\n").getBytes(StandardCharsets.UTF_8))
					.with(httpBasic(this.staff, Fixtures.PASSWORD)))
				.andExpect(status().isUnsupportedMediaType())
				.andExpect(jsonPath("$.dataset").value("hospitals"))
				.andExpect(jsonPath("$.applied").value(0))
				.andExpect(jsonPath("$.errors[0].message", containsString("text/csv")));
		}
		// no content type at all is read as the file itself
		String code = this.fixtures.unique("H");
		this.mvc
			.perform(post("/api/v1/imports/hospitals")
				.content(("code,name\n" + code + ",医院\n").getBytes(StandardCharsets.UTF_8))
				.with(httpBasic(this.staff, Fixtures.PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.applied").value(1));
	}

	@Test
	void aRotationWithoutHospitalRepeatsTheRowThatNamesTheStudentsHospitalAndAnUnknownHospitalIsNamedAsSuch()
			throws Exception {
		this.mvc
			.perform(csv("departments", "hospital_code,code,name,subspecialty\n" + this.hospital + ",D1,心内科,心血管病\n",
					this.staff))
			.andExpect(status().isOk());
		String student = this.fixtures.student(this.hospital, this.supervisor);
		String header = "student_no,hospital_code,department_code,start_date,end_date,exam_result\n";
		for (String[] hospitals : new String[][] { { "", "" }, { "", this.hospital }, { this.hospital, "" } }) {
			this.mvc
				.perform(csv("rotations",
						header + student + "," + hospitals[0] + ",D1,2024-04-01,2024-04-30,PASS\n" + student + ","
								+ hospitals[1] + ",D1,2024-04-01,2024-05-31,FAIL\n",
						this.staff))
				.andExpect(status().isUnprocessableContent())
				.andExpect(jsonPath("$.errors.length()").value(1))
				.andExpect(jsonPath("$.errors[0].row").value(3))
				.andExpect(jsonPath("$.errors[0].column").value("start_date"))
				.andExpect(jsonPath("$.errors[0].message").value("与第 2 行重复"));
		}
		this.mvc
			.perform(csv("rotations", header + student + ",NO-SUCH-HOSPITAL,D1,2024-04-01,2024-04-30,PASS\n",
					this.staff))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].row").value(2))
			.andExpect(jsonPath("$.errors[0].column").value("hospital_code"))
			.andExpect(jsonPath("$.errors[0].value").value("NO-SUCH-HOSPITAL"));
		assertThat(this.jdbc
			.sql("select count(*) from rotation r join student s on s.id = r.student_id where s.student_no = :no")
			.param("no", student)
			.query(Long.class)
			.single()).isZero();
	}

	@Test
	void anUnknownDatasetIs404() throws Exception {
		this.mvc.perform(csv("nonsense", "a,b\n1,2\n", this.staff))
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$.dataset").value("nonsense"));
	}

	@Test
	void callersWithoutTheGraduateSchoolRoleAreRefusedAndNothingIsWritten() throws Exception {
		String studentNo = this.fixtures.unique("M");
		String csv = "student_no,name,degree_type,program_code,cohort_year,discipline_code,admission_type,"
				+ "supervisor_staff_no\n" + studentNo + ",钱七,PRO_MASTER,PUMC-PRO-MASTER,2023,105101,EXAM,"
				+ this.supervisor + "\n";
		String existing = this.fixtures.student(this.hospital, this.supervisor);
		List<String> others = List.of(this.fixtures.account(Role.EXPERT), this.fixtures.account(Role.DEGREE_COMMITTEE),
				this.fixtures.account(Set.of(Role.HOSPITAL_OFFICE), this.hospital, null, null, null),
				this.fixtures.account(Set.of(Role.DEPT_COORDINATOR), this.hospital, "D1", null, null),
				this.fixtures.account(Set.of(Role.SUPERVISOR), null, null, this.supervisor, null),
				this.fixtures.account(Set.of(Role.STUDENT), null, null, null, existing));
		for (String username : others) {
			this.mvc.perform(csv("students", csv, username)).andExpect(status().isForbidden());
		}
		this.mvc
			.perform(post("/api/v1/imports/students").contentType("text/csv")
				.content(csv.getBytes(StandardCharsets.UTF_8)))
			.andExpect(status().isUnauthorized());
		this.mvc
			.perform(post("/api/v1/imports/students").contentType("text/csv")
				.content(csv.getBytes(StandardCharsets.UTF_8))
				.with(httpBasic(this.staff, "wrong-password")))
			.andExpect(status().isUnauthorized());
		assertThat(rows(studentNo)).isEmpty();
	}

	@Test
	void anEmptyBodyIsARowLevelError() throws Exception {
		this.mvc.perform(csv("hospitals", "", this.staff))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().contentTypeCompatibleWith("application/json"))
			.andExpect(jsonPath("$.applied").value(0))
			.andExpect(jsonPath("$.errors[0].message", not(emptyString())));
	}

	@Test
	void studentNumbersTheStudentFormRefusesAreRowErrorsOfTheStudentsImport() throws Exception {
		String csv = "student_no,name,degree_type,program_code,cohort_year,discipline_code,admission_type,"
				+ "supervisor_staff_no\n" + "\"X'\"\"<x>;--\",甲,PRO_MASTER,PUMC-PRO-MASTER,2023,105101,EXAM,"
				+ this.supervisor + "\nX/../x,乙,PRO_MASTER,PUMC-PRO-MASTER,2023,105101,EXAM," + this.supervisor
				+ "\nX Y,丙,PRO_MASTER,PUMC-PRO-MASTER,2023,105101,EXAM," + this.supervisor + "\n";
		this.mvc.perform(csv("students", csv, this.staff))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.applied").value(0))
			.andExpect(jsonPath("$.errors.length()").value(3))
			.andExpect(jsonPath("$.errors[*].row", contains(2, 3, 4)))
			.andExpect(jsonPath("$.errors[*].column", everyItem(is("student_no"))))
			.andExpect(jsonPath("$.errors[*].value", contains("X'\"<x>;--", "X/../x", "X Y")));
		assertThat(rows("X'\"<x>;--", "X/../x", "X Y")).isEmpty();
	}

	@Test
	void aStudentNumberColumnOfARecordDatasetRefusesNonsenseBeforeAnyLookup() throws Exception {
		String csv = "student_no,type,obtained_on\nZZ/../M20210004,MEDICAL_LICENSE,2024-08-15\n";
		this.mvc.perform(csv("certificates", csv, this.staff))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors.length()").value(1))
			.andExpect(jsonPath("$.errors[0].column").value("student_no"))
			.andExpect(jsonPath("$.errors[0].value").value("ZZ/../M20210004"))
			.andExpect(jsonPath("$.errors[0].message", containsString("字母、数字、下划线和连字符")));
	}

	@Test
	void aGradeWhoseScoreAndResultDisagreeAtThePassMarkIsRefused() throws Exception {
		String student = this.fixtures.student(this.hospital, this.supervisor);
		String course = course();
		String header = "student_no,course_code,term,attempt,score,result\n";
		this.mvc.perform(csv("grades", header + student + "," + course + ",2024-1,1,80,FAIL\n", this.staff))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors.length()").value(1))
			.andExpect(jsonPath("$.errors[0].row").value(2))
			.andExpect(jsonPath("$.errors[0].column").value("result"))
			.andExpect(jsonPath("$.errors[0].value").value("FAIL"))
			.andExpect(jsonPath("$.errors[0].message", containsString("60")));
		this.mvc
			.perform(csv("grades", header + student + "," + course + ",2024-1,1,59.5,PASS\n", this.staff)
				.header("Accept-Language", "en"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].column").value("result"))
			.andExpect(jsonPath("$.errors[0].message", containsString("disagree")));
		assertThat(grades(course)).isZero();

		this.mvc.perform(csv("grades", header + student + "," + course + ",2024-1,1,80,PASS\n", this.staff))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.applied").value(1));
		assertThat(grades(course)).isOne();
	}

	@Test
	void aScoreWithTwoDecimalsIsRefusedNamingScoreNeverRounded() throws Exception {
		String student = this.fixtures.student(this.hospital, this.supervisor);
		String course = course();
		String csv = "student_no,course_code,term,attempt,score\n" + student + "," + course + ",2024-1,1,59.95\n";
		this.mvc.perform(csv("grades", csv, this.staff))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors.length()").value(1))
			.andExpect(jsonPath("$.errors[0].column").value("score"))
			.andExpect(jsonPath("$.errors[0].value").value("59.95"))
			.andExpect(jsonPath("$.errors[0].message").value("最多一位小数。"));
		assertThat(grades(course)).isZero();
	}

	@Test
	void aDateOutside1900To2100IsARowErrorNamingItsColumn() throws Exception {
		String student = this.fixtures.student(this.hospital, this.supervisor);
		this.mvc
			.perform(csv("certificates", "student_no,type,obtained_on\n" + student + ",MEDICAL_LICENSE,0000-01-01\n",
					this.staff))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors.length()").value(1))
			.andExpect(jsonPath("$.errors[0].column").value("obtained_on"))
			.andExpect(jsonPath("$.errors[0].value").value("0000-01-01"))
			.andExpect(jsonPath("$.errors[0].message", containsString("1900-01-01")));
		this.mvc
			.perform(
					csv("rotations",
							"student_no,department_code,start_date,end_date\n" + student
									+ ",D1,2024-01-01,9999-12-31\n",
							this.staff))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors.length()").value(1))
			.andExpect(jsonPath("$.errors[0].column").value("end_date"));
	}

	@Test
	void aNulCharacterIsARowErrorNamingItsColumnWithoutDatabaseText() throws Exception {
		String code = this.fixtures.unique("H");
		this.mvc.perform(csv("hospitals", "code,name\n" + code + ",协和\u0000医院\n", this.staff))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors.length()").value(1))
			.andExpect(jsonPath("$.errors[0].row").value(2))
			.andExpect(jsonPath("$.errors[0].column").value("name"))
			.andExpect(jsonPath("$.errors[0].value", not(containsString("\u0000"))))
			.andExpect(jsonPath("$.errors[0].message", containsString("不允许的字符")));
		String student = this.fixtures.student(this.hospital, this.supervisor);
		this.mvc
			.perform(csv("grades",
					"student_no,course_code,term,attempt,score\nM\u00001,C\u00001,2024-1,1,80\n" + student
							+ ",C\u00002,2024-1,1,80\n",
					this.staff)
				.header("Accept-Language", "en"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[*].column", contains("student_no", "course_code", "course_code")))
			.andExpect(jsonPath("$.errors[*].message",
					everyItem(allOf(containsString("not allowed"), not(containsStringIgnoringCase("sql")),
							not(containsString("0x00")), not(containsString("ERROR:"))))));
	}

	@Test
	void anUnbalancedQuoteIsReportedByRowAndLineWithoutJavaInternals() throws Exception {
		String csv = "code,name\n" + this.fixtures.unique("H") + ",\"协和\n医院\"\n" + this.fixtures.unique("H")
				+ ",\"never closed\n";
		for (String language : List.of("zh-CN", "en")) {
			this.mvc.perform(csv("hospitals", csv, this.staff).header("Accept-Language", language))
				.andExpect(status().isUnprocessableContent())
				.andExpect(jsonPath("$.errors.length()").value(1))
				.andExpect(jsonPath("$.errors[0].row").value(3))
				.andExpect(jsonPath("$.errors[0].message",
						allOf(containsString("3"), containsString("4"), not(containsString("java.")),
								not(containsString("Exception")), not(containsStringIgnoringCase("encapsulated")))));
		}
	}

	@Test
	void aFileWithMoreThanAThousandBadRowsReportsTheFirstThousandAndTheTotal() throws Exception {
		StringBuilder csv = new StringBuilder("code,name\n");
		for (int i = 0; i < 1500; i++) {
			csv.append(this.fixtures.unique("H")).append(",\n");
		}
		this.mvc.perform(csv("hospitals", csv.toString(), this.staff))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.dataset").value("hospitals"))
			.andExpect(jsonPath("$.applied").value(0))
			.andExpect(jsonPath("$.errors.length()").value(1000))
			.andExpect(jsonPath("$.errors[0].row").value(2))
			.andExpect(jsonPath("$.errors[999].row").value(1001))
			.andExpect(jsonPath("$.errors[999].column").value("name"))
			.andExpect(jsonPath("$.totalErrors").value(1500));
	}

	@Test
	void theFirstThousandAreTheFirstByRowWhateverCheckFoundThem() throws Exception {
		StringBuilder csv = new StringBuilder("hospital_code,code,name,subspecialty\n");
		for (int i = 0; i < 600; i++) {
			csv.append("NO-SUCH-HOSPITAL,D").append(i).append(",,\n");
		}
		this.mvc.perform(csv("departments", csv.toString(), this.staff))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors.length()").value(1000))
			.andExpect(jsonPath("$.totalErrors").value(1200))
			.andExpect(jsonPath("$.errors[0].column").value("hospital_code"))
			.andExpect(jsonPath("$.errors[1].column").value("name"))
			.andExpect(jsonPath("$.errors[999].row").value(501));
	}

	private String course() {
		String code = this.fixtures.unique("C");
		this.context.getBean(CourseRecords.class)
			.upsertCourse(new CourseView(code, "课程" + code, null, CourseCategory.ELECTIVE, BigDecimal.ONE, 18, null));
		return code;
	}

	private long grades(String courseCode) {
		return this.jdbc.sql("SELECT count(*) FROM grade g JOIN course c ON c.id = g.course_id WHERE c.code = :c")
			.param("c", courseCode)
			.query(Long.class)
			.single();
	}

	private MockHttpServletRequestBuilder csv(String dataset, String body, String username) {
		return post("/api/v1/imports/" + dataset).contentType("text/csv")
			.content(body.getBytes(StandardCharsets.UTF_8))
			.with(httpBasic(username, Fixtures.PASSWORD));
	}

	private List<Map<String, Object>> rows(String... studentNos) {
		return this.jdbc.sql("SELECT * FROM student WHERE student_no IN (:nos) ORDER BY student_no")
			.param("nos", List.of(studentNos))
			.query()
			.listOfRows();
	}

	private long revisions() {
		return this.jdbc.sql("SELECT count(*) FROM student_aud").query(Long.class).single();
	}

}
