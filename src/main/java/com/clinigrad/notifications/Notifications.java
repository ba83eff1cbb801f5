package com.clinigrad.notifications;

import java.sql.Array;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.clinigrad.accounts.CurrentUser;
import com.clinigrad.accounts.CurrentUsers;
import com.clinigrad.notifications.NotificationKind.Channel;
import com.clinigrad.shared.BusinessRuleException;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Each person's notifications: written for the people an event concerns (and, for those
 * who hear of that kind by e-mail, a mail in the outbox, in their language, in the same
 * transaction), read in the inbox in the reader's language, marked read, kept 12 months.
 */
@Service
public class Notifications {

	/** An argument that is itself a message key, rendered in the reader's language. */
	static final String KEY_ARGUMENT = "#";

	private final JdbcClient jdbc;

	private final CurrentUsers currentUsers;

	private final MessageSource messages;

	private final MailOutbox outbox;

	private final String baseUrl;

	Notifications(JdbcClient jdbc, CurrentUsers currentUsers, MessageSource messages, MailOutbox outbox,
			@Value("${clinigrad.notifications.base-url:http://localhost:8080}") String baseUrl) {
		this.jdbc = jdbc;
		this.currentUsers = currentUsers;
		this.messages = messages;
		this.outbox = outbox;
		this.baseUrl = baseUrl;
	}

	/**
	 * Tells these people of something: a notification in each one's inbox and, for those
	 * who hear of the kind by e-mail and gave an address, a mail in the outbox.
	 * @param args the words' arguments; one starting with {@value #KEY_ARGUMENT} is a
	 * message key
	 * @param link the page of the thing, relative to the application
	 * @return how many people were told
	 */
	@Transactional
	public int notify(NotificationKind kind, Collection<Long> accountIds, List<String> args, String link) {
		int told = 0;
		for (long accountId : new LinkedHashSet<>(accountIds)) {
			long id = this.jdbc.sql("""
					insert into notification (account_id, kind, title_key, args, link)
					values (:account, :kind, :title, :args, :link) returning id""")
				.param("account", accountId)
				.param("kind", kind.name())
				.param("title", kind.titleKey())
				.param("args", args.toArray(String[]::new))
				.param("link", link)
				.query(Long.class)
				.single();
			Profile profile = profile(accountId);
			if (channel(accountId, kind) == Channel.EMAIL && profile.email() != null) {
				Locale locale = profile.locale();
				String subject = render(kind.titleKey(), args, locale);
				String body = render(kind.bodyKey(), args, locale) + "\n\n" + this.baseUrl + link + "\n\n"
						+ this.messages.getMessage("notification.mail.footer", null, locale);
				this.outbox.enqueue(id, profile.email(), subject, body);
			}
			told++;
		}
		return told;
	}

	/**
	 * @return the number of the caller's unread notifications (the bell)
	 */
	@Transactional(readOnly = true)
	public long unread(long accountId) {
		return this.jdbc.sql("select count(*) from notification where account_id = :a and read_at is null")
			.param("a", accountId)
			.query(Long.class)
			.single();
	}

	/**
	 * The caller's notifications, newest first (or oldest first), in the reader's
	 * language.
	 * @param kind only this kind, or {@code null}
	 * @param unread only unread ({@code true}), only read ({@code false}) or all
	 * ({@code null})
	 * @param search words of the notification's arguments (a code, a student number), or
	 * {@code null}
	 */
	@Transactional(readOnly = true)
	public Page<Entry> inbox(NotificationKind kind, Boolean unread, String search, boolean oldestFirst,
			Pageable pageable, Locale locale) {
		CurrentUser user = this.currentUsers.current();
		String where = " where account_id = :a" + ((kind != null) ? " and kind = :kind" : "")
				+ ((unread == null) ? "" : unread ? " and read_at is null" : " and read_at is not null")
				+ ((search != null) ? " and array_to_string(args, ' ') ilike :search" : "");
		String direction = oldestFirst ? "" : " desc";
		long total = bind(this.jdbc.sql("select count(*) from notification" + where), user, kind, search)
			.query(Long.class)
			.single();
		List<Entry> rows = bind(
				this.jdbc
					.sql("select id, kind, title_key, args, link, created_at, read_at" + " from notification" + where
							+ " order by created_at" + direction + ", id" + direction + " limit :limit offset :offset"),
				user, kind, search)
			.param("limit", pageable.getPageSize())
			.param("offset", pageable.getOffset())
			.query((rs, n) -> {
				List<String> args = strings(rs.getArray("args"));
				String key = rs.getString("title_key");
				NotificationKind rowKind = NotificationKind.valueOf(rs.getString("kind"));
				return new Entry(rs.getLong("id"), rowKind, render(key, args, locale),
						render(rowKind.bodyKey(), args, locale), rs.getString("link"),
						rs.getObject("created_at", OffsetDateTime.class),
						rs.getObject("read_at", OffsetDateTime.class));
			})
			.list();
		return new PageImpl<>(rows, pageable, total);
	}

