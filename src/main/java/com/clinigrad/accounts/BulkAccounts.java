package com.clinigrad.accounts;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import com.clinigrad.accounts.AccountHolders.Choices;
import com.clinigrad.accounts.AccountHolders.Holder;
import com.clinigrad.accounts.AccountHolders.Kind;
import com.clinigrad.accounts.AccountHolders.Selection;
import com.clinigrad.shared.BusinessRuleException;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Gives accounts to many people of the supervisors or students register at once (a
 * university has thousands): who is selected, who gets an account, who already has one
 * and who cannot get one and why; then all of them in one transaction or none. Each new
 * account is linked to its person by number, as one created by hand, has the register's
 * role and a one-time initial password that only the caller sees, once, and must be
 * changed at the first login.
 */
@Service
public class BulkAccounts {

	/** The login names an administrator may type (as the account form). */
	static final Pattern LOGIN = Pattern.compile("[A-Za-z0-9._-]{3,64}");

	private final ObjectProvider<AccountHolders> registers;

	private final CurrentUsers currentUsers;

	private final JdbcClient jdbc;

	private final InitialPasswords initialPasswords;

	private final TransactionTemplate transaction;

	BulkAccounts(ObjectProvider<AccountHolders> registers, CurrentUsers currentUsers, JdbcClient jdbc,
			InitialPasswords initialPasswords, PlatformTransactionManager transactionManager) {
		this.registers = registers;
		this.currentUsers = currentUsers;
		this.jdbc = jdbc;
		this.initialPasswords = initialPasswords;
		this.transaction = new TransactionTemplate(transactionManager);
	}

	/**
	 * @return the hospitals, programs and cohorts a selection of this register can name
	 */
	public Choices choices(Kind kind) {
		this.currentUsers.require(Role.ADMIN);
		return register(kind).choices();
	}

	/**
	 * @return who in the selection would get an account, who has one and who cannot get
	 * one; nothing is written
	 */
	public BulkPreview preview(Selection selection) {
		this.currentUsers.require(Role.ADMIN);
		return this.transaction.execute((status) -> {
			status.setRollbackOnly();
			return classify(selection);
		});
	}

	/**
	 * Creates the accounts of the preview the caller confirmed, all or none. Those who
	 * got an account meanwhile are not created twice: the selection is classified again
	 * under a lock, and when the people to create are no longer the ones confirmed
	 * nothing is written.
	 * @param confirmed the {@link BulkPreview#fingerprint()} of the preview confirmed
	 * @return the new accounts with their initial passwords, which are stored nowhere
	 * @throws BusinessRuleException {@code account.bulk.changed} when the selection no
	 * longer gives the accounts confirmed; {@code account.bulk.nobody} when it gives none
	 */
	public BulkCreation create(Selection selection, String confirmed) {
		CurrentUser caller = this.currentUsers.require(Role.ADMIN);
		return this.transaction.execute((status) -> {
			this.jdbc.sql("select pg_advisory_xact_lock(hashtext('clinigrad.bulk-accounts'))").query().singleRow();
			BulkPreview preview = classify(selection);
			if (!preview.fingerprint().equals(confirmed)) {
				throw new BusinessRuleException("account.bulk.changed", preview.toCreate().size());
			}
			if (preview.toCreate().isEmpty()) {
				throw new BusinessRuleException("account.bulk.nobody");
			}
			return insert(selection.kind(), preview, caller);
		});
	}

