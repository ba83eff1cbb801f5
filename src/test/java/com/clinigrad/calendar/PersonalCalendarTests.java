package com.clinigrad.calendar;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.clinigrad.accounts.Role;
import com.clinigrad.organization.Organization;
import com.clinigrad.shared.SchoolTime;
import com.clinigrad.support.Fixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The personal calendar end to end: each role sees exactly its own dates (a student their
 * own, a supervisor their students' by name, an expert review codes and no student, an
 * office and a coordinator their hospital's and department's rotations), the month view
 * links to each thing, and the iCalendar feed opens with its token alone, parses, carries
 * stable UIDs, and stops answering when it is reset, stopped or guessed.
 */
@SpringBootTest
@AutoConfigureMockMvc
class PersonalCalendarTests {

	private static final Pattern FEED_URL = Pattern.compile("/calendar/feed/([A-Za-z0-9_-]{43})\\.ics$");

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	@Autowired
	JdbcClient jdbc;

	Fixtures fixtures;

	YearMonth month;

	String hospital;

	String studentA;

	String studentB;

	String nameA;

	String nameB;

	String reviewCode;

	long sessionA;

	UserDetails loginA;

	UserDetails loginB;

	UserDetails supervisorOfA;

	UserDetails expert;

	UserDetails office;

	UserDetails coordinator;

	@BeforeEach
	void university() {
		this.fixtures = Fixtures.in(this.context);
		this.month = YearMonth.from(SchoolTime.today());
		this.hospital = this.fixtures.hospital();
		this.context.getBean(Organization.class).upsertDepartment(this.hospital, "D2", "呼吸内科", "呼吸系病", 40, null);
		String supervisorA = this.fixtures.supervisor(this.hospital);
		String supervisorB = this.fixtures.supervisor(this.hospital);
		String expertNo = this.fixtures.supervisor(this.hospital);
		this.studentA = this.fixtures.student(this.hospital, supervisorA);
		this.studentB = this.fixtures.student(this.hospital, supervisorB);
		this.nameA = "学生" + this.studentA;
		this.nameB = "学生" + this.studentB;
		long idA = this.fixtures.studentId(this.studentA);
		long idB = this.fixtures.studentId(this.studentB);
		rotation(idA, "D1", this.month.atDay(1), this.month.atDay(20));
		rotation(idB, "D2", this.month.atDay(3), this.month.atDay(24));
		this.sessionA = this.jdbc.sql("""
				insert into milestone_session (student_id, type, scheduled_on, place, created_by)
				values (:s, 'MIDTERM', :on, '第一会议室', 'test') returning id""")
			.param("s", idA)
			.param("on", this.month.atDay(18))
			.query(Long.class)
			.single();
		String unique = this.fixtures.unique("").replaceAll("[^A-Za-z0-9]", "");
		this.reviewCode = "RV" + unique.substring(Math.max(0, unique.length() - 10));
		this.jdbc.sql("""
				insert into thesis_review (student_id, reviewer_id, recorded_by, code, due_on, status)
				values (:s, (select id from supervisor where staff_no = :e), 'test', :code, :due, 'PENDING')""")
			.param("s", idA)
			.param("e", expertNo)
			.param("code", this.reviewCode)
			.param("due", this.month.atDay(15))
			.update();
		this.loginA = login(Set.of(Role.STUDENT), null, null, null, this.studentA);
		this.loginB = login(Set.of(Role.STUDENT), null, null, null, this.studentB);
		this.supervisorOfA = login(Set.of(Role.SUPERVISOR), null, null, supervisorA, null);
		this.expert = login(Set.of(Role.EXPERT), null, null, expertNo, null);
		this.office = login(Set.of(Role.HOSPITAL_OFFICE), this.hospital, null, null, null);
		this.coordinator = login(Set.of(Role.DEPT_COORDINATOR), this.hospital, "D2", null, null);
	}

