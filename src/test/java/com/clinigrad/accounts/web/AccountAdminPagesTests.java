package com.clinigrad.accounts.web;

import com.clinigrad.accounts.Role;
import com.clinigrad.support.Fixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

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
 * Account administration: only administrators; scopes must name real records.
 */
@SpringBootTest
@AutoConfigureMockMvc
class AccountAdminPagesTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	Fixtures fixtures;

	@BeforeEach
	void setUp() {
		this.fixtures = Fixtures.in(this.context);
	}

	@Test
	void anAdministratorCreatesAnAccountWithRolesAndScope() throws Exception {
		String admin = this.fixtures.account(Role.ADMIN);
		String hospital = this.fixtures.hospital();
		String staffNo = this.fixtures.supervisor(hospital);
		String username = createSupervisorAndExpert(admin, "new", staffNo);
		UserDetails created = this.fixtures.login(username);
		assertThat(created.getAuthorities()).extracting(Object::toString)
			.containsExactlyInAnyOrder("ROLE_SUPERVISOR", "ROLE_EXPERT");
	}

	@Test
	void theHistoryShowsChangedRolesAndSwitchesInWords() throws Exception {
		String admin = this.fixtures.account(Role.ADMIN);
		String hospital = this.fixtures.hospital();
		String staffNo = this.fixtures.supervisor(hospital);
		String username = createSupervisorAndExpert(admin, "hist", staffNo);
		long id = this.context.getBean(JdbcClient.class)
			.sql("select id from user_account where username = :u")
			.param("u", username)
			.query(Long.class)
			.single();
		this.mvc
			.perform(post("/admin/accounts/" + id).param("displayName", "王老师")
				.param("enabled", "false")
				.param("roles", "SUPERVISOR")
				.param("staffNo", staffNo)
				.param("version", "0")
				.with(csrf())
				.with(user(this.fixtures.login(admin))))
			.andExpect(redirectedUrl("/admin/accounts/" + id));
		String page = this.mvc.perform(get("/admin/accounts/" + id).with(user(this.fixtures.login(admin))))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		String history = page.substring(page.indexOf("id=\"account-history\""));
		history = history.substring(0, history.indexOf("</table>"));
		assertThat(history).as("roles by their names, a switch as yes or no")
			.contains("<td class=\"text-muted\">导师、评审专家</td>", "<td>导师</td>", "<td class=\"text-muted\">是</td>",
					"<td>否</td>")
			.doesNotContain("SUPERVISOR", "true", "false");
		String english = this.mvc
			.perform(get("/admin/accounts/" + id).param("lang", "en").with(user(this.fixtures.login(admin))))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(english.substring(english.indexOf("id=\"account-history\""))).as("in English, joined by a comma")
			.contains("<td class=\"text-muted\">Expert reviewer, Supervisor</td>", "<td>Supervisor</td>",
					"<td class=\"text-muted\">Yes</td>", "<td>No</td>");
	}

	/**
	 * @return the login of a new enabled account, created by the administrator on the
	 * form, with the roles of supervisor and expert, tied to the supervisor's staff
	 * number
	 */
	private String createSupervisorAndExpert(String admin, String prefix, String staffNo) throws Exception {
		String username = this.fixtures.unique(prefix).toLowerCase();
		this.mvc
			.perform(post("/admin/accounts/new").param("username", username)
				.param("password", "a-long-password")
				.param("displayName", "王老师")
				.param("enabled", "true")
				.param("roles", "SUPERVISOR", "EXPERT")
				.param("staffNo", staffNo)
				.with(csrf())
				.with(user(this.fixtures.login(admin))))
			.andExpect(status().is3xxRedirection());
		return username;
	}

	@Test
	void aScopeNamingNothingIsRefusedAndTheFormKeepsWhatWasTypedButThePassword() throws Exception {
		String admin = this.fixtures.account(Role.ADMIN);
		String username = this.fixtures.unique("bad").toLowerCase();
		MvcResult refused = this.mvc
			.perform(post("/admin/accounts/new").param("username", username)
				.param("password", "a-long-password")
				.param("displayName", "某人甲")
				.param("roles", "SUPERVISOR")
				.param("staffNo", "NO-SUCH-STAFF")
				.header("Referer", "http://localhost/admin/accounts/new")
				.with(csrf())
				.with(user(this.fixtures.login(admin))))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/admin/accounts/new"))
			.andReturn();
		this.mvc
			.perform(
					get("/admin/accounts/new").flashAttrs(refused.getFlashMap()).with(user(this.fixtures.login(admin))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("权限范围中的 NO-SUCH-STAFF 不存在")))
			.andExpect(content().string(containsString("value=\"某人甲\"")))
			.andExpect(content().string(containsString("value=\"" + username + "\"")))
			.andExpect(content().string(not(containsString("a-long-password"))));
		refused = this.mvc
			.perform(post("/admin/accounts/new").param("username", username)
				.param("password", "a-long-password")
				.param("displayName", "某人")
				.param("roles", "HOSPITAL_OFFICE")
				.header("Referer", "http://localhost/admin/accounts/new")
				.with(csrf())
				.with(user(this.fixtures.login(admin))))
			.andExpect(status().isFound())
			.andReturn();
		this.mvc
			.perform(
					get("/admin/accounts/new").flashAttrs(refused.getFlashMap()).with(user(this.fixtures.login(admin))))
			.andExpect(content().string(containsString("所选角色需要填写权限范围")));
		assertThat(this.context.getBean(com.clinigrad.accounts.AccountAdministration.class).exists(username)).isFalse();
	}

	@Test
	void aWeakPasswordIsRefusedWithItsReasonAndTheFormKeepsWhatWasTyped() throws Exception {
		String admin = this.fixtures.account(Role.ADMIN);
		String username = this.fixtures.unique("weak").toLowerCase();
		this.mvc
			.perform(post("/admin/accounts/new").param("username", username)
				.param("password", "password12")
				.param("displayName", "李老师")
				.param("roles", "GRAD_SCHOOL")
				.with(csrf())
				.with(user(this.fixtures.login(admin))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("这是常见密码")))
			.andExpect(content().string(containsString("李老师")))
			.andExpect(content().string(containsString("至少 10 个字符、5 种不同字符")));
		this.mvc
			.perform(post("/admin/accounts/new").param("username", username)
				.param("password", username + "-x")
				.param("displayName", "李老师")
				.param("roles", "GRAD_SCHOOL")
				.with(csrf())
				.with(user(this.fixtures.login(admin))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("密码不能包含登录名")));
		assertThat(this.context.getBean(com.clinigrad.accounts.AccountAdministration.class).exists(username)).isFalse();
	}

	@Test
	void aPasswordResetToAWeakPasswordIsRefused() throws Exception {
		String admin = this.fixtures.account(Role.ADMIN);
		String target = this.fixtures.account(Role.GRAD_SCHOOL);
		long id = this.context.getBean(org.springframework.jdbc.core.simple.JdbcClient.class)
			.sql("select id from user_account where username = ?")
			.param(target)
			.query(Long.class)
			.single();
		this.mvc
			.perform(post("/admin/accounts/" + id + "/password").param("password", "1234567890")
				.with(csrf())
				.with(user(this.fixtures.login(admin))))
			.andExpect(status().is3xxRedirection())
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash()
				.attribute("flashError", "password.policy.refused"));
		assertThat(this.fixtures.login(target).getPassword()).doesNotContain("1234567890");
		org.springframework.security.crypto.password.PasswordEncoder encoder = this.context
			.getBean(org.springframework.security.crypto.password.PasswordEncoder.class);
		assertThat(encoder.matches(Fixtures.PASSWORD, this.fixtures.login(target).getPassword()))
			.as("the old password still works")
			.isTrue();
	}

	@Test
	void theListFindsAccountsByLoginOrNameRoleAndPendingPasswordChangeInPages() throws Exception {
		String admin = this.fixtures.account(Role.ADMIN);
		String expert = this.fixtures.account(Role.EXPERT);
		String office = this.fixtures.account(Role.GRAD_SCHOOL);
		this.mvc.perform(get("/admin/accounts").param("q", expert.toUpperCase()).with(user(this.fixtures.login(admin))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(">" + expert + "<")))
			.andExpect(content().string(org.hamcrest.Matchers.not(containsString(">" + office + "<"))))
			.andExpect(content().string(containsString("value=\"" + expert.toUpperCase() + "\"")));
		this.mvc
			.perform(get("/admin/accounts").param("q", expert.substring(0, 3))
				.param("role", "GRAD_SCHOOL")
				.with(user(this.fixtures.login(admin))))
			.andExpect(content().string(org.hamcrest.Matchers.not(containsString(">" + expert + "<"))));
		this.mvc.perform(get("/admin/accounts").param("q", "%").with(user(this.fixtures.login(admin))))
			.andExpect(content().string(containsString("没有符合条件的账号")));
		// a scope in words: the hospital's and the department's names beside their codes
		String hospital = this.fixtures.hospital();
		String coordinator = this.fixtures.account(java.util.Set.of(Role.DEPT_COORDINATOR), hospital, "D1", null, null);
		this.mvc.perform(get("/admin/accounts").param("q", coordinator).with(user(this.fixtures.login(admin))))
			.andExpect(content().string(containsString("医院 " + hospital + " 测试医院" + hospital)))
			.andExpect(content().string(containsString("科室 D1 心内科")));
		org.springframework.jdbc.core.simple.JdbcClient jdbc = this.context
			.getBean(org.springframework.jdbc.core.simple.JdbcClient.class);
		jdbc.sql("update user_account set must_change_password = true where username = ?").param(expert).update();
		this.mvc
			.perform(get("/admin/accounts").param("mustChange", "true")
				.param("q", expert)
				.with(user(this.fixtures.login(admin))))
			.andExpect(content().string(containsString(">" + expert + "<")))
			.andExpect(content().string(containsString("须修改密码")));
		this.mvc
			.perform(
					get("/admin/accounts").param("q", expert).param("page", "7").with(user(this.fixtures.login(admin))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("共 1 个账号")));
	}

	@Test
	void nonAdministratorsAreRefused() throws Exception {
		String grad = this.fixtures.account(Role.GRAD_SCHOOL);
		this.mvc.perform(get("/admin/accounts").with(user(this.fixtures.login(grad))))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(post("/admin/accounts/new").param("username", "sneaky")
				.param("password", "a-long-password")
				.param("displayName", "x")
				.param("roles", "ADMIN")
				.with(csrf())
				.with(user(this.fixtures.login(grad))))
			.andExpect(status().isForbidden());
	}

}
