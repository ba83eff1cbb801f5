package com.clinigrad.theses;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import com.clinigrad.accounts.Role;
import com.clinigrad.shared.SchoolTime;
import com.clinigrad.shared.web.SubmittedForm;
import com.clinigrad.support.DegreeCandidates;
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
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A degree committee meeting from the agenda to the record: the candidates in one table,
 * those who do not meet the degree audit marked with the unmet checks in words and
 * refused a vote, every vote entered at once, one confirmation, all decisions recorded
 * together or none; then the graduate school corrects a mistyped vote with a reason and
 * the history keeps both. Only the committee enters votes, only the graduate school
 * corrects, and no other role reaches a meeting.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(SentFromAPage.class)
class DegreeMeetingTests {

	static final String RESOLUTION = "经学位评定委员会无记名投票表决，作出以下学位授予决定。";

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	@Autowired
	JdbcClient jdbc;

	@Test
	void theCommitteeRecordsAMeetingOfTwentyCandidatesInOneConfirmationAndAMistakeIsCorrected() throws Exception {
		Fixtures fixtures = Fixtures.in(this.context);
		LocalDate today = SchoolTime.today();
		List<String> eligible = DegreeCandidates.in(this.context).eligible(20, today.minusDays(30));
		List<String> ineligible = DegreeCandidates.in(this.context).ineligible(2, today.minusDays(30));
		UserDetails staff = fixtures.login(fixtures.account(Role.GRAD_SCHOOL));
		UserDetails committee = fixtures.login(fixtures.account(Role.DEGREE_COMMITTEE));
		List<String> agenda = new ArrayList<>(eligible);
		agenda.addAll(ineligible);

		// the graduate school lists the 22 candidates on a meeting of a 21-member
		// committee
		long meeting = open(staff, agenda);
		String page = page(committee, "/degrees/meetings/" + meeting);
		for (String student : agenda) {
			assertThat(page).contains("data-candidate=\"" + student + "\"");
		}
		// the ineligible ones are marked with the checks they lack, in words
		assertThat(page).contains("医师资格证书", "住院医师规范化培训合格证书", "不表决")
			.doesNotContain("MEDICAL_LICENSE")
			.doesNotContain("RESIDENCY_CERTIFICATE")
			.doesNotContain("rows[20].votesFor")
			.contains("rows[19].votesFor")
			.contains("学位评定委员会决议")
			.doesNotContain("答辩委员会决议");

		// an ineligible candidate cannot be voted on: nothing is kept
		votes(committee, meeting, "19", agenda, 21)
			.andExpect(flash().attribute("flashError", "degree.meeting.error.ineligibleVoted"));
		assertThat(meetingStatus(meeting)).isEqualTo("OPEN");

		// below the quorum: refused, and every count typed comes back
		MvcResult refused = votes(committee, meeting, "13", agenda, 20)
			.andExpect(flash().attribute("flashError", "degree.error.quorum"))
			.andReturn();
		SubmittedForm typed = (SubmittedForm) refused.getFlashMap().get(SubmittedForm.ATTRIBUTE);
		assertThat(typed.value("membersPresent")).isEqualTo("13");
		assertThat(typed.value("rows[3].votesFor")).isEqualTo("17");
		assertThat(typed.value("resolution")).isEqualTo(RESOLUTION);
		assertThat(this.mvc
			.perform(get("/degrees/meetings/" + meeting).flashAttrs(refused.getFlashMap()).with(user(committee)))
			.andReturn()
			.getResponse()
			.getContentAsString()).contains("value=\"13\"").contains("到会 13 人，委员共 21 人，不足三分之二（至少 14 人）");
		assertThat(meetingStatus(meeting)).isEqualTo("OPEN");

		// all twenty at once; the first is a mistyped 10 of 21, which does not award
		votes(committee, meeting, "19", agenda, 20)
			.andExpect(redirectedUrl("/degrees/meetings/" + meeting + "/confirm"));
		String confirmation = page(committee, "/degrees/meetings/" + meeting + "/confirm");
		assertThat(confirmation).contains("确认并记录 20 项决定", "不同意授予学位", "同意授予学位", "医师资格证书")
			.contains("不能再修改")
			.doesNotContain("MEDICAL_LICENSE");
		for (String student : eligible) {
			assertThat(confirmation).contains("data-candidate=\"" + student + "\"");
		}
		assertThat(decisions(agenda)).isZero();

		// one confirmation records the twenty decisions
		this.mvc
			.perform(post("/degrees/meetings/" + meeting + "/record").with(user(committee))
				.with(csrf())
				.param("version", String.valueOf(meetingVersion(meeting))))
			.andExpect(flash().attribute("flashSuccess", "degree.meeting.recorded"));
		assertThat(decisions(eligible)).isEqualTo(20);
		assertThat(decisions(ineligible)).isZero();
		assertThat(meetingStatus(meeting)).isEqualTo("RECORDED");
		assertThat(decision(eligible.get(0))).isEqualTo("NOT_AWARD");
		assertThat(decision(eligible.get(1))).isEqualTo("AWARD");
		// the ineligible ones wait for another meeting
		assertThat(page(committee, "/degrees?q=" + ineligible.get(0)))
			.contains("data-candidate=\"" + ineligible.get(0) + "\"");

		// the graduate school corrects the mistyped vote, with a reason
		long decisionId = decisionId(eligible.get(0));
		String correction = "/degrees/decisions/" + decisionId + "/correct";
		this.mvc.perform(correct(committee, correction, "16", "会议记录为同意 16 票")).andExpect(status().isForbidden());
		MvcResult noReason = this.mvc.perform(correct(staff, correction, "16", " "))
			.andExpect(flash().attribute("flashError", "degree.correction.error.reason"))
			.andReturn();
		assertThat(((SubmittedForm) noReason.getFlashMap().get(SubmittedForm.ATTRIBUTE)).value("votesFor"))
			.isEqualTo("16");
		assertThat(this.mvc.perform(get(correction).flashAttrs(noReason.getFlashMap()).with(user(staff)))
			.andReturn()
			.getResponse()
			.getContentAsString()).contains("value=\"16\"");
		this.mvc.perform(correct(staff, correction, "16", "会议记录为同意 16 票，录入时误填为 10 票"))
			.andExpect(flash().attribute("flashSuccess", "degree.correction.doneAward"))
			.andExpect(redirectedUrl("/degrees/meetings/" + meeting));
		assertThat(decision(eligible.get(0))).isEqualTo("AWARD");

		// the student's degree record and the meeting show the original and the
		// correction
		for (String path : List.of("/students/" + eligible.get(0) + "/thesis", "/degrees/meetings/" + meeting)) {
			assertThat(page(staff, path)).contains("会议记录：同意 10，不同意 8，弃权 1 — 不同意授予学位")
				.contains("更正为：同意 16，不同意 2，弃权 1 — 同意授予学位")
				.contains("会议记录为同意 16 票，录入时误填为 10 票");
		}
		assertThat(page(committee, "/degrees/meetings/" + meeting)).contains("已更正");
	}

