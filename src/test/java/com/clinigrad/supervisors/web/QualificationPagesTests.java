package com.clinigrad.supervisors.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.clinigrad.accounts.Role;
import com.clinigrad.achievements.AchievementRecords;
import com.clinigrad.achievements.PublicationView;
import com.clinigrad.shared.SchoolTime;
import com.clinigrad.supervisors.QualificationReview;
import com.clinigrad.supervisors.SupervisorCommand;
import com.clinigrad.supervisors.SupervisorDirectory;
import com.clinigrad.supervisors.TitleLevel;
import com.clinigrad.supervisors.WindowView;
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
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The qualification application and review through the pages: the window, the conditions
 * each named, the training exam for new supervisors, the committee's vote granting the
 * qualification, and who may see and do what.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(SentFromAPage.class)
class QualificationPagesTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	@Autowired
	QualificationReview review;

	@Autowired
	SupervisorDirectory directory;

	@Autowired
	AchievementRecords achievements;

	@Autowired
	JdbcClient jdbc;

	Fixtures fixtures;

	String hospital;

	String otherHospital;

	String applicant;

	UserDetails applicantLogin;

	UserDetails grad;

	UserDetails committee;

	@BeforeEach
	void setUp() {
		this.fixtures = Fixtures.in(this.context);
		this.hospital = this.fixtures.hospital();
		this.otherHospital = this.fixtures.hospital();
		this.applicant = this.fixtures.supervisor(this.hospital);
		this.applicantLogin = login(Set.of(Role.SUPERVISOR), null, this.applicant, null);
		this.grad = this.fixtures.login(this.fixtures.account(Role.GRAD_SCHOOL));
		this.committee = this.fixtures.login(this.fixtures.account(Role.DEGREE_COMMITTEE));
		window(true);
	}

	@Test
	void aClosedWindowRefusesApplications() throws Exception {
		window(false);
		try {
			applyAs(this.applicantLogin, "DOCTORAL_SUPERVISOR", "NEW", "DOCTORATE")
				.andExpect(flash().attribute("flashError", "qualification.error.windowClosed"));
			this.mvc.perform(get("/qualifications/mine").with(user(this.applicantLogin)))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("id=\"window-closed\"")))
				.andExpect(content().string(not(containsString("id=\"application-form\""))));
			assertThat(applications(this.applicant)).isZero();
		}
		finally {
			window(true);
		}
	}

	@Test
	void eachUnmetConditionIsNamedAndTheApplicationCannotGoToTheCommittee() throws Exception {
		String associate = this.fixtures.unique("S");
		this.directory.upsert(new SupervisorCommand(associate, "副高" + associate, TitleLevel.ASSOCIATE_SENIOR, false,
				false, null, this.hospital, false, 1980, null, null));
		UserDetails login = login(Set.of(Role.SUPERVISOR), null, associate, null);
		applyAs(login, "DOCTORAL_SUPERVISOR", "NEW", "MASTER").andExpect(status().is3xxRedirection());
		long id = latestApplication(associate);
		this.mvc.perform(get("/qualifications/applications/" + id).with(user(this.grad)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("职称不符合条件：须为正高及以上，现为副高")))
			.andExpect(content().string(containsString("学位不符合条件：须为博士及以上，现为硕士")))
			.andExpect(content().string(containsString("在研经费不足：须不少于300,000 元，现为0 元")))
			.andExpect(content().string(containsString("论文数量不足：须不少于3，现为0")));
		this.mvc.perform(get("/qualifications/applications/" + id).param("lang", "en").with(user(this.grad)))
			.andExpect(content().string(containsString("Title not met: Full senior")));
		this.mvc
			.perform(post("/qualifications/applications/" + id + "/forward").param("version", version(id))
				.with(csrf())
				.with(user(this.grad)))
			.andExpect(flash().attribute("flashError", "qualification.error.conditionsUnmet"));
		assertThat(state(id)).isEqualTo("SUBMITTED");
	}

	@Test
	void aNewSupervisorNeedsThePassedTrainingExamAndTheCommitteeVoteGrantsTheQualification() throws Exception {
		long id = qualifiedApplication();
		forward(id).andExpect(flash().attribute("flashError", "qualification.error.trainingRequired"));
		training(id, "50").andExpect(flash().attribute("flashSuccess", "qualification.trainingFailed"));
		forward(id).andExpect(flash().attribute("flashError", "qualification.error.trainingRequired"));
		training(id, "85").andExpect(flash().attribute("flashSuccess", "qualification.trainingPassed"));
		forward(id).andExpect(flash().attribute("flashSuccess", "qualification.forwarded"));
		assertThat(state(id)).isEqualTo("TO_COMMITTEE");

		this.mvc.perform(get("/qualifications/applications/" + id + "/vote").with(user(this.committee)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"vote-form\"")));
		LocalDate today = SchoolTime.today();
		// without the confirmation nothing is recorded
		vote(id, this.committee, new int[] { 9, 1, 1 }, today.toString(), "校学位〔2026〕9号", false)
			.andExpect(flash().attribute("flashError", "qualification.error.confirmVote"));
		assertThat(state(id)).isEqualTo("TO_COMMITTEE");
		vote(id, this.committee, new int[] { 9, 1, 1 }, today.toString(), "校学位〔2026〕9号", true)
			.andExpect(flash().attribute("flashSuccess", "qualification.voteCarried"));
		assertThat(state(id)).isEqualTo("APPROVED");
		Map<String, Object> granted = this.jdbc
			.sql("select q.* from supervisor_qualification q join supervisor s on s.id = q.supervisor_id "
					+ "where s.staff_no = :s")
			.param("s", this.applicant)
			.query()
			.singleRow();
		assertThat(granted.get("kind")).isEqualTo("DOCTORAL_SUPERVISOR");
		assertThat(granted.get("decision_no")).isEqualTo("校学位〔2026〕9号");
		assertThat(granted.get("granted_on").toString()).isEqualTo(today.toString());
		assertThat(granted.get("valid_until").toString()).isEqualTo(today.plusYears(4).toString());
		assertThat(granted.get("application_id")).isEqualTo(id);
		assertThat(granted.get("highest_degree")).isEqualTo("DOCTORATE");
		assertThat(granted.get("title_level")).isEqualTo("FULL_SENIOR");
		this.mvc.perform(get("/supervisors/" + this.applicant).with(user(this.grad)))
			.andExpect(content().string(containsString("校学位〔2026〕9号")))
			.andExpect(content().string(containsString(today.plusYears(4).toString())));
		// a vote once recorded is final
		vote(id, this.committee, new int[] { 1, 9, 0 }, today.toString(), "x", true)
			.andExpect(flash().attribute("flashError", "qualification.error.transition"));
	}

	@Test
	void aVoteThatDoesNotCarryGrantsNothing() throws Exception {
		long id = qualifiedApplication();
		training(id, "90");
		forward(id);
		vote(id, this.committee, new int[] { 3, 2, 1 }, SchoolTime.today(), "校学位〔2026〕10号", true)
			.andExpect(flash().attribute("flashSuccess", "qualification.voteFailed"));
		assertThat(state(id)).isEqualTo("NOT_APPROVED");
		assertThat(this.jdbc
			.sql("select count(*) from supervisor_qualification q join supervisor s on s.id = q.supervisor_id "
					+ "where s.staff_no = :s")
			.param("s", this.applicant)
			.query(Long.class)
			.single()).isZero();
	}

	@Test
	void aSupervisorSeesOnlyTheirOwnApplicationAndAStudentNone() throws Exception {
		applyAs(this.applicantLogin, "MASTER_SUPERVISOR", "NEW", "DOCTORATE");
		long id = latestApplication(this.applicant);
		String other = this.fixtures.supervisor(this.hospital);
		UserDetails otherLogin = login(Set.of(Role.SUPERVISOR), null, other, null);
		this.mvc.perform(get("/qualifications/applications/" + id).with(user(this.applicantLogin)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"withdraw-form\"")));
		this.mvc.perform(get("/qualifications/applications/" + id).with(user(otherLogin)))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/qualifications/mine").with(user(otherLogin)))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("/qualifications/applications/" + id + "\""))));
		this.mvc
			.perform(post("/qualifications/applications/" + id + "/withdraw").param("version", version(id))
				.with(csrf())
				.with(user(otherLogin)))
			.andExpect(status().isNotFound());
		String student = this.fixtures.student(this.hospital, this.applicant);
		UserDetails studentLogin = login(Set.of(Role.STUDENT), null, null, student);
		this.mvc.perform(get("/qualifications/applications/" + id).with(user(studentLogin)))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/qualifications/applications").with(user(studentLogin)))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/qualifications/mine").with(user(studentLogin))).andExpect(status().isForbidden());
		this.mvc
			.perform(post("/qualifications/mine/applications").param("kind", "MASTER_SUPERVISOR")
				.with(csrf())
				.with(user(studentLogin)))
			.andExpect(status().isForbidden());
		// the owner withdraws
		this.mvc
			.perform(post("/qualifications/applications/" + id + "/withdraw").param("version", version(id))
				.with(csrf())
				.with(user(this.applicantLogin)))
			.andExpect(flash().attribute("flashSuccess", "qualification.withdrawn"));
		assertThat(state(id)).isEqualTo("WITHDRAWN");
	}

	@Test
	void aHospitalOfficeSeesOnlyItsHospitalsSupervisorsApplications() throws Exception {
		applyAs(this.applicantLogin, "MASTER_SUPERVISOR", "NEW", "DOCTORATE");
		long id = latestApplication(this.applicant);
		UserDetails own = login(Set.of(Role.HOSPITAL_OFFICE), this.hospital, null, null);
		UserDetails other = login(Set.of(Role.HOSPITAL_OFFICE), this.otherHospital, null, null);
		this.mvc.perform(get("/qualifications/applications/" + id).with(user(own))).andExpect(status().isOk());
		this.mvc.perform(get("/qualifications/applications").with(user(own)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(this.applicant)));
		this.mvc.perform(get("/qualifications/applications/" + id).with(user(other))).andExpect(status().isNotFound());
		this.mvc.perform(get("/qualifications/applications").with(user(other)))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString(this.applicant))));
		this.mvc
			.perform(post("/qualifications/applications/" + id + "/forward").param("version", version(id))
				.with(csrf())
				.with(user(own)))
			.andExpect(status().isForbidden());
	}

	@Test
	void theWrongRoleIsRefusedOnEachPageAndAction() throws Exception {
		applyAs(this.applicantLogin, "MASTER_SUPERVISOR", "NEW", "DOCTORATE");
		long id = latestApplication(this.applicant);
		UserDetails admin = this.fixtures.login(this.fixtures.account(Role.ADMIN));
		this.mvc.perform(get("/qualifications/applications").with(user(this.applicantLogin)))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/qualifications/applications").with(user(admin))).andExpect(status().isForbidden());
		this.mvc.perform(get("/qualifications/applications/" + id).with(user(admin))).andExpect(status().isForbidden());
		this.mvc.perform(get("/qualifications/windows").with(user(this.committee))).andExpect(status().isForbidden());
		this.mvc.perform(get("/qualifications/windows").with(user(this.applicantLogin)))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(post("/qualifications/windows").param("year", "2030")
				.param("opensOn", "2030-02-01")
				.param("closesOn", "2030-04-30")
				.with(csrf())
				.with(user(this.committee)))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/qualifications/mine").with(user(this.grad))).andExpect(status().isForbidden());
		this.mvc
			.perform(post("/qualifications/applications/" + id + "/forward").param("version", version(id))
				.with(csrf())
				.with(user(this.committee)))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(post("/qualifications/applications/" + id + "/forward").param("version", version(id))
				.with(csrf())
				.with(user(this.applicantLogin)))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(post("/qualifications/applications/" + id + "/training").param("completedOn", "2026-01-01")
				.param("examScore", "99")
				.with(csrf())
				.with(user(this.applicantLogin)))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/qualifications/applications/" + id + "/vote").with(user(this.grad)))
			.andExpect(status().isForbidden());
		vote(id, this.grad, new int[] { 9, 0, 0 }, "2026-01-01", "x", true).andExpect(status().isForbidden());
		assertThat(state(id)).isEqualTo("SUBMITTED");
		// the import API takes graduate-school staff only
		String username = this.fixtures.account(Set.of(Role.SUPERVISOR), null, null, this.applicant, null);
		this.mvc
			.perform(post("/api/v1/imports/qualifications").contentType("text/csv")
				.content("staff_no,kind,granted_on\n" + this.applicant + ",MASTER_SUPERVISOR,2020-01-01\n")
				.with(httpBasic(username, Fixtures.PASSWORD)))
			.andExpect(status().isForbidden());
	}

	@Test
	void theListKeepsItsFiltersAndExportsWhatItShows() throws Exception {
		applyAs(this.applicantLogin, "MASTER_SUPERVISOR", "NEW", "DOCTORATE");
		this.mvc
			.perform(get("/qualifications/applications").param("state", "SUBMITTED")
				.param("q", this.applicant)
				.with(user(this.grad)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(this.applicant)))
			.andExpect(content().string(containsString("硕士生导师")));
		this.mvc
			.perform(get("/qualifications/applications").param("state", "APPROVED")
				.param("q", this.applicant)
				.with(user(this.grad)))
			.andExpect(content().string(not(containsString(">" + this.applicant + "<"))));
		this.mvc
			.perform(get("/qualifications/applications").param("q", this.applicant)
				.param("export", "xlsx")
				.with(user(this.grad)))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", containsString("spreadsheetml")));
	}

	/**
	 * An application for the doctoral qualification whose every condition is met: full
	 * senior, doctorate, 500,000 yuan running, three recent publications of a supervised
	 * student.
	 */
	private long qualifiedApplication() throws Exception {
		LocalDate today = SchoolTime.today();
		this.mvc
			.perform(post("/qualifications/mine/grants").param("title", "国家自然科学基金面上项目")
				.param("amount", "500000")
				.param("startOn", today.minusYears(1).toString())
				.param("endOn", today.plusYears(2).toString())
				.with(csrf())
				.with(user(this.applicantLogin)))
			.andExpect(flash().attribute("flashSuccess", "qualification.grantAdded"));
		String student = this.fixtures.student(this.hospital, this.applicant);
		long studentId = this.fixtures.studentId(student);
		for (int i = 1; i <= 3; i++) {
			this.achievements.upsertPublication(studentId, new PublicationView("论文" + i + student, "中华医学杂志", "CORE", 1,
					true, "RESEARCH", today.minusMonths(i), null));
		}
		applyAs(this.applicantLogin, "DOCTORAL_SUPERVISOR", "NEW", "DOCTORATE")
			.andExpect(flash().attribute("flashSuccess", "qualification.applied"));
		long id = latestApplication(this.applicant);
		this.mvc.perform(get("/qualifications/applications/" + id).with(user(this.grad)))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("不符合条件"))))
			.andExpect(content().string(not(containsString("须不少于"))))
			.andExpect(content().string(containsString("论文1" + student)));
		return id;
	}

	private ResultActions forward(long id) throws Exception {
		return this.mvc.perform(post("/qualifications/applications/" + id + "/forward").param("version", version(id))
			.with(csrf())
			.with(user(this.grad)));
	}

	/**
	 * @param votes for, against, abstaining
	 */
	private ResultActions vote(long id, UserDetails who, int[] votes, Object decidedOn, String decisionNo,
			boolean confirmed) throws Exception {
		MockHttpServletRequestBuilder request = post("/qualifications/applications/" + id + "/vote")
			.param("version", version(id))
			.param("votesFor", String.valueOf(votes[0]))
			.param("votesAgainst", String.valueOf(votes[1]))
			.param("votesAbstain", String.valueOf(votes[2]))
			.param("decidedOn", decidedOn.toString())
			.param("decisionNo", decisionNo);
		if (confirmed) {
			request.param("confirmed", "true");
		}
		return this.mvc.perform(request.with(csrf()).with(user(who)));
	}

	private ResultActions training(long id, String score) throws Exception {
		return this.mvc.perform(post("/qualifications/applications/" + id + "/training")
			.param("completedOn", SchoolTime.today().minusDays(score.length()).toString())
			.param("examScore", score)
			.with(csrf())
			.with(user(this.grad)));
	}

	private ResultActions applyAs(UserDetails login, String kind, String type, String degree) throws Exception {
		return this.mvc.perform(post("/qualifications/mine/applications").param("kind", kind)
			.param("type", type)
			.param("category", "INTERNAL")
			.param("highestDegree", degree)
			.param("teaching", "临床医学导论 32 学时")
			.with(csrf())
			.with(user(login)));
	}

	private UserDetails login(Set<Role> roles, String hospitalCode, String staffNo, String studentNo) {
		return this.fixtures.login(this.fixtures.account(roles, hospitalCode, null, staffNo, studentNo));
	}

	/**
	 * Opens this year's window around today, or closes it (it ended yesterday).
	 */
	private void window(boolean open) {
		LocalDate today = SchoolTime.today();
		int year = today.getYear();
		Long version = this.review.windows()
			.stream()
			.filter((w) -> w.year() == year)
			.findFirst()
			.map(WindowView::version)
			.orElse(null);
		LocalDate first = LocalDate.of(year, 1, 1);
		this.review.setWindowAs(year, first,
				open ? today.plusDays(30) : today.minusDays(1).isBefore(first) ? first : today.minusDays(1), version,
				"test");
	}

	private long applications(String staffNo) {
		return this.jdbc
			.sql("select count(*) from qualification_application a join supervisor s on s.id = a.supervisor_id "
					+ "where s.staff_no = :s")
			.param("s", staffNo)
			.query(Long.class)
			.single();
	}

	private long latestApplication(String staffNo) {
		List<Long> ids = this.jdbc
			.sql("select a.id from qualification_application a join supervisor s on s.id = a.supervisor_id "
					+ "where s.staff_no = :s order by a.id desc")
			.param("s", staffNo)
			.query(Long.class)
			.list();
		assertThat(ids).isNotEmpty();
		return ids.get(0);
	}

	private String state(long id) {
		return this.jdbc.sql("select state from qualification_application where id = :id")
			.param("id", id)
			.query(String.class)
			.single();
	}

	private String version(long id) {
		return String.valueOf(this.jdbc.sql("select version from qualification_application where id = :id")
			.param("id", id)
			.query(Long.class)
			.single());
	}

}
