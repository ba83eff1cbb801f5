package com.clinigrad.reports;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.clinigrad.accounts.IssuedApiToken;
import com.clinigrad.accounts.Role;
import com.clinigrad.students.StudentStatus;
import com.clinigrad.support.Fixtures;
import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpHeaders;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The annual-report inputs and figures of the exchange format v1.1 over the API: the
 * {@code admissions} and {@code employment} datasets (all or nothing, row errors, upserts
 * by key) and {@code GET /api/v1/reports/annual} with each counting rule at its edge.
 * Each test works in a year of its own; the supervisor figures, which count everyone
 * holding a qualification, are compared before and after the test's records.
 */
@SpringBootTest
@AutoConfigureMockMvc
class AnnualReportApiTests {

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

	// ---- admissions ----

	@Test
	void admissionsAreAppliedAllOrNothingAndUpsertedByYearAndApplicant() throws Exception {
		String student = this.fixtures.student(this.hospital, this.supervisor);
		String csv = "\uFEFFyear,applicant_no,name,program_code,discipline_code,admission_type,source_school,"
				+ "source_school_name,first_choice,admitted,student_no\n"
				+ "2081,A1,王一,PUMC-PRO-MASTER,105101,EXAM,OWN,本校,true,true," + student + "\n"
				+ "2081,A2,王二,PUMC-PRO-MASTER,105101,EXEMPT,OTHER,\"山东大学, 医学部\",false,true,\n"
				+ "2081,A3,王三,TMU-PRO-DOCTOR,105101,GENERAL,,,,false,\n";
		importCsv("admissions", csv).andExpect(status().isOk())
			.andExpect(jsonPath("$.dataset").value("admissions"))
			.andExpect(jsonPath("$.applied").value(3))
			.andExpect(jsonPath("$.errors").isEmpty());
		List<Map<String, Object>> first = admissionRows(2081);
		assertThat(first).hasSize(3);
		assertThat(first.get(1).get("source_school_name")).isEqualTo("山东大学, 医学部");
		assertThat(first.get(2).get("first_choice")).isEqualTo(false);

		importCsv("admissions", csv).andExpect(status().isOk()).andExpect(jsonPath("$.applied").value(3));
		assertThat(admissionRows(2081)).isEqualTo(first);

		// a changed cell updates the row of its key, and only that
		importCsv("admissions", "year,applicant_no,name,program_code,discipline_code,admission_type,admitted\n"
				+ "2081,A3,王三,TMU-PRO-DOCTOR,105101,GENERAL,true\n")
			.andExpect(status().isOk());
		List<Map<String, Object>> changed = admissionRows(2081);
		assertThat(changed).hasSize(3);
		assertThat(changed.get(2).get("admitted")).isEqualTo(true);
		assertThat(changed.subList(0, 2)).isEqualTo(first.subList(0, 2));
	}

