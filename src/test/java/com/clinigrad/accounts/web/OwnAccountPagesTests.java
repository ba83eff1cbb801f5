package com.clinigrad.accounts.web;

import java.util.Set;

import com.clinigrad.accounts.Role;
import com.clinigrad.support.Fixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

/**
 * Changing one's own password: the policy in words on the same page, the current password
 * checked like a login (and counted against the same lockout), only ever the caller's own
 * account, the change in the history without the password.
 */
@SpringBootTest
@AutoConfigureMockMvc
class OwnAccountPagesTests {

	static final String NEW_PASSWORD = "Herbst-Laterne-47";

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PasswordEncoder encoder;

	Fixtures fixtures;

	@BeforeEach
	void setUp() {
		this.fixtures = Fixtures.in(this.context);
	}

	@Test
	void theScopeIsNamedInWordsInThePagesLanguage() throws Exception {
		String hospital = this.fixtures.hospital();
		String username = this.fixtures.account(Set.of(Role.DEPT_COORDINATOR), hospital, "D1", null, null);
		this.mvc.perform(get("/account").with(user(this.fixtures.login(username))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("医院 " + hospital + " 测试医院" + hospital)))
			.andExpect(content().string(containsString("科室 D1 心内科")));
		this.mvc.perform(get("/account").param("lang", "en").with(user(this.fixtures.login(username))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(hospital + " Test hospital " + hospital)));
	}

	@Test
	void everyRoleReachesItsAccountPageFromTheUserMenuWithThePolicyStated() throws Exception {
		for (Role role : Set.of(Role.STUDENT, Role.EXPERT, Role.GRAD_SCHOOL)) {
			String username = (role == Role.STUDENT) ? studentAccount() : this.fixtures.account(role);
			this.mvc.perform(get("/").with(user(this.fixtures.login(username))))
				.andExpect(content().string(containsString("href=\"/account\"")));
			this.mvc.perform(get("/account").with(user(this.fixtures.login(username))))
				.andExpect(status().isOk())
				.andExpect(view().name("accounts/own"))
				.andExpect(content().string(containsString(username)))
				.andExpect(content().string(containsString("至少 10 个字符、5 种不同字符")))
				.andExpect(content().string(containsString("连续输错 5 次，账号将锁定 15 分钟")));
		}
	}

	@Test
	void aWeakNewPasswordIsRefusedInWordsOnTheSameViewAndNothingChanges() throws Exception {
		String username = this.fixtures.account(Role.GRAD_SCHOOL);
		change(username, Fixtures.PASSWORD, "password12", "password12").andExpect(status().isOk())
			.andExpect(view().name("accounts/own"))
			.andExpect(content().string(containsString("这是常见密码")))
			.andExpect(content().string(containsString("至少 10 个字符")))
			.andExpect(content().string(not(containsString("value=\"password12\""))));
		change(username, Fixtures.PASSWORD, "short", "short").andExpect(status().isOk())
			.andExpect(content().string(containsString("密码至少需要 10 个字符")));
		change(username, Fixtures.PASSWORD, NEW_PASSWORD, NEW_PASSWORD + "x").andExpect(status().isOk())
			.andExpect(content().string(containsString("两次输入的新密码不一致")));
		change(username, Fixtures.PASSWORD, Fixtures.PASSWORD, Fixtures.PASSWORD).andExpect(status().isOk())
			.andExpect(content().string(containsString("新密码不能与当前密码相同")));
		assertThat(this.encoder.matches(Fixtures.PASSWORD, hash(username))).as("the password is unchanged").isTrue();
		this.mvc.perform(get("/account").param("lang", "en").with(user(this.fixtures.login(username))))
			.andExpect(content().string(containsString("At least 10 characters and 5 different ones")));
		this.mvc
			.perform(post("/account/password").param("lang", "en")
				.param("currentPassword", Fixtures.PASSWORD)
				.param("newPassword", "password12")
				.param("confirmPassword", "password12")
				.param("version", "0")
				.with(csrf())
				.with(user(this.fixtures.login(username))))
			.andExpect(content().string(containsString("This is a common password")));
	}

	@Test
	void aWrongCurrentPasswordIsRefusedAndCountsLikeAFailedLogin() throws Exception {
		String username = this.fixtures.account(Role.GRAD_SCHOOL);
		change(username, "not-my-password", NEW_PASSWORD, NEW_PASSWORD).andExpect(status().isOk())
			.andExpect(view().name("accounts/own"))
			.andExpect(content().string(containsString("当前密码不正确")));
		assertThat(attempts(username)).isEqualTo(1);
		for (int i = 0; i < 4; i++) {
			change(username, "not-my-password", NEW_PASSWORD, NEW_PASSWORD).andExpect(status().isOk());
		}
		change(username, Fixtures.PASSWORD, NEW_PASSWORD, NEW_PASSWORD).andExpect(status().isOk())
			.andExpect(content().string(containsString("账号已锁定")));
		assertThat(this.encoder.matches(Fixtures.PASSWORD, hash(username))).isTrue();
		this.mvc.perform(formLogin("/login").user(username).password(Fixtures.PASSWORD))
			.andExpect(unauthenticated())
			.andExpect(redirectedUrl("/login?locked"));
	}

