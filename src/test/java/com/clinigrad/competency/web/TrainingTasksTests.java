package com.clinigrad.competency.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.clinigrad.accounts.Role;
import com.clinigrad.competency.MultisourceEvaluations;
import com.clinigrad.competency.OsceExams;
import com.clinigrad.competency.RaterKind;
import com.clinigrad.competency.SheetCommand;
import com.clinigrad.competency.StationCommand;
import com.clinigrad.shared.SchoolTime;
import com.clinigrad.support.Fixtures;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;

/**
 * The home page's to-do list: an examiner sees the OSCE sheets still to enter at their
 * own stations (not those of another examiner's station), a rater the 360° ratings asked
 * of them.
 */
@SpringBootTest
@AutoConfigureMockMvc
class TrainingTasksTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	@Autowired
	JdbcClient jdbc;

	@Test
	void anExaminerSeesTheSheetsOfTheirOwnStationsAndARaterTheirRatings() throws Exception {
		Fixtures fixtures = Fixtures.in(this.context);
		String hospital = fixtures.hospital();
		String examinerA = fixtures.supervisor(hospital);
		String examinerB = fixtures.supervisor(hospital);
		String postdoc = fixtures.postdoc(hospital, examinerA);
		String second = fixtures.postdoc(hospital, examinerA);
		OsceExams exams = this.context.getBean(OsceExams.class);
		LocalDate today = SchoolTime.today();
		long exam = exams.createForLoader(hospital, "PUMCH-POSTDOC", "OSCE", today, "t");
		exams.addStationForLoader(exam, new StationCommand("PATIENT_CARE", "病史采集", null, null,
				List.of(new StationCommand.ChecklistLine("问诊", 5))));
		exams.addStationForLoader(exam, new StationCommand("COMMUNICATION", "沟通", null, null,
				List.of(new StationCommand.ChecklistLine("共情", 5))));
		long station1 = station(exam, 1);
		long station2 = station(exam, 2);
		exams.assignExaminersForLoader(exam, station1, List.of(examinerA));
		exams.assignExaminersForLoader(exam, station2, List.of(examinerB));
		exams.addCandidatesForLoader(exam, List.of(postdoc, second));
		long item2 = this.jdbc.sql("select id from osce_checklist_item where station_id = :s")
			.param("s", station2)
			.query(Long.class)
			.single();
		exams.enterForLoader(station2, new SheetCommand(postdoc, Map.of(item2, 4), 4), "t");
		exams.enterForLoader(station2, new SheetCommand(second, Map.of(item2, 3), 3), "t");
		UserDetails loginA = fixtures.login(fixtures.account(Set.of(Role.SUPERVISOR), null, null, examinerA, null));
		UserDetails loginB = fixtures.login(fixtures.account(Set.of(Role.SUPERVISOR), null, null, examinerB, null));
		this.mvc.perform(get("/").with(user(loginA)))
			.andExpect(content().string(containsString("data-task=\"task.osce.sheets\"")))
			.andExpect(content().string(containsString("您考核的 OSCE 考站还有 2 份评分表待录入。")));
		this.mvc.perform(get("/").with(user(loginB)))
			.andExpect(content().string(not(containsString("data-task=\"task.osce.sheets\""))))
			.andExpect(content().string(not(containsString("data-task=\"task.msf.toRate\""))));

		MultisourceEvaluations evaluations = this.context.getBean(MultisourceEvaluations.class);
		long round = evaluations.openForLoader(postdoc, "360", today, today.plusDays(5), "t");
		evaluations.inviteRecordsForLoader(round, RaterKind.ATTENDING, List.of(examinerB));
		this.mvc.perform(get("/").with(user(loginB)))
			.andExpect(content().string(containsString("data-task=\"task.msf.toRate\"")))
			.andExpect(content().string(containsString("/360/mine")));
	}

	private long station(long exam, int position) {
		return this.jdbc.sql("select id from osce_station where exam_id = :e and position = :p")
			.param("e", exam)
			.param("p", position)
			.query(Long.class)
			.single();
	}

}
