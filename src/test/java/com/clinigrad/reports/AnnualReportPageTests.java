package com.clinigrad.reports;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.File;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import com.clinigrad.accounts.Role;
import com.clinigrad.shared.SchoolTime;
import com.clinigrad.students.StudentStatus;
import com.clinigrad.support.Fixtures;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The annual report page (issue 19 point 4): each table's figures agree with counts made
 * here by plain SQL from the records, for a hospital office (its hospital only, records
 * made here) and for the graduate school (the whole university); the figures lead down to
 * their students within the caller's scope; supervisors and students are refused.
 */
@SpringBootTest
@AutoConfigureMockMvc
class AnnualReportPageTests {

	static final int YEAR = 2023;

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	AnnualReportPages reports;

	@Autowired
	DashboardFigures dashboard;

	Fixtures fixtures;

	String hospital;

	String otherHospital;

	String supervisor;

	String otherSupervisor;

	/** Enrolled, enrolled, delayed, graduated: all in {@link #hospital}. */
	List<String> students;

	String otherStudent;

	String office;

	String otherOffice;

	String staff;

	@BeforeEach
	void setUp() {
		this.fixtures = Fixtures.in(this.context);
		this.hospital = this.fixtures.hospital();
		this.otherHospital = this.fixtures.hospital();
		this.supervisor = this.fixtures.supervisor(this.hospital);
		this.otherSupervisor = this.fixtures.supervisor(this.otherHospital);
		this.students = List.of(this.fixtures.student(this.hospital, this.supervisor),
				this.fixtures.student(this.hospital, this.supervisor),
				this.fixtures.student(this.hospital, this.supervisor, StudentStatus.DELAYED),
				this.fixtures.student(this.hospital, this.supervisor, StudentStatus.GRADUATED));
		this.otherStudent = this.fixtures.student(this.otherHospital, this.otherSupervisor);
		this.office = this.fixtures.account(Set.of(Role.HOSPITAL_OFFICE), this.hospital, null, null, null);
		this.otherOffice = this.fixtures.account(Set.of(Role.HOSPITAL_OFFICE), this.otherHospital, null, null, null);
		this.staff = this.fixtures.account(Role.GRAD_SCHOOL);
		records();
	}

	@AfterEach
	void logOut() {
		SecurityContextHolder.clearContext();
	}

	@Test
	void theStudentsTableCountsTheHospitalsStudentsAndTheUniversitys() {
		AnnualReportBook book = bookAs(this.office);
		assertThat(cell(book, "students.inTraining.ALL")).isEqualTo(3)
			.isEqualTo(countInHospital("s.status in ('ENROLLED', 'DELAYED')"));
		assertThat(cell(book, "students.delayed.PRO_MASTER")).isEqualTo(1)
			.isEqualTo(countInHospital("s.status = 'DELAYED' and s.degree_type = 'PRO_MASTER'"));
		assertThat(cell(book, "students.new.ALL")).isEqualTo(4).isEqualTo(countInHospital("s.cohort_year = " + YEAR));
		assertThat(cell(book, "students.graduated.ALL")).isEqualTo(1)
			.isEqualTo(countInHospital("s.status = 'GRADUATED'"));
		assertThat(book.behind("students.inTraining.ALL"))
			.containsExactlyInAnyOrderElementsOf(ids(this.students.get(0), this.students.get(1), this.students.get(2)));

		AnnualReportBook university = bookAs(this.staff);
		assertThat(cell(university, "students.inTraining.ALL"))
			.isEqualTo(count("select count(*) from student where status in ('ENROLLED', 'DELAYED')"));
		assertThat(cell(university, "students.new.ALL"))
			.isEqualTo(count("select count(*) from student where cohort_year = " + YEAR));
	}

	@Test
	void theSupervisorTablesCountTheSupervisorsOfTheHospitalsStudents() {
		AnnualReportBook book = bookAs(this.office);
		ReportTable supervisors = table(book, "supervisors");
		// the hospital's students have one supervisor, a doctoral and master's one
		assertThat(supervisors.rows().get(0).cells().get(0).text()).isEqualTo("1");
		assertThat(supervisors.rows().get(2).cells().get(0).text()).isEqualTo("1");
		assertThat(supervisors.rows().get(4).cells().get(0).text()).isEqualTo("3.00 : 1");
		ReportTable titleAge = table(book, "titleAge");
		// born 1970: 53 in 2023, a full senior
		assertThat(titleAge.rows().get(0).label()).isEqualTo("正高");
		assertThat(titleAge.rows().get(0).cells().get(2).text()).isEqualTo("1");
	}

