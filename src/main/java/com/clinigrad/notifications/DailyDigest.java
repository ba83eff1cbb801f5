package com.clinigrad.notifications;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The daily digest (每日摘要): every morning, one mail per person listing the notifications
 * they hear of by digest that no digest has listed yet, in their language. The run claims
 * the items by marking them digested in the transaction that puts the mails in the
 * outbox, so an item is listed at most once, however often (or on however many instances)
 * the run goes.
 */
@Service
public class DailyDigest {

	private static final Logger log = LoggerFactory.getLogger(DailyDigest.class);

	private static final ZoneId SCHOOL_ZONE = ZoneId.of("Asia/Shanghai");

	private final JdbcClient jdbc;

	private final MessageSource messages;

	private final Notifications notifications;

	private final MailOutbox outbox;

	private final String baseUrl;

	DailyDigest(JdbcClient jdbc, MessageSource messages, Notifications notifications, MailOutbox outbox,
			@Value("${clinigrad.notifications.base-url:http://localhost:8080}") String baseUrl) {
		this.jdbc = jdbc;
		this.messages = messages;
		this.notifications = notifications;
		this.outbox = outbox;
		this.baseUrl = baseUrl;
	}

	@Scheduled(cron = "${clinigrad.notifications.digest-cron:0 0 7 * * *}", zone = "Asia/Shanghai")
	@SchedulerLock(name = "daily-digest", lockAtMostFor = "PT2H", lockAtLeastFor = "PT1M")
	void daily() {
		log.info("Daily digest: {} mails", send());
	}

	/**
	 * Sends the digest now: one mail per person with an address and items waiting; the
	 * items of people without an address are marked digested all the same (they are in
	 * their inbox).
	 * @return how many mails were put in the outbox
	 */
	@Transactional
	public int send() {
		Map<Long, List<Item>> byAccount = new LinkedHashMap<>();
		this.jdbc.sql("""
				update notification set digested_at = now() where digest and digested_at is null
				returning id, account_id, title_key, args, link, created_at""").query((rs) -> {
			List<String> args = new ArrayList<>();
			for (Object value : (Object[]) rs.getArray("args").getArray()) {
				args.add((String) value);
			}
			byAccount.computeIfAbsent(rs.getLong("account_id"), (k) -> new ArrayList<>())
				.add(new Item(rs.getLong("id"), rs.getString("title_key"), args, rs.getString("link"),
						rs.getObject("created_at", OffsetDateTime.class)));
		});
		if (byAccount.isEmpty()) {
			return 0;
		}
		List<MailOutbox.Mail> mails = new ArrayList<>();
		this.jdbc.sql("""
				select account_id, email, language from notification_profile
				where account_id = any(:ids) and email is not null""")
			.param("ids", byAccount.keySet().toArray(Long[]::new))
			.query((rs) -> {
				List<Item> items = byAccount.get(rs.getLong("account_id"));
				items.sort((a, b) -> Long.compare(a.id(), b.id()));
				Locale locale = "en".equals(rs.getString("language")) ? Locale.ENGLISH : Locale.SIMPLIFIED_CHINESE;
				mails.add(new MailOutbox.Mail(null, rs.getString("email"), this.messages
					.getMessage("notification.digest.subject", new Object[] { String.valueOf(items.size()) }, locale),
						body(items, locale)));
			});
		this.outbox.enqueueAll(mails);
		return mails.size();
	}

	private String body(List<Item> items, Locale locale) {
		DateTimeFormatter time = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
		StringBuilder body = new StringBuilder(this.messages.getMessage("notification.digest.intro",
				new Object[] { String.valueOf(items.size()) }, locale))
			.append("\n\n");
		for (Item item : items) {
			body.append("• ")
				.append(this.notifications.render(item.titleKey(), item.args(), locale))
				.append(" (")
				.append(item.createdAt().atZoneSameInstant(SCHOOL_ZONE).format(time))
				.append(")\n  ")
				.append(this.notifications.render(NotificationKind.bodyKeyOf(item.titleKey()), item.args(), locale))
				.append("\n  ")
				.append(this.baseUrl)
				.append((item.link() != null) ? item.link() : "/inbox")
				.append("\n\n");
		}
		return body.append(this.messages.getMessage("notification.mail.footer", null, locale)).toString();
	}

	private record Item(long id, String titleKey, List<String> args, String link, OffsetDateTime createdAt) {
	}

}
