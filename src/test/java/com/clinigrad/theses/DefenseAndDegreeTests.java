package com.clinigrad.theses;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import com.clinigrad.accounts.Role;
import com.clinigrad.shared.SchoolTime;
import com.clinigrad.shared.web.SubmittedForm;
import com.clinigrad.supervisors.SupervisorCommand;
import com.clinigrad.supervisors.SupervisorDirectory;
import com.clinigrad.supervisors.TitleLevel;
import com.clinigrad.support.Fixtures;
import com.clinigrad.support.SentFromAPage;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.ResultActions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * From the defense to the spot check: the defense waits for the audit's defense checks,
 * the committee votes (two thirds pass), the degree committee decides at a meeting with a
 * quorum (more than half of all members award), the award (confirmed once) records its
 * certificate and graduates the student, a mistyped certificate number is corrected with
 * a reason that the record keeps, and the spot check draws reproducibly from the year's
 * awards.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(SentFromAPage.class)
@RecordApplicationEvents
class DefenseAndDegreeTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ApplicationEvents events;

	@Test
	void defenseVoteDegreeDecisionAwardAndSpotCheck() throws Exception {
		Fixtures fixtures = Fixtures.in(this.context);
		SupervisorDirectory directory = this.context.getBean(SupervisorDirectory.class);
		String hospital = fixtures.hospital();
		String supervisor = fixtures.supervisor(hospital);
		String student = fixtures.doctoralStudent("ZJU-DOCTOR", hospital, supervisor, null);
		String staffName = fixtures.account(Role.GRAD_SCHOOL);
		UserDetails staff = fixtures.login(staffName);
		UserDetails committee = fixtures.login(fixtures.account(Role.DEGREE_COMMITTEE));
		String today = SchoolTime.today().toString();

		schedule(staff, student, today).andExpect(flash().attribute("flashError", "panel.error.notReadyToDefend"));

		List<String> members = new ArrayList<>();
		for (int i = 0; i < 5; i++) {
			String staffNo = fixtures.unique("K");
			directory.upsert(new SupervisorCommand(staffNo, "委员" + staffNo, TitleLevel.FULL_SENIOR, true, true,
					(i == 0) ? "外校医学院" : null, null, i == 1, 1965, null, null));
			members.add(staffNo);
		}
		StringBuilder reviews = new StringBuilder("student_no,reviewer_staff_no,verdict\n");
		for (int i = 0; i < 5; i++) {
			reviews.append(student).append(',').append(fixtures.supervisor(null)).append(",AGREE\n");
		}
		load(staffName, "milestones", "student_no,type,held_on,result\n" + student + ",PROPOSAL,2024-03-01,PASS\n"
				+ student + ",MIDTERM,2025-03-01,PASS\n");
		load(staffName, "theses", "student_no,title,body_chars,abstract_zh_chars,abstract_en_chars,similarity_percent,"
				+ "declaration_signed\n" + student + ",论文,42000,900,1800,8.5,true\n");
		load(staffName, "reviews", reviews.toString());

		schedule(staff, student, "2025-06-01").andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("flashSuccess", "panel.scheduled"));
		long session = this.jdbc.sql("""
				select m.id from milestone_session m join student s on s.id = m.student_id
				where s.student_no = :no and m.type = 'DEFENSE'
				""").param("no", student).query(Long.class).single();
		this.mvc
			.perform(post("/milestones/" + session + "/panel").with(user(staff))
				.with(csrf())
				.param("version", "0")
				.param("members", String.join(" ", members))
				.param("chair", members.get(0)))
			.andExpect(flash().attribute("flashSuccess", "panel.savedValid"));
		this.mvc
			.perform(post("/milestones/" + session + "/confirm").with(user(staff)).with(csrf()).param("version", "1"))
			.andExpect(status().is3xxRedirection());

		// every member votes; two thirds in favour pass
		vote(staff, session, 2, "4", "0", "0").andExpect(flash().attribute("flashError", "panel.error.voteCount"));
		vote(staff, session, 2, "4", "1", "0").andExpect(flash().attribute("flashSuccess", "panel.outcomeRecorded"));
		assertThat(this.jdbc.sql("""
				select result from milestone m join student s on s.id = m.student_id
				where s.student_no = :no and m.type = 'DEFENSE'
				""").param("no", student).query(String.class).single()).isEqualTo("PASS");
		this.mvc.perform(get("/milestones/" + session).with(user(staff)))
			.andExpect(content().string(containsString("同意 4 票，不同意 1 票，弃权 0 票")));

		this.mvc.perform(get("/degrees/panel").with(user(committee)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"thesis-panel\"")));
		this.mvc
			.perform(get("/degrees/panel")
				.with(user(fixtures.login(fixtures.account(Set.of(Role.SUPERVISOR), null, null, supervisor, null)))))
			.andExpect(status().isForbidden());

		// the degree committee, not the graduate school, decides at a meeting; a quorum
		// of
		// two thirds
		this.mvc.perform(get("/degrees").param("q", student).with(user(committee)))
			.andExpect(content().string(containsString("data-candidate=\"" + student + "\"")));
		long meeting = openMeeting(committee, student);
		votes(staff, meeting, "7", student, "5", "0").andExpect(status().isForbidden());
		votes(committee, meeting, "4", student, "4", "0")
			.andExpect(flash().attribute("flashError", "degree.error.quorum"));
		votes(committee, meeting, "5", student, "4", "1")
			.andExpect(redirectedUrl("/degrees/meetings/" + meeting + "/confirm"));
		this.mvc
			.perform(post("/degrees/meetings/" + meeting + "/record").with(user(committee))
				.with(csrf())
				.param("version", String.valueOf(meetingVersion(meeting))))
			.andExpect(flash().attribute("flashSuccess", "degree.meeting.recorded"));
		this.mvc
			.perform(post("/degrees/meetings").with(user(committee))
				.with(csrf())
				.param("heldOn", "2025-06-10")
				.param("membersTotal", "7")
				.param("students", student))
			.andExpect(flash().attribute("flashError", "degree.meeting.error.notCandidate"));

		// the award: graduate school, 16-digit certificate, status graduated
		award(committee, student, "2025-06-20", "1033520251000001").andExpect(status().isForbidden());
		award(staff, student, "2025-06-20", "12345")
			.andExpect(flash().attribute("flashError", "degree.error.certificateNo"));
		award(staff, student, "2025-05-01", "1033520251000001")
			.andExpect(flash().attribute("flashError", "degree.error.awardDate"));
		// the award cannot be withdrawn: without the confirmation nothing happens and
		// what was typed comes back
		this.mvc.perform(get("/degrees").with(user(staff)))
			.andExpect(content().string(containsString("name=\"confirm\" value=\"true\" required")))
			.andExpect(content().string(containsString("授予不能撤销")));
		MvcResult unconfirmed = award(staff, student, "2025-06-20", "1033520251000009", false)
			.andExpect(flash().attribute("flashError", "degree.error.confirmAward"))
			.andReturn();
		assertThat(((SubmittedForm) unconfirmed.getFlashMap().get(SubmittedForm.ATTRIBUTE)).value("certificateNo"))
			.isEqualTo("1033520251000009");
		this.mvc.perform(get("/degrees").flashAttrs(unconfirmed.getFlashMap()).with(user(staff)))
			.andExpect(content().string(containsString("value=\"1033520251000009\"")))
			.andExpect(content().string(containsString("请勾选确认后再登记学位授予")));
		assertThat(this.jdbc.sql("""
				select count(*) from degree_decision d join student s on s.id = d.student_id
				where s.student_no = :no and d.awarded_on is null and s.status <> 'GRADUATED'
				""").param("no", student).query(Integer.class).single()).isOne();
		award(staff, student, "2025-06-20", "1033520251000009")
			.andExpect(flash().attribute("flashSuccess", "degree.awarded"));
		assertThat(this.jdbc.sql("select status from student where student_no = :no")
			.param("no", student)
			.query(String.class)
			.single()).isEqualTo("GRADUATED");
		this.mvc.perform(get("/students/" + student + "/thesis").with(user(staff)))
			.andExpect(content().string(containsString("1033520251000009")));
		award(staff, student, "2025-06-20", "1033520251000001")
			.andExpect(flash().attribute("flashError", "degree.error.alreadyAwarded"));

		// the mistyped certificate number is corrected by the graduate school, with a
		// reason; the original and the correction stay on the student's degree record
		long decision = this.jdbc.sql("""
				select d.id from degree_decision d join student s on s.id = d.student_id where s.student_no = :no
				""").param("no", student).query(Long.class).single();
		String correction = "/degrees/decisions/" + decision + "/award";
		UserDetails own = fixtures.login(fixtures.account(Set.of(Role.STUDENT), null, null, null, student));
		UserDetails office = fixtures.login(fixtures.account(Set.of(Role.HOSPITAL_OFFICE), hospital, null, null, null));
		for (UserDetails other : List.of(own, office, committee)) {
			this.mvc.perform(get(correction).with(user(other))).andExpect(status().isForbidden());
			correctAward(other, correction, "2025-06-20", "1033520251000001", "证书编号录入错误")
				.andExpect(status().isForbidden());
		}
		this.mvc.perform(get("/students/" + student + "/thesis").with(user(staff)))
			.andExpect(content().string(containsString("id=\"correct-award\"")));
		this.mvc.perform(get(correction).with(user(staff)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("value=\"1033520251000009\"")));
		MvcResult noReason = correctAward(staff, correction, "2025-06-20", "1033520251000001", " ")
			.andExpect(flash().attribute("flashError", "degree.correction.error.reason"))
			.andReturn();
		this.mvc.perform(get(correction).flashAttrs(noReason.getFlashMap()).with(user(staff)))
			.andExpect(content().string(containsString("value=\"1033520251000001\"")));
		assertThat(certificate(student)).isEqualTo("1033520251000009");
		correctAward(staff, correction, "2025-06-21", "1033520251000001", "证书编号为 1033520251000001，录入时误填为 …09")
			.andExpect(flash().attribute("flashSuccess", "degree.awardCorrection.done"))
			.andExpect(redirectedUrl("/students/" + student + "/thesis"));
		assertThat(certificate(student)).isEqualTo("1033520251000001");
		assertThat(this.events.stream(DegreeAwardCorrected.class)).singleElement().satisfies((event) -> {
			assertThat(event.certificateNoBefore()).isEqualTo("1033520251000009");
			assertThat(event.certificateNo()).isEqualTo("1033520251000001");
			assertThat(event.awardedOn()).hasToString("2025-06-21");
		});
		for (UserDetails reader : List.of(staff, own)) {
			this.mvc.perform(get("/students/" + student + "/thesis").with(user(reader)))
				.andExpect(content().string(containsString("登记授予：2025-06-20，证书编号 1033520251000009")))
				.andExpect(content().string(containsString("将授予信息更正为：2025-06-21，证书编号 1033520251000001")))
				.andExpect(content().string(containsString("证书编号为 1033520251000001，录入时误填为 …09")));
		}
		this.mvc.perform(get("/students/" + student + "/thesis").with(user(own)))
			.andExpect(content().string(org.hamcrest.Matchers.not(containsString("id=\"correct-award\""))));

		// the spot check of 2025: recorded seed, all doctoral theses at 100 %
		this.mvc.perform(post("/spot-checks").with(user(committee)).with(csrf()).param("awardYear", "2025"))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(post("/spot-checks").with(user(staff))
				.with(csrf())
				.param("awardYear", "2025")
				.param("doctoralPercent", "100")
				.param("masterPercent", "5")
				.param("seed", "20260101"))
			.andExpect(flash().attribute("flashSuccess", "spotCheck.drawn"));
		long check = this.jdbc.sql("select id from spot_check where award_year = 2025").query(Long.class).single();
		assertThat(this.jdbc.sql("select seed from spot_check where id = :id")
			.param("id", check)
			.query(Long.class)
			.single()).isEqualTo(20260101L);
		this.mvc.perform(get("/spot-checks/" + check).with(user(staff)))
			.andExpect(content().string(containsString("data-student=\"" + student + "\"")))
			.andExpect(content().string(containsString("20260101")));
		this.mvc
			.perform(post("/spot-checks").with(user(staff))
				.with(csrf())
				.param("awardYear", "2025")
				.param("seed", "1")
				.param("doctoralPercent", "10")
				.param("masterPercent", "5"))
			.andExpect(flash().attribute("flashError", "spotCheck.error.drawn"));
		this.mvc
			.perform(post("/spot-checks/" + check + "/results").with(user(staff))
				.with(csrf())
				.param("studentNo", student)
				.param("version", "0")
				.param("result", "PROBLEM"))
			.andExpect(flash().attribute("flashError", "spotCheck.error.comments"));
		this.mvc
			.perform(post("/spot-checks/" + check + "/results").with(user(staff))
				.with(csrf())
				.param("studentNo", student)
				.param("version", "0")
				.param("result", "PASSED"))
			.andExpect(flash().attribute("flashSuccess", "spotCheck.recorded"));
		this.mvc.perform(get("/spot-checks/" + check).with(user(committee))).andExpect(status().isForbidden());
	}

	@Test
	void theSameSeedDrawsTheSameThesesAndTheShareIsRoundedUp() {
		List<DegreeDecisions.SpotCheckDraw.Candidate> candidates = new ArrayList<>();
		for (int i = 0; i < 90; i++) {
			candidates.add(new DegreeDecisions.SpotCheckDraw.Candidate(i, String.format("S%03d", i), i < 31));
		}
		BigDecimal tenth = new BigDecimal("0.10");
		BigDecimal twentieth = new BigDecimal("0.05");
		var drawn = DegreeDecisions.SpotCheckDraw.draw(candidates, tenth, twentieth, 7L);
		assertThat(drawn.stream().filter(DegreeDecisions.SpotCheckDraw.Candidate::doctoral)).hasSize(4);
		assertThat(drawn.stream().filter((c) -> !c.doctoral())).hasSize(3);
		List<DegreeDecisions.SpotCheckDraw.Candidate> shuffled = new ArrayList<>(candidates);
		java.util.Collections.reverse(shuffled);
		assertThat(DegreeDecisions.SpotCheckDraw.draw(shuffled, tenth, twentieth, 7L)).isEqualTo(drawn);
		assertThat(DegreeDecisions.SpotCheckDraw.draw(candidates, tenth, twentieth, 8L)).isNotEqualTo(drawn);
	}

	private ResultActions schedule(UserDetails who, String student, String on) throws Exception {
		return this.mvc.perform(post("/students/" + student + "/milestones").with(user(who))
			.with(csrf())
			.param("type", "DEFENSE")
			.param("on", on)
			.param("place", "临床医学院报告厅"));
	}

	private ResultActions vote(UserDetails who, long session, long version, String votesFor, String against,
			String abstain) throws Exception {
		return this.mvc.perform(post("/milestones/" + session + "/outcome").with(user(who))
			.with(csrf())
			.param("version", String.valueOf(version))
			.param("votesFor", votesFor)
			.param("votesAgainst", against)
			.param("votesAbstain", abstain)
			.param("resolution", "论文选题有重要临床意义，答辩委员会同意通过答辩，建议授予博士学位。"));
	}

	private long openMeeting(UserDetails who, String student) throws Exception {
		this.mvc
			.perform(post("/degrees/meetings").with(user(who))
				.with(csrf())
				.param("heldOn", "2025-06-10")
				.param("membersTotal", "7")
				.param("students", student))
			.andExpect(flash().attribute("flashSuccess", "degree.meeting.opened"));
		return this.jdbc.sql("""
				select c.meeting_id from degree_meeting_candidate c join student s on s.id = c.student_id
				where s.student_no = :no
				""").param("no", student).query(Long.class).single();
	}

	private ResultActions votes(UserDetails who, long meeting, String present, String student, String votesFor,
			String against) throws Exception {
		return this.mvc.perform(post("/degrees/meetings/" + meeting + "/votes").with(user(who))
			.with(csrf())
			.param("version", String.valueOf(meetingVersion(meeting)))
			.param("membersPresent", present)
			.param("resolution", "经学位评定委员会表决，同意授予临床医学博士学位。")
			.param("rows[0].studentNo", student)
			.param("rows[0].votesFor", votesFor)
			.param("rows[0].votesAgainst", against)
			.param("rows[0].votesAbstain", "0"));
	}

	private long meetingVersion(long meeting) {
		return this.jdbc.sql("select version from degree_meeting where id = :id")
			.param("id", meeting)
			.query(Long.class)
			.single();
	}

	private ResultActions award(UserDetails who, String student, String on, String number) throws Exception {
		return award(who, student, on, number, true);
	}

	private ResultActions award(UserDetails who, String student, String on, String number, boolean confirm)
			throws Exception {
		long version = this.jdbc.sql("""
				select d.version from degree_decision d join student s on s.id = d.student_id where s.student_no = :no
				""").param("no", student).query(Long.class).optional().orElse(0L);
		return this.mvc.perform(post("/students/" + student + "/degree/award").with(user(who))
			.with(csrf())
			.param("version", String.valueOf(version))
			.param("awardedOn", on)
			.param("certificateNo", number)
			.param("student", student)
			.param("confirm", String.valueOf(confirm)));
	}

	private ResultActions correctAward(UserDetails who, String path, String on, String number, String reason)
			throws Exception {
		long id = Long.parseLong(path.replaceAll("\\D+", " ").trim());
		long version = this.jdbc.sql("select version from degree_decision where id = :id")
			.param("id", id)
			.query(Long.class)
			.single();
		return this.mvc.perform(post(path).with(user(who))
			.with(csrf())
			.param("version", String.valueOf(version))
			.param("awardedOn", on)
			.param("certificateNo", number)
			.param("reason", reason));
	}

	private String certificate(String student) {
		return this.jdbc.sql("""
				select d.certificate_no from degree_decision d join student s on s.id = d.student_id
				where s.student_no = :no
				""").param("no", student).query(String.class).single();
	}

	private void load(String username, String dataset, String csv) throws Exception {
		this.mvc
			.perform(post("/api/v1/imports/" + dataset).contentType("text/csv")
				.content(csv.getBytes(StandardCharsets.UTF_8))
				.with(httpBasic(username, Fixtures.PASSWORD)))
			.andExpect(status().isOk());
	}

}