	@Test
	void theIntakeTableCountsTheCohortByAdmissionTypeAndSource() {
		AnnualReportBook book = bookAs(this.office);
		assertThat(cell(book, "intake.EXAM.OWN")).isEqualTo(4)
			.isEqualTo(countInHospital(
					"s.cohort_year = " + YEAR + " and s.admission_type = 'EXAM' and s.source_school = 'OWN'"));
		assertThat(cell(book, "intake.EXEMPT.ALL")).isZero();
		assertThat(book.tables()).extracting(ReportTable::id).doesNotContain("applications");
		AnnualReportBook university = bookAs(this.staff);
		assertThat(university.tables()).extracting(ReportTable::id).contains("applications");
		assertThat(table(university, "applications").rows().get(0).cells().get(0).text())
			.isEqualTo(String.valueOf(count("select count(*) from admission where year = " + YEAR)));
	}

	@Test
	void theCoursesTableCountsTheYearsPassesAndCredits() {
		AnnualReportBook book = bookAs(this.office);
		assertThat(cell(book, "courses.ELECTIVE")).isEqualTo(2)
			.isEqualTo(countInHospital(
					"""
							exists (select 1 from grade g join course c on c.id = g.course_id where g.student_id = s.id
							  and c.category = 'ELECTIVE' and g.term like '%d-%%' and coalesce(g.result = 'PASS', g.score >= 60))"""
						.formatted(YEAR)));
		ReportTable courses = table(book, "courses");
		ReportTable.Row elective = courses.rows().get(3);
		assertThat(elective.cells().get(2).text()).isEqualTo("2");
		assertThat(elective.cells().get(3).text()).isEqualTo("5.0");
	}

	@Test
	void theReviewAndSpotCheckTablesCountTheYearsVerdictsAndResults() {
		AnnualReportBook book = bookAs(this.office);
		assertThat(cell(book, "review.ALL")).isEqualTo(2).isEqualTo(countInHospital("""
				exists (select 1 from thesis_review r where r.student_id = s.id and r.verdict is not null
				  and extract(year from r.submitted_at) = %d)""".formatted(YEAR)));
		assertThat(cell(book, "review.DISAGREE")).isEqualTo(1).isEqualTo(countInHospital("""
				exists (select 1 from thesis_review r where r.student_id = s.id and r.verdict = 'DISAGREE'
				  and extract(year from r.submitted_at) = %d)""".formatted(YEAR)));
		assertThat(cell(book, "spotCheck.PASSED")).isEqualTo(1).isEqualTo(countInHospital("""
				exists (select 1 from spot_check_item i join spot_check c on c.id = i.spot_check_id
				  where i.student_id = s.id and c.award_year = %d and i.result = 'PASSED')""".formatted(YEAR)));
	}

	@Test
	void theDegreesTableCountsTheYearsAwardsAndRefusals() {
		AnnualReportBook book = bookAs(this.office);
		assertThat(cell(book, "degrees.awarded.PRO_MASTER")).isEqualTo(1).isEqualTo(countInHospital("""
				exists (select 1 from degree_decision d where d.student_id = s.id
				  and extract(year from d.awarded_on) = %d)""".formatted(YEAR)));
		assertThat(cell(book, "degrees.refused.ALL")).isEqualTo(1).isEqualTo(countInHospital("""
				exists (select 1 from degree_decision d where d.student_id = s.id and d.decision = 'NOT_AWARD'
				  and extract(year from d.meeting_on) = %d)""".formatted(YEAR)));
	}

