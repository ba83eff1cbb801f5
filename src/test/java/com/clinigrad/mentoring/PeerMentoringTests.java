package com.clinigrad.mentoring;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.clinigrad.accounts.Role;
import com.clinigrad.awards.ComprehensiveEvaluation;
import com.clinigrad.awards.EvaluationComponent;
import com.clinigrad.awards.EvaluationInput;
import com.clinigrad.awards.EvaluationLine;
import com.clinigrad.awards.EvaluationRules;
import com.clinigrad.awards.PeerMentoringRecords;
import com.clinigrad.awards.StudentEvaluation;
import com.clinigrad.shared.BusinessRuleException;
import com.clinigrad.students.AdmissionType;
import com.clinigrad.students.DegreeType;
import com.clinigrad.students.StudentFacts;
import com.clinigrad.students.StudentStatus;
import com.clinigrad.support.Fixtures;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Peer mentoring (高带低): who may mentor and be mentored in a term, one pairing per mentee
 * and term, the group size as data; the office of another hospital, a student outside the
 * pairing and a mentor asking for individual answers are refused; a mentor's meetings
 * reach the comprehensive evaluation's service component.
 */
@SpringBootTest
@AutoConfigureMockMvc
class PeerMentoringTests {

	private static final String TERM = "2024-1";

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PeerMentoring mentoring;

	@Autowired
	PeerMentoringRecords records;

	Fixtures fixtures;

	String hospital;

	String office;

	String supervisor;

	@BeforeEach
	void setUp() {
		this.fixtures = Fixtures.in(this.context);
		this.hospital = this.fixtures.hospital();
		this.supervisor = this.fixtures.supervisor(this.hospital);
		this.office = this.fixtures.account(Set.of(Role.HOSPITAL_OFFICE), this.hospital, null, null, null);
	}

	@AfterEach
	void logOut() {
		SecurityContextHolder.clearContext();
	}

	@Test
	void seniorityComesFromDegreeCohortAndProgramLength() {
		assertThat(Seniority.of(DegreeType.PRO_DOCTOR, StudentStatus.ENROLLED, 2024, 3, 2024))
			.isEqualTo(Seniority.SENIOR);
		assertThat(Seniority.of(DegreeType.PRO_MASTER, StudentStatus.ENROLLED, 2023, 3, 2024))
			.isEqualTo(Seniority.JUNIOR);
		assertThat(Seniority.of(DegreeType.PRO_MASTER, StudentStatus.ENROLLED, 2023, 3, 2025))
			.isEqualTo(Seniority.SENIOR);
		assertThat(Seniority.of(DegreeType.PRO_MASTER, StudentStatus.GRADUATED, 2023, 3, 2024))
			.isEqualTo(Seniority.NEITHER);
		assertThat(Seniority.of(DegreeType.POSTDOC, StudentStatus.ENROLLED, 2023, 3, 2024))
			.isEqualTo(Seniority.NEITHER);
	}

	@Test
	void onlySeniorsMentorJuniorsOncePerTermWithinTheGroupSize() {
		String doctor = doctor();
		String master = master();
		String other = master();
		loginAs(this.office);
		// a junior master is not a mentor; a doctoral student is not a mentee
		assertThatThrownBy(() -> this.mentoring.pair(TERM, master, List.of(other)))
			.isInstanceOf(BusinessRuleException.class)
			.hasFieldOrPropertyWithValue("messageKey", "mentoring.error.notSenior");
		assertThatThrownBy(() -> this.mentoring.pair(TERM, doctor, List.of(doctor())))
			.hasFieldOrPropertyWithValue("messageKey", "mentoring.error.notJunior");
		// a master in the last year of the program mentors in 2025-1
		String senior = master;
		long lastYear = this.mentoring.pair("2025-1", senior, List.of(master(2025)));
		assertThat(lastYear).isPositive();
		// the group size is data (default 3)
		assertThatThrownBy(() -> this.mentoring.pair(TERM, doctor, List.of(master(), master(), master(), master())))
			.hasFieldOrPropertyWithValue("messageKey", "mentoring.error.groupSize");
		long pairing = this.mentoring.pair(TERM, doctor, List.of(other, master(), master()));
		assertThatThrownBy(() -> this.mentoring.addMentee(pairing, 0, master()))
			.hasFieldOrPropertyWithValue("messageKey", "mentoring.error.groupSize");
		// a mentee already paired this term is refused, by another mentor too
		assertThatThrownBy(() -> this.mentoring.pair(TERM, doctor(), List.of(other)))
			.hasFieldOrPropertyWithValue("messageKey", "mentoring.error.menteePaired");
		// after the pairing ended (with a reason) the mentee may be paired again
		assertThatThrownBy(() -> this.mentoring.end(pairing, 0, " ", true)).hasFieldOrPropertyWithValue("messageKey",
				"mentoring.error.reason");
		this.mentoring.end(pairing, 0, "导师出国交流", true);
		assertThat(this.mentoring.detail(pairing).pairing().state()).isEqualTo(PairingState.ENDED);
		assertThat(this.mentoring.pair(TERM, doctor(), List.of(other))).isPositive();
	}

