package com.clinigrad.calendar;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import com.clinigrad.accounts.AccountDirectory;
import com.clinigrad.accounts.CurrentUser;
import com.clinigrad.accounts.CurrentUsers;
import com.clinigrad.shared.SchoolTime;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Each person's iCalendar feed (RFC 5545) at a secret address, for a calendar program to
 * subscribe to without logging in: a 256-bit random token, shown once and kept only as
 * its SHA-256 (a stolen database opens no feed); resetting it replaces the token, so that
 * the old address answers 404 at once. The feed carries the holder's dates from three
 * months back to a year ahead, with their roles and scope as they stand when it is read,
 * in the language chosen for it.
 */
@Service
public class CalendarFeeds {

	/** How far back the feed reaches, in months. */
	static final int MONTHS_BACK = 3;

	/** How far ahead the feed reaches, in months. */
	static final int MONTHS_AHEAD = 12;

	private static final SecureRandom RANDOM = new SecureRandom();

	private final JdbcClient jdbc;

	private final CurrentUsers currentUsers;

	private final AccountDirectory accounts;

	private final PersonalCalendar calendar;

	CalendarFeeds(JdbcClient jdbc, CurrentUsers currentUsers, AccountDirectory accounts, PersonalCalendar calendar) {
		this.jdbc = jdbc;
		this.currentUsers = currentUsers;
		this.accounts = accounts;
		this.calendar = calendar;
	}

	/**
	 * @return the caller's feed, if they have one (without its address, which is not
	 * kept)
	 */
	@Transactional(readOnly = true)
	public Optional<FeedStatus> status() {
		CurrentUser user = this.currentUsers.current();
		return this.jdbc.sql("select language, created_at from calendar_feed where account_id = :a")
			.param("a", user.accountId())
			.query((rs, n) -> new FeedStatus(FeedLanguage.of(rs.getString("language")),
					rs.getObject("created_at", OffsetDateTime.class)))
			.optional();
	}

	/**
	 * Gives the caller a new feed address, in the language chosen; an address given
	 * before stops answering.
	 * @return the token of the new address, shown once
	 */
	@Transactional
	public String reset(FeedLanguage language) {
		CurrentUser user = this.currentUsers.current();
		byte[] secret = new byte[32];
		RANDOM.nextBytes(secret);
		String token = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
		this.jdbc.sql("""
				insert into calendar_feed (account_id, token_hash, language, created_at) values (:a, :h, :l, :t)
				on conflict (account_id) do update
				set token_hash = excluded.token_hash, language = excluded.language, created_at = excluded.created_at""")
			.param("a", user.accountId())
			.param("h", hash(token))
			.param("l", ((language != null) ? language : FeedLanguage.ZH).code())
			.param("t", OffsetDateTime.now())
			.update();
		return token;
	}

	/**
	 * Stops the caller's feed: its address answers 404 from now on.
	 */
	@Transactional
	public void stop() {
		CurrentUser user = this.currentUsers.current();
		this.jdbc.sql("delete from calendar_feed where account_id = :a").param("a", user.accountId()).update();
	}

	/**
	 * The feed an address opens, read without a login: the token is the only key.
	 * @param baseUrl the application's address, for the items' links
	 * @return the iCalendar text
	 * @throws CalendarFeedNotFoundException when no feed has that token or its holder's
	 * account is disabled
	 */
	@Transactional(readOnly = true)
	public String feed(String token, String baseUrl) {
		if (token == null || token.length() != 43) {
			throw new CalendarFeedNotFoundException();
		}
		Holder holder = this.jdbc.sql("select account_id, language from calendar_feed where token_hash = :h")
			.param("h", hash(token))
			.query((rs, n) -> new Holder(rs.getLong("account_id"), FeedLanguage.of(rs.getString("language"))))
			.optional()
			.orElseThrow(CalendarFeedNotFoundException::new);
		CurrentUser user = this.accounts.enabledHolder(holder.accountId())
			.orElseThrow(CalendarFeedNotFoundException::new);
		LocalDate today = SchoolTime.today();
		Locale locale = holder.language().locale();
		List<CalendarItem> items = this.calendar.items(user, today.minusMonths(MONTHS_BACK).withDayOfMonth(1),
				today.plusMonths(MONTHS_AHEAD), locale);
		return ICalendarText.write(items, this.calendar.feedName(locale), baseUrl, Instant.now());
	}

	static String hash(String token) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private record Holder(long accountId, FeedLanguage language) {
	}

	/**
	 * A person's feed as their calendar page shows it.
	 */
	public record FeedStatus(FeedLanguage language, OffsetDateTime createdAt) {

		/**
		 * @return when the address was made, in the school's time zone
		 */
		public java.time.LocalDateTime madeAt() {
			return this.createdAt.atZoneSameInstant(SchoolTime.ZONE).toLocalDateTime();
		}

	}

}