	@Test
	void theEmploymentTablesCountTheHospitalsGraduatesOnly() {
		AnnualReportBook book = bookAs(this.office);
		assertThat(cell(book, "employment.HOSPITAL_TERTIARY")).isEqualTo(1)
			.isEqualTo(countInHospital("""
					exists (select 1 from employment e where e.student_no = s.student_no
					  and e.destination_kind = 'HOSPITAL_TERTIARY' and extract(year from e.graduated_on) = %d)"""
				.formatted(YEAR)));
		assertThat(cell(book, "employment.FURTHER_STUDY")).isZero();
		ReportTable regions = table(book, "regions");
		assertThat(regions.rows()).extracting(ReportTable.Row::label).containsExactly("北京");
		// an English report names the region in English, the data stays as recorded
		assertThat(table(this.reports.book(YEAR, null, Locale.ENGLISH), "regions").rows())
			.extracting(ReportTable.Row::label)
			.containsExactly("Beijing");
		AnnualReportBook university = bookAs(this.staff);
		long all = count("select count(*) from employment where extract(year from graduated_on) = " + YEAR
				+ " and destination_kind = 'FURTHER_STUDY'");
		assertThat(table(university, "employment").rows().get(3).cells().get(0).text()).isEqualTo(String.valueOf(all));
	}

	@Test
	void theExamTableCountsWhoSatAndPassedBothPartsInTheYear() {
		AnnualReportBook book = bookAs(this.office);
		assertThat(cell(book, "exam.sat")).isEqualTo(3).isEqualTo(countInHospital("""
				exists (select 1 from residency_exam x where x.student_id = s.id
				  and extract(year from x.sat_on) = %d)""".formatted(YEAR)));
		assertThat(cell(book, "exam.passed")).isEqualTo(2).isEqualTo(countInHospital("""
				exists (select 1 from residency_exam x where x.student_id = s.id and x.theory_result = 'PASS'
				  and x.skills_result = 'PASS' and extract(year from x.sat_on) = %d)""".formatted(YEAR)));
		assertThat(table(book, "residencyExam").rows().get(2).cells().get(0).text()).isEqualTo("66.7%");
	}

	@Test
	void theAwardsTableCountsTheWinnersOfTheYearsFinalLists() {
		long scheme = this.jdbc.sql("""
				insert into award_scheme (university, year, name, name_en, program_codes)
				values (:u, :y, '测试奖助', 'Test aid', 'PUMC-PRO-MASTER') returning id""")
			.param("u", this.hospital)
			.param("y", YEAR)
			.query(Long.class)
			.single();
		long type = this.jdbc.sql("""
				insert into award_type (scheme_id, position, kind, award_class, name, name_en, amount, unit, allocation,
				                        quota_ratio)
				values (:s, 1, 'ACADEMIC_SCHOLARSHIP', 1, '学业奖学金一等', 'Academic scholarship, class 1', 10000,
				        'ONE_OFF', 'RANKED', 0.2) returning id""").param("s", scheme).query(Long.class).single();
		long round = this.jdbc.sql("""
				insert into award_round (scheme_id, as_of, state, created_by) values (:s, :d, 'FINAL', 'test')
				returning id""")
			.param("s", scheme)
			.param("d", java.time.LocalDate.of(YEAR, 9, 30))
			.query(Long.class)
			.single();
		for (String no : List.of(this.students.get(0), this.students.get(1))) {
			this.jdbc
				.sql("""
						insert into award_list_line (round_id, student_id, student_no, student_name, quota_group, rank, total,
						                             award_type_id)
						select :r, id, student_no, name, 'g', 1, 90, :t from student where student_no = :no""")
				.param("r", round)
				.param("t", type)
				.param("no", no)
				.update();
		}
		AnnualReportBook book = bookAs(this.office);
		ReportTable awards = table(book, "awards");
		assertThat(cell(book, "awards.ALL")).isEqualTo(2)
			.isEqualTo(countInHospital(
					"""
							exists (select 1 from award_list_line l join award_round r on r.id = l.round_id
							  join award_scheme sc on sc.id = r.scheme_id
							  where l.student_id = s.id and l.award_type_id is not null and r.state = 'FINAL' and sc.year = %d)"""
						.formatted(YEAR)));
		assertThat(awards.rows().get(0).label()).isEqualTo("学业奖学金一等");
		assertThat(awards.rows().get(0).cells().get(1).value().intValue()).isEqualTo(20000);
		// written as the other pages write amounts; the export keeps the number
		assertThat(awards.rows().get(0).cells().get(1).text()).isEqualTo("20,000");
		// two winners among three students in training
		assertThat(awards.rows().get(1).cells().get(1).text()).contains("66.7%");
		assertThat(book.behind("awards.ALL"))
			.containsExactlyInAnyOrderElementsOf(ids(this.students.get(0), this.students.get(1)));
		// a list not yet final does not count
		this.jdbc.sql("update award_round set state = 'PUBLICITY' where id = :r").param("r", round).update();
		assertThat(table(bookAs(this.office), "awards").rows()).isEmpty();
	}