	private BulkCreation insert(Kind kind, BulkPreview preview, CurrentUser caller) {
		List<BulkCandidate> people = preview.toCreate();
		List<String> logins = people.stream().map(BulkCandidate::login).toList();
		List<InitialPasswords.Issued> passwords = this.initialPasswords.issue(logins);
		int n = people.size();
		String[] usernames = new String[n];
		String[] hashes = new String[n];
		String[] names = new String[n];
		String[] staffNos = new String[n];
		String[] studentNos = new String[n];
		String[] numbers = (kind == Kind.SUPERVISOR) ? staffNos : studentNos;
		for (int i = 0; i < n; i++) {
			usernames[i] = logins.get(i);
			hashes[i] = passwords.get(i).hash();
			names[i] = people.get(i).holder().name();
			numbers[i] = people.get(i).holder().number();
		}
		Timestamp now = Timestamp.from(Instant.now());
		List<Long> ids = this.jdbc.sql("""
				insert into user_account (username, password_hash, display_name, enabled, staff_no, student_no,
				                          must_change_password, version, created_at)
				select u, p, d, true, staff, student, true, 0, :now
				from unnest(cast(:usernames as varchar[]), cast(:hashes as varchar[]), cast(:names as varchar[]),
				            cast(:staffNos as varchar[]), cast(:studentNos as varchar[])) as t(u, p, d, staff, student)
				returning id
				""")
			.param("now", now)
			.param("usernames", usernames)
			.param("hashes", hashes)
			.param("names", names)
			.param("staffNos", staffNos)
			.param("studentNos", studentNos)
			.query(Long.class)
			.list();
		Long[] idArray = ids.toArray(Long[]::new);
		this.jdbc
			.sql("insert into user_role (account_id, role) select id, :role from unnest(cast(:ids as bigint[])) id")
			.param("role", kind.role().name())
			.param("ids", idArray)
			.update();
		long revision = this.jdbc
			.sql("insert into audit_revision (timestamp, username) values (:timestamp, :who) returning id")
			.param("timestamp", now.getTime())
			.param("who", caller.username())
			.query(Long.class)
			.single();
		this.jdbc.sql("""
				insert into user_account_aud (id, rev, revtype, username, display_name, enabled, hospital_code,
				                              department_code, staff_no, student_no, must_change_password,
				                              password_changed_at)
				select id, :rev, 0, username, display_name, enabled, hospital_code, department_code, staff_no,
				       student_no, must_change_password, password_changed_at
				from user_account where id = any(:ids)
				""").param("rev", revision).param("ids", idArray).update();
		this.jdbc.sql("""
				insert into user_role_aud (rev, revtype, account_id, role)
				select :rev, 0, account_id, role from user_role where account_id = any(:ids)
				""").param("rev", revision).param("ids", idArray).update();
		List<BulkCreation.IssuedAccount> issued = new ArrayList<>(n);
		for (int i = 0; i < n; i++) {
			BulkCandidate person = people.get(i);
			issued.add(new BulkCreation.IssuedAccount(person.login(), person.holder(), passwords.get(i).password()));
		}
		return new BulkCreation(kind, issued, preview.existing().size(), preview.refused().size());
	}

	private BulkPreview classify(Selection selection) {
		List<Holder> holders = register(selection.kind()).find(selection);
		String linkColumn = (selection.kind() == Kind.SUPERVISOR) ? "staff_no" : "student_no";
		Map<String, String> linked = new HashMap<>();
		this.jdbc
			.sql("select " + linkColumn + " as number, username from user_account where " + linkColumn
					+ " = any(:numbers) order by id")
			.param("numbers", holders.stream().map(Holder::number).toArray(String[]::new))
			.query((rs) -> {
				linked.putIfAbsent(rs.getString("number"), rs.getString("username"));
			});
		Set<String> taken = new HashSet<>(this.jdbc.sql("""
				select lower(username) from user_account where lower(username) = any(:logins)
				""")
			.param("logins", holders.stream().map((h) -> loginOf(h).toLowerCase(Locale.ROOT)).toArray(String[]::new))
			.query(String.class)
			.list());
		List<BulkCandidate> toCreate = new ArrayList<>();
		List<BulkCandidate> existing = new ArrayList<>();
		List<BulkCandidate> refused = new ArrayList<>();
		Set<String> chosen = new HashSet<>();
		for (Holder holder : holders) {
			String login = loginOf(holder);
			String key = login.toLowerCase(Locale.ROOT);
			if (linked.containsKey(holder.number())) {
				existing.add(new BulkCandidate(holder, linked.get(holder.number()), null, null));
			}
			else if (holder.noAccountReason() != null) {
				refused.add(new BulkCandidate(holder, login, holder.noAccountReason(), holder.noAccountArgument()));
			}
			else if (!LOGIN.matcher(login).matches()) {
				refused.add(new BulkCandidate(holder, login, "account.bulk.reason.badLogin", null));
			}
			else if (taken.contains(key)) {
				refused.add(new BulkCandidate(holder, login, "account.bulk.reason.loginTaken", null));
			}
			else if (!chosen.add(key)) {
				refused.add(new BulkCandidate(holder, login, "account.bulk.reason.duplicateLogin", null));
			}
			else {
				toCreate.add(new BulkCandidate(holder, login, null, null));
			}
		}
		return new BulkPreview(selection, holders.size(), toCreate, existing, refused, fingerprint(toCreate));
	}

	/**
	 * A person's login is their staff or student number, as their colleagues know it.
	 */
	private static String loginOf(Holder holder) {
		return (holder.number() != null) ? holder.number().trim() : "";
	}

	private static String fingerprint(List<BulkCandidate> people) {
		try {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			for (BulkCandidate person : people) {
				digest.update(person.login().getBytes(StandardCharsets.UTF_8));
				digest.update((byte) 0);
			}
			return java.util.HexFormat.of().formatHex(digest.digest(), 0, 12);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private AccountHolders register(Kind kind) {
		return this.registers.orderedStream()
			.filter((register) -> register.kind() == kind)
			.findFirst()
			.orElseThrow(() -> new IllegalStateException("No register for " + kind));
	}

}
