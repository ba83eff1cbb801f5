package com.clinigrad.accounts;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.clinigrad.support.Fixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpHeaders;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.web.servlet.FlashMap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * API tokens: created on one's own account page and shown once, kept as a hash only,
 * accepted as {@code Authorization: Bearer} on the API with exactly the holder's current
 * roles and scope, refused (401 {@code invalid_token}) once revoked or expired or when
 * the account is disabled, revocable only by their holder or an administrator.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ApiTokenTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	@Autowired
	JdbcClient jdbc;

	Fixtures fixtures;

	String student;

	String otherStudent;

	String supervisorAccount;

	String studentAccount;

	@BeforeEach
	void setUp() {
		this.fixtures = Fixtures.in(this.context);
		String hospital = this.fixtures.hospital();
		String supervisor = this.fixtures.supervisor(hospital);
		this.student = this.fixtures.student(hospital, supervisor);
		this.otherStudent = this.fixtures.student(this.fixtures.hospital(), this.fixtures.supervisor(null));
		this.supervisorAccount = this.fixtures.account(Set.of(Role.SUPERVISOR), null, null, supervisor, null);
		this.studentAccount = this.fixtures.account(Set.of(Role.STUDENT), null, null, null, this.student);
	}

	@Test
	void aTokenReadsTheAuditApiWithinItsHoldersScopeOnly() throws Exception {
		String supervisorToken = createToken(this.supervisorAccount, "export", 30);
		String studentToken = createToken(this.studentAccount, "phone", 90);
		audit(this.student, supervisorToken).andExpect(status().isOk())
			.andExpect(jsonPath("$.studentNo").value(this.student));
		audit(this.otherStudent, supervisorToken).andExpect(status().isNotFound())
			.andExpect(content().string(not(containsString(this.otherStudent))));
		audit(this.student, studentToken).andExpect(status().isOk());
		audit(this.otherStudent, studentToken).andExpect(status().isNotFound());
		String expertToken = createToken(this.fixtures.account(Role.EXPERT), "expert", 30);
		audit(this.student, expertToken).andExpect(status().isForbidden());
		// HTTP Basic still works beside tokens
		this.mvc
			.perform(get("/api/v1/students/" + this.student + "/audit")
				.with(httpBasic(this.supervisorAccount, Fixtures.PASSWORD)))
			.andExpect(status().isOk());
	}

	@Test
	void aRoleTakenFromThePersonStopsApplyingToTheirTokenAtTheNextCall() throws Exception {
		String token = createToken(this.supervisorAccount, "export", 30);
		audit(this.student, token).andExpect(status().isOk());
		this.jdbc.sql("delete from user_role where account_id = (select id from user_account where username = :u)")
			.param("u", this.supervisorAccount)
			.update();
		audit(this.student, token).andExpect(status().isForbidden());
	}

	@Test
	void aRevokedTokenIsRefusedWithAnInvalidTokenChallengeInTheCallersLanguage() throws Exception {
		String token = createToken(this.studentAccount, "laptop", 30);
		audit(this.student, token).andExpect(status().isOk());
		long id = tokenId(token);
		this.mvc.perform(post("/account/tokens/" + id + "/revoke").with(user(this.fixtures.login(this.studentAccount))))
			.andExpect(status().isForbidden()); // no CSRF token: refused, nothing revoked
		audit(this.student, token).andExpect(status().isOk());
		this.mvc.perform(get("/account/tokens/" + id + "/revoke").with(user(this.fixtures.login(this.studentAccount))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"confirm-revoke\"")))
			.andExpect(content().string(containsString("此操作不可撤回")));
		this.mvc
			.perform(post("/account/tokens/" + id + "/revoke").with(user(this.fixtures.login(this.studentAccount)))
				.with(csrf()))
			.andExpect(redirectedUrl("/account"));
		audit(this.student, token).andExpect(status().isUnauthorized())
			.andExpect(header().string(HttpHeaders.WWW_AUTHENTICATE, startsWith("Bearer error=\"invalid_token\"")))
			.andExpect(jsonPath("$.status").value(401))
			.andExpect(jsonPath("$.error").value("INVALID_TOKEN"))
			.andExpect(jsonPath("$.message").value(containsString("令牌")));
		this.mvc
			.perform(get("/api/v1/students/" + this.student + "/audit")
				.header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
				.header(HttpHeaders.ACCEPT_LANGUAGE, "en"))
			.andExpect(status().isUnauthorized())
			.andExpect(jsonPath("$.message").value(containsString("revoked")));
		this.mvc.perform(get("/account").with(user(this.fixtures.login(this.studentAccount))))
			.andExpect(content().string(containsString("已撤销")))
			// who revoked it, by the account's display name, not the login
			.andExpect(content().string(containsString(">用户" + this.studentAccount + " 于 ")))
			.andExpect(content().string(not(containsString(">" + this.studentAccount + " 于 "))));
		this.mvc.perform(get("/account?lang=en").with(user(this.fixtures.login(this.studentAccount))))
			.andExpect(content().string(containsString("Revoked")));
	}

	@Test
	void anExpiredTokenAnUnknownOneAndOneOfADisabledAccountAreRefused() throws Exception {
		String expired = createToken(this.studentAccount, "old", 30);
		this.jdbc.sql("update api_token set expires_at = :past where secret_hash = :hash")
			.param("past", Timestamp.from(Instant.now().minusSeconds(1)))
			.param("hash", ApiTokens.hash(expired))
			.update();
		audit(this.student, expired).andExpect(status().isUnauthorized())
			.andExpect(header().string(HttpHeaders.WWW_AUTHENTICATE, startsWith("Bearer error=\"invalid_token\"")));
		this.mvc.perform(get("/account").with(user(this.fixtures.login(this.studentAccount))))
			.andExpect(content().string(containsString("已过期")));

		audit(this.student, ApiTokens.newSecret()).andExpect(status().isUnauthorized());
		audit(this.student, "not-one-of-ours").andExpect(status().isUnauthorized());
		audit(this.student, expired.substring(0, expired.length() - 1)).andExpect(status().isUnauthorized());

		String working = createToken(this.studentAccount, "new", 30);
		audit(this.student, working).andExpect(status().isOk());
		this.jdbc.sql("update user_account set enabled = false where username = :u")
			.param("u", this.studentAccount)
			.update();
		audit(this.student, working).andExpect(status().isUnauthorized())
			.andExpect(header().string(HttpHeaders.WWW_AUTHENTICATE, startsWith("Bearer error=\"invalid_token\"")));
	}

	@Test
	void onlyTheHashIsKeptAndTheCallCreatesNoSessionAndRecordsTheLastUseOncePerMinute() throws Exception {
		String token = createToken(this.studentAccount, "script", 365);
		assertThat(token).startsWith("cg_").hasSize(46);
		Map<String, Object> row = this.jdbc.sql("select * from api_token where secret_hash = :hash")
			.param("hash", ApiTokens.hash(token))
			.query()
			.singleRow();
		assertThat(row.values()).noneMatch((value) -> value != null && value.toString().contains(token.substring(3)));
		assertThat(row.get("last_used_at")).isNull();
		assertThat(((Timestamp) row.get("expires_at")).toInstant()).isBetween(Instant.now().plusSeconds(364L * 86400),
				Instant.now().plusSeconds(366L * 86400));

		MvcResult first = audit(this.student, token).andExpect(status().isOk()).andReturn();
		assertThat(first.getRequest().getSession(false)).isNull();
		assertThat(first.getResponse().getHeader(HttpHeaders.SET_COOKIE)).isNull();
		Timestamp used = lastUsed(token);
		assertThat(used).isNotNull();
		audit(this.student, token).andExpect(status().isOk());
		assertThat(lastUsed(token)).isEqualTo(used);
		this.jdbc.sql("update api_token set last_used_at = last_used_at - interval '2 minutes' where secret_hash = :h")
			.param("h", ApiTokens.hash(token))
			.update();
		audit(this.student, token).andExpect(status().isOk());
		assertThat(lastUsed(token)).isAfter(used);
	}

	@Test
	void thePageShowsTheNewTokenOnceAndRefusesAFormWithoutCsrfOrWithALifetimeNotOffered() throws Exception {
		this.mvc
			.perform(post("/account/tokens").param("name", "x")
				.param("days", "30")
				.with(user(this.fixtures.login(this.studentAccount))))
			.andExpect(status().isForbidden());
		MvcResult created = this.mvc
			.perform(post("/account/tokens").param("name", "nightly export")
				.param("days", "90")
				.with(user(this.fixtures.login(this.studentAccount)))
				.with(csrf()))
			.andExpect(redirectedUrl("/account"))
			.andReturn();
		FlashMap flash = created.getFlashMap();
		String secret = ((IssuedApiToken) flash.get("issuedToken")).secret();
		this.mvc.perform(get("/account").flashAttrs(flash).with(user(this.fixtures.login(this.studentAccount))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(secret)))
			.andExpect(content().string(containsString("id=\"copy-token\"")))
			.andExpect(content().string(containsString("令牌不会再次显示")));
		this.mvc.perform(get("/account").with(user(this.fixtures.login(this.studentAccount))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("nightly export")))
			.andExpect(content().string(containsString("最长 365 天")))
			.andExpect(content().string(not(containsString(secret))));

		this.mvc
			.perform(post("/account/tokens").param("name", "forever")
				.param("days", "3650")
				.with(user(this.fixtures.login(this.studentAccount)))
				.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("最长 365 天")))
			.andExpect(content().string(containsString("value=\"forever\"")));
		assertThat(tokenNames(this.studentAccount)).containsExactly("nightly export");
	}

	@Test
	void anotherPersonCannotSeeOrRevokeYourTokenButAnAdministratorCan() throws Exception {
		String token = createToken(this.studentAccount, "mine", 30);
		long id = tokenId(token);
		String someoneElse = this.fixtures.account(Role.GRAD_SCHOOL);
		this.mvc.perform(get("/account/tokens/" + id + "/revoke").with(user(this.fixtures.login(someoneElse))))
			.andExpect(status().isNotFound());
		this.mvc
			.perform(
					post("/account/tokens/" + id + "/revoke").with(user(this.fixtures.login(someoneElse))).with(csrf()))
			.andExpect(status().isNotFound());
		long accountId = accountId(this.studentAccount);
		this.mvc
			.perform(post("/admin/accounts/" + accountId + "/tokens/" + id + "/revoke")
				.with(user(this.fixtures.login(someoneElse)))
				.with(csrf()))
			.andExpect(status().isForbidden());
		audit(this.student, token).andExpect(status().isOk());

		String admin = this.fixtures.account(Role.ADMIN);
		this.mvc.perform(get("/admin/accounts/" + accountId).with(user(this.fixtures.login(admin))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"api-token-" + id + "\"")))
			.andExpect(content().string(containsString("mine")))
			.andExpect(content().string(not(containsString(token))));
		// the token of one account cannot be revoked through another's page
		this.mvc
			.perform(post("/admin/accounts/" + accountId(someoneElse) + "/tokens/" + id + "/revoke")
				.with(user(this.fixtures.login(admin)))
				.with(csrf()))
			.andExpect(status().isNotFound());
		this.mvc
			.perform(post("/admin/accounts/" + accountId + "/tokens/" + id + "/revoke")
				.with(user(this.fixtures.login(admin)))
				.with(csrf()))
			.andExpect(redirectedUrl("/admin/accounts/" + accountId));
		audit(this.student, token).andExpect(status().isUnauthorized());
		assertThat(this.jdbc.sql("select revoked_by from api_token where id = :id")
			.param("id", id)
			.query(String.class)
			.single()).isEqualTo(admin);
	}

	private String createToken(String username, String name, int days) throws Exception {
		MvcResult result = this.mvc
			.perform(post("/account/tokens").param("name", name)
				.param("days", String.valueOf(days))
				.with(user(this.fixtures.login(username)))
				.with(csrf()))
			.andExpect(redirectedUrl("/account"))
			.andReturn();
		return ((IssuedApiToken) result.getFlashMap().get("issuedToken")).secret();
	}

	private ResultActions audit(String studentNo, String token) throws Exception {
		return this.mvc.perform(get("/api/v1/students/" + studentNo + "/audit?asOf=2026-01-01")
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + token));
	}

	private long tokenId(String token) {
		return this.jdbc.sql("select id from api_token where secret_hash = :hash")
			.param("hash", ApiTokens.hash(token))
			.query(Long.class)
			.single();
	}

	private Timestamp lastUsed(String token) {
		return this.jdbc.sql("select last_used_at from api_token where secret_hash = :hash")
			.param("hash", ApiTokens.hash(token))
			.query(Timestamp.class)
			.single();
	}

	private long accountId(String username) {
		return this.jdbc.sql("select id from user_account where username = :u")
			.param("u", username)
			.query(Long.class)
			.single();
	}

	private List<String> tokenNames(String username) {
		return this.jdbc.sql("select name from api_token where account_id = :id order by id")
			.param("id", accountId(username))
			.query(String.class)
			.list();
	}

}
