package com.clinigrad.selection.web;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import com.clinigrad.accounts.Role;
import com.clinigrad.achievements.AchievementRecords;
import com.clinigrad.achievements.PublicationView;
import com.clinigrad.selection.BoardRow;
import com.clinigrad.selection.Criterion;
import com.clinigrad.selection.EnrollmentSelection;
import com.clinigrad.selection.SelectionSchemes;
import com.clinigrad.selection.SelectionSchemes.SchemeCommand;
import com.clinigrad.shared.SchoolTime;
import com.clinigrad.supervisors.QualificationRegister;
import com.clinigrad.supervisors.QualificationRegister.GrantCommand;
import com.clinigrad.supervisors.SupervisorCommand;
import com.clinigrad.supervisors.SupervisorDirectory;
import com.clinigrad.supervisors.TitleLevel;
import com.clinigrad.support.EventsInFlight;
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
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.ResultActions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The enrollment selection through its pages: the scheme as data (a weight changed turns
 * the ranking), a score explained down to its records, places allocated, a veto, an
 * appeal and its decision, publishing once; and who may see and do what.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(SentFromAPage.class)
class SelectionPagesTests {

	/** Each test its own selection year; the weight test owns the last one. */
	static final AtomicInteger YEARS = new AtomicInteger(2060);

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	@Autowired
	SupervisorDirectory directory;

	@Autowired
	QualificationRegister register;

	@Autowired
	AchievementRecords achievements;

	@Autowired
	EnrollmentSelection selection;

	@Autowired
	SelectionSchemes schemes;

	@Autowired
	JdbcClient jdbc;

	String discipline;

	Fixtures fixtures;

	String hospital;

	String otherHospital;

	/** Funding but no publications. */
	String funded;

	/** Publications but no funding. */
	String published;

	UserDetails fundedLogin;

	UserDetails publishedLogin;

	UserDetails grad;

	UserDetails committee;

	@BeforeEach
	void setUp() {
		this.fixtures = Fixtures.in(this.context);
		// a discipline of this test's own: the board ranks every supervisor of a
		// discipline,
		// and other tests' supervisors must not take this one's places
		this.discipline = this.fixtures.unique("D");
		this.jdbc
			.sql("insert into discipline (code, name, name_en, level, parent_code) "
					+ "values (:code, '临床医学（测试）', 'Clinical medicine (test)', 2, '1051')")
			.param("code", this.discipline)
			.update();
		this.hospital = this.fixtures.hospital();
		this.otherHospital = this.fixtures.hospital();
		LocalDate today = SchoolTime.today();
		this.funded = supervisor(this.hospital);
		this.register.addGrantAs(this.funded,
				new GrantCommand("国家自然科学基金重点项目", new BigDecimal("2000000"), today.minusYears(1), today.plusYears(3)),
				"test");
		this.published = supervisor(this.hospital);
		String student = this.fixtures.student(this.hospital, this.published);
		for (int i = 0; i < 6; i++) {
			this.achievements.upsertPublication(this.fixtures.studentId(student), new PublicationView("心衰队列研究 " + i,
					"Circulation", "SCI", 1, true, "RESEARCH", today.minusMonths(i + 1), null));
		}
		this.fundedLogin = login(Set.of(Role.SUPERVISOR), null, this.funded, null);
		this.publishedLogin = login(Set.of(Role.SUPERVISOR), null, this.published, null);
		this.grad = this.fixtures.login(this.fixtures.account(Role.GRAD_SCHOOL));
		this.committee = this.fixtures.login(this.fixtures.account(Role.DEGREE_COMMITTEE));
	}

