package com.clinigrad.accounts;

import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The logged-in account as Spring Security holds it. The password hash is there only for
 * the login's check: Spring Security erases it once the login succeeded
 * ({@link CredentialsContainer}), so that the session (kept in the database) never holds
 * it.
 */
class AccountPrincipal implements UserDetails, CredentialsContainer {

	/**
	 * The value the class had before it erased its password hash (computed by the JVM
	 * then): sessions stored before keep being read after an upgrade.
	 */
	private static final long serialVersionUID = -5246747789498215540L;

	private final long id;

	private final String username;

	private String passwordHash;

	private final String displayName;

	private final boolean enabled;

	private final Set<Role> roles;

	private final String hospitalCode;

	private final String departmentCode;

	private final String staffNo;

	private final String studentNo;

	private final boolean mustChangePassword;

	AccountPrincipal(UserAccount account) {
		this.id = account.getId();
		this.username = account.getUsername();
		this.passwordHash = account.getPasswordHash();
		this.displayName = account.getDisplayName();
		this.enabled = account.isEnabled();
		this.roles = account.getRoles().isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(account.getRoles());
		this.hospitalCode = account.getHospitalCode();
		this.departmentCode = account.getDepartmentCode();
		this.staffNo = account.getStaffNo();
		this.studentNo = account.getStudentNo();
		this.mustChangePassword = account.isMustChangePassword();
	}

	/**
	 * The holder of an API token, as the account stands now; without a password hash (the
	 * token's check never involves the password).
	 */
	AccountPrincipal(long id, String username, String displayName, boolean enabled, Set<Role> roles,
			String hospitalCode, String departmentCode, String staffNo, String studentNo, boolean mustChangePassword) {
		this.id = id;
		this.username = username;
		this.passwordHash = null;
		this.displayName = displayName;
		this.enabled = enabled;
		this.roles = roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
		this.hospitalCode = hospitalCode;
		this.departmentCode = departmentCode;
		this.staffNo = staffNo;
		this.studentNo = studentNo;
		this.mustChangePassword = mustChangePassword;
	}

	/**
	 * The same account, for a login by the university's single sign-on.
	 */
	AccountPrincipal(AccountPrincipal account) {
		this.id = account.id;
		this.username = account.username;
		this.passwordHash = null;
		this.displayName = account.displayName;
		this.enabled = account.enabled;
		this.roles = account.roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(account.roles);
		this.hospitalCode = account.hospitalCode;
		this.departmentCode = account.departmentCode;
		this.staffNo = account.staffNo;
		this.studentNo = account.studentNo;
		this.mustChangePassword = false;
	}

	CurrentUser toCurrentUser() {
		return new CurrentUser(this.id, this.username, this.displayName, this.roles, this.hospitalCode,
				this.departmentCode, this.staffNo, this.studentNo);
	}

	public String getDisplayName() {
		return this.displayName;
	}

	/**
	 * @return whether the holder logged in with a password someone else chose and must
	 * choose their own before doing anything else
	 */
	public boolean isMustChangePassword() {
		return this.mustChangePassword;
	}

	long getId() {
		return this.id;
	}

	@Override
	public Collection<? extends GrantedAuthority> getAuthorities() {
		List<GrantedAuthority> authorities = new java.util.ArrayList<>();
		for (Role role : this.roles) {
			authorities.add(new SimpleGrantedAuthority(role.authority()));
		}
		return authorities;
	}

	@Override
	public String getPassword() {
		return this.passwordHash;
	}

	@Override
	public void eraseCredentials() {
		this.passwordHash = null;
	}

	@Override
	public String getUsername() {
		return this.username;
	}

	@Override
	public boolean isEnabled() {
		return this.enabled;
	}

}
