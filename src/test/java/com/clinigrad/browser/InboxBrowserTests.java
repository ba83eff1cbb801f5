package com.clinigrad.browser;

import java.util.List;
import java.util.Set;

import com.clinigrad.accounts.Role;
import com.clinigrad.notifications.NotificationKind;
import com.clinigrad.notifications.Notifications;
import com.clinigrad.support.Browser;
import com.clinigrad.support.Fixtures;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The bell and the inbox in a real browser, in Chinese and in English: the bell counts
 * the unread notifications, the inbox shows them in the reader's language with no code,
 * and opening one clears it from the bell. Screenshots of both languages.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class InboxBrowserTests {

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Notifications notifications;

	@Test
	void theBellCountsAndTheInboxShowsTheNotificationsInBothLanguages() {
		Fixtures fixtures = Fixtures.in(this.context);
		String hospital = fixtures.hospital();
		String username = fixtures.account(Set.of(Role.SUPERVISOR, Role.EXPERT), null, null,
				fixtures.supervisor(hospital), null);
		long account = this.jdbc.sql("select id from user_account where username = :u")
			.param("u", username)
			.query(Long.class)
			.single();
		this.notifications.notify(NotificationKind.REVIEW_ASSIGNED, List.of(account), List.of("RV7K2Q", "2027-03-15"),
				"/reviews/RV7K2Q");
		this.notifications.notify(NotificationKind.WAIVER_STEP_WAITING, List.of(account),
				List.of("2024100231", "#rule.PUBLICATION.name"), "/waivers/1");

		try (Browser browser = Browser.open(this.port)) {
			browser.logIn(username, Fixtures.PASSWORD).go("/inbox");
			assertThat(browser.find("#bell-count").getText()).isEqualTo("2");
			assertThat(browser.text()).contains("您有一份新的论文盲审任务（RV7K2Q）")
				.contains("豁免申请待您审批：学术论文发表")
				.doesNotContain("REVIEW_ASSIGNED")
				.doesNotContain("WAIVER_STEP_WAITING");
			browser.screenshot("inbox-zh");
			browser.go("/inbox?lang=en");
			assertThat(browser.text()).contains("A blind review is assigned to you (RV7K2Q)")
				.contains("A waiver awaits your decision: Publication")
				.contains("Waiver awaiting your decision");
			browser.screenshot("inbox-en");
			browser.go("/inbox/settings");
			assertThat(browser.text()).contains("Inbox and e-mail");
			browser.screenshot("inbox-settings-en");
			browser.go("/inbox?lang=zh_CN");
			browser.find("#inbox-table tbody a").click();
			browser.go("/");
			assertThat(browser.find("#bell-count").getText()).isEqualTo("1");
			browser.screenshot("bell-home-zh");
		}
	}

}