	@Test
	void changingAWeightOnTheSchemePageChangesTheRanking() throws Exception {
		int year = 2100;
		scheme(year, "60", "5");
		// the 2100 selection is held in June 2099: the two supervisors' records as of
		// then
		LocalDate selectionDay = LocalDate.of(year - 1, 6, 30);
		this.register.addGrantAs(this.funded, new GrantCommand("国家自然科学基金重点项目", new BigDecimal("2000000"),
				selectionDay.minusYears(1), selectionDay.plusYears(3)), "test");
		String student = this.fixtures.student(this.hospital, this.published);
		for (int i = 0; i < 6; i++) {
			this.achievements.upsertPublication(this.fixtures.studentId(student), new PublicationView("心衰队列研究 " + i,
					"Circulation", "SCI", 1, true, "RESEARCH", selectionDay.minusMonths(i + 1), null));
		}
		this.mvc
			.perform(post("/selection/rounds").param("year", String.valueOf(year))
				.param("asOf", selectionDay.toString())
				.with(csrf())
				.with(user(this.grad)))
			.andExpect(status().is3xxRedirection());
		assertThat(rank(year, this.funded)).isLessThan(rank(year, this.published));

		long version = this.schemes.forYear(year).orElseThrow().version();
		this.mvc
			.perform(post("/selection/scheme").param("year", String.valueOf(year))
				.param("version", String.valueOf(version))
				.param("weights[FUNDING]", "5")
				.param("weights[PUBLICATIONS]", "60")
				.with(csrf())
				.with(user(this.grad)))
			.andExpect(status().is3xxRedirection());
		assertThat(this.schemes.forYear(year).orElseThrow().weights().get(Criterion.PUBLICATIONS))
			.isEqualByComparingTo("60");
		this.mvc
			.perform(post("/selection/" + year + "/compute").param("version", roundVersion(year))
				.with(csrf())
				.with(user(this.grad)))
			.andExpect(status().is3xxRedirection());
		assertThat(rank(year, this.published)).isLessThan(rank(year, this.funded));

		// a weight that is not a number is refused by name, nothing saved
		this.mvc
			.perform(post("/selection/scheme").param("year", String.valueOf(year))
				.param("version", String.valueOf(this.schemes.forYear(year).orElseThrow().version()))
				.param("weights[FUNDING]", "heavy")
				.with(csrf())
				.with(user(this.grad)))
			.andExpect(flash().attribute("flashError", "selection.error.weight"));
		// only the graduate school edits the scheme
		this.mvc
			.perform(post("/selection/scheme").param("year", String.valueOf(year))
				.param("version", "0")
				.with(csrf())
				.with(user(this.committee)))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/selection/scheme").param("year", String.valueOf(year)).with(user(this.committee)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("学生论文")));
	}

	@Test
	void aSelectionDayOutsideTheYearBeforeTheIntakeAndTheIntakeYearIsRefusedAndNothingSaved() throws Exception {
		int year = YEARS.incrementAndGet();
		MvcResult refused = openOnThePage(year, "2020-01-01")
			.andExpect(flash().attribute("flashError", "selection.error.asOfOutsideYear"))
			.andReturn();
		this.mvc.perform(get("/selection").flashAttrs(refused.getFlashMap()).with(user(this.grad)))
			.andExpect(content().string(
					containsString(year + " 年度遴选的遴选日须在 " + (year - 1) + "-01-01 至 " + year + "-12-31 之间（招生前一年或当年）")))
			.andExpect(content().string(containsString("value=\"2020-01-01\"")))
			.andExpect(content().string(containsString("value=\"" + year + "\"")));
		openOnThePage(year, (year - 2) + "-12-31")
			.andExpect(flash().attribute("flashError", "selection.error.asOfOutsideYear"));
		openOnThePage(year, (year + 1) + "-01-01")
			.andExpect(flash().attribute("flashError", "selection.error.asOfOutsideYear"));
		assertThat(this.selection.round(year)).isEmpty();

		openOnThePage(year, (year - 1) + "-01-01").andExpect(redirectedUrl("/selection?year=" + year));
		assertThat(this.selection.round(year).orElseThrow().asOf()).isEqualTo(LocalDate.of(year - 1, 1, 1));
		int later = YEARS.incrementAndGet();
		openOnThePage(later, later + "-12-31").andExpect(redirectedUrl("/selection?year=" + later));
		assertThat(this.selection.round(later)).isPresent();
	}