	@Test
	void badAdmissionRowsAreReportedAndNothingIsWritten() throws Exception {
		String csv = "year,applicant_no,name,program_code,discipline_code,admission_type,source_school,first_choice,"
				+ "admitted,student_no\n" + "2082,B1,好,PUMC-PRO-MASTER,105101,EXAM,OWN,true,true,\n"
				+ "2082,B2,坏,NO-SUCH,105101,EXAM,OWN,true,true,\n"
				+ "2082,B3,坏,PUMC-PRO-MASTER,105101,BRIBE,OWN,true,true,\n"
				+ "2082,B4,坏,PUMC-PRO-MASTER,105101,EXAM,OWN,true,,\n"
				+ "2082,B5,坏,PUMC-PRO-MASTER,105101,EXAM,OWN,maybe,true,\n"
				+ "2082,B6,坏,PUMC-PRO-MASTER,105101,EXAM,OWN,true,true,NOSUCHSTUDENT9\n"
				+ "20x2,B7,坏,PUMC-PRO-MASTER,105101,EXAM,OWN,true,true,\n"
				+ "2082,B1,重复,PUMC-PRO-MASTER,105101,EXAM,OWN,true,true,\n";
		importCsv("admissions", csv).andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.applied").value(0))
			.andExpect(jsonPath("$.errors", hasSize(7)))
			.andExpect(jsonPath("$.errors[?(@.row == 3)].column").value("program_code"))
			.andExpect(jsonPath("$.errors[?(@.row == 4)].column").value("admission_type"))
			.andExpect(jsonPath("$.errors[?(@.row == 5)].column").value("admitted"))
			.andExpect(jsonPath("$.errors[?(@.row == 6)].column").value("first_choice"))
			.andExpect(jsonPath("$.errors[?(@.row == 7)].column").value("student_no"))
			.andExpect(jsonPath("$.errors[?(@.row == 8)].column").value("year"))
			.andExpect(jsonPath("$.errors[?(@.row == 9)].column").value("applicant_no"));
		assertThat(admissionRows(2082)).isEmpty();
		importCsv("admissions", "year,applicant_no,name\n2082,B1,好\n").andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].row").value(1));
	}

	@Test
	void theAdmissionFiguresCountTheYearsRowsAndTheAdmittedBySourceAndType() throws Exception {
		importCsv("admissions",
				"year,applicant_no,name,program_code,discipline_code,admission_type,source_school,first_choice,admitted\n"
						+ "2083,C1,甲,PUMC-PRO-MASTER,105101,EXAM,OWN,true,true\n"
						+ "2083,C2,乙,PUMC-PRO-MASTER,105101,EXEMPT,OTHER,false,true\n"
						+ "2083,C3,丙,PUMC-PRO-MASTER,105101,EXAM,OTHER,true,false\n"
						+ "2083,C4,丁,TMU-PRO-DOCTOR,105101,MASTER_TO_PHD,,true,true\n"
						+ "2084,C1,戊,PUMC-PRO-MASTER,105101,EXAM,OWN,true,true\n")
			.andExpect(status().isOk());
		report("2083", null).andExpect(status().isOk())
			.andExpect(jsonPath("$.year").value(2083))
			.andExpect(jsonPath("$.program").doesNotExist())
			.andExpect(jsonPath("$.admissions.applicants").value(4))
			.andExpect(jsonPath("$.admissions.admitted").value(3))
			.andExpect(jsonPath("$.admissions.firstChoiceAdmitted").value(2))
			.andExpect(jsonPath("$.admissions.admittedBySource.OWN").value(1))
			.andExpect(jsonPath("$.admissions.admittedBySource.OTHER").value(1))
			.andExpect(jsonPath("$.admissions.admittedByType.EXAM").value(1))
			.andExpect(jsonPath("$.admissions.admittedByType.EXEMPT").value(1))
			.andExpect(jsonPath("$.admissions.admittedByType.MASTER_TO_PHD").value(1))
			.andExpect(jsonPath("$.admissions.admittedByType.DIRECT_PHD").value(0));
		report("2083", "PUMC-PRO-MASTER").andExpect(status().isOk())
			.andExpect(jsonPath("$.program").value("PUMC-PRO-MASTER"))
			.andExpect(jsonPath("$.admissions.applicants").value(3))
			.andExpect(jsonPath("$.admissions.admitted").value(2))
			.andExpect(jsonPath("$.admissions.firstChoiceAdmitted").value(1))
			.andExpect(jsonPath("$.admissions.admittedByType.MASTER_TO_PHD").value(0));
		report("2085", null).andExpect(jsonPath("$.admissions.applicants").value(0))
			.andExpect(jsonPath("$.admissions.admittedBySource.OWN").value(0));
	}

	// ---- employment ----

	@Test
	void employmentIsUpsertedByStudentAndBadRowsWriteNothing() throws Exception {
		String a = this.fixtures.student(this.hospital, this.supervisor, StudentStatus.GRADUATED);
		String b = this.fixtures.student(this.hospital, this.supervisor, StudentStatus.GRADUATED);
		String csv = "student_no,graduated_on,destination_kind,employer,region\n" + a
				+ ",2086-06-30,HOSPITAL_TERTIARY,北京协和医院,北京\n" + b + ",2086-07-01,UNEMPLOYED,,\n";
		importCsv("employment", csv).andExpect(status().isOk()).andExpect(jsonPath("$.applied").value(2));
		List<Map<String, Object>> first = employmentRows(a, b);
		importCsv("employment", csv).andExpect(status().isOk());
		assertThat(employmentRows(a, b)).isEqualTo(first);
		importCsv("employment", "student_no,graduated_on,destination_kind\n" + b + ",2086-07-01,FURTHER_STUDY\n")
			.andExpect(status().isOk());
		assertThat(employmentRows(a, b).get(1).get("destination_kind")).isEqualTo("FURTHER_STUDY");
		assertThat(employmentRows(a, b).get(0)).isEqualTo(first.get(0));

		String c = this.fixtures.student(this.hospital, this.supervisor, StudentStatus.GRADUATED);
		String bad = "student_no,graduated_on,destination_kind,region\n" + a + ",2086-06-30,ABROAD,\n"
				+ "NOSUCHSTUDENT8,2086-06-30,ABROAD,\n" + b + ",2086-02-30,ABROAD,\n" + c + ",2086-06-30,SPACE,\n";
		importCsv("employment", bad).andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.dataset").value("employment"))
			.andExpect(jsonPath("$.applied").value(0))
			.andExpect(jsonPath("$.errors[?(@.row == 3)].column").value("student_no"))
			.andExpect(jsonPath("$.errors[?(@.row == 4)].column").value("graduated_on"))
			.andExpect(jsonPath("$.errors[?(@.row == 5)].column").value("destination_kind"));
		assertThat(employmentRows(a, b).get(0).get("destination_kind")).isEqualTo("HOSPITAL_TERTIARY");
	}

	@Test
	void theEmploymentRateIsRoundedHalfUpToFourDecimalsOverTheYearsGraduates() throws Exception {
		List<String> graduates = new ArrayList<>();
		for (int i = 0; i < 32; i++) {
			graduates.add(this.fixtures.student(this.hospital, this.supervisor, StudentStatus.GRADUATED));
		}
		StringBuilder csv = new StringBuilder("student_no,graduated_on,destination_kind,region\n");
		// 1 employed of 32 = 0.03125: half-up 0.0313 (half-even would give 0.0312)
		csv.append(graduates.get(0)).append(",2087-01-01,ABROAD,\n");
		for (int i = 1; i < 31; i++) {
			csv.append(graduates.get(i)).append(",2087-06-30,UNEMPLOYED,\n");
		}
		csv.append(graduates.get(31)).append(",2087-12-31,UNEMPLOYED,上海\n");
		importCsv("employment", csv.toString()).andExpect(status().isOk());
		report("2087", null).andExpect(status().isOk())
			.andExpect(jsonPath("$.employment.graduates").value(32))
			.andExpect(jsonPath("$.employment.employed").value(1))
			.andExpect(jsonPath("$.employment.rate").value(0.0313))
			.andExpect(jsonPath("$.employment.byDestination.ABROAD").value(1))
			.andExpect(jsonPath("$.employment.byDestination.UNEMPLOYED").value(31))
			.andExpect(jsonPath("$.employment.byDestination.HOSPITAL_TERTIARY").value(0))
			.andExpect(jsonPath("$.employment.byRegion.上海").value(1));

		// two of three: 0.6667; a graduation on Dec 31 of the year before or Jan 1 after
		// is not the year's
		String x = this.fixtures.student(this.hospital, this.supervisor, StudentStatus.GRADUATED);
		String y = this.fixtures.student(this.hospital, this.supervisor, StudentStatus.GRADUATED);
		String z = this.fixtures.student(this.hospital, this.supervisor, StudentStatus.GRADUATED);
		String before = this.fixtures.student(this.hospital, this.supervisor, StudentStatus.GRADUATED);
		String after = this.fixtures.student(this.hospital, this.supervisor, StudentStatus.GRADUATED);
		importCsv("employment",
				"student_no,graduated_on,destination_kind,employer,region\n" + x
						+ ",2089-03-01,HOSPITAL_TERTIARY,协和,北京\n" + y + ",2089-07-01,UNIVERSITY,北大,北京\n" + z
						+ ",2089-07-01,UNEMPLOYED,,\n" + before + ",2088-12-31,OTHER_EMPLOYED,,\n" + after
						+ ",2090-01-01,OTHER_EMPLOYED,,\n")
			.andExpect(status().isOk());
		report("2089", null).andExpect(jsonPath("$.employment.graduates").value(3))
			.andExpect(jsonPath("$.employment.employed").value(2))
			.andExpect(jsonPath("$.employment.rate").value(0.6667))
			.andExpect(jsonPath("$.employment.byRegion.北京").value(2));
	}

	@Test
	void withoutGraduatesTheRateIsZero() throws Exception {
		MvcResult result = report("2079", null).andExpect(status().isOk())
			.andExpect(jsonPath("$.employment.graduates").value(0))
			.andExpect(jsonPath("$.employment.employed").value(0))
			.andExpect(jsonPath("$.employment.rate").value(0.0))
			.andReturn();
		assertThat(result.getResponse().getContentAsString()).contains("\"rate\":0.0");
	}

	@Test
	void aProgramNarrowsEmploymentToItsStudents() throws Exception {
		String master = this.fixtures.student(this.hospital, this.supervisor, StudentStatus.GRADUATED);
		String doctor = this.fixtures.doctoralStudent("TMU-PRO-DOCTOR", this.hospital, this.supervisor, null);
		importCsv("employment", "student_no,graduated_on,destination_kind\n" + master + ",2078-06-30,ABROAD\n" + doctor
				+ ",2078-06-30,UNEMPLOYED\n")
			.andExpect(status().isOk());
		report("2078", "TMU-PRO-DOCTOR").andExpect(jsonPath("$.employment.graduates").value(1))
			.andExpect(jsonPath("$.employment.employed").value(0))
			.andExpect(jsonPath("$.employment.rate").value(0.0));
		report("2078", null).andExpect(jsonPath("$.employment.graduates").value(2))
			.andExpect(jsonPath("$.employment.rate").value(0.5));
	}

	// ---- supervisors ----

	@Test
	void qualificationsCountFromGrantedOnDec31AndUntilValidUntilJan1() throws Exception {
		int year = 2077;
		Map<String, Object> before = supervisorsOf(year, null);
		String grantedLastDay = newSupervisor("FULL_SENIOR", "2042"); // age 35
		String validFirstDay = newSupervisor("ASSOCIATE_SENIOR", "2041"); // age 36
		String grantedNextYear = newSupervisor("FULL_SENIOR", "2017"); // age 60, not a
																		// holder
		String expiredDayBefore = newSupervisor("FULL_SENIOR", "2016"); // not a holder
		String noBirthYear = newSupervisor("INTERMEDIATE", "");
		String flagsOnly = newSupervisor("FULL_SENIOR", "2016"); // age 61, by the flags
		importCsv("qualifications", "staff_no,kind,granted_on,valid_until\n" + grantedLastDay
				+ ",DOCTORAL_SUPERVISOR,2077-12-31,\n" + validFirstDay + ",MASTER_SUPERVISOR,2070-01-01,2077-01-01\n"
				+ grantedNextYear + ",MASTER_SUPERVISOR,2078-01-01,\n" + expiredDayBefore
				+ ",DOCTORAL_SUPERVISOR,2070-01-01,2076-12-31\n" + noBirthYear + ",MASTER_SUPERVISOR,2070-01-01,\n")
			.andExpect(status().isOk());
		// flagsOnly has no qualification row: the supervisors dataset's flags (both)
		// count
		Map<String, Object> after = supervisorsOf(year, null);
		assertThat(delta(after, before, "master")).isEqualTo(3); // validFirstDay,
																	// noBirthYear,
																	// flagsOnly
		assertThat(delta(after, before, "doctoral")).isEqualTo(2); // grantedLastDay,
																	// flagsOnly
		assertThat(delta(after, before, "FULL_SENIOR", "<=35")).isEqualTo(1);
		assertThat(delta(after, before, "ASSOCIATE_SENIOR", "36-45")).isEqualTo(1);
		assertThat(delta(after, before, "FULL_SENIOR", "56-60")).isZero();
		assertThat(delta(after, before, "FULL_SENIOR", ">=61")).isEqualTo(1);
		long intermediate = 0;
		for (String band : List.of("<=35", "36-45", "46-55", "56-60", ">=61")) {
			intermediate += delta(after, before, "INTERMEDIATE", band);
		}
		assertThat(intermediate).isZero();
	}

	@Test
	void aProgramNarrowsTheSupervisorsToThoseOfItsStudents() throws Exception {
		int year = 2076;
		String program = "PUMCH-POSTDOC";
		Map<String, Object> before = supervisorsOf(year, program);
		String ofProgram = newSupervisor("FULL_SENIOR", "2030"); // age 46
		String coSupervisor = newSupervisor("ASSOCIATE_SENIOR", "2030");
		String elsewhere = newSupervisor("FULL_SENIOR", "2030");
		this.fixtures.doctoralStudent(program, this.hospital, ofProgram, coSupervisor);
		this.fixtures.student(this.hospital, elsewhere);
		Map<String, Object> after = supervisorsOf(year, program);
		assertThat(delta(after, before, "master")).isEqualTo(2);
		assertThat(delta(after, before, "doctoral")).isEqualTo(2);
		assertThat(delta(after, before, "FULL_SENIOR", "46-55")).isEqualTo(1);
		assertThat(delta(after, before, "ASSOCIATE_SENIOR", "46-55")).isEqualTo(1);
		Map<String, Object> all = supervisorsOf(year, null);
		assertThat(((Number) all.get("master")).longValue())
			.isGreaterThanOrEqualTo(((Number) after.get("master")).longValue() + 1);
	}

	// ---- access and parameters ----

	@Test
	void onlyGraduateSchoolStaffReadTheReport() throws Exception {
		String student = this.fixtures.student(this.hospital, this.supervisor);
		for (String username : List.of(
				this.fixtures.account(Set.of(Role.SUPERVISOR), null, null, this.supervisor, null),
				this.fixtures.account(Set.of(Role.STUDENT), null, null, null, student),
				this.fixtures.account(Set.of(Role.HOSPITAL_OFFICE), this.hospital, null, null, null),
				this.fixtures.account(Role.DEGREE_COMMITTEE), this.fixtures.account(Role.ADMIN))) {
			this.mvc
				.perform(get("/api/v1/reports/annual").param("year", "2024")
					.with(httpBasic(username, Fixtures.PASSWORD)))
				.andExpect(status().isForbidden())
				.andExpect(jsonPath("$.status").value(403));
		}
		this.mvc.perform(get("/api/v1/reports/annual").param("year", "2024")).andExpect(status().isUnauthorized());
		this.mvc
			.perform(get("/api/v1/reports/annual").param("year", "2024")
				.header(HttpHeaders.AUTHORIZATION, "Bearer " + token(this.staff)))
			.andExpect(status().isOk());
		String supervisorAccount = this.fixtures.account(Set.of(Role.SUPERVISOR), null, null, this.supervisor, null);
		this.mvc
			.perform(get("/api/v1/reports/annual").param("year", "2024")
				.header(HttpHeaders.AUTHORIZATION, "Bearer " + token(supervisorAccount)))
			.andExpect(status().isForbidden());
	}

	@Test
	void anUnknownProgramIs404AndABadYear400() throws Exception {
		report("2024", "NO-SUCH-PROGRAM").andExpect(status().isNotFound()).andExpect(jsonPath("$.status").value(404));
		report("abcd", null).andExpect(status().isBadRequest());
		report("", null).andExpect(status().isBadRequest());
		this.mvc.perform(get("/api/v1/reports/annual").with(httpBasic(this.staff, Fixtures.PASSWORD)))
			.andExpect(status().isBadRequest());
		report("2024", null).andExpect(status().isOk())
			.andExpect(jsonPath("$.supervisors.byTitleAndAge.FULL_SENIOR.['<=35']").isNumber())
			.andExpect(jsonPath("$.supervisors.byTitleAndAge.INTERMEDIATE.['>=61']").isNumber());
		this.mvc
			.perform(post("/api/v1/imports/nosuchdataset").contentType("text/csv")
				.content("a\n1\n")
				.with(httpBasic(this.staff, Fixtures.PASSWORD)))
			.andExpect(status().isNotFound());
	}

	// ---- helpers ----

	private String newSupervisor(String title, String birthYear) throws Exception {
		String staffNo = this.fixtures.unique("R");
		importCsv("supervisors", "staff_no,name,title_level,doctoral_supervisor,master_supervisor,birth_year\n"
				+ staffNo + ",导师" + staffNo + "," + title + ",true,true," + birthYear + "\n")
			.andExpect(status().isOk());
		return staffNo;
	}

	@SuppressWarnings("unchecked")
	private Map<String, Object> supervisorsOf(int year, String program) throws Exception {
		String body = report(String.valueOf(year), program).andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		return (Map<String, Object>) JsonPath.read(body, "$.supervisors");
	}

	private static long delta(Map<String, Object> after, Map<String, Object> before, String key) {
		return ((Number) after.get(key)).longValue() - ((Number) before.get(key)).longValue();
	}

	@SuppressWarnings("unchecked")
	private static long delta(Map<String, Object> after, Map<String, Object> before, String title, String band) {
		Map<String, Map<String, Number>> a = (Map<String, Map<String, Number>>) after.get("byTitleAndAge");
		Map<String, Map<String, Number>> b = (Map<String, Map<String, Number>>) before.get("byTitleAndAge");
		return a.get(title).get(band).longValue() - b.get(title).get(band).longValue();
	}

	private org.springframework.test.web.servlet.ResultActions report(String year, String program) throws Exception {
		MockHttpServletRequestBuilder request = get("/api/v1/reports/annual").param("year", year)
			.with(httpBasic(this.staff, Fixtures.PASSWORD));
		if (program != null) {
			request.param("program", program);
		}
		return this.mvc.perform(request);
	}

	private org.springframework.test.web.servlet.ResultActions importCsv(String dataset, String csv) throws Exception {
		return this.mvc.perform(post("/api/v1/imports/" + dataset).contentType("text/csv")
			.content(csv.getBytes(StandardCharsets.UTF_8))
			.with(httpBasic(this.staff, Fixtures.PASSWORD)));
	}

	private String token(String username) throws Exception {
		MvcResult result = this.mvc
			.perform(post("/account/tokens").param("name", "report")
				.param("days", "30")
				.with(user(this.fixtures.login(username)))
				.with(csrf()))
			.andReturn();
		return ((IssuedApiToken) result.getFlashMap().get("issuedToken")).secret();
	}

	private List<Map<String, Object>> admissionRows(int year) {
		return this.jdbc.sql("""
				select applicant_no, name, program_code, discipline_code, admission_type, source_school,
				       source_school_name, first_choice, admitted, student_no, version
				from admission where year = :year order by applicant_no""").param("year", year).query().listOfRows();
	}

	private List<Map<String, Object>> employmentRows(String... studentNos) {
		return this.jdbc.sql("""
				select student_no, graduated_on, destination_kind, employer, region, version
				from employment where student_no in (:nos) order by student_no""")
			.param("nos", List.of(studentNos))
			.query()
			.listOfRows();
	}

}