	@Test
	void aCandidateWhoNoLongerMeetsTheAuditStopsTheWholeRecord() throws Exception {
		Fixtures fixtures = Fixtures.in(this.context);
		LocalDate today = SchoolTime.today();
		List<String> eligible = DegreeCandidates.in(this.context).eligible(3, today.minusDays(10));
		UserDetails committee = fixtures.login(fixtures.account(Role.DEGREE_COMMITTEE));
		long meeting = open(committee, eligible);
		votes(committee, meeting, "19", eligible, 3)
			.andExpect(redirectedUrl("/degrees/meetings/" + meeting + "/confirm"));
		this.jdbc.sql("""
				delete from milestone where type = 'MIDTERM'
				  and student_id = (select id from student where student_no = :no)
				""").param("no", eligible.get(2)).update();

		this.mvc
			.perform(post("/degrees/meetings/" + meeting + "/record").with(user(committee))
				.with(csrf())
				.param("version", String.valueOf(meetingVersion(meeting))))
			.andExpect(flash().attribute("flashError", "degree.meeting.error.ineligibleNow"))
			.andExpect(flash().attribute("flashArgs",
					org.hamcrest.Matchers.hasItemInArray(org.hamcrest.Matchers.containsString("中期考核"))));
		assertThat(decisions(eligible)).isZero();
		assertThat(meetingStatus(meeting)).isEqualTo("VOTES_ENTERED");
	}

