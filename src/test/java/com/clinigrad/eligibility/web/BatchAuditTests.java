package com.clinigrad.eligibility.web;

import java.io.ByteArrayInputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;

import javax.xml.parsers.DocumentBuilderFactory;

import com.clinigrad.accounts.Role;
import com.clinigrad.eligibility.rules.RuleSet;
import com.clinigrad.students.AdmissionType;
import com.clinigrad.students.DegreeType;
import com.clinigrad.students.SourceSchool;
import com.clinigrad.students.StudentCommand;
import com.clinigrad.students.StudentRegistry;
import com.clinigrad.students.StudentStatus;
import com.clinigrad.support.Fixtures;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Batch audits as an office uses them: several programs at once, a reason in words where
 * a program has nobody to audit, the status filter, exports that hold exactly what the
 * page shows, and only offices — a hospital office for its own students.
 */
@SpringBootTest
@AutoConfigureMockMvc
class BatchAuditTests {

	private static final String AS_OF = "2025-06-30";

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	@Autowired
	StudentRegistry students;

	@Test
	void notPassedWithoutACheckListsOnlyStudentsWithAFailedCheck() throws Exception {
		Fixtures fixtures = Fixtures.in(this.context);
		String hospital = fixtures.hospital();
		String supervisor = fixtures.supervisor(hospital);
		// cohort 2021: the license was due by 2024-01-31 (failed); cohort 2023: due
		// 2026-01-31
		String late = master(fixtures, hospital, supervisor, 2021, StudentStatus.ENROLLED);
		String onTime = master(fixtures, hospital, supervisor, 2023, StudentStatus.ENROLLED);
		UserDetails school = fixtures.login(fixtures.account(Role.GRAD_SCHOOL));
		String batch = run(school, List.of("PUMC-PRO-MASTER"), null);

		Table all = table(page(school, batch + "?hospital=" + hospital, Locale.CHINA));
		assertThat(all.students()).containsExactlyInAnyOrder(late, onTime);
		assertThat(all.row(onTime)).as("the precondition: no failed check").doesNotContain("未通过");
		assertThat(all.row(late)).contains("未通过");

		String failedPage = page(school, batch + "?hospital=" + hospital + "&status=FAIL", Locale.CHINA);
		assertThat(failedPage).as("the word and its icon and colour agree")
			.contains("<span class=\"cg-cell cg-cell-FAIL\">")
			.contains("data-column=\"MEDICAL_LICENSE\"");
		Table failed = table(failedPage);
		assertThat(failed.students()).containsExactly(late);
		assertThat(failed.rows()).allSatisfy((row) -> assertThat(row).contains("未通过"));

		Table licensePending = table(
				page(school, batch + "?hospital=" + hospital + "&rule=MEDICAL_LICENSE&status=PENDING", Locale.CHINA));
		assertThat(licensePending.students()).containsExactly(onTime);

		Table unknownValues = table(
				page(school, batch + "?hospital=" + hospital + "&status=BOGUS&sort=X", Locale.CHINA));
		assertThat(unknownValues.students()).as("a value the page does not know is ignored")
			.containsExactlyInAnyOrder(late, onTime);
	}