	@Test
	void thePublicationsTableCountsTheYearsPapersAndAuthors() {
		AnnualReportBook book = bookAs(this.office);
		ReportTable publications = table(book, "publications");
		assertThat(publications.rows().get(0).cells().get(0).text()).isEqualTo("2")
			.isEqualTo(String.valueOf(countPapers("SCI")));
		assertThat(cell(book, "publications.SCI")).isEqualTo(2);
		assertThat(cell(book, "publications.ALL")).isEqualTo(2).isEqualTo(countInHospital("""
				exists (select 1 from publication p where p.student_id = s.id
				  and extract(year from p.published_on) = %d)""".formatted(YEAR)));
		assertThat(cell(book, "publications.OTHER")).isZero();
	}

	@Test
	void theAwardsAndSatisfactionTablesSayWhatTheyCannotCount() {
		AnnualReportBook book = bookAs(this.office);
		assertThat(table(book, "awards").rows()).isEmpty();
		assertThat(table(book, "awards").note()).contains(YEAR + " 年的奖助评选尚无最终名单");
		assertThat(table(book, "satisfaction").rows()).isEmpty();
		AnnualReportBook university = bookAs(this.staff);
		assertThat(table(university, "satisfaction").rows())
			.hasSize((int) count("select count(*) from survey_round where year = " + YEAR));
	}

	@Test
	void theSatisfactionTableCountsTheYearsInvitationsAndAnswers() {
		long template = this.jdbc.sql("select id from survey_template where code = 'SUPERVISION'")
			.query(Long.class)
			.single();
		long round = this.jdbc.sql("""
				insert into survey_round (year, template_id, opens_on, closes_on, created_by)
				values (:y, :t, :opens, :closes, 'test')
				on conflict (year, template_id) do update set created_by = excluded.created_by returning id""")
			.param("y", YEAR)
			.param("t", template)
			.param("opens", LocalDate.of(YEAR, 5, 1))
			.param("closes", LocalDate.of(YEAR, 5, 31))
			.query(Long.class)
			.single();
		for (int i = 0; i < 3; i++) {
			this.jdbc.sql("""
					insert into survey_invitation (round_id, student_id, answered) values (:r, :s, :answered)
					on conflict do nothing""").param("r", round).param("s", id(i)).param("answered", i < 2).update();
		}
		for (int i = 0; i < 2; i++) {
			this.jdbc.sql("insert into survey_response (id, round_id) values (gen_random_uuid(), :r)")
				.param("r", round)
				.update();
		}
		ReportTable satisfaction = table(bookAs(this.staff), "satisfaction");
		ReportTable.Row row = satisfaction.rows()
			.stream()
			.filter((r) -> r.label().equals("导师指导满意度"))
			.findFirst()
			.orElseThrow();
		long invited = count("select count(*) from survey_invitation where round_id = " + round);
		long answered = count("select count(*) from survey_response where round_id = " + round);
		assertThat(invited).isGreaterThanOrEqualTo(3);
		assertThat(row.cells().get(0).text()).isEqualTo(String.valueOf(invited));
		assertThat(row.cells().get(1).text()).isEqualTo(String.valueOf(answered));
		if (answered < 3) {
			// below the template's minimum of answers, no score is shown
			assertThat(row.cells().get(2).text()).isEqualTo("答卷不足，不显示");
		}
	}

