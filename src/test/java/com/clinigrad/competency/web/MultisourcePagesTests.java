package com.clinigrad.competency.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import com.clinigrad.accounts.Role;
import com.clinigrad.competency.MultisourceEvaluations;
import com.clinigrad.competency.RaterKind;
import com.clinigrad.shared.SchoolTime;
import com.clinigrad.shared.reminders.DeadlineKind;
import com.clinigrad.shared.reminders.DueItem;
import com.clinigrad.shared.reminders.ReminderSource;
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
import org.springframework.test.web.servlet.MvcResult;
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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A 360° round through the pages: the office invites raters by number and by one-time
 * link, raters answer once, the trainee never learns who rated what — not while the round
 * is open, not below the minimum of a kind, not through another page — and the results
 * reach the profile; other hospitals, other trainees and the wrong role are refused.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(SentFromAPage.class)
class MultisourcePagesTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	@Autowired
	JdbcClient jdbc;

	Fixtures fixtures;

	String hospital;

	String postdoc;

	UserDetails office;

	UserDetails trainee;

	List<String> attendings = new ArrayList<>();

	List<UserDetails> attendingLogins = new ArrayList<>();

	List<String> peers = new ArrayList<>();

	List<UserDetails> peerLogins = new ArrayList<>();

	@BeforeEach
	void setUp() {
		this.fixtures = Fixtures.in(this.context);
		this.hospital = this.fixtures.hospital();
		String supervisor = this.fixtures.supervisor(this.hospital);
		this.postdoc = this.fixtures.postdoc(this.hospital, supervisor);
		this.office = this.fixtures
			.login(this.fixtures.account(Set.of(Role.HOSPITAL_OFFICE), this.hospital, null, null, null));
		this.trainee = this.fixtures.login(this.fixtures.account(Set.of(Role.STUDENT), null, null, null, this.postdoc));
		for (int i = 0; i < 3; i++) {
			String staffNo = this.fixtures.supervisor(this.hospital);
			this.attendings.add(staffNo);
			this.attendingLogins
				.add(this.fixtures.login(this.fixtures.account(Set.of(Role.SUPERVISOR), null, null, staffNo, null)));
		}
		for (int i = 0; i < 2; i++) {
			String peer = this.fixtures.postdoc(this.hospital, supervisor);
			this.peers.add(peer);
			this.peerLogins
				.add(this.fixtures.login(this.fixtures.account(Set.of(Role.STUDENT), null, null, null, peer)));
		}
	}

	@Test
	void theTraineeSeesOnlyPooledResultsOfKindsWithEnoughRatersOnceTheRoundIsClosed() throws Exception {
		long round = openThroughThePage();
		as(this.office,
				post("/360/" + round + "/invitations").param("version", version(round))
					.param("kind", "ATTENDING")
					.param("numbers", String.join(", ", this.attendings)))
			.andExpect(flash().attribute("flashSuccess", "msf.invited"));
		as(this.office,
				post("/360/" + round + "/invitations").param("version", version(round))
					.param("kind", "PEER")
					.param("numbers", this.postdoc))
			.andExpect(flash().attribute("flashError", "msf.error.peerIsTrainee"));
		as(this.office,
				post("/360/" + round + "/invitations").param("version", version(round))
					.param("kind", "PEER")
					.param("numbers", String.join(" ", this.peers)))
			.andExpect(flash().attribute("flashSuccess", "msf.invited"));
		as(this.office, post("/360/" + round + "/invitations").param("version", version(round)).param("kind", "SELF"))
			.andExpect(flash().attribute("flashSuccess", "msf.invited"));
		as(this.office,
				post("/360/" + round + "/links").param("version", version(round))
					.param("kind", "ATTENDING")
					.param("label", "x"))
			.andExpect(flash().attribute("flashError", "msf.error.recordKind"));
		List<String> links = new ArrayList<>();
		for (String ward : List.of("六病区护士甲", "六病区护士乙", "六病区护士丙")) {
			MvcResult made = as(this.office,
					post("/360/" + round + "/links").param("version", version(round))
						.param("kind", "NURSE")
						.param("label", ward))
				.andExpect(flash().attribute("flashSuccess", "msf.linkMade"))
				.andReturn();
			links.add((String) made.getFlashMap().get("newLink"));
		}
		assertThat(links).allMatch((link) -> link.contains("/rate/"));
		// only hashes are stored
		String token = links.get(0).substring(links.get(0).indexOf("/rate/") + 6);
		assertThat(this.jdbc.sql("select count(*) from msf_invitation where token_hash = :t")
			.param("t", token)
			.query(Integer.class)
			.single()).isZero();

		// raters answer; an attending's invitation is theirs alone
		long firstAttending = invitation(round, this.attendings.get(0));
		this.mvc.perform(get("/360/answer/" + firstAttending).with(user(this.trainee)))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/360/answer/" + firstAttending).with(user(this.attendingLogins.get(1))))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/360/mine").with(user(this.attendingLogins.get(0))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("/360/answer/" + firstAttending)));
		List<Long> attendingItems = items("ATTENDING");
		as(this.attendingLogins.get(0), rate("/360/answer/" + firstAttending, attendingItems, 5, true))
			.andExpect(flash().attribute("flashError", "msf.error.unanswered"));
		int[] given = { 5, 4, 3 };
		for (int i = 0; i < 3; i++) {
			as(this.attendingLogins.get(i),
					rate("/360/answer/" + invitation(round, this.attendings.get(i)), attendingItems, given[i], false))
				.andExpect(flash().attribute("flashSuccess", "msf.thanks"));
		}
		as(this.attendingLogins.get(0), rate("/360/answer/" + firstAttending, attendingItems, 1, false))
			.andExpect(status().isNotFound());
		as(this.peerLogins.get(0), rate("/360/answer/" + invitation(round, this.peers.get(0)), items("PEER"), 2, false))
			.andExpect(flash().attribute("flashSuccess", "msf.thanks"));
		as(this.trainee, rate("/360/answer/" + invitation(round, this.postdoc), items("SELF"), 4, false))
			.andExpect(flash().attribute("flashSuccess", "msf.thanks"));
		for (String link : links) {
			String path = link.substring(link.indexOf("/rate/"));
			this.mvc.perform(get(path))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("name=\"ratings[")));
			this.mvc.perform(rate(path, items("NURSE"), 4, false).with(csrf()))
				.andExpect(redirectedUrl("/rate/thanks"));
			// one time only
			this.mvc.perform(get(path)).andExpect(status().isNotFound());
		}

		// the answers carry no rater and no time
		assertThat(this.jdbc.sql("""
				select column_name from information_schema.columns where table_name = 'msf_response' order by 1""")
			.query(String.class)
			.list()).containsExactly("id", "rater_kind", "round_id");
		assertThat(this.jdbc.sql("select column_name from information_schema.columns where table_name = 'msf_score'")
			.query(String.class)
			.list()).containsExactlyInAnyOrder("response_id", "item_id", "rating");

		// while open: nothing shown to anyone, the trainee sees no invitation
		this.mvc.perform(get("/360/" + round).with(user(this.trainee)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"results-after-close\"")))
			.andExpect(content().string(not(containsString("msf-invitations"))))
			.andExpect(content().string(not(containsString(this.attendings.get(0)))))
			.andExpect(content().string(not(containsString("六病区护士甲"))));
		this.mvc.perform(get("/360/" + round).with(user(this.office)))
			.andExpect(content().string(containsString("id=\"msf-invitations\"")))
			.andExpect(content().string(containsString("六病区护士甲")))
			.andExpect(content().string(not(containsString("id=\"msf-results\""))));
		as(this.trainee, post("/360/" + round + "/close").param("version", version(round)).param("confirm", "true"))
			.andExpect(status().isForbidden());
		as(this.trainee,
				post("/360/" + round + "/invitations").param("version", version(round))
					.param("kind", "PEER")
					.param("numbers", this.peers.get(1)))
			.andExpect(status().isForbidden());

		as(this.office, post("/360/" + round + "/close").param("version", version(round)))
			.andExpect(flash().attribute("flashError", "msf.error.confirmClose"));
		as(this.office, post("/360/" + round + "/close").param("version", version(round)).param("confirm", "true"))
			.andExpect(flash().attribute("flashSuccess", "msf.closedDone"));

		// closed: attendings (3) and nurses (3) pooled, peers (1 of 2) held back
		String page = this.mvc.perform(get("/360/" + round).with(user(this.trainee)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"msf-results\"")))
			.andExpect(content().string(containsString("（3 份评价）")))
			.andExpect(content().string(containsString("<strong>4.00</strong>")))
			.andExpect(content().string(containsString("评价少于 3 份，为保护匿名不显示。")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		String peerResult = page.substring(page.indexOf("id=\"result-PEER\""), page.indexOf("id=\"result-PATIENT\""));
		assertThat(peerResult).contains("评价少于 3 份").doesNotContain("份评价）").doesNotContain("<strong>");
		assertThat(page).doesNotContain("<strong>2.00</strong>");
		for (String staffNo : this.attendings) {
			assertThat(page).doesNotContain(staffNo).doesNotContain("导师" + staffNo);
		}
		for (String peer : this.peers) {
			assertThat(page).doesNotContain(peer);
		}
		this.mvc.perform(get("/students/" + this.postdoc + "/360").with(user(this.trainee)))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("open-round"))));
		// the profile reads the pooled attendings and nurses, not the self rating
		this.mvc.perform(get("/students/" + this.postdoc + "/competencies").with(user(this.trainee)))
			.andExpect(content().string(containsString("360度评价")));
		this.mvc.perform(get("/360/mine").with(user(this.peerLogins.get(1))))
			.andExpect(content().string(not(containsString("/360/answer/"))));
	}

	@Test
	void otherHospitalsOtherTraineesAndTheWrongRoleAreRefused() throws Exception {
		MultisourceEvaluations evaluations = this.context.getBean(MultisourceEvaluations.class);
		LocalDate today = SchoolTime.today();
		long round = evaluations.openForLoader(this.postdoc, "2026 年度 360 度评价", today, today.plusDays(7), "t");
		UserDetails otherOffice = this.fixtures
			.login(this.fixtures.account(Set.of(Role.HOSPITAL_OFFICE), this.fixtures.hospital(), null, null, null));
		this.mvc.perform(get("/360/" + round).with(user(otherOffice))).andExpect(status().isNotFound());
		this.mvc.perform(get("/students/" + this.postdoc + "/360").with(user(otherOffice)))
			.andExpect(status().isNotFound());
		as(otherOffice,
				post("/students/" + this.postdoc + "/360").param("title", "x")
					.param("opensOn", today.toString())
					.param("closesOn", today.toString()))
			.andExpect(status().isNotFound());
		as(otherOffice,
				post("/360/" + round + "/links").param("version", version(round))
					.param("kind", "NURSE")
					.param("label", "x"))
			.andExpect(status().isNotFound());
		// another trainee
		this.mvc.perform(get("/360/" + round).with(user(this.peerLogins.get(0)))).andExpect(status().isNotFound());
		// the trainee and an attending who is not in the mentor group do not run rounds
		as(this.trainee,
				post("/students/" + this.postdoc + "/360").param("title", "x")
					.param("opensOn", today.toString())
					.param("closesOn", today.toString()))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/360/" + round).with(user(this.attendingLogins.get(0)))).andExpect(status().isNotFound());
		// a link that never existed
		this.mvc.perform(get("/rate/abcdefghijklmnopqrstuvwxyz")).andExpect(status().isNotFound());
	}

	@Test
	void ratersWithAnAccountWhoHaveNotAnsweredAreReminded() {
		MultisourceEvaluations evaluations = this.context.getBean(MultisourceEvaluations.class);
		LocalDate today = SchoolTime.today();
		long round = evaluations.openForLoader(this.postdoc, "提醒测试", today.minusDays(5), today.plusDays(2), "t");
		evaluations.inviteRecordsForLoader(round, RaterKind.ATTENDING, this.attendings.subList(0, 2));
		evaluations.inviteByLinkForLoader(round, RaterKind.PATIENT, "12 床");
		evaluations.answerForLoader(round, RaterKind.ATTENDING, this.attendings.get(0),
				toRatings(items("ATTENDING"), 4));
		ReminderSource source = this.context.getBeansOfType(ReminderSource.class)
			.values()
			.stream()
			.filter((s) -> s.kinds().contains(DeadlineKind.MSF_UNANSWERED))
			.findFirst()
			.orElseThrow();
		List<DueItem> due = source.due(DeadlineKind.MSF_UNANSWERED, today, today.plusDays(3))
			.stream()
			.filter((d) -> d.args().contains("提醒测试"))
			.toList();
		assertThat(due).hasSize(1);
		assertThat(due.get(0).audiences().get(0).key()).isEqualTo(this.attendings.get(1));
		assertThat(due.get(0).link()).startsWith("/360/answer/");
		assertThat(source.due(DeadlineKind.MSF_UNANSWERED, today.plusDays(3), today.plusDays(9))
			.stream()
			.filter((d) -> d.args().contains("提醒测试"))).isEmpty();
	}

	private long openThroughThePage() throws Exception {
		LocalDate today = SchoolTime.today();
		as(this.office,
				post("/students/" + this.postdoc + "/360").param("title", "2026 年度 360 度评价")
					.param("opensOn", today.toString())
					.param("closesOn", today.minusDays(1).toString()))
			.andExpect(flash().attribute("flashError", "msf.error.days"));
		as(this.office,
				post("/students/" + this.postdoc + "/360").param("title", "2026 年度 360 度评价")
					.param("opensOn", today.toString())
					.param("closesOn", today.plusDays(14).toString()))
			.andExpect(flash().attribute("flashSuccess", "msf.opened"));
		return this.jdbc
			.sql("select r.id from msf_round r join student s on s.id = r.student_id where s.student_no = :s")
			.param("s", this.postdoc)
			.query(Long.class)
			.single();
	}

	private MockHttpServletRequestBuilder rate(String path, List<Long> items, int rating, boolean leaveOneOut) {
		MockHttpServletRequestBuilder request = post(path);
		for (int i = 0; i < items.size(); i++) {
			if (leaveOneOut && i == items.size() - 1) {
				continue;
			}
			request.param("ratings[" + items.get(i) + "]", String.valueOf(rating));
		}
		return request;
	}

	private static java.util.Map<Long, Integer> toRatings(List<Long> items, int rating) {
		java.util.Map<Long, Integer> ratings = new java.util.HashMap<>();
		items.forEach((id) -> ratings.put(id, rating));
		return ratings;
	}

	private List<Long> items(String kind) {
		return this.jdbc.sql("select id from msf_item where rater_kind = :k order by position")
			.param("k", kind)
			.query(Long.class)
			.list();
	}

	private long invitation(long round, String number) {
		return this.jdbc.sql("""
				select i.id from msf_invitation i left join supervisor v on v.id = i.supervisor_id
				left join student s on s.id = i.student_id
				where i.round_id = :r and (v.staff_no = :n or s.student_no = :n)""")
			.param("r", round)
			.param("n", number)
			.query(Long.class)
			.single();
	}

	private ResultActions as(UserDetails who, MockHttpServletRequestBuilder request) throws Exception {
		return this.mvc.perform(request.with(csrf()).with(user(who)));
	}

	private String version(long round) {
		return String.valueOf(this.jdbc.sql("select version from msf_round where id = :r")
			.param("r", round)
			.query(Long.class)
			.single());
	}

}