	@Test
	void theExportsHoldExactlyTheRowsAndColumnsThePageShowsInItsLanguage() throws Exception {
		Fixtures fixtures = Fixtures.in(this.context);
		String hospital = fixtures.hospital();
		String supervisor = fixtures.supervisor(hospital);
		String master = master(fixtures, hospital, supervisor, 2021, StudentStatus.ENROLLED);
		master(fixtures, hospital, supervisor, 2023, StudentStatus.ENROLLED);
		String doctor = fixtures.doctoralStudent("TMU-PRO-DOCTOR", hospital, supervisor, null);
		fixtures.student(fixtures.hospital(), fixtures.supervisor(null));
		UserDetails school = fixtures.login(fixtures.account(Role.GRAD_SCHOOL));
		String batch = run(school, List.of("PUMC-PRO-MASTER", "TMU-PRO-DOCTOR"), null);

		for (Locale locale : List.of(Locale.CHINA, Locale.ENGLISH)) {
			String filter = "?hospital=" + hospital + "&sort=UNMET";
			Table page = table(page(school, batch + filter, locale));
			assertThat(page.students()).hasSize(3).contains(master, doctor);
			assertThat(String.join(" ", page.headers())).as("rule names, not codes")
				.contains((locale == Locale.ENGLISH) ? "Total credits" : "总学分")
				.doesNotContain(RuleSet.CODES.toArray(String[]::new));
			assertThat(page.text()).doesNotContain("PASS", "FAIL", "PENDING", "true", "false");
			assertThat(page.row(master)).as("the hospital by name")
				.contains(((locale == Locale.ENGLISH) ? "Test hospital " : "测试医院") + hospital);

			byte[] xlsx = this.mvc
				.perform(get("/audit/batch/" + batch + ".xlsx" + filter + "&lang=" + lang(locale)).with(user(school)))
				.andExpect(status().isOk())
				.andReturn()
				.getResponse()
				.getContentAsByteArray();
			assertThat(rows(xlsx)).as("xlsx in %s", locale).isEqualTo(page.all());

			byte[] csv = this.mvc
				.perform(get("/audit/batch/" + batch + ".csv" + filter + "&lang=" + lang(locale)).with(user(school)))
				.andExpect(status().isOk())
				.andReturn()
				.getResponse()
				.getContentAsByteArray();
			assertThat(Arrays.copyOf(csv, 3)).as("a byte-order mark").containsExactly(0xEF, 0xBB, 0xBF);
			assertThat(csvRows(csv)).as("csv in %s", locale).isEqualTo(page.all());
		}

		Table onlyDoctors = table(
				page(school, batch + "?hospital=" + hospital + "&program=TMU-PRO-DOCTOR", Locale.CHINA));
		assertThat(onlyDoctors.students()).containsExactly(doctor);
		assertThat(onlyDoctors.headers()).as("a master's rule is not a doctor's column").doesNotContain("学位专业课学分");
		byte[] doctors = this.mvc
			.perform(get("/audit/batch/" + batch + ".xlsx?hospital=" + hospital + "&program=TMU-PRO-DOCTOR")
				.with(user(school)))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		assertThat(rows(doctors)).isEqualTo(onlyDoctors.all());
	}

	@Test
	void aProgramOrCohortWithNobodyToAuditSaysWhy() throws Exception {
		Fixtures fixtures = Fixtures.in(this.context);
		String hospital = fixtures.hospital();
		String supervisor = fixtures.supervisor(hospital);
		master(fixtures, hospital, supervisor, 2023, StudentStatus.GRADUATED);
		UserDetails office = fixtures.login(fixtures.account(Set.of(Role.HOSPITAL_OFFICE), hospital, null, null, null));

		String batch = run(office, List.of("PUMC-PRO-MASTER", "TMU-PRO-DOCTOR"), 2023);
		String page = page(office, batch, Locale.CHINA);
		assertThat(page).contains("id=\"batch-empty\"")
			.contains("2023 级该培养方案没有在读学生：1 名学生均已不在培养中（毕业并授予学位 1 名）")
			.contains("2023 级该培养方案没有学生")
			.contains("本院（测试医院" + hospital + "）")
			.doesNotContain("0 名学生已审核");
		assertThat(page(office, batch, Locale.ENGLISH))
			.contains("No student of cohort 2023 in this program is still in training: all 1 have left");

		UserDetails school = fixtures.login(fixtures.account(Role.GRAD_SCHOOL));
		assertThat(page(school, run(school, List.of("ZJU-DOCTOR"), 1995), Locale.CHINA))
			.contains("1995 级该培养方案没有学生（任何学籍状态均无）")
			.contains("查找范围：全校、1995 级");
	}

