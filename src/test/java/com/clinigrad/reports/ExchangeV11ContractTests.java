package com.clinigrad.reports;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.clinigrad.accounts.Role;
import com.clinigrad.support.Fixtures;
import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The exchange contract v1.1 read again field by field against the product: the exact key
 * set of {@code GET /api/v1/reports/annual} (every code of every map present, 0 when
 * none; {@code program} null without a program), the error bodies, the import answers'
 * shape for {@code admissions} and {@code employment}, and the supervisor rule that a
 * person with any qualification row is counted by the rows only.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ExchangeV11ContractTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	@Autowired
	JdbcClient jdbc;

	Fixtures fixtures;

	String staff;

	@BeforeEach
	void setUp() {
		this.fixtures = Fixtures.in(this.context);
		this.staff = this.fixtures.account(Role.GRAD_SCHOOL);
	}

	@Test
	@SuppressWarnings("unchecked")
	void theReportAnswersExactlyTheContractsKeysWithEveryCode() throws Exception {
		String body = report("2097", null).andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(body).contains("\"program\":null");
		Map<String, Object> json = JsonPath.read(body, "$");
		assertThat(json).containsOnlyKeys("year", "program", "admissions", "supervisors", "employment");
		assertThat(json.get("year")).isEqualTo(2097);
		Map<String, Object> admissions = (Map<String, Object>) json.get("admissions");
		assertThat(admissions).containsOnlyKeys("applicants", "admitted", "firstChoiceAdmitted", "admittedBySource",
				"admittedByType");
		assertThat((Map<String, Object>) admissions.get("admittedBySource")).containsOnlyKeys("OWN", "OTHER");
		assertThat((Map<String, Object>) admissions.get("admittedByType")).containsOnlyKeys("EXEMPT", "EXAM",
				"DIRECT_PHD", "MASTER_TO_PHD", "GENERAL");
		Map<String, Object> supervisors = (Map<String, Object>) json.get("supervisors");
		assertThat(supervisors).containsOnlyKeys("master", "doctoral", "byTitleAndAge");
		Map<String, Map<String, Object>> table = (Map<String, Map<String, Object>>) supervisors.get("byTitleAndAge");
		assertThat(table).containsOnlyKeys("FULL_SENIOR", "ASSOCIATE_SENIOR", "INTERMEDIATE");
		for (Map<String, Object> bands : table.values()) {
			assertThat(bands).containsOnlyKeys("<=35", "36-45", "46-55", "56-60", ">=61");
		}
		Map<String, Object> employment = (Map<String, Object>) json.get("employment");
		assertThat(employment).containsOnlyKeys("graduates", "employed", "rate", "byDestination", "byRegion");
		assertThat((Map<String, Object>) employment.get("byDestination")).containsOnlyKeys("HOSPITAL_TERTIARY",
				"HOSPITAL_OTHER", "UNIVERSITY", "FURTHER_STUDY", "ABROAD", "OTHER_EMPLOYED", "UNEMPLOYED");
		assertThat((Map<String, Object>) employment.get("byRegion")).isEmpty();
		assertThat(employment.get("rate")).isEqualTo(0.0);

		report("2097", "PUMC-PRO-MASTER").andExpect(jsonPath("$.program").value("PUMC-PRO-MASTER"));
	}

	@Test
	void everyEmployedKindCountsAndAllEmployedIsRateOne() throws Exception {
		StringBuilder csv = new StringBuilder("student_no,graduated_on,destination_kind,employer,region\n");
		List<String> kinds = List.of("HOSPITAL_TERTIARY", "HOSPITAL_OTHER", "UNIVERSITY", "FURTHER_STUDY", "ABROAD",
				"OTHER_EMPLOYED");
		String hospital = this.fixtures.hospital();
		String supervisor = this.fixtures.supervisor(hospital);
		for (String kind : kinds) {
			csv.append(this.fixtures.student(hospital, supervisor))
				.append(",2068-07-01,")
				.append(kind)
				.append(",某单位,浙江\n");
		}
		importCsv("employment", csv.toString(), this.staff).andExpect(status().isOk())
			.andExpect(jsonPath("$.dataset").value("employment"))
			.andExpect(jsonPath("$.applied").value(6))
			.andExpect(jsonPath("$.errors", hasSize(0)));
		String body = report("2068", null).andExpect(jsonPath("$.employment.graduates").value(6))
			.andExpect(jsonPath("$.employment.employed").value(6))
			.andExpect(jsonPath("$.employment.byRegion.浙江").value(6))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(body).contains("\"rate\":1.0");
		for (String kind : kinds) {
			assertThat((Integer) JsonPath.read(body, "$.employment.byDestination." + kind)).isEqualTo(1);
		}
	}

	@Test
	void aBadRowNamesRowColumnValueAndMessageAndOtherRolesWriteNothing() throws Exception {
		importCsv("admissions", "year,applicant_no,name,program_code,discipline_code,admission_type,admitted\n"
				+ "2067,X1,甲,PUMC-PRO-MASTER,105101,EXAM,true\n" + "2067,X2,乙,PUMC-PRO-MASTER,105101,EXAM,yes\n",
				this.staff)
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.dataset").value("admissions"))
			.andExpect(jsonPath("$.applied").value(0))
			.andExpect(jsonPath("$.errors[0].row").value(3))
			.andExpect(jsonPath("$.errors[0].column").value("admitted"))
			.andExpect(jsonPath("$.errors[0].value").value("yes"))
			.andExpect(jsonPath("$.errors[0].message").isNotEmpty());
		String hospital = this.fixtures.hospital();
		String supervisor = this.fixtures.supervisor(hospital);
		for (String username : List.of(this.fixtures.account(Set.of(Role.SUPERVISOR), null, null, supervisor, null),
				this.fixtures.account(Set.of(Role.HOSPITAL_OFFICE), hospital, null, null, null))) {
			importCsv("admissions",
					"year,applicant_no,name,program_code,discipline_code,admission_type,admitted\n"
							+ "2067,X1,甲,PUMC-PRO-MASTER,105101,EXAM,true\n",
					username)
				.andExpect(status().isForbidden());
			this.mvc
				.perform(get("/api/v1/reports/annual").param("year", "2067")
					.with(httpBasic(username, Fixtures.PASSWORD)))
				.andExpect(status().isForbidden())
				.andExpect(jsonPath("$.status").value(403))
				.andExpect(jsonPath("$.message").isNotEmpty());
		}
		assertThat(this.jdbc.sql("select count(*) from admission where year = 2067").query(Long.class).single())
			.isZero();
		report("1989", null).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.status").value(400))
			.andExpect(jsonPath("$.message").value(containsString("1990–2100")));
		report("2067", "NOPE").andExpect(status().isNotFound()).andExpect(jsonPath("$.message").isNotEmpty());
	}

	@Test
	void aPersonWithAnyQualificationRowIsCountedByTheRowsNotTheFlags() throws Exception {
		String staffNo = this.fixtures.unique("Q");
		Map<String, Object> before = supervisorsOf(2066);
		importCsv("supervisors", "staff_no,name,title_level,doctoral_supervisor,master_supervisor,birth_year\n"
				+ staffNo + ",导师" + staffNo + ",ASSOCIATE_SENIOR,true,true,2020\n", this.staff)
			.andExpect(status().isOk());
		// the flags say both; the one row says master's only: master's only counts
		importCsv("qualifications", "staff_no,kind,granted_on\n" + staffNo + ",MASTER_SUPERVISOR,2060-09-01\n",
				this.staff)
			.andExpect(status().isOk());
		Map<String, Object> after = supervisorsOf(2066);
		assertThat(number(after, "master") - number(before, "master")).isEqualTo(1);
		assertThat(number(after, "doctoral") - number(before, "doctoral")).isZero();
		// age 46 in 2066
		assertThat(band(after, "ASSOCIATE_SENIOR", "46-55") - band(before, "ASSOCIATE_SENIOR", "46-55")).isEqualTo(1);
	}

	private ResultActions report(String year, String program) throws Exception {
		var request = get("/api/v1/reports/annual").param("year", year).with(httpBasic(this.staff, Fixtures.PASSWORD));
		if (program != null) {
			request.param("program", program);
		}
		return this.mvc.perform(request);
	}

	private ResultActions importCsv(String dataset, String csv, String username) throws Exception {
		return this.mvc.perform(post("/api/v1/imports/" + dataset).contentType("text/csv")
			.content(csv.getBytes(StandardCharsets.UTF_8))
			.with(httpBasic(username, Fixtures.PASSWORD)));
	}

	@SuppressWarnings("unchecked")
	private Map<String, Object> supervisorsOf(int year) throws Exception {
		String body = report(String.valueOf(year), null).andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		return (Map<String, Object>) JsonPath.read(body, "$.supervisors");
	}

	private static long number(Map<String, Object> json, String key) {
		return ((Number) json.get(key)).longValue();
	}

	@SuppressWarnings("unchecked")
	private static long band(Map<String, Object> json, String title, String band) {
		return ((Number) ((Map<String, Map<String, Object>>) json.get("byTitleAndAge")).get(title).get(band))
			.longValue();
	}

}
