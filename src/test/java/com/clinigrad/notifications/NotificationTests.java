package com.clinigrad.notifications;

import java.net.ServerSocket;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import com.clinigrad.accounts.Role;
import com.clinigrad.support.EventsInFlight;
import com.clinigrad.support.Fixtures;
import com.clinigrad.support.Mailbox;
import com.clinigrad.theses.ReviewAssigned;
import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Notifications end to end, with a real SMTP server in the JVM (GreenMail): who is told
 * of a review assigned and a waiver waiting, in whose language; the outbox surviving a
 * mail server that is down; two senders on one database sending each mail once; nobody
 * reading or marking another person's notifications; inbox-only meaning no mail.
 */
@SpringBootTest
@AutoConfigureMockMvc
class NotificationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	GreenMail greenMail;

	@Autowired
	MailOutbox outbox;

	@Autowired
	Notifications notifications;

	@Autowired
	JavaMailSender mailSender;

	@Autowired
	PlatformTransactionManager transactionManager;

	@Test
	void aReviewAssignmentReachesItsExpertOnlyInTheExpertsLanguageAndNamesNoStudent() throws Exception {
		Fixtures fixtures = Fixtures.in(this.context);
		String hospital = fixtures.hospital();
		String englishExpertNo = fixtures.supervisor(hospital);
		String chineseExpertNo = fixtures.supervisor(hospital);
		UserDetails english = fixtures.login(fixtures.account(Set.of(Role.EXPERT), null, null, englishExpertNo, null));
		UserDetails chinese = fixtures.login(fixtures.account(Set.of(Role.EXPERT), null, null, chineseExpertNo, null));
		// the same person's supervisor account (no expert role) and another expert hear
		// nothing
		UserDetails sameStaffAsSupervisor = fixtures
			.login(fixtures.account(Set.of(Role.SUPERVISOR), null, null, englishExpertNo, null));
		UserDetails otherExpert = fixtures
			.login(fixtures.account(Set.of(Role.EXPERT), null, null, fixtures.supervisor(hospital), null));
		String englishMail = settings(english, "en");
		String chineseMail = settings(chinese, "zh");
		String supervisorMail = settings(sameStaffAsSupervisor, "zh");
		String otherMail = settings(otherExpert, "en");

		String code = "RV" + fixtures.unique("").replace("-", "");
		publish(new ReviewAssigned(englishExpertNo, code, LocalDate.of(2027, 3, 15)));
		publish(new ReviewAssigned(chineseExpertNo, code + "Z", LocalDate.of(2027, 3, 16)));
		EventsInFlight.awaitNone(this.jdbc, Duration.ofSeconds(20));
		this.outbox.sendDue();

		MimeMessage toEnglish = single(englishMail);
		assertThat(toEnglish.getSubject()).isEqualTo("A blind review is assigned to you (" + code + ")");
		String englishBody = (String) toEnglish.getContent();
		assertThat(englishBody).contains("due on 2027-03-15").contains("/reviews/" + code);
		MimeMessage toChinese = single(chineseMail);
		assertThat(toChinese.getSubject()).isEqualTo("您有一份新的论文盲审任务（" + code + "Z）");
		assertThat((String) toChinese.getContent()).contains("2027-03-16");
		assertThat(received(supervisorMail)).isEmpty();
		assertThat(received(otherMail)).isEmpty();
		// the event carries nothing that names a student
		assertThat(Arrays.stream(ReviewAssigned.class.getRecordComponents()).map((c) -> c.getName()))
			.containsExactly("reviewerStaffNo", "code", "dueOn");

		// the inbox shows it in the reader's language at display time
		this.mvc.perform(get("/inbox?lang=en").with(user(english)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("A blind review is assigned to you (" + code + ")")))
			.andExpect(content().string(containsString("id=\"bell-count\"")));
		this.mvc.perform(get("/inbox?lang=zh_CN").with(user(english)))
			.andExpect(content().string(containsString("您有一份新的论文盲审任务（" + code + "）")));
	}

	@Test
	void aWaiverStepWaitingReachesItsApproversAndNobodyElse() throws Exception {
		Fixtures fixtures = Fixtures.in(this.context);
		String hospital = fixtures.hospital();
		String supervisor = fixtures.supervisor(hospital);
		String student = fixtures.student(hospital, supervisor);
		UserDetails studentLogin = fixtures.login(fixtures.account(Set.of(Role.STUDENT), null, null, null, student));
		UserDetails ownSupervisor = fixtures
			.login(fixtures.account(Set.of(Role.SUPERVISOR), null, null, supervisor, null));
		UserDetails otherSupervisor = fixtures
			.login(fixtures.account(Set.of(Role.SUPERVISOR), null, null, fixtures.supervisor(hospital), null));
		UserDetails office = fixtures.login(fixtures.account(Set.of(Role.HOSPITAL_OFFICE), hospital, null, null, null));
		UserDetails otherOffice = fixtures
			.login(fixtures.account(Set.of(Role.HOSPITAL_OFFICE), fixtures.hospital(), null, null, null));
		String studentMail = settings(studentLogin, "zh");
		String supervisorMail = settings(ownSupervisor, "zh");
		String otherSupervisorMail = settings(otherSupervisor, "zh");
		String officeMail = settings(office, "en");
		String otherOfficeMail = settings(otherOffice, "en");

		this.mvc
			.perform(post("/students/" + student + "/waivers").with(user(studentLogin))
				.with(csrf())
				.param("rule", "PUBLICATION")
				.param("kind", "WAIVE")
				.param("reason", "论文已录用待刊"))
			.andExpect(status().is3xxRedirection());
		long id = this.jdbc
			.sql("select w.id from waiver w join student s on s.id = w.student_id where s.student_no = :no")
			.param("no", student)
			.query(Long.class)
			.single();
		EventsInFlight.awaitNone(this.jdbc, Duration.ofSeconds(20));
		this.outbox.sendDue();
		MimeMessage toSupervisor = single(supervisorMail);
		assertThat(toSupervisor.getSubject()).isEqualTo("豁免申请待您审批：学术论文发表");
		assertThat((String) toSupervisor.getContent()).contains(student).contains("/waivers/" + id);
		assertThat(received(officeMail)).isEmpty();
		assertThat(received(otherSupervisorMail)).isEmpty();
		assertThat(received(studentMail)).isEmpty();

		this.mvc
			.perform(post("/waivers/" + id + "/decide").with(user(ownSupervisor))
				.with(csrf())
				.param("version", "0")
				.param("approve", "true")
				.param("reason", "同意")
				.param("confirm", "true"))
			.andExpect(status().is3xxRedirection());
		EventsInFlight.awaitNone(this.jdbc, Duration.ofSeconds(20));
		this.outbox.sendDue();
		assertThat(single(officeMail).getSubject()).isEqualTo("A waiver awaits your decision: Publication");
		assertThat(received(otherOfficeMail)).isEmpty();
		assertThat(received(supervisorMail)).as("the supervisor decided; not told again").hasSize(1);
		assertThat(received(studentMail)).isEmpty();
	}

	@Test
	void aMailServerThatIsDownLeavesTheMailsInTheOutboxUntilItRecoversAndStaffResendTheDeadOnes() throws Exception {
		Fixtures fixtures = Fixtures.in(this.context);
		String recipient = fixtures.unique("down").toLowerCase() + "@example.org";
		this.outbox.enqueue(null, recipient, "Subject", "Body");
		JavaMailSenderImpl flaky = new JavaMailSenderImpl();
		flaky.setHost("127.0.0.1");
		flaky.setPort(freePort());
		MailOutbox sender = new MailOutbox(this.jdbc, flaky, this.transactionManager, "noreply@clinigrad.local", 2,
				Duration.ofMinutes(1), false);

		assertThat(sender.sendDue()).isZero();
		assertThat(row(recipient, "status")).isEqualTo(OutboxStatus.PENDING.name());
		assertThat(row(recipient, "attempts")).isEqualTo("1");
		assertThat(row(recipient, "last_error")).isNotBlank();
		assertThat(row(recipient, "(next_attempt_at > now() + interval '50 seconds')")).isEqualTo("true");
		// not due yet: the back-off holds it back even from a working sender
		assertThat(received(recipient)).isEmpty();

		// the server recovers; once due, the mail goes out, once
		flaky.setPort(this.greenMail.getSmtp().getPort());
		makeDue(recipient);
		assertThat(sender.sendDue()).isGreaterThanOrEqualTo(1);
		assertThat(single(recipient).getSubject()).isEqualTo("Subject");
		assertThat(row(recipient, "status")).isEqualTo(OutboxStatus.SENT.name());

		// too many failures: dead, listed for staff, sent again on request
		String dead = fixtures.unique("dead").toLowerCase() + "@example.org";
		this.outbox.enqueue(null, dead, "Dead", "Body");
		flaky.setPort(freePort());
		sender.sendDue();
		makeDue(dead);
		sender.sendDue();
		assertThat(row(dead, "status")).isEqualTo(OutboxStatus.DEAD.name());
		long id = Long.parseLong(row(dead, "id"));
		UserDetails staff = fixtures.login(fixtures.account(Role.GRAD_SCHOOL));
		UserDetails office = fixtures
			.login(fixtures.account(Set.of(Role.HOSPITAL_OFFICE), fixtures.hospital(), null, null, null));
		this.mvc.perform(get("/mail/outbox").with(user(staff)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(dead)));
		this.mvc.perform(get("/mail/outbox").with(user(office))).andExpect(status().isForbidden());
		this.mvc.perform(post("/mail/outbox/" + id + "/resend").with(user(office)).with(csrf()))
			.andExpect(status().isForbidden());
		this.mvc.perform(post("/mail/outbox/" + id + "/resend").with(user(staff)).with(csrf()))
			.andExpect(status().is3xxRedirection());
		this.outbox.sendDue();
		assertThat(single(dead).getSubject()).isEqualTo("Dead");
	}

	@Test
	void twoSendersOnOneDatabaseSendEachMailOnce() throws Exception {
		Fixtures fixtures = Fixtures.in(this.context);
		String prefix = fixtures.unique("twice").toLowerCase();
		List<String> recipients = new ArrayList<>();
		for (int i = 0; i < 60; i++) {
			recipients.add(prefix + "-" + i + "@example.org");
			this.outbox.enqueue(null, recipients.get(i), "Once " + i, "Body");
		}
		MailOutbox second = new MailOutbox(this.jdbc, this.mailSender, this.transactionManager,
				"noreply@clinigrad.local", 8, Duration.ofMinutes(1), false);
		CountDownLatch start = new CountDownLatch(1);
		ExecutorService pool = Executors.newFixedThreadPool(2);
		try {
			Future<Integer> a = pool.submit(() -> {
				start.await();
				return this.outbox.sendDue();
			});
			Future<Integer> b = pool.submit(() -> {
				start.await();
				return second.sendDue();
			});
			start.countDown();
			assertThat(a.get() + b.get()).isGreaterThanOrEqualTo(60);
		}
		finally {
			pool.shutdown();
		}
		for (String recipient : recipients) {
			assertThat(received(recipient)).as(recipient).hasSize(1);
		}
	}

	@Test
	void nobodyReadsOrMarksAnotherPersonsNotificationsAndTheBellCountsOnlyOnesOwn() throws Exception {
		Fixtures fixtures = Fixtures.in(this.context);
		String hospital = fixtures.hospital();
		String owner = fixtures.account(Set.of(Role.SUPERVISOR), null, null, fixtures.supervisor(hospital), null);
		UserDetails ownerLogin = fixtures.login(owner);
		UserDetails other = fixtures
			.login(fixtures.account(Set.of(Role.SUPERVISOR), null, null, fixtures.supervisor(hospital), null));
		long ownerId = accountId(owner);
		String code = fixtures.unique("C");
		this.notifications.notify(NotificationKind.REVIEW_ASSIGNED, List.of(ownerId), List.of(code, "2027-01-01"),
				"/reviews/" + code);
		long id = this.jdbc.sql("select id from notification where account_id = :a")
			.param("a", ownerId)
			.query(Long.class)
			.single();

		this.mvc.perform(get("/inbox").with(user(other)))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString(code))))
			.andExpect(content().string(not(containsString("id=\"bell-count\""))));
		this.mvc.perform(get("/inbox/" + id).with(user(other))).andExpect(status().isNotFound());
		this.mvc.perform(post("/inbox/" + id + "/read").with(user(other)).with(csrf()))
			.andExpect(status().isNotFound());
		this.mvc.perform(post("/inbox/read-all").with(user(other)).with(csrf())).andExpect(status().is3xxRedirection());
		assertThat(this.notifications.unread(ownerId)).isEqualTo(1);
		this.mvc.perform(get("/inbox")).andExpect(status().is3xxRedirection());

		this.mvc.perform(get("/inbox?state=UNREAD").with(user(ownerLogin)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(code)))
			.andExpect(content().string(containsString("id=\"bell-count\"")));
		this.mvc.perform(get("/inbox/" + id).with(user(ownerLogin))).andExpect(redirectedUrl("/reviews/" + code));
		assertThat(this.notifications.unread(ownerId)).isZero();
		this.mvc.perform(get("/inbox?state=UNREAD").with(user(ownerLogin)))
			.andExpect(content().string(not(containsString(code))));
		this.mvc.perform(get("/inbox?state=READ").with(user(ownerLogin)))
			.andExpect(content().string(containsString(code)));
	}

	@Test
	void inboxOnlyMeansNoMail() throws Exception {
		Fixtures fixtures = Fixtures.in(this.context);
		String username = fixtures.account(Role.EXPERT);
		UserDetails login = fixtures.login(username);
		String email = fixtures.unique("quiet").toLowerCase() + "@example.org";
		this.mvc
			.perform(post("/inbox/settings").with(user(login))
				.with(csrf())
				.param("email", email)
				.param("language", "en")
				.param("channel_REVIEW_ASSIGNED", NotificationKind.Channel.INBOX.name()))
			.andExpect(status().is3xxRedirection());
		long account = accountId(username);
		this.notifications.notify(NotificationKind.REVIEW_ASSIGNED, List.of(account), List.of("Q1", "2027-01-01"),
				"/reviews/Q1");
		this.notifications.notify(NotificationKind.WAIVER_STEP_WAITING, List.of(account),
				List.of("S1", "#rule.PUBLICATION.name"), "/waivers/1");
		this.outbox.sendDue();
		assertThat(this.notifications.unread(account)).isEqualTo(2);
		List<MimeMessage> mails = received(email);
		assertThat(mails).hasSize(1);
		assertThat(mails.get(0).getSubject()).isEqualTo("A waiver awaits your decision: Publication");
		this.mvc
			.perform(post("/inbox/settings").with(user(login))
				.with(csrf())
				.param("email", "not an address")
				.param("language", "en"))
			.andExpect(status().isConflict());
	}

	private void publish(Object event) {
		new TransactionTemplate(this.transactionManager)
			.executeWithoutResult((status) -> this.context.publishEvent(event));
	}

	private String row(String recipient, String column) {
		return this.jdbc.sql("select (" + column + ")::text from mail_outbox where recipient = :r")
			.param("r", recipient)
			.query(String.class)
			.single();
	}

	private void makeDue(String recipient) {
		this.jdbc.sql("update mail_outbox set next_attempt_at = now() where recipient = :r")
			.param("r", recipient)
			.update();
	}

	private long accountId(String username) {
		return this.jdbc.sql("select id from user_account where username = :u")
			.param("u", username)
			.query(Long.class)
			.single();
	}

	private static int freePort() throws Exception {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

	private String settings(UserDetails who, String language) throws Exception {
		return Mailbox.register(this.mvc, who, language);
	}

	private List<MimeMessage> received(String recipient) throws Exception {
		return Mailbox.received(this.greenMail, recipient);
	}

	private MimeMessage single(String recipient) throws Exception {
		return Mailbox.single(this.greenMail, recipient);
	}

}