	@Test
	void onlyOfficesRunBatchesAndAHospitalOfficeSeesOnlyItsHospitalsStudents() throws Exception {
		Fixtures fixtures = Fixtures.in(this.context);
		String hospital = fixtures.hospital();
		String otherHospital = fixtures.hospital();
		String supervisor = fixtures.supervisor(hospital);
		String ours = fixtures.student(hospital, supervisor);
		String theirs = fixtures.student(otherHospital, fixtures.supervisor(otherHospital));

		UserDetails supervisorLogin = fixtures
			.login(fixtures.account(Set.of(Role.SUPERVISOR), null, null, supervisor, null));
		for (UserDetails refused : List.of(
				fixtures.login(fixtures.account(Set.of(Role.STUDENT), null, null, null, ours)), supervisorLogin,
				fixtures.login(fixtures.account(Role.EXPERT)),
				fixtures.login(fixtures.account(Set.of(Role.DEPT_COORDINATOR), hospital, "D1", null, null)))) {
			this.mvc.perform(get("/audit/batch").with(user(refused))).andExpect(status().isForbidden());
			this.mvc
				.perform(post("/audit/batch").with(user(refused))
					.with(csrf())
					.param("programs", "PUMC-PRO-MASTER")
					.param("asOf", AS_OF))
				.andExpect(status().isForbidden());
		}
		assertThat(this.mvc.perform(get("/").with(user(supervisorLogin)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8)).as("no link the supervisor may not open")
			.doesNotContain("href=\"/audit/batch\"");

		UserDetails office = fixtures.login(fixtures.account(Set.of(Role.HOSPITAL_OFFICE), hospital, null, null, null));
		String batch = run(office, List.of("PUMC-PRO-MASTER", "TMU-PRO-DOCTOR", "ZJU-DOCTOR", "PUMCH-POSTDOC"), null);
		String page = page(office, batch, Locale.CHINA);
		assertThat(table(page).students()).containsExactly(ours);
		assertThat(page).doesNotContain(theirs).doesNotContain("value=\"" + otherHospital + "\"");
		assertThat(table(page(office, batch + "?hospital=" + otherHospital, Locale.CHINA)).students()).isEmpty();
		byte[] xlsx = this.mvc.perform(get("/audit/batch/" + batch + ".xlsx").with(user(office)))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		assertThat(rows(xlsx)).extracting((row) -> row.get(0)).containsExactly("学号", ours);

		UserDetails school = fixtures.login(fixtures.account(Role.GRAD_SCHOOL));
		this.mvc.perform(get("/audit/batch/" + batch).with(user(school))).andExpect(status().isNotFound());
		this.mvc.perform(get("/audit/batch/" + batch + ".xlsx").with(user(school))).andExpect(status().isNotFound());
	}

	@Test
	void aBatchWithoutAProgramIsRefusedAndKeepsWhatWasChosen() throws Exception {
		Fixtures fixtures = Fixtures.in(this.context);
		UserDetails school = fixtures.login(fixtures.account(Role.GRAD_SCHOOL));
		String page = this.mvc
			.perform(post("/audit/batch").with(user(school)).with(csrf()).param("cohort", "2022").param("asOf", AS_OF))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("请至少选择一个培养方案")
			.contains("value=\"" + AS_OF + "\"")
			.containsPattern("<option value=\"2022\"\\s+selected=\"selected\"");
	}

	private String master(Fixtures fixtures, String hospital, String supervisor, int cohort, StudentStatus status) {
		String studentNo = fixtures.unique("M");
		this.students.upsert(new StudentCommand(studentNo, "学生" + studentNo, DegreeType.PRO_MASTER, "PUMC-PRO-MASTER",
				cohort, "105101", AdmissionType.EXAM, SourceSchool.OWN, hospital, supervisor, null), status);
		return studentNo;
	}

	/**
	 * Starts a batch audit and waits until its table (or its reason for having none) is
	 * there.
	 * @return the run's id
	 */
	private String run(UserDetails who, List<String> programs, Integer cohort) throws Exception {
		var request = post("/audit/batch").with(user(who)).with(csrf()).param("asOf", AS_OF);
		programs.forEach((program) -> request.param("programs", program));
		if (cohort != null) {
			request.param("cohort", cohort.toString());
		}
		String location = this.mvc.perform(request)
			.andExpect(status().is3xxRedirection())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		String id = location.substring(location.lastIndexOf('/') + 1);
		AtomicReference<String> page = new AtomicReference<>("");
		await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(100)).until(() -> {
			page.set(page(who, id, Locale.CHINA));
			return page.get().contains("id=\"batch-coverage\"");
		});
		return id;
	}

