package com.clinigrad.notifications;

import java.sql.Array;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import com.clinigrad.accounts.CurrentUser;
import com.clinigrad.accounts.CurrentUsers;
import com.clinigrad.accounts.Role;
import com.clinigrad.notifications.NotificationKind.Channel;
import com.clinigrad.shared.BusinessRuleException;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Each person's notifications: written for the people an event concerns (and, for those
 * who hear of that kind by e-mail, a mail in the outbox, in their language, in the same
 * transaction), read in the inbox in the reader's language, marked read, kept 12 months.
 */
@Service
public class Notifications {

	private static final Logger log = LoggerFactory.getLogger(Notifications.class);

	/** An argument that is itself a message key, rendered in the reader's language. */
	static final String KEY_ARGUMENT = "#";

	/**
	 * An argument in both languages ({@link #bilingual}), such as a course's name: the
	 * reader sees the one of their language.
	 */
	static final String BILINGUAL_ARGUMENT = "@";

	private static final String LANGUAGE_SEPARATOR = "\u001f";

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
		if (accountIds.isEmpty()) {
			return 0;
		}
		List<Written> written = this.jdbc.sql("""
				insert into notification (account_id, kind, title_key, args, link)
				select a, :kind, :title, :args, :link from unnest(:accounts::bigint[]) with ordinality as u(a, n)
				order by n
				returning id, account_id, title_key, args, link""")
			.param("accounts", new LinkedHashSet<>(accountIds).toArray(Long[]::new))
			.param("kind", kind.name())
			.param("title", kind.titleKey())
			.param("args", args.toArray(String[]::new))
			.param("link", link)
			.query(Notifications::written)
			.list();
		deliver(kind, written);
		return written.size();
	}

	/**
	 * Tells the people around students of things that concern them, in one statement
	 * however many (an import or a scan touches thousands): each student of their own
	 * items, one notification per item; and each supervisor or office account of its
	 * students' items, one notification per account: the item itself when there is one,
	 * else how many items for how many students
	 * ({@link NotificationKind#manyTitleKey()}). The words' arguments are {@code {0}} the
	 * student's number, {@code {1}} the name, {@code {2}} the item's detail, then
	 * {@code extraArgs}; for many, {@code {0}} the items, {@code {1}} the students, then
	 * {@code extraArgs}.
	 * @param variant words other than the kind's own
	 * ({@code notification.<kind>.<variant>.title}), or {@code null}
	 * @param manyLink the page of several items (a list)
	 * @param excludedUsername who caused the items (not told of their own act), or
	 * {@code null}
	 * @return how many notifications were written
	 */
	@Transactional
	public int notifyAbout(NotificationKind kind, String variant, List<StudentItem> items, Set<Audience> audiences,
			List<String> extraArgs, String manyLink, String excludedUsername) {
		if (items.isEmpty() || audiences.isEmpty()) {
			return 0;
		}
		String prefix = "notification." + kind.name() + ((variant != null) ? "." + variant : "");
		List<Written> written = this.jdbc.sql("""
				with item as (
				    select * from unnest(:nos::text[], :names::text[], :hospitals::text[], :supervisors::text[],
				        :coSupervisors::text[], :details::text[], :links::text[])
				        with ordinality as i(no, name, hospital, supervisor, co_supervisor, detail, link, ord)
				), reach as (
				    select a.id as account_id, true as own, i.* from item i
				        join user_account a on a.student_no = i.no and a.enabled
				        join user_role r on r.account_id = a.id and r.role = :studentRole
				        where :toStudent
				    union
				    select a.id, false, i.* from item i
				        join user_account a on a.staff_no in (i.supervisor, i.co_supervisor) and a.enabled
				        join user_role r on r.account_id = a.id and r.role = :supervisorRole
				        where :toSupervisors
				    union
				    select a.id, false, i.* from item i
				        join user_account a on a.hospital_code = i.hospital and a.enabled
				        join user_role r on r.account_id = a.id and r.role = :officeRole
				        where :toOffice
				), told as (
				    select * from reach r
				    where not exists (select 1 from user_account x where x.id = r.account_id and x.username = :excluded)
				), staff as (
				    select account_id, count(distinct ord) as items, count(distinct no) as students
				    from told where not own group by account_id
				)
				insert into notification (account_id, kind, title_key, args, link)
				select account_id, :kind, title_key, args, link from (
				    select t.account_id, :title as title_key,
				           array[t.no, t.name, coalesce(t.detail, '')]::text[] || :extra::text[] as args, t.link, t.ord
				    from told t
				    where t.own or exists (select 1 from staff s where s.account_id = t.account_id and s.students = 1)
				    union all
				    select account_id, :manyTitle, array[items::text, students::text] || :extra::text[],
				           :manyLink, 0
				    from staff where students > 1
				) n order by ord, account_id
				returning id, account_id, title_key, args, link""")
			.param("nos", items.stream().map(StudentItem::studentNo).toArray(String[]::new))
			.param("names", items.stream().map(StudentItem::name).toArray(String[]::new))
			.param("hospitals", items.stream().map(StudentItem::hospitalCode).toArray(String[]::new))
			.param("supervisors", items.stream().map(StudentItem::supervisorStaffNo).toArray(String[]::new))
			.param("coSupervisors", items.stream().map(StudentItem::coSupervisorStaffNo).toArray(String[]::new))
			.param("details", items.stream().map(StudentItem::detail).toArray(String[]::new))
			.param("links", items.stream().map(StudentItem::link).toArray(String[]::new))
			.param("studentRole", Role.STUDENT.name())
			.param("supervisorRole", Role.SUPERVISOR.name())
			.param("officeRole", Role.HOSPITAL_OFFICE.name())
			.param("toStudent", audiences.contains(Audience.STUDENT))
			.param("toSupervisors", audiences.contains(Audience.SUPERVISORS))
			.param("toOffice", audiences.contains(Audience.HOSPITAL_OFFICE))
			.param("excluded", (excludedUsername != null) ? excludedUsername : "")
			.param("kind", kind.name())
			.param("title", prefix + ".title")
			.param("manyTitle", prefix + ".many.title")
			.param("extra", extraArgs.toArray(String[]::new))
			.param("manyLink", manyLink)
			.query(Notifications::written)
			.list();
		deliver(kind, written);
		return written.size();
	}

	/**
	 * Sends what was written the way each reader hears of the kind: those who chose (or
	 * whose role has) e-mail and gave an address get a mail now, in their language; those
	 * of the daily digest get it listed in tomorrow morning's mail ({@link DailyDigest}).
	 * One query for the readers, one insert for the mails.
	 */
	void deliver(NotificationKind kind, List<Written> written) {
		if (written.isEmpty()) {
			return;
		}
		Map<Long, Reader> readers = new HashMap<>();
		this.jdbc.sql("""
				select a.id, p.email, p.language, pref.channel,
				       array(select r.role from user_role r where r.account_id = a.id) as roles
				from user_account a
				left join notification_profile p on p.account_id = a.id
				left join notification_preference pref on pref.account_id = a.id and pref.kind = :kind
				where a.id = any(:ids)""")
			.param("kind", kind.name())
			.param("ids", written.stream().map(Written::accountId).distinct().toArray(Long[]::new))
			.query((rs) -> {
				List<Role> roles = new ArrayList<>();
				for (String role : strings(rs.getArray("roles"))) {
					roles.add(Role.valueOf(role));
				}
				String chosen = rs.getString("channel");
				Channel channel = (chosen != null) ? Channel.valueOf(chosen) : RoleDefaults.of(kind, roles);
				readers.put(rs.getLong("id"),
						new Reader(
								new Profile(rs.getString("email"),
										(rs.getString("language") != null) ? rs.getString("language") : "zh"),
								channel));
			});
		List<MailOutbox.Mail> mails = new ArrayList<>();
		List<Long> digested = new ArrayList<>();
		for (Written row : written) {
			Reader reader = readers.get(row.accountId());
			if (reader == null) {
				continue;
			}
			if (reader.channel() == Channel.EMAIL && reader.profile().email() != null) {
				Locale locale = reader.profile().locale();
				String subject = render(row.titleKey(), row.args(), locale);
				String body = render(NotificationKind.bodyKeyOf(row.titleKey()), row.args(), locale) + "\n\n"
						+ this.baseUrl + row.link() + "\n\n"
						+ this.messages.getMessage("notification.mail.footer", null, locale);
				mails.add(new MailOutbox.Mail(row.id(), reader.profile().email(), subject, body));
			}
			else if (reader.channel() == Channel.DAILY_DIGEST) {
				digested.add(row.id());
			}
		}
		this.outbox.enqueueAll(mails);
		if (!digested.isEmpty()) {
			this.jdbc.sql("update notification set digest = true where id = any(:ids)")
				.param("ids", digested.toArray(Long[]::new))
				.update();
		}
	}

	private static Written written(java.sql.ResultSet rs, int n) throws SQLException {
		return new Written(rs.getLong("id"), rs.getLong("account_id"), rs.getString("title_key"),
				strings(rs.getArray("args")), rs.getString("link"));
	}

	/**
	 * @return the number of the caller's unread notifications (the bell)
	 */
	@Transactional(readOnly = true, propagation = Propagation.SUPPORTS)
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
						render(NotificationKind.bodyKeyOf(key), args, locale), rs.getString("link"),
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
	 * @return the caller's address, language and how they chose to hear of each kind
	 * (kinds not chosen follow the role's default, {@link #roleDefaults()})
	 */
	@Transactional(readOnly = true)
	public Settings settings() {
		long account = this.currentUsers.current().accountId();
		Map<NotificationKind, Channel> channels = new EnumMap<>(NotificationKind.class);
		this.jdbc.sql("select kind, channel from notification_preference where account_id = :a")
			.param("a", account)
			.query((rs) -> {
				NotificationKind kind = known(NotificationKind.class, rs.getString("kind"));
				Channel channel = known(Channel.class, rs.getString("channel"));
				if (kind != null && channel != null) {
					channels.put(kind, channel);
				}
			});
		Profile profile = profile(account);
		return new Settings(profile.email(), profile.language(), channels);
	}

	/**
	 * @return how the caller hears of each kind unless they choose: the default for their
	 * roles
	 */
	@Transactional(readOnly = true)
	public Map<NotificationKind, Channel> roleDefaults() {
		CurrentUser user = this.currentUsers.current();
		Map<NotificationKind, Channel> defaults = new EnumMap<>(NotificationKind.class);
		for (NotificationKind kind : NotificationKind.values()) {
			defaults.put(kind, RoleDefaults.of(kind, user.roles()));
		}
		return defaults;
	}

	/**
	 * Forgets the caller's choice for these kinds: they follow the role's default again.
	 */
	@Transactional
	public void useRoleDefaults(Collection<NotificationKind> kinds) {
		if (kinds.isEmpty()) {
			return;
		}
		this.jdbc.sql("delete from notification_preference where account_id = :a and kind in (:kinds)")
			.param("a", this.currentUsers.current().accountId())
			.param("kinds", kinds.stream().map(NotificationKind::name).toList())
			.update();
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
	 * Deletes the notifications older than 12 months, every night, on one node.
	 */
	@Scheduled(cron = "0 10 3 * * *", zone = "Asia/Shanghai")
	@SchedulerLock(name = "old-notifications", lockAtMostFor = "PT1H", lockAtLeastFor = "PT1M")
	public void deleteOldNightly() {
		log.info("Old notifications: {} deleted", deleteOld());
	}

	/**
	 * Deletes the notifications older than 12 months.
	 * @return how many were deleted
	 */
	@Transactional
	public int deleteOld() {
		return this.jdbc.sql("delete from notification where created_at < now() - interval '12 months'").update();
	}

	String render(String key, List<String> args, Locale locale) {
		Object[] values = new Object[args.size()];
		for (int i = 0; i < values.length; i++) {
			String arg = args.get(i);
			if (arg != null && arg.startsWith(KEY_ARGUMENT)) {
				values[i] = this.messages.getMessage(arg.substring(1), null, arg.substring(1), locale);
			}
			else if (arg != null && arg.startsWith(BILINGUAL_ARGUMENT)) {
				String[] both = arg.substring(1).split(LANGUAGE_SEPARATOR, 2);
				values[i] = ("en".equals(locale.getLanguage()) && both.length > 1) ? both[1] : both[0];
			}
			else {
				values[i] = arg;
			}
		}
		return this.messages.getMessage(key, values, key, locale);
	}

	/**
	 * @return an argument shown in the reader's language: the Chinese words, or the
	 * English ones when there are any and the reader reads English
	 */
	static String bilingual(String chinese, String english) {
		return BILINGUAL_ARGUMENT + chinese
				+ ((english != null && !english.isBlank()) ? LANGUAGE_SEPARATOR + english : "");
	}

	private static <E extends Enum<E>> E known(Class<E> type, String name) {
		for (E value : type.getEnumConstants()) {
			if (value.name().equals(name)) {
				return value;
			}
		}
		return null;
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

	/**
	 * One thing about one student that people around the student hear of.
	 *
	 * @param detail what the thing is (a code, or a message key starting with
	 * {@value #KEY_ARGUMENT}), or {@code null}
	 * @param link the thing's page
	 */
	public record StudentItem(String studentNo, String name, String hospitalCode, String supervisorStaffNo,
			String coSupervisorStaffNo, String detail, String link) {
	}

	/**
	 * Who around a student hears of the student's things.
	 */
	public enum Audience {

		/** The student themself. */
		STUDENT,
		/** The student's supervisor and co-supervisor. */
		SUPERVISORS,
		/** The education office of the student's hospital. */
		HOSPITAL_OFFICE

	}

	record Written(long id, long accountId, String titleKey, List<String> args, String link) {
	}

	private record Reader(Profile profile, Channel channel) {
	}

	private record Profile(String email, String language) {

		Locale locale() {
			return "en".equals(this.language) ? Locale.ENGLISH : Locale.SIMPLIFIED_CHINESE;
		}

	}

}