	@Test
	void aHospitalOfficeDrillsDownToItsOwnStudentsOnly() throws Exception {
		String url = "/reports/annual/students?year=" + YEAR + "&figure=students.inTraining.ALL";
		this.mvc.perform(get(url).with(user(this.fixtures.login(this.office))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(this.students.get(0))))
			.andExpect(content().string(containsString(this.students.get(2))))
			.andExpect(content().string(not(containsString(this.students.get(3)))))
			.andExpect(content().string(not(containsString(this.otherStudent))));
		this.mvc.perform(get(url).with(user(this.fixtures.login(this.otherOffice))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(this.otherStudent)))
			.andExpect(content().string(not(containsString(this.students.get(0)))));
		this.mvc.perform(get(url).with(user(this.fixtures.login(this.staff))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("在读（含延期）")));
		this.mvc.perform(get(url + "&export=csv").with(user(this.fixtures.login(this.office))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(this.students.get(1))))
			.andExpect(content().string(not(containsString(this.otherStudent))));
	}

	@Test
	void theReportPageShowsTheTablesWithLinksAndChartsInBothLanguages() throws Exception {
		this.mvc.perform(get("/reports/annual?year=" + YEAR).with(user(this.fixtures.login(this.office))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("2023 年度学位授权点建设报告")))
			.andExpect(content().string(containsString("figure=exam.passed")))
			.andExpect(content().string(containsString("data-chart-for=\"table-students\"")))
			.andExpect(content().string(containsString("测试医院" + this.hospital)));
		this.mvc.perform(get("/reports/annual?year=" + YEAR + "&lang=en").with(user(this.fixtures.login(this.staff))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Degree-program report 2023")))
			.andExpect(content().string(containsString("Residency completion exam 2023")));
	}

	@Test
	void supervisorsStudentsAndUnknownProgramsAreRefused() throws Exception {
		String supervisorLogin = this.fixtures.account(Set.of(Role.SUPERVISOR), null, null, this.supervisor, null);
		String studentLogin = this.fixtures.account(Set.of(Role.STUDENT), null, null, null, this.students.get(0));
		for (String login : List.of(supervisorLogin, studentLogin)) {
			this.mvc.perform(get("/reports/annual").with(user(this.fixtures.login(login))))
				.andExpect(status().isForbidden());
			this.mvc
				.perform(get("/reports/annual/students?year=" + YEAR + "&figure=students.inTraining.ALL")
					.with(user(this.fixtures.login(login))))
				.andExpect(status().isForbidden());
		}
		login(supervisorLogin);
		assertThatThrownBy(() -> this.reports.book(YEAR, null, Locale.CHINA)).isInstanceOf(AccessDeniedException.class);
		this.mvc.perform(get("/reports/annual?program=NO-SUCH").with(user(this.fixtures.login(this.staff))))
			.andExpect(status().isNotFound());
	}

	@Test
	void theWorkbookHoldsASheetPerTableWithTheReportsNumbers() throws Exception {
		byte[] xlsx = this.mvc
			.perform(get("/reports/annual.xlsx?year=" + YEAR).with(user(this.fixtures.login(this.office))))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Disposition", containsString(".xlsx")))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		AnnualReportBook book = bookAs(this.office);
		try (Workbook workbook = WorkbookFactory.create(new ByteArrayInputStream(xlsx))) {
			assertThat(workbook.getNumberOfSheets()).isEqualTo(book.tables().size());
			Sheet exam = workbook.getSheetAt(indexOf(book, "residencyExam"));
			assertThat(exam.getSheetName()).contains("结业考核");
			assertThat(exam.getRow(0).getCell(0).getStringCellValue()).contains("测试医院" + this.hospital);
			assertThat(exam.getRow(2).getCell(0).getStringCellValue()).isEqualTo("参加考核人数");
			assertThat(exam.getRow(2).getCell(1).getNumericCellValue()).isEqualTo(3.0);
			assertThat(exam.getRow(3).getCell(1).getNumericCellValue()).isEqualTo(2.0);
			assertThat(exam.getRow(4).getCell(1).getStringCellValue()).isEqualTo("66.7%");
			Sheet students = workbook.getSheetAt(indexOf(book, "students"));
			assertThat(students.getRow(1).getCell(2).getStringCellValue()).isEqualTo("在读（含延期）");
			int total = students.getLastRowNum() - 2;
			assertThat(students.getRow(total).getCell(0).getStringCellValue()).isEqualTo("合计");
			assertThat(students.getRow(total).getCell(2).getNumericCellValue()).isEqualTo(3.0);
		}
	}

	@Test
	void thePdfPrintsTheTablesInChineseAndItsFirstPageRenders() throws Exception {
		byte[] pdf = this.mvc
			.perform(get("/reports/annual.pdf?year=" + YEAR).with(user(this.fixtures.login(this.office))))
			.andExpect(status().isOk())
			.andExpect(content().contentType("application/pdf"))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		try (PDDocument document = Loader.loadPDF(pdf)) {
			String text = new PDFTextStripper().getText(document);
			assertThat(text).contains("2023 年度学位授权点建设报告", "住院医师规范化培训结业考核", "66.7%", "测试医院" + this.hospital);
			BufferedImage page = new PDFRenderer(document).renderImageWithDPI(0, 100);
			assertThat(page.getWidth()).isGreaterThan(700);
			// ink on the page: the heading and the bars are not blank
			long dark = 0;
			for (int y = 0; y < page.getHeight(); y += 2) {
				for (int x = 0; x < page.getWidth(); x += 2) {
					if ((page.getRGB(x, y) & 0xFF) < 128) {
						dark++;
					}
				}
			}
			assertThat(dark).isGreaterThan(1000);
			ImageIO.write(page, "png", new File("target/annual-report-page1.png"));
		}
		this.mvc
			.perform(get("/reports/annual.pdf?year=" + YEAR).with(user(this.fixtures
				.login(this.fixtures.account(Set.of(Role.SUPERVISOR), null, null, this.supervisor, null)))))
			.andExpect(status().isForbidden());
	}

	@Test
	void eachOfficesDashboardShowsItsOwnFigures() throws Exception {
		LocalDate day = LocalDate.of(SchoolTime.today().getYear(), 1, 2);
		exam(id(0), day.toString(), "PASS", "PASS");
		exam(id(1), day.toString(), "FAIL", "PASS");
		exam(this.fixtures.studentId(this.otherStudent), day.toString(), "FAIL", "FAIL");
		login(this.office);
		List<ReportTable> office = this.dashboard.forCaller(Locale.CHINA);
		assertThat(office).extracting(ReportTable::id)
			.containsExactly("dash-occupancy", "dash-exams", "dash-passRate", "dash-audits");
		ReportTable.Row thisYear = office.get(2).rows().get(1);
		assertThat(thisYear.label()).isEqualTo(String.valueOf(day.getYear()));
		assertThat(thisYear.cells().get(0).text()).isEqualTo("2")
			.isEqualTo(String.valueOf(countInHospital(
					"""
							exists (select 1 from residency_exam x where x.student_id = s.id and x.sat_on = cast('%s' as date))"""
						.formatted(day))));
		assertThat(thisYear.cells().get(1).text()).isEqualTo("1");
		assertThat(thisYear.cells().get(2).text()).isEqualTo("50.0%");
		assertThat(office.get(0).rows()).extracting(ReportTable.Row::label).containsExactly("心内科");

		login(this.staff);
		List<ReportTable> school = this.dashboard.forCaller(Locale.CHINA);
		assertThat(school).extracting(ReportTable::id)
			.containsExactly("dash-status", "dash-audits", "dash-reviews", "dash-awards");
		ReportTable.Row pumc = school.get(0)
			.rows()
			.stream()
			.filter((row) -> row.label().equals("临床医学专业学位硕士"))
			.findFirst()
			.orElseThrow();
		assertThat(pumc.cells().get(0).text()).isEqualTo(String.valueOf(
				count("select count(*) from student where program_code = 'PUMC-PRO-MASTER' and status = 'ENROLLED'")));
		assertThat(school.get(2).rows().get(0).cells().get(0).text()).isEqualTo(String
			.valueOf(this.jdbc.sql("select count(*) from thesis_review where status = 'PENDING' and due_on < :today")
				.param("today", SchoolTime.today())
				.query(Long.class)
				.single()));

		String supervisorLogin = this.fixtures.account(Set.of(Role.SUPERVISOR), null, null, this.supervisor, null);
		login(supervisorLogin);
		List<ReportTable> mine = this.dashboard.forCaller(Locale.CHINA);
		assertThat(mine).extracting(ReportTable::id).containsExactly("dash-progress");
		assertThat(mine.get(0).rows()).extracting(ReportTable.Row::label)
			.isSubsetOf("学生" + this.students.get(0), "学生" + this.students.get(1), "学生" + this.students.get(2))
			.doesNotContain("学生" + this.students.get(3), "学生" + this.otherStudent);

		this.mvc
			.perform(
					get("/reports/dashboard").header("HX-Request", "true").with(user(this.fixtures.login(this.office))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("本院学生结业考核通过率")))
			.andExpect(content().string(containsString("data-chart-for=\"dash-passRate-data\"")))
			.andExpect(content().string(not(containsString("各学位点学生状态"))));
		String studentLogin = this.fixtures.account(Set.of(Role.STUDENT), null, null, null, this.students.get(0));
		this.mvc
			.perform(get("/reports/dashboard").header("HX-Request", "true")
				.with(user(this.fixtures.login(studentLogin))))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/").with(user(this.fixtures.login(this.office))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"dashboard-slot\"")));
	}

	private static int indexOf(AnnualReportBook book, String id) {
		for (int i = 0; i < book.tables().size(); i++) {
			if (book.tables().get(i).id().equals(id)) {
				return i;
			}
		}
		throw new AssertionError("no table " + id);
	}

	// ---- records of the hospital's students in the year ----

	private void records() {
		long s0 = id(0);
		long s1 = id(1);
		long s2 = id(2);
		long s3 = id(3);
		long other = this.fixtures.studentId(this.otherStudent);
		exam(s0, "2023-06-01", "PASS", "PASS");
		exam(s1, "2023-06-01", "FAIL", "PASS");
		exam(s1, "2023-11-01", "PASS", "PASS");
		exam(s2, "2023-06-01", "FAIL", "FAIL");
		exam(s3, "2022-06-01", "PASS", "PASS");
		exam(other, "2023-06-01", "PASS", "PASS");
		publication(s0, "SCI", "2023-03-01");
		publication(s0, "CORE", "2023-04-01");
		publication(s1, "SCI", "2023-05-01");
		publication(s2, "OTHER", "2022-05-01");
		publication(other, "SCI", "2023-05-01");
		String course = this.fixtures.unique("RC");
		this.jdbc.sql("insert into course (code, name, category, credits) values (:c, '报告测试课程', 'ELECTIVE', 2.5)")
			.param("c", course)
			.update();
		grade(s0, course, "2023-1", "80", null);
		grade(s1, course, "2023-2", "50", null);
		grade(s2, course, "2023-1", null, "PASS");
		grade(s3, course, "2022-1", "90", null);
		review(s0, this.supervisor, "AGREE");
		review(s0, this.otherSupervisor, "DISAGREE");
		review(s1, this.supervisor, "AGREE_AFTER_REVISION");
		review(other, this.supervisor, "AGREE");
		this.jdbc.sql("""
				insert into degree_decision (student_id, meeting_on, committee_size, votes_for, votes_against,
				    votes_abstain, decision, resolution, decided_by, awarded_on, certificate_no, awarded_by)
				values (:s, '2023-06-20', 21, 20, 1, 0, 'AWARD', '同意授予', 'test', '2023-06-30', :c, 'test')""")
			.param("s", s3)
			.param("c", this.fixtures.unique("C"))
			.update();
		this.jdbc.sql("""
				insert into degree_decision (student_id, meeting_on, committee_size, votes_for, votes_against,
				    votes_abstain, decision, resolution, decided_by)
				values (:s, '2023-06-20', 21, 9, 10, 2, 'NOT_AWARD', '不同意授予', 'test')""").param("s", s2).update();
		this.jdbc.sql("""
				insert into spot_check (award_year, seed, doctoral_rate, master_rate, population, drawn_by)
				values (2023, 1, 0.1, 0.05, 1, 'test') on conflict (award_year) do nothing""").update();
		this.jdbc.sql("""
				insert into spot_check_item (spot_check_id, student_id, doctoral, result)
				values ((select id from spot_check where award_year = 2023), :s, false, 'PASSED')""")
			.param("s", s3)
			.update();
		employment(this.students.get(3), "HOSPITAL_TERTIARY", "北京");
		employment(this.otherStudent, "HOSPITAL_TERTIARY", "上海");
	}

	private void exam(long student, String on, String theory, String skills) {
		this.jdbc.sql("""
				insert into residency_exam (student_id, sat_on, theory_result, skills_result, recorded_by)
				values (:s, cast(:on as date), :t, :k, 'test')""")
			.param("s", student)
			.param("on", on)
			.param("t", theory)
			.param("k", skills)
			.update();
	}

	private void publication(long student, String indexing, String on) {
		this.jdbc.sql("""
				insert into publication (student_id, title, journal, indexing, author_position, related_to_thesis,
				    published_on, recorded_by)
				values (:s, :title, '中华医学杂志', :i, 1, true, cast(:on as date), 'test')""")
			.param("s", student)
			.param("title", this.fixtures.unique("论文"))
			.param("i", indexing)
			.param("on", on)
			.update();
	}

	private void grade(long student, String course, String term, String score, String result) {
		this.jdbc.sql("""
				insert into grade (student_id, course_id, term, attempt, score, result, recorded_by)
				values (:s, (select id from course where code = :c), :t, 1, cast(:score as numeric), :r, 'test')""")
			.param("s", student)
			.param("c", course)
			.param("t", term)
			.param("score", score)
			.param("r", result)
			.update();
	}

	private void review(long student, String reviewer, String verdict) {
		this.jdbc.sql("""
				insert into thesis_review (student_id, reviewer_id, verdict, status, submitted_at, code, recorded_by)
				values (:s, (select id from supervisor where staff_no = :r), :v, 'SUBMITTED',
				        timestamptz '2023-05-01 10:00+08', :code, 'test')""")
			.param("s", student)
			.param("r", reviewer)
			.param("v", verdict)
			.param("code", this.fixtures.unique("R"))
			.update();
	}

	private void employment(String studentNo, String kind, String region) {
		this.jdbc.sql("""
				insert into employment (student_no, graduated_on, destination_kind, employer, region, recorded_by)
				values (:n, '2023-07-01', :k, '某医院', :r, 'test')""")
			.param("n", studentNo)
			.param("k", kind)
			.param("r", region)
			.update();
	}

	// ---- reading ----

	private AnnualReportBook bookAs(String username) {
		login(username);
		return this.reports.book(YEAR, null, Locale.CHINA);
	}

	private void login(String username) {
		UserDetails details = this.fixtures.login(username);
		SecurityContextHolder.getContext()
			.setAuthentication(
					UsernamePasswordAuthenticationToken.authenticated(details, null, details.getAuthorities()));
	}

	private long id(int index) {
		return this.fixtures.studentId(this.students.get(index));
	}

	private Set<Long> ids(String... studentNos) {
		return java.util.Arrays.stream(studentNos)
			.map(this.fixtures::studentId)
			.collect(java.util.stream.Collectors.toSet());
	}

	private static ReportTable table(AnnualReportBook book, String id) {
		return book.tables().stream().filter((t) -> t.id().equals(id)).findFirst().orElseThrow();
	}

	/**
	 * @return the number a figure's cell shows, checked against the students behind it
	 */
	private static long cell(AnnualReportBook book, String figure) {
		for (ReportTable table : book.tables()) {
			for (ReportTable.Row row : table.rows()) {
				for (ReportTable.Cell cell : row.cells()) {
					if (figure.equals(cell.figure())) {
						long shown = Long.parseLong(cell.text());
						assertThat(book.behind(figure)).hasSize((int) shown);
						return shown;
					}
				}
			}
		}
		throw new AssertionError("no figure " + figure);
	}

	private long countInHospital(String condition) {
		return this.jdbc
			.sql("select count(*) from student s join hospital h on h.id = s.hospital_id where h.code = :h and "
					+ condition)
			.param("h", this.hospital)
			.query(Long.class)
			.single();
	}

	private long countPapers(String indexing) {
		return this.jdbc.sql("""
				select count(*) from publication p join student s on s.id = p.student_id
				join hospital h on h.id = s.hospital_id
				where h.code = :h and p.indexing = :i and extract(year from p.published_on) = :y""")
			.param("h", this.hospital)
			.param("i", indexing)
			.param("y", YEAR)
			.query(Long.class)
			.single();
	}

	private long count(String sql) {
		return this.jdbc.sql(sql).query(Long.class).single();
	}

}