	@Test
	void aStudentSeesOnlyTheirOwnDatesEachLinkingToTheThing() throws Exception {
		String page = page(this.loginA, "zh_CN");
		assertThat(page).contains("轮转：心内科")
			.contains("出科考核：心内科")
			.contains("中期考核")
			.contains("href=\"/milestones/" + this.sessionA + "\"")
			.contains("href=\"/students/" + this.studentA + "/rotations\"")
			.doesNotContain("呼吸内科")
			.doesNotContain(this.nameB)
			.doesNotContain(this.reviewCode);
		String other = page(this.loginB, "en");
		assertThat(other).contains("Rotation: 呼吸内科")
			.doesNotContain("心内科")
			.doesNotContain("Mid-term assessment")
			.doesNotContain(this.studentA);
	}

	@Test
	void aSupervisorSeesTheirStudentsDatesByNameAndNoOtherStudents() throws Exception {
		String page = page(this.supervisorOfA, "zh_CN");
		assertThat(page).contains(this.nameA + "：轮转：心内科")
			.contains(this.nameA + "：中期考核")
			.doesNotContain(this.nameB)
			.doesNotContain("呼吸内科")
			.doesNotContain(this.reviewCode);
	}

	@Test
	void anExpertSeesReviewDeadlinesByCodeAndNoStudent() throws Exception {
		String page = page(this.expert, "zh_CN");
		assertThat(page).contains("盲审 " + this.reviewCode + " 截止")
			.contains("href=\"/reviews/" + this.reviewCode + "\"")
			.doesNotContain(this.nameA)
			.doesNotContain(this.studentA)
			.doesNotContain(this.nameB)
			.doesNotContain("心内科");
		String feed = feed(makeFeed(this.expert, "EN"));
		assertThat(feed).contains("SUMMARY:Blind review " + this.reviewCode + " due")
			.doesNotContain(this.nameA)
			.doesNotContain(this.studentA);
	}

	@Test
	void theOfficeSeesItsHospitalInNumbersAndTheCoordinatorItsDepartmentByName() throws Exception {
		assertThat(page(this.office, "zh_CN")).contains("1 人入科").contains("/rotations").doesNotContain(this.nameA);
		String coordinator = page(this.coordinator, "zh_CN");
		assertThat(coordinator).contains("入科：" + this.nameB + "（呼吸内科）")
			.contains(this.nameB + "：出科考核：呼吸内科")
			.doesNotContain(this.nameA);
	}

