package com.clinigrad.accounts.web;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import com.clinigrad.accounts.AccountAdministration;
import com.clinigrad.accounts.AccountCommand;
import com.clinigrad.accounts.AccountHolders.Kind;
import com.clinigrad.accounts.AccountHolders.Selection;
import com.clinigrad.accounts.BulkAccounts;
import com.clinigrad.accounts.BulkPreview;
import com.clinigrad.accounts.Role;
import com.clinigrad.students.StudentStatus;
import com.clinigrad.support.Fixtures;
import com.clinigrad.support.SessionCookie;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Accounts for a register's people in bulk: only administrators; the preview counts who
 * gets one, who has one and who cannot; one confirmation; all or nothing; the initial
 * passwords once, in a file, never stored.
 */
@SpringBootTest
@AutoConfigureMockMvc
class BulkAccountCreationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PasswordEncoder encoder;

	@Autowired
	BulkAccounts bulkAccounts;

	@Autowired
	AccountAdministration administration;

	Fixtures fixtures;

	String admin;

	String hospital;

	/**
	 * Supervisors of the hospital: three without account, one with, one whose login is
	 * taken.
	 */
	List<String> supervisors = new ArrayList<>();

	String supervisorWithAccount;

	String supervisorWithTakenLogin;

	/** Students: two enrolled without account, one graduated, one with an account. */
	List<String> enrolled = new ArrayList<>();

	String graduated;

	String studentWithAccount;

	@BeforeEach
	void setUp() {
		this.fixtures = Fixtures.in(this.context);
		this.admin = this.fixtures.account(Role.ADMIN);
		this.hospital = this.fixtures.hospital();
		for (int i = 0; i < 3; i++) {
			this.supervisors.add(this.fixtures.supervisor(this.hospital));
		}
		this.supervisorWithAccount = this.fixtures.supervisor(this.hospital);
		this.fixtures.account(Set.of(Role.SUPERVISOR), null, null, this.supervisorWithAccount, null);
		this.supervisorWithTakenLogin = this.fixtures.supervisor(this.hospital);
		this.administration.createSystemAccount(this.supervisorWithTakenLogin.toLowerCase(Locale.ROOT),
				Fixtures.PASSWORD,
				new AccountCommand("别人", true, EnumSet.of(Role.GRAD_SCHOOL), null, null, null, null));
		String teacher = this.supervisors.get(0);
		this.enrolled.add(this.fixtures.student(this.hospital, teacher));
		this.enrolled.add(this.fixtures.student(this.hospital, teacher));
		this.graduated = this.fixtures.student(this.hospital, teacher, StudentStatus.GRADUATED);
		this.studentWithAccount = this.fixtures.student(this.hospital, teacher);
		this.fixtures.account(Set.of(Role.STUDENT), null, null, null, this.studentWithAccount);
	}

	@AfterEach
	void clearSecurityContext() {
		SecurityContextHolder.clearContext();
	}

	@Test
	void onlyAdministratorsCreateAccountsInBulk() throws Exception {
		for (Role role : List.of(Role.GRAD_SCHOOL, Role.HOSPITAL_OFFICE, Role.SUPERVISOR)) {
			String username = (role == Role.HOSPITAL_OFFICE)
					? this.fixtures.account(Set.of(role), this.hospital, null, null, null)
					: (role == Role.SUPERVISOR)
							? this.fixtures.account(Set.of(role), null, null, this.supervisors.get(0), null)
							: this.fixtures.account(role);
			this.mvc
				.perform(get("/admin/accounts/bulk").param("kind", "STUDENT")
					.param("hospital", this.hospital)
					.with(user(this.fixtures.login(username))))
				.andExpect(status().isForbidden());
			String fingerprint = preview(Kind.STUDENT).fingerprint();
			this.mvc
				.perform(post("/admin/accounts/bulk").param("kind", "STUDENT")
					.param("hospital", this.hospital)
					.param("fingerprint", fingerprint)
					.param("confirmed", "true")
					.with(csrf())
					.with(user(this.fixtures.login(username))))
				.andExpect(status().isForbidden());
			as(username);
			assertThatThrownBy(
					() -> this.bulkAccounts.create(new Selection(Kind.STUDENT, this.hospital, null, null), fingerprint))
				.isInstanceOf(AccessDeniedException.class);
		}
		assertThat(accountsFor(this.enrolled)).isZero();
	}

	@Test
	void thePreviewCountsWhoGetsAnAccountWhoHasOneAndWhoCannotAndWhy() throws Exception {
		BulkPreview supervisors = preview(Kind.SUPERVISOR);
		assertThat(supervisors.selected()).isEqualTo(5);
		assertThat(supervisors.toCreate()).extracting((c) -> c.holder().number())
			.containsExactlyInAnyOrderElementsOf(this.supervisors);
		assertThat(supervisors.existing()).extracting((c) -> c.holder().number())
			.containsExactly(this.supervisorWithAccount);
		assertThat(supervisors.refused()).extracting((c) -> c.holder().number(), (c) -> c.reasonKey())
			.containsExactly(org.assertj.core.groups.Tuple.tuple(this.supervisorWithTakenLogin,
					"account.bulk.reason.loginTaken"));

		BulkPreview current = preview(Kind.STUDENT);
		assertThat(current.selected()).as("students who left are not selected unless asked for").isEqualTo(3);
		assertThat(current.refused()).isEmpty();
		BulkPreview students = preview(new Selection(Kind.STUDENT, this.hospital, null, null, true));
		assertThat(students.selected()).isEqualTo(4);
		assertThat(students.toCreate()).extracting((c) -> c.holder().number())
			.containsExactlyInAnyOrderElementsOf(this.enrolled);
		assertThat(students.existing()).hasSize(1);
		assertThat(students.refused()).singleElement()
			.satisfies((c) -> assertThat(c.holder().number()).isEqualTo(this.graduated));

		this.mvc
			.perform(get("/admin/accounts/bulk").param("kind", "STUDENT")
				.param("hospital", this.hospital)
				.param("includeLeft", "true")
				.with(user(this.fixtures.login(this.admin))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"count-create\">2<")))
			.andExpect(content().string(containsString("id=\"count-existing\">1<")))
			.andExpect(content().string(containsString("id=\"count-refused\">1<")))
			.andExpect(content().string(containsString("学籍状态为“毕业并授予学位”，已离校")))
			.andExpect(content().string(containsString("将为 2 名学生各开通一个账号")));
		this.mvc
			.perform(get("/admin/accounts/bulk").param("kind", "SUPERVISOR")
				.param("hospital", this.hospital)
				.param("lang", "en")
				.with(user(this.fixtures.login(this.admin))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("is used by another account not linked to this person")))
			.andExpect(content().string(containsString("3 supervisors get one account each")));
	}

	@Test
	void aConfirmedCreationMakesEveryAccountAndHandsTheirPasswordsOverOnce() throws Exception {
		String fingerprint = preview(Kind.STUDENT).fingerprint();
		SessionCookie session = new SessionCookie();
		this.mvc
			.perform(post("/admin/accounts/bulk").param("kind", "STUDENT")
				.param("hospital", this.hospital)
				.param("fingerprint", fingerprint)
				.with(csrf())
				.with(session)
				.with(user(this.fixtures.login(this.admin))))
			.andDo(session)
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("请勾选确认后再开通")));
		assertThat(accountsFor(this.enrolled)).as("nothing without the confirmation").isZero();

		MvcResult created = this.mvc
			.perform(post("/admin/accounts/bulk").param("kind", "STUDENT")
				.param("hospital", this.hospital)
				.param("fingerprint", fingerprint)
				.param("confirmed", "true")
				.with(csrf())
				.with(session)
				.with(user(this.fixtures.login(this.admin))))
			.andDo(session)
			.andExpect(status().isFound())
			.andReturn();
		String issuedPage = created.getResponse().getRedirectedUrl();
		assertThat(issuedPage).startsWith("/admin/accounts/bulk/issued/");
		this.mvc.perform(get(issuedPage).with(session).with(user(this.fixtures.login(this.admin))))
			.andDo(session)
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("已开通 2 个账号")))
			.andExpect(content().string(containsString("跳过：已有账号 1 人，无法开通 0 人")));

		for (String studentNo : this.enrolled) {
			assertThat(this.jdbc.sql("""
					select a.must_change_password and a.student_no = a.username and r.role = 'STUDENT'
					       and a.password_hash like '{bcrypt}$2a$04$%'
					from user_account a join user_role r on r.account_id = a.id where a.student_no = :no
					""").param("no", studentNo).query(Boolean.class).single()).as(studentNo).isTrue();
			assertThat(this.jdbc
				.sql("""
						select count(*) from user_account_aud a join user_account u on u.id = a.id
						join audit_revision r on r.id = a.rev where u.student_no = :no and a.revtype = 0 and r.username = :admin
						""")
				.param("no", studentNo)
				.param("admin", this.admin)
				.query(Long.class)
				.single()).as("the creation is in the history, by the administrator").isEqualTo(1);
		}

		byte[] file = this.mvc.perform(
				post(issuedPage + "/download").with(csrf()).with(session).with(user(this.fixtures.login(this.admin))))
			.andDo(session)
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		List<String[]> rows = new ArrayList<>();
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(file))) {
			Sheet sheet = workbook.getSheetAt(0);
			assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("用户名");
			assertThat(sheet.getRow(0).getCell(6).getStringCellValue()).isEqualTo("初始密码");
			for (int r = 1; r <= sheet.getLastRowNum(); r++) {
				Row row = sheet.getRow(r);
				rows.add(new String[] { row.getCell(0).getStringCellValue(), row.getCell(6).getStringCellValue() });
			}
		}
		assertThat(rows).extracting((row) -> row[0]).containsExactlyInAnyOrderElementsOf(this.enrolled);
		for (String[] row : rows) {
			String hash = this.jdbc.sql("select password_hash from user_account where username = :u")
				.param("u", row[0])
				.query(String.class)
				.single();
			assertThat(this.encoder.matches(row[1], hash)).as("the file's password is the account's").isTrue();
			assertThat(hash).doesNotContain(row[1]);
		}

		this.mvc.perform(
				post(issuedPage + "/download").with(csrf()).with(session).with(user(this.fixtures.login(this.admin))))
			.andDo(session)
			.andExpect(status().isSeeOther());
		this.mvc.perform(get(issuedPage).with(session).with(user(this.fixtures.login(this.admin))))
			.andDo(session)
			.andExpect(content().string(containsString("文件已下载，不再提供")));

		String[] first = rows.get(0);
		this.mvc.perform(formLogin("/login").user(first[0]).password(first[1])).andExpect(redirectedUrl("/"));
		this.mvc.perform(get("/").with(user(this.fixtures.login(first[0])))).andExpect(redirectedUrl("/account"));

		BulkPreview again = preview(Kind.STUDENT);
		assertThat(again.toCreate()).as("those who got an account are skipped the next time").isEmpty();
		assertThat(again.existing()).hasSize(3);
	}

	@Test
	void aFailureInTheMiddleLeavesNoAccount() {
		BulkPreview preview = preview(Kind.SUPERVISOR);
		String middle = preview.toCreate().get(1).login();
		this.jdbc.sql("""
				create or replace function test_fail_role() returns trigger language plpgsql as $$
				begin
				  if (select username from user_account where id = new.account_id) = '%s' then
				    raise exception 'simulated failure for %s';
				  end if;
				  return new;
				end $$
				""".formatted(middle, middle)).update();
		this.jdbc.sql(
				"create trigger test_fail_role before insert on user_role for each row execute function test_fail_role()")
			.update();
		try {
			as(this.admin);
			assertThatThrownBy(() -> this.bulkAccounts.create(preview.selection(), preview.fingerprint()))
				.isInstanceOf(org.springframework.dao.DataAccessException.class);
		}
		finally {
			this.jdbc.sql("drop trigger test_fail_role on user_role").update();
			this.jdbc.sql("drop function test_fail_role()").update();
		}
		assertThat(this.jdbc.sql("select count(*) from user_account where staff_no = any(:s)")
			.param("s", this.supervisors.toArray(String[]::new))
			.query(Long.class)
			.single()).as("no account, not even those before the failure").isZero();
		assertThat(preview(Kind.SUPERVISOR).toCreate()).hasSize(3);
	}

	@Test
	void aListThatChangedAfterThePreviewIsNotCreated() throws Exception {
		String fingerprint = preview(Kind.STUDENT).fingerprint();
		String newcomer = this.fixtures.student(this.hospital, this.supervisors.get(1));
		String page = "/admin/accounts/bulk?kind=STUDENT&hospital=" + this.hospital;
		MvcResult refused = this.mvc
			.perform(post("/admin/accounts/bulk").param("kind", "STUDENT")
				.param("hospital", this.hospital)
				.param("fingerprint", fingerprint)
				.param("confirmed", "true")
				.header("Referer", "http://localhost" + page)
				.with(csrf())
				.with(user(this.fixtures.login(this.admin))))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl(page))
			.andReturn();
		this.mvc.perform(get(page).flashAttrs(refused.getFlashMap()).with(user(this.fixtures.login(this.admin))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("预览之后名单发生了变化（现在将开通 3 个），未开通任何账号")))
			.andExpect(content().string(containsString(newcomer)));
		List<String> all = new ArrayList<>(this.enrolled);
		all.add(newcomer);
		assertThat(accountsFor(all)).isZero();
	}

	private BulkPreview preview(Kind kind) {
		return preview(new Selection(kind, this.hospital, null, null));
	}

	private BulkPreview preview(Selection selection) {
		as(this.admin);
		try {
			return this.bulkAccounts.preview(selection);
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}

	private void as(String username) {
		UserDetails user = this.fixtures.login(username);
		SecurityContextHolder.getContext()
			.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
	}

	private long accountsFor(List<String> studentNos) {
		return this.jdbc.sql("select count(*) from user_account where student_no = any(:s)")
			.param("s", studentNos.toArray(String[]::new))
			.query(Long.class)
			.single();
	}

}