	@Test
	void aRightCurrentPasswordClearsTheCountOfWrongOnes() throws Exception {
		String username = this.fixtures.account(Role.GRAD_SCHOOL);
		for (int i = 0; i < 3; i++) {
			change(username, "not-my-password", NEW_PASSWORD, NEW_PASSWORD);
		}
		change(username, Fixtures.PASSWORD, NEW_PASSWORD, NEW_PASSWORD).andExpect(status().isFound());
		assertThat(attempts(username)).isZero();
	}

	@Test
	void theChangeIsAlwaysTheCallersOwnWhateverTheRequestNames() throws Exception {
		String caller = this.fixtures.account(Role.GRAD_SCHOOL);
		String other = this.fixtures.account(Role.ADMIN);
		long otherId = id(other);
		this.mvc
			.perform(post("/account/password").param("currentPassword", Fixtures.PASSWORD)
				.param("newPassword", NEW_PASSWORD)
				.param("confirmPassword", NEW_PASSWORD)
				.param("version", "0")
				.param("id", Long.toString(otherId))
				.param("accountId", Long.toString(otherId))
				.param("username", other)
				.with(csrf())
				.with(user(this.fixtures.login(caller))))
			.andExpect(status().isFound());
		assertThat(this.encoder.matches(NEW_PASSWORD, hash(caller))).as("the caller's password changed").isTrue();
		assertThat(this.encoder.matches(Fixtures.PASSWORD, hash(other))).as("the other one's did not").isTrue();
		this.mvc
			.perform(post("/account/" + otherId + "/password").param("newPassword", NEW_PASSWORD)
				.with(csrf())
				.with(user(this.fixtures.login(other))))
			.andExpect(status().isNotFound());
	}

	@Test
	void aChangeIsSavedWithAMessageAndKeptInTheHistoryWithoutThePassword() throws Exception {
		String username = this.fixtures.account(Role.EXPERT);
		change(username, Fixtures.PASSWORD, NEW_PASSWORD, NEW_PASSWORD).andExpect(status().isFound())
			.andExpect(redirectedUrl("/account"))
			.andExpect(flash().attribute("flashSuccess", "account.password.changed"));
		assertThat(this.encoder.matches(NEW_PASSWORD, hash(username))).isTrue();
		assertThat(this.jdbc.sql("""
				select count(*) from user_account_aud a join audit_revision r on r.id = a.rev
				where a.id = :id and a.password_changed_at is not null and r.username = :username
				""").param("id", id(username)).param("username", username).query(Long.class).single())
			.as("the change is a revision of the account, made by its holder")
			.isEqualTo(1);
		assertThat(this.jdbc.sql("""
				select count(*) from information_schema.columns
				where table_name in ('user_account_aud', 'audit_revision') and column_name like '%password_hash%'
				""").query(Long.class).single()).as("no password in the history").isZero();
		String admin = this.fixtures.account(Role.ADMIN);
		this.mvc.perform(get("/admin/accounts/" + id(username)).with(user(this.fixtures.login(admin))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("密码修改时间")))
			.andExpect(content().string(not(containsString(NEW_PASSWORD))));
	}

	@Test
	void aFormShownBeforeTheAccountChangedIsRefusedWithTheConflictPage() throws Exception {
		String username = this.fixtures.account(Role.GRAD_SCHOOL);
		this.jdbc.sql("update user_account set version = version + 1 where username = :u")
			.param("u", username)
			.update();
		this.mvc
			.perform(post("/account/password").param("currentPassword", Fixtures.PASSWORD)
				.param("newPassword", NEW_PASSWORD)
				.param("confirmPassword", NEW_PASSWORD)
				.param("version", "0")
				.with(csrf())
				.with(user(this.fixtures.login(username))))
			.andExpect(status().isConflict());
		assertThat(this.encoder.matches(Fixtures.PASSWORD, hash(username))).isTrue();
	}

	private ResultActions change(String username, String current, String next, String again) throws Exception {
		long version = this.jdbc.sql("select version from user_account where username = :u")
			.param("u", username)
			.query(Long.class)
			.single();
		return this.mvc.perform(post("/account/password").param("currentPassword", current)
			.param("newPassword", next)
			.param("confirmPassword", again)
			.param("version", Long.toString(version))
			.with(csrf())
			.with(user(this.fixtures.login(username))));
	}

	private String studentAccount() {
		String hospital = this.fixtures.hospital();
		String student = this.fixtures.student(hospital, this.fixtures.supervisor(hospital));
		return this.fixtures.account(Set.of(Role.STUDENT), null, null, null, student);
	}

	private String hash(String username) {
		return this.jdbc.sql("select password_hash from user_account where username = :u")
			.param("u", username)
			.query(String.class)
			.single();
	}

	private long id(String username) {
		return this.jdbc.sql("select id from user_account where username = :u")
			.param("u", username)
			.query(Long.class)
			.single();
	}

	private int attempts(String username) {
		return this.jdbc.sql("select coalesce(max(attempts), 0) from login_attempt where username = :u")
			.param("u", username)
			.query(Integer.class)
			.single();
	}

}
