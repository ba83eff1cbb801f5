package com.clinigrad.competency.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.clinigrad.accounts.Role;
import com.clinigrad.competency.OsceExams;
import com.clinigrad.competency.StationCommand;
import com.clinigrad.support.Fixtures;
import com.clinigrad.support.SentFromAPage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * An OSCE through the pages: the office sets it up, each examiner enters only their own
 * station, the results follow the pass rules and reach the profile; another hospital and
 * the wrong role are refused.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(SentFromAPage.class)
class OscePagesTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	@Autowired
	JdbcClient jdbc;

	Fixtures fixtures;

	String hospital;

	String postdoc;

	String examinerA;

	String examinerB;

	UserDetails office;

	UserDetails loginA;

	UserDetails loginB;

	@BeforeEach
	void setUp() {
		this.fixtures = Fixtures.in(this.context);
		this.hospital = this.fixtures.hospital();
		this.examinerA = this.fixtures.supervisor(this.hospital);
		this.examinerB = this.fixtures.supervisor(this.hospital);
		this.postdoc = this.fixtures.postdoc(this.hospital, this.examinerA);
		this.office = this.fixtures
			.login(this.fixtures.account(Set.of(Role.HOSPITAL_OFFICE), this.hospital, null, null, null));
		this.loginA = this.fixtures
			.login(this.fixtures.account(Set.of(Role.SUPERVISOR), null, null, this.examinerA, null));
		this.loginB = this.fixtures
			.login(this.fixtures.account(Set.of(Role.SUPERVISOR), null, null, this.examinerB, null));
	}

	@Test
	void theOfficeSetsUpAnExamAndEachExaminerEntersOnlyTheirOwnStation() throws Exception {
		long exam = createThroughThePage();
		as(this.office,
				post("/osce/" + exam + "/stations").param("version", version(exam))
					.param("title", "腹部查体")
					.param("competency", "KNOWLEDGE_SKILLS")
					.param("checklist", "视诊 | 2\n触诊 3"))
			.andExpect(flash().attribute("flashError", "cbt.osce.error.checklistLine"));
		as(this.office,
				post("/osce/" + exam + "/stations").param("version", version(exam))
					.param("title", "腹部查体")
					.param("competency", "KNOWLEDGE_SKILLS")
					.param("checklist", "视诊 | 2\n触诊 | 3\n叩诊 | 5"))
			.andExpect(flash().attribute("flashSuccess", "cbt.osce.stationAdded"));
		as(this.office,
				post("/osce/" + exam + "/stations").param("version", version(exam))
					.param("title", "告知坏消息")
					.param("competency", "COMMUNICATION")
					.param("passPercent", "70")
					.param("checklist", "自我介绍 | 2\n共情 | 8"))
			.andExpect(flash().attribute("flashSuccess", "cbt.osce.stationAdded"));
		long station1 = station(exam, 1);
		long station2 = station(exam, 2);
		as(this.office,
				post("/osce/" + exam + "/stations/" + station1 + "/examiners").param("version", version(exam))
					.param("staffNos", this.examinerA))
			.andExpect(flash().attribute("flashSuccess", "cbt.osce.examinersAssigned"));
		as(this.office, post("/osce/" + exam + "/stations/" + station2 + "/examiners").param("version", version(exam))
			.param("staffNos", this.examinerB));
		String otherHospital = this.fixtures.hospital();
		String stranger = this.fixtures.postdoc(otherHospital, this.fixtures.supervisor(otherHospital));
		as(this.office,
				post("/osce/" + exam + "/candidates").param("version", version(exam))
					.param("studentNos", this.postdoc + ", " + stranger))
			.andExpect(flash().attribute("flashError", "cbt.osce.error.notOfHospital"));
		as(this.office,
				post("/osce/" + exam + "/candidates").param("version", version(exam)).param("studentNos", this.postdoc))
			.andExpect(flash().attribute("flashSuccess", "cbt.osce.candidatesAdded"));

		this.mvc.perform(get("/osce/stations").with(user(this.loginA)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("腹部查体")))
			.andExpect(content().string(not(containsString("告知坏消息"))));
		this.mvc.perform(get("/osce/stations/" + station1).param("student", this.postdoc).with(user(this.loginA)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"sheet-form\"")));
		// examiner A may not open nor enter station 2
		this.mvc.perform(get("/osce/stations/" + station2).with(user(this.loginA))).andExpect(status().isForbidden());
		sheet(this.loginA, station2, Map.of(item(station2, 1), "2", item(station2, 2), "8"), "5")
			.andExpect(status().isForbidden());
		assertThat(sheets(exam)).isZero();

		sheet(this.loginA, station1, Map.of(item(station1, 1), "2", item(station1, 2), "4", item(station1, 3), "5"),
				"4")
			.andExpect(flash().attribute("flashError", "cbt.osce.error.itemPoints"));
		sheet(this.loginA, station1, Map.of(item(station1, 1), "2", item(station1, 2), "3", item(station1, 3), "4"),
				"4")
			.andExpect(flash().attribute("flashSuccess", "cbt.osce.sheetSaved"));
		this.mvc.perform(get("/osce/" + exam).with(user(this.office)))
			.andExpect(content().string(containsString("90.0 %")))
			.andExpect(content().string(containsString("已录入 1 / 2 站")));
		sheet(this.loginB, station2, Map.of(item(station2, 1), "2", item(station2, 2), "4"), "3")
			.andExpect(flash().attribute("flashSuccess", "cbt.osce.sheetSaved"));
		// station 2: 60 % under its 70 % pass mark; overall 75 % but only 1 of 2 stations
		this.mvc.perform(get("/osce/" + exam).param("lang", "en").with(user(this.office)))
			.andExpect(content().string(containsString("1 of 2 stations passed")))
			.andExpect(content().string(containsString("75.0 %")));
		this.mvc.perform(get("/students/" + this.postdoc + "/competencies").with(user(this.office)))
			.andExpect(content().string(containsString("客观结构化临床考试（OSCE）")))
			.andExpect(content().string(containsString("<strong>4.6</strong>")));

		this.mvc.perform(get("/osce/" + exam).with(user(this.office)))
			.andExpect(content().string(containsString("id=\"confirmClose\" required")));
		as(this.office, post("/osce/" + exam + "/close").param("version", version(exam)))
			.andExpect(flash().attribute("flashError", "cbt.osce.error.confirmClose"));
		as(this.office, post("/osce/" + exam + "/close").param("version", version(exam)).param("confirm", "true"))
			.andExpect(flash().attribute("flashSuccess", "cbt.osce.closedDone"));
		sheet(this.loginA, station1, Map.of(item(station1, 1), "0", item(station1, 2), "0", item(station1, 3), "0"),
				"1")
			.andExpect(flash().attribute("flashError", "cbt.osce.error.closed"));
	}

	@Test
	void anotherHospitalAndTheWrongRoleAreRefused() throws Exception {
		OsceExams exams = this.context.getBean(OsceExams.class);
		long exam = exams.createForLoader(this.hospital, "PUMCH-POSTDOC", "OSCE", LocalDate.of(2026, 11, 20), "t");
		exams.addStationForLoader(exam, new StationCommand("PATIENT_CARE", "病史采集", null, null,
				List.of(new StationCommand.ChecklistLine("问诊", 5))));
		UserDetails otherOffice = this.fixtures
			.login(this.fixtures.account(Set.of(Role.HOSPITAL_OFFICE), this.fixtures.hospital(), null, null, null));
		this.mvc.perform(get("/osce/" + exam).with(user(otherOffice))).andExpect(status().isNotFound());
		as(otherOffice,
				post("/osce/" + exam + "/candidates").param("version", version(exam)).param("studentNos", this.postdoc))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/osce").with(user(otherOffice)))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("/osce/" + exam + "\""))));
		UserDetails trainee = this.fixtures
			.login(this.fixtures.account(Set.of(Role.STUDENT), null, null, null, this.postdoc));
		this.mvc.perform(get("/osce/" + exam).with(user(trainee))).andExpect(status().isForbidden());
		this.mvc.perform(get("/osce").with(user(this.loginA))).andExpect(status().isForbidden());
		as(this.loginA, post("/osce/" + exam + "/close").param("version", version(exam)).param("confirm", "true"))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/osce/stations/" + station(exam, 1)).with(user(trainee)))
			.andExpect(status().isForbidden());
	}

	private long createThroughThePage() throws Exception {
		as(this.office, post("/osce").param("title", "2026 年秋季 OSCE").param("heldOn", "2026-11-20"))
			.andExpect(flash().attribute("flashSuccess", "cbt.osce.created"));
		return this.jdbc.sql("select e.id from osce_exam e join hospital h on h.id = e.hospital_id where h.code = :h")
			.param("h", this.hospital)
			.query(Long.class)
			.single();
	}

	private ResultActions sheet(UserDetails who, long station, Map<Long, String> points, String global)
			throws Exception {
		MockHttpServletRequestBuilder request = post("/osce/stations/" + station).param("studentNo", this.postdoc)
			.param("globalRating", global);
		points.forEach((item, value) -> request.param("points[" + item + "]", value));
		return as(who, request);
	}

	private ResultActions as(UserDetails who, MockHttpServletRequestBuilder request) throws Exception {
		return this.mvc.perform(request.with(csrf()).with(user(who)));
	}

	private String version(long exam) {
		return String.valueOf(this.jdbc.sql("select version from osce_exam where id = :e")
			.param("e", exam)
			.query(Long.class)
			.single());
	}

	private long station(long exam, int position) {
		return this.jdbc.sql("select id from osce_station where exam_id = :e and position = :p")
			.param("e", exam)
			.param("p", position)
			.query(Long.class)
			.single();
	}

	private long item(long station, int position) {
		return this.jdbc.sql("select id from osce_checklist_item where station_id = :s and position = :p")
			.param("s", station)
			.param("p", position)
			.query(Long.class)
			.single();
	}

	private int sheets(long exam) {
		return this.jdbc
			.sql("select count(*) from osce_sheet t join osce_station s on s.id = t.station_id where s.exam_id = :e")
			.param("e", exam)
			.query(Integer.class)
			.single();
	}

}