	private ResultActions openOnThePage(int year, String asOf) throws Exception {
		return this.mvc.perform(post("/selection/rounds").param("year", String.valueOf(year))
			.param("asOf", asOf)
			.header("Referer", "/selection")
			.with(csrf())
			.with(user(this.grad)));
	}

	@Test
	void aScoreIsExplainedDownToItsRecords() throws Exception {
		int year = open();
		this.mvc.perform(get("/selection/" + year + "/supervisors/" + this.funded).with(user(this.grad)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("经费：国家自然科学基金重点项目，2,000,000 元")))
			.andExpect(content().string(containsString("满意度调查答卷不足")));
		this.mvc.perform(get("/selection/" + year + "/supervisors/" + this.published).with(user(this.grad)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("论文：《心衰队列研究 0》，Circulation，SCI")))
			.andExpect(content().string(containsString("无科研经费")))
			.andExpect(content().string(containsString("依据记录自动认定")));
		this.mvc
			.perform(get("/selection/" + year + "/supervisors/" + this.published).param("lang", "en")
				.with(user(this.grad)))
			.andExpect(content().string(containsString("Publication: &quot;心衰队列研究 0&quot;, Circulation, SCI")))
			.andExpect(content().string(containsString("No research funding")));
	}

	@Test
	void aVetoTakesThePlacesAnAppealIsDecidedOnceAndPublishingTellsTheSupervisors() throws Exception {
		int year = open();
		this.mvc
			.perform(post("/selection/" + year + "/places").param("discipline", this.discipline)
				.param("program", "PUMC-PRO-MASTER")
				.param("places", "2")
				.with(csrf())
				.with(user(this.grad)))
			.andExpect(status().is3xxRedirection());
		assertThat(row(year, this.funded).places()).isPositive();
		// the one without funding is suspended by the records and gets nothing
		assertThat(row(year, this.published).places()).isZero();

		this.mvc
			.perform(post("/selection/" + year + "/supervisors/" + this.funded + "/suspensions")
				.param("reason", "ETHICS_VETO")
				.param("note", "医德档案负面清单 2026-03 号")
				.with(csrf())
				.with(user(this.grad)))
			.andExpect(status().is3xxRedirection());
		BoardRow vetoed = row(year, this.funded);
		assertThat(vetoed.vetoed()).isTrue();
		assertThat(vetoed.places()).isZero();
		assertThat(vetoed.rank()).isEqualTo(rank(year, this.funded));

		// the supervisor sees the suspension at once, not yet the score, and appeals once
		this.mvc.perform(get("/selection/mine").param("year", String.valueOf(year)).with(user(this.fundedLogin)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("列入医德负面清单（一票否决）")))
			.andExpect(content().string(containsString("id=\"not-published\"")));
		long suspension = this.jdbc
			.sql("select s.id from selection_suspension s join supervisor p on p.id = s.supervisor_id"
					+ " join selection_round r on r.id = s.round_id where p.staff_no = :s and r.year = :y")
			.param("s", this.funded)
			.param("y", year)
			.query(Long.class)
			.single();
		// another supervisor cannot appeal it
		this.mvc
			.perform(post("/selection/mine/suspensions/" + suspension + "/appeal").param("statement", "不是我")
				.with(csrf())
				.with(user(this.publishedLogin)))
			.andExpect(status().isNotFound());
		this.mvc
			.perform(post("/selection/mine/suspensions/" + suspension + "/appeal")
				.param("statement", "负面清单记录系同名误录，附医务处更正说明")
				.with(csrf())
				.with(user(this.fundedLogin)))
			.andExpect(status().is3xxRedirection());
		this.mvc
			.perform(post("/selection/mine/suspensions/" + suspension + "/appeal").param("statement", "再次申诉")
				.with(csrf())
				.with(user(this.fundedLogin)))
			.andExpect(flash().attribute("flashError", "selection.error.appealedOnce"));
		// nothing is published while an appeal waits
		this.mvc
			.perform(post("/selection/" + year + "/publish").param("version", roundVersion(year))
				.param("confirmed", "true")
				.with(csrf())
				.with(user(this.grad)))
			.andExpect(flash().attribute("flashError", "selection.error.appealsPending"));

		long appeal = this.jdbc.sql("select id from selection_appeal where suspension_id = :s")
			.param("s", suspension)
			.query(Long.class)
			.single();
		// a supervisor cannot decide; the committee lifts the suspension
		this.mvc
			.perform(post("/selection/appeals/" + appeal + "/decision").param("version", "0")
				.param("decision", "LIFTED")
				.param("note", "x")
				.with(csrf())
				.with(user(this.fundedLogin)))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(post("/selection/appeals/" + appeal + "/decision").param("version", "0")
				.param("decision", "LIFTED")
				.param("note", "经核实系同名误录")
				.with(csrf())
				.with(user(this.committee)))
			.andExpect(status().is3xxRedirection());
		assertThat(row(year, this.funded).suspended()).isFalse();
		assertThat(row(year, this.funded).places()).isPositive();

		// publishing asks for the confirmation, then cannot be undone
		this.mvc.perform(get("/selection").param("year", String.valueOf(year)).with(user(this.grad)))
			.andExpect(content().string(containsString("name=\"confirmed\" value=\"true\" required")));
		this.mvc
			.perform(post("/selection/" + year + "/publish").param("version", roundVersion(year))
				.with(csrf())
				.with(user(this.grad)))
			.andExpect(flash().attribute("flashError", "selection.error.confirm"));
		this.mvc
			.perform(post("/selection/" + year + "/publish").param("version", roundVersion(year))
				.with(csrf())
				.with(user(this.committee)))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(post("/selection/" + year + "/publish").param("version", roundVersion(year))
				.param("confirmed", "true")
				.with(csrf())
				.with(user(this.grad)))
			.andExpect(status().is3xxRedirection());
		this.mvc
			.perform(post("/selection/" + year + "/compute").param("version", roundVersion(year))
				.with(csrf())
				.with(user(this.grad)))
			.andExpect(flash().attribute("flashError", "selection.error.published"));
		EventsInFlight.awaitNone(this.jdbc, Duration.ofSeconds(30));
		assertThat(this.jdbc
			.sql("select count(*) from notification n join user_account a on a.id = n.account_id"
					+ " where n.kind = 'SELECTION_PUBLISHED' and a.staff_no = :s")
			.param("s", this.funded)
			.query(Long.class)
			.single()).isEqualTo(1);
	}