	@Test
	void onlyTheCommitteeEntersVotesAndNoOtherRoleReachesAMeeting() throws Exception {
		Fixtures fixtures = Fixtures.in(this.context);
		List<String> eligible = DegreeCandidates.in(this.context).eligible(1, SchoolTime.today().minusDays(5));
		UserDetails staff = fixtures.login(fixtures.account(Role.GRAD_SCHOOL));
		long meeting = open(staff, eligible);
		String hospital = fixtures.hospital();
		String supervisor = fixtures.supervisor(hospital);
		String student = fixtures.student(hospital, supervisor);
		List<UserDetails> others = List.of(
				fixtures.login(fixtures.account(Set.of(Role.STUDENT), null, null, null, student)),
				fixtures.login(fixtures.account(Set.of(Role.SUPERVISOR), null, null, supervisor, null)),
				fixtures.login(fixtures.account(Role.EXPERT)),
				fixtures.login(fixtures.account(Set.of(Role.HOSPITAL_OFFICE), hospital, null, null, null)));
		for (UserDetails other : others) {
			this.mvc.perform(get("/degrees/meetings/" + meeting).with(user(other))).andExpect(status().isForbidden());
			this.mvc.perform(get("/degrees/meetings/new").with(user(other))).andExpect(status().isForbidden());
			this.mvc.perform(post("/degrees/meetings").with(user(other)).with(csrf()).param("heldOn", "2026-01-01"))
				.andExpect(status().isForbidden());
			votes(other, meeting, "19", eligible, 1).andExpect(status().isForbidden());
		}
		// the graduate school prepares and looks, but does not vote or record
		votes(staff, meeting, "19", eligible, 1).andExpect(status().isForbidden());
		this.mvc.perform(
				post("/degrees/meetings/" + meeting + "/record").with(user(staff)).with(csrf()).param("version", "0"))
			.andExpect(status().isForbidden());
		assertThat(page(staff, "/degrees/meetings/" + meeting)).doesNotContain("id=\"votes-form\"")
			.contains("id=\"meeting-table\"");
		assertThat(meetingStatus(meeting)).isEqualTo("OPEN");

		// a candidate is on one open meeting at a time; cancelling frees them
		this.mvc
			.perform(post("/degrees/meetings").with(user(staff))
				.with(csrf())
				.param("heldOn", SchoolTime.today().toString())
				.param("membersTotal", "21")
				.param("students", eligible.get(0)))
			.andExpect(flash().attribute("flashError", "degree.meeting.error.onOtherMeeting"));
		this.mvc
			.perform(post("/degrees/meetings/" + meeting + "/cancel").with(user(others.get(0)))
				.with(csrf())
				.param("version", "0"))
			.andExpect(status().isForbidden());
		// cancelling cannot be undone: without the confirmation the meeting stays open
		assertThat(page(staff, "/degrees/meetings/" + meeting)).contains("id=\"confirm-cancel-meeting\" required")
			.contains("取消后不能恢复");
		this.mvc
			.perform(post("/degrees/meetings/" + meeting + "/cancel").with(user(staff))
				.with(csrf())
				.param("version", String.valueOf(meetingVersion(meeting))))
			.andExpect(flash().attribute("flashError", "degree.meeting.error.confirmCancel"));
		assertThat(meetingStatus(meeting)).isEqualTo("OPEN");
		this.mvc
			.perform(post("/degrees/meetings/" + meeting + "/cancel").with(user(staff))
				.with(csrf())
				.param("version", String.valueOf(meetingVersion(meeting)))
				.param("confirm", "true"))
			.andExpect(flash().attribute("flashSuccess", "degree.meeting.cancelled"));
		assertThat(meetingStatus(meeting)).isEqualTo("CANCELLED");
		assertThat(open(staff, eligible)).isNotEqualTo(meeting);
	}

