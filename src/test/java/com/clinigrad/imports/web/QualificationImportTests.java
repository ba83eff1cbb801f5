package com.clinigrad.imports.web;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import com.clinigrad.accounts.Role;
import com.clinigrad.supervisors.QualificationRegister;
import com.clinigrad.supervisors.QualificationRegister.QualificationHolders;
import com.clinigrad.supervisors.SupervisorDirectory;
import com.clinigrad.support.Fixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.emptyString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The {@code qualifications} dataset of the exchange format v1.1 over its API: applied
 * all or nothing, bad rows reported by number, column and value, upserts by staff number,
 * kind and day granted, and the holders the annual report counts.
 */
@SpringBootTest
@AutoConfigureMockMvc
class QualificationImportTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	QualificationRegister register;

	@Autowired
	SupervisorDirectory directory;

	Fixtures fixtures;

	String staff;

	String first;

	String second;

	@BeforeEach
	void setUp() {
		this.fixtures = Fixtures.in(this.context);
		this.staff = this.fixtures.account(Role.GRAD_SCHOOL);
		String hospital = this.fixtures.hospital();
		this.first = this.fixtures.supervisor(hospital);
		this.second = this.fixtures.supervisor(hospital);
	}

	@Test
	void aGoodFileIsAppliedAndImportingItAgainChangesNothing() throws Exception {
		String csv = "\uFEFFcategory,staff_no,kind,granted_on,decision_no,valid_until\n" + "," + this.first
				+ ",DOCTORAL_SUPERVISOR,2020-06-30,校学位〔2020〕5号,2024-06-30\n" + "EXTERNAL," + this.first
				+ ",DOCTORAL_SUPERVISOR,2024-07-01,\"校学位〔2024〕7号, 复审\",2028-07-01\n" + "PART_TIME," + this.second
				+ ",MASTER_SUPERVISOR,2019-03-01,,\n";
		this.mvc.perform(csv(csv, this.staff))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.dataset").value("qualifications"))
			.andExpect(jsonPath("$.applied").value(3))
			.andExpect(jsonPath("$.errors").isEmpty());
		List<Map<String, Object>> afterFirst = rows(this.first, this.second);
		assertThat(afterFirst).hasSize(3);
		assertThat(afterFirst).extracting((r) -> r.get("category"))
			.containsExactly("INTERNAL", "EXTERNAL", "PART_TIME");
		assertThat(afterFirst).extracting((r) -> r.get("decision_no"))
			.containsExactly("校学位〔2020〕5号", "校学位〔2024〕7号, 复审", null);
		assertThat(afterFirst.get(2).get("valid_until")).isNull();

		this.mvc.perform(csv(csv, this.staff)).andExpect(status().isOk()).andExpect(jsonPath("$.errors").isEmpty());
		assertThat(rows(this.first, this.second)).isEqualTo(afterFirst);

		// a changed cell updates the row of its key, and only that
		String changed = "staff_no,kind,granted_on,valid_until\n" + this.second
				+ ",MASTER_SUPERVISOR,2019-03-01,2027-03-01\n";
		this.mvc.perform(csv(changed, this.staff)).andExpect(status().isOk());
		List<Map<String, Object>> afterChange = rows(this.first, this.second);
		assertThat(afterChange).hasSize(3);
		assertThat(afterChange.get(2).get("valid_until").toString()).isEqualTo("2027-03-01");
		assertThat(afterChange.get(2).get("category")).isEqualTo("INTERNAL");
		assertThat(afterChange.subList(0, 2)).isEqualTo(afterFirst.subList(0, 2));
	}

	@Test
	void badRowsAreReportedWithTheirNumbersAndNothingIsWritten() throws Exception {
		String csv = "staff_no,kind,granted_on,decision_no,valid_until,category\n" + this.first
				+ ",DOCTORAL_SUPERVISOR,2020-06-30,D1,2024-06-30,\n" + "NO-SUCH-STAFF,MASTER_SUPERVISOR,2020-01-01,,,\n"
				+ this.second + ",BOSS,2020-01-01,,,\n" + this.second + ",MASTER_SUPERVISOR,2020-13-01,,,\n"
				+ this.second + ",MASTER_SUPERVISOR,2021-01-01,,2020-12-31,\n" + this.second
				+ ",MASTER_SUPERVISOR,2022-01-01,,,VISITING\n" + this.first
				+ ",DOCTORAL_SUPERVISOR,2020-06-30,D2,2024-06-30,\n";
		this.mvc.perform(csv(csv, this.staff))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.dataset").value("qualifications"))
			.andExpect(jsonPath("$.applied").value(0))
			.andExpect(jsonPath("$.errors", hasSize(6)))
			.andExpect(jsonPath("$.errors[?(@.row == 3)].column").value("staff_no"))
			.andExpect(jsonPath("$.errors[?(@.row == 3)].value").value("NO-SUCH-STAFF"))
			.andExpect(jsonPath("$.errors[?(@.row == 4)].column").value("kind"))
			.andExpect(jsonPath("$.errors[?(@.row == 5)].column").value("granted_on"))
			.andExpect(jsonPath("$.errors[?(@.row == 6)].column").value("valid_until"))
			.andExpect(jsonPath("$.errors[?(@.row == 7)].column").value("category"))
			.andExpect(jsonPath("$.errors[?(@.row == 8)].message").value(not(emptyString())));
		assertThat(rows(this.first, this.second)).isEmpty();
	}

	@Test
	void theHoldersOfAYearAreThoseGrantedByItsEndAndValidFromItsStart() throws Exception {
		String csv = "staff_no,kind,granted_on,valid_until\n" + this.first
				+ ",DOCTORAL_SUPERVISOR,2020-06-30,2023-12-31\n" + this.first + ",MASTER_SUPERVISOR,2018-01-01,\n"
				+ this.second + ",DOCTORAL_SUPERVISOR,2024-12-31,2028-12-31\n";
		this.mvc.perform(csv(csv, this.staff)).andExpect(status().isOk());
		long firstId = this.directory.byStaffNo(this.first).orElseThrow().id();
		long secondId = this.directory.byStaffNo(this.second).orElseThrow().id();
		String flagsOnly = this.fixtures.supervisor(null);
		long flagsOnlyId = this.directory.byStaffNo(flagsOnly).orElseThrow().id();
		QualificationHolders y2023 = this.register.holders(2023);
		assertThat(y2023.doctoral()).contains(firstId).doesNotContain(secondId);
		assertThat(y2023.master()).contains(firstId).doesNotContain(secondId);
		QualificationHolders y2024 = this.register.holders(2024);
		assertThat(y2024.doctoral()).contains(secondId).doesNotContain(firstId);
		// the first holds records, so its supervisors-dataset flags no longer count
		assertThat(y2024.master()).contains(firstId).doesNotContain(secondId);
		// without any record, the flags of the supervisors dataset count
		assertThat(y2024.doctoral()).contains(flagsOnlyId);
		assertThat(y2024.master()).contains(flagsOnlyId);
	}

	private MockHttpServletRequestBuilder csv(String body, String username) {
		return post("/api/v1/imports/qualifications").contentType("text/csv")
			.content(body.getBytes(StandardCharsets.UTF_8))
			.with(httpBasic(username, Fixtures.PASSWORD));
	}

	private List<Map<String, Object>> rows(String... staffNos) {
		return this.jdbc
			.sql("select s.staff_no, q.kind, q.category, q.granted_on, q.decision_no, q.valid_until, q.version "
					+ "from supervisor_qualification q join supervisor s on s.id = q.supervisor_id "
					+ "where s.staff_no in (:nos) order by s.id, q.granted_on")
			.param("nos", List.of(staffNos))
			.query()
			.listOfRows();
	}

}