	private String page(UserDetails who, String pathAndQuery, Locale locale) throws Exception {
		return this.mvc
			.perform(get(
					"/audit/batch/" + pathAndQuery + (pathAndQuery.contains("?") ? "&" : "?") + "lang=" + lang(locale))
				.with(user(who)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
	}

	private static String lang(Locale locale) {
		return (locale == Locale.ENGLISH) ? "en" : "zh_CN";
	}

	private static List<List<String>> rows(byte[] xlsx) throws Exception {
		List<List<String>> rows = new ArrayList<>();
		DataFormatter formatter = new DataFormatter();
		try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
			Sheet sheet = workbook.getSheetAt(0);
			int width = sheet.getRow(0).getLastCellNum();
			for (Row row : sheet) {
				List<String> cells = new ArrayList<>();
				for (int c = 0; c < width; c++) {
					cells.add((row.getCell(c) != null) ? formatter.formatCellValue(row.getCell(c)) : "");
				}
				rows.add(cells);
			}
		}
		return rows;
	}

	private static List<List<String>> csvRows(byte[] csv) throws Exception {
		List<List<String>> rows = new ArrayList<>();
		try (Reader reader = new InputStreamReader(new ByteArrayInputStream(csv, 3, csv.length - 3),
				StandardCharsets.UTF_8)) {
			for (CSVRecord record : CSVFormat.EXCEL.parse(reader)) {
				rows.add(record.toList());
			}
		}
		return rows;
	}

	/**
	 * The batch table of a page as its reader sees it: the headers and each cell's words.
	 */
	private static Table table(String page) throws Exception {
		int start = page.indexOf("<table class=\"table table-sm table-hover mb-0 align-middle cg-batch\"");
		if (start < 0) {
			return new Table(List.of(), List.of());
		}
		String html = page.substring(start, page.indexOf("</table>", start) + "</table>".length());
		Document document = DocumentBuilderFactory.newInstance()
			.newDocumentBuilder()
			.parse(new ByteArrayInputStream(html.getBytes(StandardCharsets.UTF_8)));
		List<String> headers = new ArrayList<>();
		NodeList heads = ((Element) document.getElementsByTagName("thead").item(0)).getElementsByTagName("th");
		for (int i = 0; i < heads.getLength(); i++) {
			headers.add(words(heads.item(i).getTextContent()));
		}
		List<List<String>> rows = new ArrayList<>();
		NodeList lines = ((Element) document.getElementsByTagName("tbody").item(0)).getElementsByTagName("tr");
		for (int i = 0; i < lines.getLength(); i++) {
			Element line = (Element) lines.item(i);
			if (!line.hasAttribute("data-student")) {
				continue;
			}
			List<String> cells = new ArrayList<>();
			NodeList children = line.getChildNodes();
			for (int c = 0; c < children.getLength(); c++) {
				if (children.item(c) instanceof Element cell) {
					cells.add(words(cell.getTextContent()));
				}
			}
			rows.add(cells);
		}
		return new Table(headers, rows);
	}

	private static String words(String text) {
		return text.replaceAll("\\s+", " ").trim();
	}

	private record Table(List<String> headers, List<List<String>> rows) {

		List<String> students() {
			return this.rows.stream().map((row) -> row.get(0)).toList();
		}

		List<String> row(String student) {
			return this.rows.stream().filter((row) -> row.get(0).equals(student)).findFirst().orElseThrow();
		}

		List<List<String>> all() {
			List<List<String>> all = new ArrayList<>();
			all.add(this.headers);
			all.addAll(this.rows);
			return all;
		}

		String text() {
			return all().toString();
		}

	}

}
