package com.clinigrad.notifications;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;

import jakarta.mail.internet.MimeMessage;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The e-mails waiting to go out. A page only writes a row; a background sender claims due
 * rows with {@code for update skip locked} (so that two application instances never send
 * one message twice), hands them to the SMTP server, and on a failure tries again later
 * (1, 2, 4, … minutes) until, after too many, the mail is DEAD and waits for staff to
 * send it again.
 */
@Service
public class MailOutbox {

	private static final Logger log = LoggerFactory.getLogger(MailOutbox.class);

	private final JdbcClient jdbc;

	private final JavaMailSender mail;

	private final TransactionTemplate transactions;

	private final String from;

	private final int maxAttempts;

	private final Duration firstRetry;

	private final boolean polling;

	MailOutbox(JdbcClient jdbc, JavaMailSender mail, PlatformTransactionManager transactionManager,
			@Value("${clinigrad.mail.from:noreply@clinigrad.local}") String from,
			@Value("${clinigrad.mail.max-attempts:8}") int maxAttempts,
			@Value("${clinigrad.mail.first-retry:PT1M}") Duration firstRetry,
			@Value("${clinigrad.mail.sender.enabled:true}") boolean polling) {
		this.polling = polling;
		this.jdbc = jdbc;
		this.mail = mail;
		this.transactions = new TransactionTemplate(transactionManager);
		this.from = from;
		this.maxAttempts = maxAttempts;
		this.firstRetry = firstRetry;
	}

	/**
	 * Puts a mail in the outbox, in the caller's transaction.
	 */
	@Transactional
	public void enqueue(Long notificationId, String recipient, String subject, String body) {
		this.jdbc.sql("""
				insert into mail_outbox (notification_id, recipient, subject, body, status)
				values (:n, :to, :subject, :body, :status)""")
			.param("n", notificationId)
			.param("to", recipient)
			.param("subject", (subject.length() > 300) ? subject.substring(0, 300) : subject)
			.param("body", body)
			.param("status", OutboxStatus.PENDING.name())
			.update();
	}

	/**
	 * Puts many mails in the outbox in one statement, in the caller's transaction.
	 */
	@Transactional
	public void enqueueAll(List<Mail> mails) {
		if (mails.isEmpty()) {
			return;
		}
		this.jdbc.sql("""
				insert into mail_outbox (notification_id, recipient, subject, body, status)
				select n, t, s, b, :status from unnest(:n::bigint[], :to::text[], :subject::text[], :body::text[])
				    as u(n, t, s, b)""")
			.param("n", mails.stream().map(Mail::notificationId).toArray(Long[]::new))
			.param("to", mails.stream().map(Mail::recipient).toArray(String[]::new))
			.param("subject",
					mails.stream()
						.map((m) -> (m.subject().length() > 300) ? m.subject().substring(0, 300) : m.subject())
						.toArray(String[]::new))
			.param("body", mails.stream().map(Mail::body).toArray(String[]::new))
			.param("status", OutboxStatus.PENDING.name())
			.update();
	}

	/**
	 * Sends the due mails every few seconds (unless switched off).
	 */
	@Scheduled(fixedDelayString = "${clinigrad.mail.poll:PT5S}", initialDelayString = "${clinigrad.mail.poll:PT5S}")
	@SchedulerLock(name = "mail-outbox", lockAtMostFor = "PT15M")
	void poll() {
		if (this.polling) {
			sendDue();
		}
	}

	/**
	 * Sends the mails that are due, a batch at a time, each batch claimed in its own
	 * transaction; rows another sender holds are skipped.
	 * @return how many were sent
	 */
	public int sendDue() {
		int sent = 0;
		while (true) {
			Integer batch = this.transactions.execute((status) -> sendBatch());
			if (batch == null || batch < 0) {
				return sent;
			}
			sent += batch;
		}
	}