	@Test
	void theMonthViewNeedsALoginAndMovesByMonth() throws Exception {
		this.mvc.perform(get("/calendar")).andExpect(status().is3xxRedirection());
		String page = this.mvc
			.perform(get("/calendar").param("month", "2027-02").param("lang", "en").with(user(this.loginA)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(page).contains("February 2027")
			.contains("/calendar?month=2027-01")
			.contains("/calendar?month=2027-03")
			.contains("id=\"cal-day-2027-02-01\"");
		this.mvc.perform(get("/calendar").param("month", "nonsense").with(user(this.loginA)))
			.andExpect(status().isOk());
	}

	@Test
	void theFeedOpensWithItsTokenAloneParsesAndStopsWhenReset() throws Exception {
		String token = makeFeed(this.loginA, "EN");
		String feed = feed(token);
		String[] lines = feed.split("\r\n", -1);
		assertThat(lines[0]).isEqualTo("BEGIN:VCALENDAR");
		assertThat(lines).contains("END:VCALENDAR", "VERSION:2.0");
		assertThat(Arrays.stream(lines).filter("BEGIN:VEVENT"::equals).count())
			.isEqualTo(Arrays.stream(lines).filter("END:VEVENT"::equals).count())
			.isGreaterThanOrEqualTo(3);
		assertThat(lines)
			.allSatisfy((line) -> assertThat(line.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(75));
		String unfolded = feed.replace("\r\n ", "");
		DateTimeFormatter basic = DateTimeFormatter.BASIC_ISO_DATE;
		assertThat(unfolded).contains("DTSTART;VALUE=DATE:" + basic.format(this.month.atDay(1)))
			.contains("DTEND;VALUE=DATE:" + basic.format(this.month.atDay(21)))
			.contains("DTSTART;VALUE=DATE:" + basic.format(this.month.atDay(18)))
			.contains("SUMMARY:Rotation: 心内科")
			.contains("DESCRIPTION:Test hospital " + this.hospital)
			.contains("SUMMARY:Mid-term assessment")
			.contains("DESCRIPTION:第一会议室")
			.contains("URL:http://localhost/milestones/" + this.sessionA)
			.contains("UID:session-" + this.sessionA + "@clinigrad")
			.doesNotContain("呼吸内科")
			.doesNotContain(this.nameB);
		assertThat(uids(feed(token))).isEqualTo(uids(feed));

		String newToken = makeFeed(this.loginA, "ZH");
		assertThat(newToken).isNotEqualTo(token);
		this.mvc.perform(get("/calendar/feed/" + token + ".ics")).andExpect(status().isNotFound());
		assertThat(feed(newToken)).contains("SUMMARY:轮转：心内科");
		this.mvc.perform(get("/calendar/feed/" + newToken.substring(1) + "x.ics")).andExpect(status().isNotFound());
		this.mvc.perform(get("/calendar/feed/short.ics")).andExpect(status().isNotFound());
		assertThat(this.jdbc.sql("select count(*) from calendar_feed where token_hash = :t")
			.param("t", newToken)
			.query(Integer.class)
			.single()).as("only the token's hash is kept").isZero();

		this.mvc.perform(post("/calendar/feed/stop").with(user(this.loginA)).with(csrf()))
			.andExpect(status().is3xxRedirection());
		this.mvc.perform(get("/calendar/feed/" + newToken + ".ics")).andExpect(status().isNotFound());
	}

	@Test
	void theFeedFollowsItsHoldersScopeAsItStandsNow() throws Exception {
		String token = makeFeed(this.supervisorOfA, "ZH");
		assertThat(feed(token)).contains(this.nameA).doesNotContain(this.nameB);
		this.jdbc.sql("update user_account set enabled = false where username = :u")
			.param("u", this.supervisorOfA.getUsername())
			.update();
		this.mvc.perform(get("/calendar/feed/" + token + ".ics")).andExpect(status().isNotFound());
	}

	private List<String> uids(String feed) {
		return Arrays.stream(feed.replace("\r\n ", "").split("\r\n")).filter((l) -> l.startsWith("UID:")).toList();
	}

	private String makeFeed(UserDetails login, String language) throws Exception {
		MvcResult result = this.mvc
			.perform(post("/calendar/feed").param("language", language).with(user(login)).with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andReturn();
		String url = (String) result.getFlashMap().get("feedUrl");
		Matcher matcher = FEED_URL.matcher(url);
		assertThat(matcher.find()).as(url).isTrue();
		return matcher.group(1);
	}

	private String feed(String token) throws Exception {
		MvcResult result = this.mvc.perform(get("/calendar/feed/" + token + ".ics"))
			.andExpect(status().isOk())
			.andReturn();
		assertThat(result.getResponse().getContentType()).startsWith("text/calendar");
		return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
	}

	private String page(UserDetails login, String lang) throws Exception {
		return this.mvc
			.perform(get("/calendar").param("month", this.month.toString()).param("lang", lang).with(user(login)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
	}

	private void rotation(long studentId, String department, LocalDate start, LocalDate end) {
		this.jdbc.sql("""
				insert into rotation (student_id, department_id, start_date, end_date, recorded_by)
				values (:s, (select d.id from department d join hospital h on h.id = d.hospital_id
				             where h.code = :h and d.code = :d), :start, :end, 'test')""")
			.param("s", studentId)
			.param("h", this.hospital)
			.param("d", department)
			.param("start", start)
			.param("end", end)
			.update();
	}

	private UserDetails login(Set<Role> roles, String hospital, String department, String staffNo, String studentNo) {
		return this.fixtures.login(this.fixtures.account(roles, hospital, department, staffNo, studentNo));
	}

}