	private long open(UserDetails who, List<String> students) throws Exception {
		MockHttpServletRequestBuilder request = post("/degrees/meetings").with(user(who))
			.with(csrf())
			.param("heldOn", SchoolTime.today().toString())
			.param("membersTotal", "21");
		for (String student : students) {
			request.param("students", student);
		}
		this.mvc.perform(request).andExpect(flash().attribute("flashSuccess", "degree.meeting.opened"));
		return this.jdbc.sql("""
				select c.meeting_id from degree_meeting_candidate c join student s on s.id = c.student_id
				where s.student_no = :no order by c.meeting_id desc limit 1
				""").param("no", students.get(0)).query(Long.class).single();
	}

	/**
	 * Enters the votes of the first {@code voted} candidates (the first: 10 for, 8
	 * against, 1 abstaining; the others 17 for, 1 against, 1 abstaining), rows as the
	 * meeting page numbers them.
	 */
	private org.springframework.test.web.servlet.ResultActions votes(UserDetails who, long meeting, String present,
			List<String> agenda, int voted) throws Exception {
		MockHttpServletRequestBuilder request = post("/degrees/meetings/" + meeting + "/votes").with(user(who))
			.with(csrf())
			.param("version", String.valueOf(meetingVersion(meeting)))
			.param("membersPresent", present)
			.param("resolution", RESOLUTION);
		List<String> sorted = agenda.stream().sorted().toList();
		for (int i = 0; i < sorted.size(); i++) {
			int index = i;
			int position = sorted.indexOf(agenda.get(i));
			if (i >= voted) {
				continue;
			}
			request.param("rows[" + position + "].studentNo", agenda.get(index))
				.param("rows[" + position + "].votesFor", (i == 0) ? "10" : "17")
				.param("rows[" + position + "].votesAgainst", (i == 0) ? "8" : "1")
				.param("rows[" + position + "].votesAbstain", "1");
		}
		return this.mvc.perform(request);
	}

	private MockHttpServletRequestBuilder correct(UserDetails who, String path, String votesFor, String reason) {
		long id = Long.parseLong(path.replaceAll("\\D+", " ").trim());
		long version = this.jdbc.sql("select version from degree_decision where id = :id")
			.param("id", id)
			.query(Long.class)
			.single();
		return post(path).with(user(who))
			.with(csrf())
			.param("version", String.valueOf(version))
			.param("votesFor", votesFor)
			.param("votesAgainst", "2")
			.param("votesAbstain", "1")
			.param("reason", reason);
	}

	private String page(UserDetails who, String path) throws Exception {
		return this.mvc.perform(get(path).with(user(who)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	private long meetingVersion(long meeting) {
		return this.jdbc.sql("select version from degree_meeting where id = :id")
			.param("id", meeting)
			.query(Long.class)
			.single();
	}

	private String meetingStatus(long meeting) {
		return this.jdbc.sql("select status from degree_meeting where id = :id")
			.param("id", meeting)
			.query(String.class)
			.single();
	}

	private int decisions(List<String> students) {
		return this.jdbc.sql("""
				select count(*) from degree_decision d join student s on s.id = d.student_id
				where s.student_no in (:nos)
				""").param("nos", students).query(Integer.class).single();
	}

	private String decision(String student) {
		return this.jdbc.sql("""
				select d.decision from degree_decision d join student s on s.id = d.student_id where s.student_no = :no
				""").param("no", student).query(String.class).single();
	}

	private long decisionId(String student) {
		return this.jdbc.sql("""
				select d.id from degree_decision d join student s on s.id = d.student_id where s.student_no = :no
				""").param("no", student).query(Long.class).single();
	}

}