	@Test
	void officesSeeTheirHospitalOnlyAndMentorsSeeOnlyAverages() throws Exception {
		String doctor = doctor();
		String a = master();
		String b = master();
		loginAs(this.office);
		long pairing = this.mentoring.pair(TERM, doctor, List.of(a, b));
		String mentorLogin = this.fixtures.account(Set.of(Role.STUDENT), null, null, null, doctor);
		String menteeLogin = this.fixtures.account(Set.of(Role.STUDENT), null, null, null, a);
		String menteeB = this.fixtures.account(Set.of(Role.STUDENT), null, null, null, b);
		String outsider = this.fixtures.account(Set.of(Role.STUDENT), null, null, null, master());
		String otherHospital = this.fixtures.account(Set.of(Role.HOSPITAL_OFFICE), this.fixtures.hospital(), null, null,
				null);

		// the mentor logs a meeting; a mentee may not
		this.mvc
			.perform(post("/mentoring/" + pairing + "/meetings").with(csrf())
				.with(user(this.fixtures.login(mentorLogin)))
				.param("heldOn", LocalDate.now().minusDays(3).toString())
				.param("topic", "病历书写")
				.param("minutes", "60")
				.param("present", a, b))
			.andExpect(status().is3xxRedirection());
		this.mvc
			.perform(post("/mentoring/" + pairing + "/meetings").with(csrf())
				.with(user(this.fixtures.login(menteeLogin)))
				.param("heldOn", LocalDate.now().minusDays(1).toString())
				.param("topic", "x")
				.param("minutes", "30")
				.param("present", a))
			.andExpect(status().isNotFound());
		long meeting = this.jdbc.sql("select id from mentoring_meeting where pairing_id = :p")
			.param("p", pairing)
			.query(Long.class)
			.single();

		// both mentees answer, once each; a student not present is refused
		feedback(menteeLogin, meeting, "5", "讲得清楚").andExpect(status().is3xxRedirection());
		feedback(menteeB, meeting, "3", "希望更多病例").andExpect(status().is3xxRedirection());
		feedback(outsider, meeting, "1", "x").andExpect(status().isNotFound());
		loginAs(menteeLogin);
		assertThatThrownBy(() -> this.mentoring.giveFeedback(meeting, 4, null))
			.hasFieldOrPropertyWithValue("messageKey", "mentoring.error.alreadyGiven");

		// the office reads each answer with its author
		this.mvc.perform(get("/mentoring/" + pairing).with(user(this.fixtures.login(this.office))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("希望更多病例")));
		// the mentor sees no individual answer and, with 2 of 3 answers, no average
		this.mvc.perform(get("/mentoring/" + pairing).with(user(this.fixtures.login(mentorLogin))))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("希望更多病例"))))
			.andExpect(content().string(not(containsString("讲得清楚"))))
			.andExpect(content().string(containsString("pairing-average-hidden")));
		loginAs(mentorLogin);
		assertThat(this.mentoring.detail(pairing).meetings().get(0).feedback()).isEmpty();
		assertThat(this.mentoring.detail(pairing).averageShown()).isFalse();
		// another hospital's office, a student outside the pairing, a mentee asking for
		// the
		// pairing page: not found; the office list of another hospital does not show it
		this.mvc.perform(get("/mentoring/" + pairing).with(user(this.fixtures.login(otherHospital))))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/mentoring/" + pairing).with(user(this.fixtures.login(outsider))))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/mentoring/" + pairing).with(user(this.fixtures.login(menteeLogin))))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/mentoring").param("q", doctor).with(user(this.fixtures.login(this.office))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("href=\"/mentoring/" + pairing + "\"")));
		this.mvc.perform(get("/mentoring").param("q", doctor).with(user(this.fixtures.login(otherHospital))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("cg-list-empty")))
			.andExpect(content().string(not(containsString("href=\"/mentoring/" + pairing + "\""))));
		this.mvc
			.perform(post("/mentoring/" + pairing + "/end").with(csrf())
				.with(user(this.fixtures.login(otherHospital)))
				.param("version", "0")
				.param("reason", "x")
				.param("confirm", "true"))
			.andExpect(status().isNotFound());
		// refused for its scope, not for the missing confirmation
		this.mvc
			.perform(post("/mentoring/" + pairing + "/end").with(csrf())
				.with(user(this.fixtures.login(otherHospital)))
				.param("version", "0")
				.param("reason", "x"))
			.andExpect(status().isNotFound());
		// a student may not open the office list; another hospital's students are refused
		this.mvc.perform(get("/mentoring").with(user(this.fixtures.login(mentorLogin))))
			.andExpect(status().isForbidden());
		loginAs(otherHospital);
		assertThatThrownBy(() -> this.mentoring.pair(TERM, doctor(), List.of(master())))
			.hasFieldOrPropertyWithValue("messageKey", "mentoring.error.otherHospital");
		// the mentee's card shows the mentor
		this.mvc.perform(get("/mentoring/mine").with(user(this.fixtures.login(menteeLogin))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(doctor)));
	}

	@Test
	void aMentorsMeetingsReachTheComprehensiveEvaluation() {
		String doctor = doctor();
		loginAs(this.office);
		long pairing = this.mentoring.pair(TERM, doctor, List.of(master()));
		this.mentoring.logMeetingAs(pairing,
				new MeetingCommand(LocalDate.of(2024, 10, 9), "科研入门", 90,
						this.mentoring.detail(pairing)
							.pairing()
							.mentees()
							.stream()
							.map(MentoringViews.Person::studentNo)
							.toList(),
						null));
		this.mentoring.logMeetingAs(pairing,
				new MeetingCommand(LocalDate.of(2024, 11, 6), "病例汇报", 60,
						this.mentoring.detail(pairing)
							.pairing()
							.mentees()
							.stream()
							.map(MentoringViews.Person::studentNo)
							.toList(),
						null));
		long mentorId = this.fixtures.studentId(doctor);
		List<PeerMentoringRecords.MentorService> services = this.records.mentorServiceOf(List.of(mentorId))
			.get(mentorId);
		assertThat(services).singleElement().satisfies((s) -> {
			assertThat(s.meetings()).isEqualTo(2);
			assertThat(s.mentees()).isEqualTo(1);
			assertThat(s.termCode()).isEqualTo(TERM);
		});

		Map<EvaluationComponent, BigDecimal> weights = new LinkedHashMap<>();
		weights.put(EvaluationComponent.SERVICE, new BigDecimal("100"));
		EvaluationRules rules = new EvaluationRules(weights,
				Map.of(EvaluationComponent.SERVICE, Map.of("perCredit", "50", "perMeeting", "5")),
				EvaluationComponent.SERVICE, 12);
		StudentFacts facts = new StudentFacts(mentorId, doctor, "博士生", "TMU-PRO-DOCTOR", DegreeType.PRO_DOCTOR, 2022,
				AdmissionType.EXAM, StudentStatus.ENROLLED, this.hospital, this.supervisor, null);
		StudentEvaluation evaluation = ComprehensiveEvaluation.evaluate(rules,
				new EvaluationInput(facts, null, List.of(), List.of(), List.of(), List.of(), null, services),
				LocalDate.of(2025, 9, 1));
		assertThat(evaluation.score(EvaluationComponent.SERVICE)).isEqualByComparingTo("10");
		assertThat(evaluation.components().get(0).lines()).extracting(EvaluationLine::key)
			.containsExactly("award.line.mentoring");
		// the seeded schemes carry the weight per meeting as data
		assertThat(this.jdbc
			.sql("select count(*) from award_component where code = 'SERVICE' and params not like '%perMeeting=%'")
			.query(Long.class)
			.single()).isZero();
	}

	private org.springframework.test.web.servlet.ResultActions feedback(String login, long meeting, String score,
			String comment) throws Exception {
		return this.mvc.perform(post("/mentoring/meetings/" + meeting + "/feedback").with(csrf())
			.with(user(this.fixtures.login(login)))
			.param("score", score)
			.param("comment", comment));
	}

	private String doctor() {
		return this.fixtures.doctoralStudent("TMU-PRO-DOCTOR", this.hospital, this.supervisor, null);
	}

	/**
	 * A professional master's student of cohort 2023 (junior in 2024-1, senior in
	 * 2025-1).
	 */
	private String master() {
		return this.fixtures.student(this.hospital, this.supervisor);
	}

	private String master(int cohort) {
		String no = master();
		this.jdbc.sql("update student set cohort_year = :c where student_no = :no")
			.param("c", cohort)
			.param("no", no)
			.update();
		return no;
	}

	private void loginAs(String username) {
		UserDetails details = this.fixtures.login(username);
		SecurityContextHolder.getContext()
			.setAuthentication(
					UsernamePasswordAuthenticationToken.authenticated(details, null, details.getAuthorities()));
	}

}