	/**
	 * Marks one of the caller's notifications read.
	 * @return the notification's link
	 * @throws NotificationNotFoundException when it is not the caller's
	 */
	@Transactional
	public String markRead(long id) {
		CurrentUser user = this.currentUsers.current();
		return this.jdbc
			.sql("update notification set read_at = coalesce(read_at, now()) where id = :id and account_id = :a"
					+ " returning link")
			.param("id", id)
			.param("a", user.accountId())
			.query(String.class)
			.optional()
			.orElseThrow(() -> new NotificationNotFoundException(id));
	}

	/**
	 * Marks all the caller's notifications read.
	 * @return how many were unread
	 */
	@Transactional
	public int markAllRead() {
		return this.jdbc.sql("update notification set read_at = now() where account_id = :a and read_at is null")
			.param("a", this.currentUsers.current().accountId())
			.update();
	}

	/**
	 * @return the caller's address, language and how they hear of each kind
	 */
	@Transactional(readOnly = true)
	public Settings settings() {
		long account = this.currentUsers.current().accountId();
		Map<NotificationKind, Channel> channels = new EnumMap<>(NotificationKind.class);
		for (NotificationKind kind : NotificationKind.values()) {
			channels.put(kind, channel(account, kind));
		}
		Profile profile = profile(account);
		return new Settings(profile.email(), profile.language(), channels);
	}

	/**
	 * Saves the caller's address, language and how they hear of each kind.
	 */
	@Transactional
	public void save(Settings settings) {
		long account = this.currentUsers.current().accountId();
		String email = (settings.email() == null || settings.email().isBlank()) ? null : settings.email().trim();
		if (email != null && (email.length() > 200 || !email.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+"))) {
			throw new BusinessRuleException("notification.error.email", email);
		}
		String language = "en".equals(settings.language()) ? "en" : "zh";
		this.jdbc.sql("""
				insert into notification_profile (account_id, email, language) values (:a, :email, :language)
				on conflict (account_id) do update set email = excluded.email, language = excluded.language""")
			.param("a", account)
			.param("email", email)
			.param("language", language)
			.update();
		settings.channels()
			.forEach((kind, channel) -> this.jdbc.sql("""
					insert into notification_preference (account_id, kind, channel) values (:a, :kind, :channel)
					on conflict (account_id, kind) do update set channel = excluded.channel""")
				.param("a", account)
				.param("kind", kind.name())
				.param("channel", channel.name())
				.update());
	}

	/**
	 * Deletes the notifications older than 12 months, every night.
	 * @return how many were deleted
	 */
	@Scheduled(cron = "0 10 3 * * *", zone = "Asia/Shanghai")
	@Transactional
	public int deleteOld() {
		return this.jdbc.sql("delete from notification where created_at < now() - interval '12 months'").update();
	}

	String render(String key, List<String> args, Locale locale) {
		Object[] values = new Object[args.size()];
		for (int i = 0; i < values.length; i++) {
			String arg = args.get(i);
			values[i] = (arg != null && arg.startsWith(KEY_ARGUMENT))
					? this.messages.getMessage(arg.substring(1), null, arg.substring(1), locale) : arg;
		}
		return this.messages.getMessage(key, values, key, locale);
	}

	private Channel channel(long accountId, NotificationKind kind) {
		return this.jdbc.sql("select channel from notification_preference where account_id = :a and kind = :kind")
			.param("a", accountId)
			.param("kind", kind.name())
			.query(String.class)
			.optional()
			.map(Channel::valueOf)
			.orElse(kind.defaultChannel());
	}

	private Profile profile(long accountId) {
		return this.jdbc.sql("select email, language from notification_profile where account_id = :a")
			.param("a", accountId)
			.query((rs, n) -> new Profile(rs.getString("email"), rs.getString("language")))
			.optional()
			.orElse(new Profile(null, "zh"));
	}

	private static JdbcClient.StatementSpec bind(JdbcClient.StatementSpec spec, CurrentUser user, NotificationKind kind,
			String search) {
		spec = spec.param("a", user.accountId());
		if (kind != null) {
			spec = spec.param("kind", kind.name());
		}
		if (search != null) {
			spec = spec.param("search",
					"%" + search.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
		}
		return spec;
	}

	private static List<String> strings(Array array) throws SQLException {
		List<String> values = new ArrayList<>();
		if (array != null) {
			for (Object value : (Object[]) array.getArray()) {
				values.add((String) value);
			}
		}
		return values;
	}

	/**
	 * One notification as its reader sees it.
	 */
	public record Entry(long id, NotificationKind kind, String title, String body, String link,
			OffsetDateTime createdAt, OffsetDateTime readAt) {

		public boolean unread() {
			return this.readAt == null;
		}

	}

	/**
	 * A person's address and language for e-mail, and how they hear of each kind.
	 */
	public record Settings(String email, String language, Map<NotificationKind, Channel> channels) {

	}

	private record Profile(String email, String language) {

		Locale locale() {
			return "en".equals(this.language) ? Locale.ENGLISH : Locale.SIMPLIFIED_CHINESE;
		}

	}

}