	@Test
	void eachSeesOnlyWhatIsTheirs() throws Exception {
		int year = open();
		String url = "/selection/" + year + "/supervisors/" + this.funded;
		UserDetails student = login(Set.of(Role.STUDENT), null, null,
				this.fixtures.student(this.hospital, this.funded));
		UserDetails office = login(Set.of(Role.HOSPITAL_OFFICE), this.hospital, null, null);
		UserDetails otherOffice = login(Set.of(Role.HOSPITAL_OFFICE), this.otherHospital, null, null);
		UserDetails admin = this.fixtures.login(this.fixtures.account(Role.ADMIN));

		// a student sees none of it
		for (String page : new String[] { "/selection", url, "/selection/mine", "/selection/scheme",
				"/selection/" + year + "/places" }) {
			this.mvc.perform(get(page).with(user(student))).andExpect(status().isForbidden());
		}
		this.mvc.perform(get("/selection").with(user(admin))).andExpect(status().isForbidden());
		// a supervisor has no board and never sees another's score, published or not
		this.mvc.perform(get("/selection").with(user(this.publishedLogin))).andExpect(status().isForbidden());
		this.mvc.perform(get(url).with(user(this.publishedLogin))).andExpect(status().isNotFound());
		// their own only once published
		this.mvc.perform(get(url).with(user(this.fundedLogin))).andExpect(status().isNotFound());
		// a hospital office its hospital's supervisors only
		this.mvc.perform(get("/selection").param("year", String.valueOf(year)).with(user(office)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(this.funded)));
		this.mvc.perform(get(url).with(user(office))).andExpect(status().isOk());
		this.mvc.perform(get("/selection").param("year", String.valueOf(year)).with(user(otherOffice)))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString(this.funded))));
		this.mvc.perform(get(url).with(user(otherOffice))).andExpect(status().isNotFound());
		this.mvc
			.perform(post(url + "/suspensions").param("reason", "MISCONDUCT")
				.param("note", "x")
				.with(csrf())
				.with(user(office)))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(post("/selection/" + year + "/places").param("discipline", this.discipline)
				.param("program", "PUMC-PRO-MASTER")
				.param("places", "2")
				.with(csrf())
				.with(user(this.committee)))
			.andExpect(status().isForbidden());

		this.selection.publishAs(year, Long.parseLong(roundVersion(year)), true, "test");
		this.mvc.perform(get(url).with(user(this.fundedLogin)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("得分说明")));
		this.mvc.perform(get(url).with(user(this.publishedLogin))).andExpect(status().isNotFound());
		this.mvc.perform(get("/selection/mine").param("year", String.valueOf(year)).with(user(this.fundedLogin)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"score-explained\"")))
			.andExpect(content().string(containsString("国家自然科学基金重点项目")));
	}

	@Test
	void theBoardFiltersByDisciplineAndExportsWhatItShows() throws Exception {
		int year = open();
		this.mvc
			.perform(get("/selection").param("year", String.valueOf(year))
				.param("discipline", this.discipline)
				.param("q", this.funded)
				.with(user(this.grad)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(this.funded)))
			.andExpect(content().string(not(containsString(this.published + "<"))));
		this.mvc
			.perform(get("/selection").param("year", String.valueOf(year))
				.param("q", this.published)
				.param("export", "csv")
				.with(user(this.grad)))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", containsString("text/csv")))
			.andExpect(content().string(containsString(this.published)))
			.andExpect(content().string(not(containsString(this.funded))));
		this.mvc
			.perform(get("/selection").param("year", String.valueOf(year))
				.param("q", this.funded)
				.param("export", "xlsx")
				.with(user(this.grad)))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Disposition", containsString(".xlsx")));
	}

	private int open() {
		int year = YEARS.incrementAndGet();
		this.selection.openAs(year, SchoolTime.today(), "test");
		return year;
	}

	private void scheme(int year, String funding, String publications) {
		long version = this.schemes.forYear(year).orElseThrow().version();
		this.schemes.saveAs(year, version, new SchemeCommand(Map.of(Criterion.FUNDING, new BigDecimal(funding),
				Criterion.PUBLICATIONS, new BigDecimal(publications)), Map.of(), Map.of(), null), "test");
	}

	private int rank(int year, String staffNo) {
		return row(year, staffNo).rank();
	}

	private BoardRow row(int year, String staffNo) {
		SecurityContext security = SecurityContextHolder.createEmptyContext();
		security
			.setAuthentication(new UsernamePasswordAuthenticationToken(this.grad, null, this.grad.getAuthorities()));
		SecurityContextHolder.setContext(security);
		try {
			return this.selection.board(year)
				.stream()
				.filter((r) -> r.supervisor().staffNo().equals(staffNo))
				.findFirst()
				.orElseThrow();
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}

	private String roundVersion(int year) {
		return String.valueOf(this.selection.round(year).orElseThrow().version());
	}

	private String supervisor(String hospitalCode) {
		String staffNo = this.fixtures.unique("S");
		this.directory.upsert(new SupervisorCommand(staffNo, "导师" + staffNo, TitleLevel.FULL_SENIOR, true, true, null,
				hospitalCode, false, 1972, null, this.discipline));
		return staffNo;
	}

	private UserDetails login(Set<Role> roles, String hospitalCode, String staffNo, String studentNo) {
		return this.fixtures.login(this.fixtures.account(roles, hospitalCode, null, staffNo, studentNo));
	}

}