	/**
	 * @return the number sent, or -1 when nothing was due
	 */
	private int sendBatch() {
		List<Row> due = this.jdbc.sql("""
				select id, recipient, subject, body, attempts from mail_outbox
				where status = :pending and next_attempt_at <= now()
				order by id limit 20 for update skip locked""")
			.param("pending", OutboxStatus.PENDING.name())
			.query((rs, n) -> new Row(rs.getLong("id"), rs.getString("recipient"), rs.getString("subject"),
					rs.getString("body"), rs.getInt("attempts")))
			.list();
		if (due.isEmpty()) {
			return -1;
		}
		int sent = 0;
		for (Row row : due) {
			try {
				MimeMessage message = this.mail.createMimeMessage();
				MimeMessageHelper helper = new MimeMessageHelper(message, "UTF-8");
				helper.setFrom(this.from);
				helper.setTo(row.recipient());
				helper.setSubject(row.subject());
				helper.setText(row.body());
				this.mail.send(message);
				this.jdbc
					.sql("update mail_outbox set status = :sent, sent_at = now(), attempts = attempts + 1,"
							+ " last_error = null where id = :id")
					.param("sent", OutboxStatus.SENT.name())
					.param("id", row.id())
					.update();
				sent++;
			}
			catch (Exception ex) {
				int attempts = row.attempts() + 1;
				OutboxStatus next = (attempts >= this.maxAttempts) ? OutboxStatus.DEAD : OutboxStatus.PENDING;
				long delay = this.firstRetry.toMillis() << Math.min(attempts - 1, 16);
				log.warn("Mail {} to the outbox's recipient failed (attempt {}): {}", row.id(), attempts,
						ex.getMessage());
				this.jdbc.sql("""
						update mail_outbox set attempts = :attempts, status = :status, last_error = :error,
						next_attempt_at = now() + make_interval(secs => :delay) where id = :id""")
					.param("attempts", attempts)
					.param("status", next.name())
					.param("error", abbreviate(String.valueOf(ex.getMessage())))
					.param("delay", delay / 1000.0)
					.param("id", row.id())
					.update();
			}
		}
		// a batch whose every mail failed ends the round: the rest waits for the next
		// poll
		return (sent == 0) ? -1 : sent;
	}

	/**
	 * The mails that failed too often, newest first, for staff.
	 */
	@Transactional(readOnly = true)
	public List<OutboxEntry> dead() {
		return this.jdbc.sql("""
				select id, recipient, subject, status, attempts, last_error, created_at, sent_at from mail_outbox
				where status = :dead order by created_at desc, id desc limit 500""")
			.param("dead", OutboxStatus.DEAD.name())
			.query((rs, n) -> new OutboxEntry(rs.getLong("id"), rs.getString("recipient"), rs.getString("subject"),
					OutboxStatus.valueOf(rs.getString("status")), rs.getInt("attempts"), rs.getString("last_error"),
					rs.getObject("created_at", OffsetDateTime.class), rs.getObject("sent_at", OffsetDateTime.class)))
			.list();
	}

	/**
	 * @return how many mails wait in the outbox (not yet sent, not dead)
	 */
	@Transactional(readOnly = true)
	public long pending() {
		return this.jdbc.sql("select count(*) from mail_outbox where status = :pending")
			.param("pending", OutboxStatus.PENDING.name())
			.query(Long.class)
			.single();
	}

	/**
	 * Sends a dead mail again at the next poll, with a fresh count of attempts.
	 * @throws OutboxEntryNotFoundException unless it is dead
	 */
	@Transactional
	public void resend(long id) {
		int changed = this.jdbc.sql("""
				update mail_outbox set status = :pending, attempts = 0, next_attempt_at = now()
				where id = :id and status = :dead""")
			.param("pending", OutboxStatus.PENDING.name())
			.param("dead", OutboxStatus.DEAD.name())
			.param("id", id)
			.update();
		if (changed == 0) {
			throw new OutboxEntryNotFoundException(id);
		}
	}

	private static String abbreviate(String text) {
		return (text.length() > 500) ? text.substring(0, 500) : text;
	}

	private record Row(long id, String recipient, String subject, String body, int attempts) {
	}

	/**
	 * A mail to put in the outbox.
	 *
	 * @param notificationId the notification it tells of, or {@code null}
	 */
	public record Mail(Long notificationId, String recipient, String subject, String body) {
	}

	/**
	 * One mail of the outbox as staff see it.
	 */
	public record OutboxEntry(long id, String recipient, String subject, OutboxStatus status, int attempts,
			String lastError, OffsetDateTime createdAt, OffsetDateTime sentAt) {
	}

	/**
	 * No dead mail with this id.
	 */
	public static class OutboxEntryNotFoundException extends com.clinigrad.shared.NotFoundException {

		OutboxEntryNotFoundException(long id) {
			super("Outbox mail " + id);
		}

	}

}
