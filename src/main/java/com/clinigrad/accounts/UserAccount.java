package com.clinigrad.accounts;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.envers.AuditJoinTable;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;

/**
 * A login: a person with roles and the scope those roles are limited to. Its changes are
 * kept in the change history (who, when, old → new), the password only as the time it was
 * changed, never its hash.
 */
@Entity
@Table(name = "user_account")
@Audited
class UserAccount {

	static final List<String> HISTORY_FIELDS = List.of("displayName", "enabled", "roles", "hospitalCode",
			"departmentCode", "staffNo", "studentNo", "passwordChangedAt", "mustChangePassword");

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String username;

	@NotAudited
	private String passwordHash;

	private String displayName;

	private boolean enabled = true;

	private String hospitalCode;

	private String departmentCode;

	private String staffNo;

	private String studentNo;

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "user_role", joinColumns = @JoinColumn(name = "account_id"))
	@Column(name = "role")
	@Enumerated(EnumType.STRING)
	@AuditJoinTable(name = "user_role_aud")
	private Set<Role> roles = EnumSet.noneOf(Role.class);

	private boolean mustChangePassword;

	private Instant passwordChangedAt;

	@Version
	@NotAudited
	private long version;

	@NotAudited
	private Instant createdAt = Instant.now();

	@NotAudited
	private Instant lastLoginAt;

	protected UserAccount() {
	}

	UserAccount(String username, String passwordHash, String displayName) {
		this.username = username;
		this.passwordHash = passwordHash;
		this.displayName = displayName;
	}

	void update(AccountCommand command) {
		this.displayName = command.displayName();
		this.enabled = command.enabled();
		this.roles.clear();
		this.roles.addAll(command.roles());
		this.hospitalCode = blankToNull(command.hospitalCode());
		this.departmentCode = blankToNull(command.departmentCode());
		this.staffNo = blankToNull(command.staffNo());
		this.studentNo = blankToNull(command.studentNo());
	}

	/**
	 * @param passwordHash the new password's hash
	 * @param mustChange whether its holder must choose another at the next login (a
	 * password someone else chose)
	 * @param when the time of the change, which the history keeps instead of the password
	 */
	void changePassword(String passwordHash, boolean mustChange, Instant when) {
		this.passwordHash = passwordHash;
		this.mustChangePassword = mustChange;
		this.passwordChangedAt = when;
	}

	void requirePasswordChange() {
		this.mustChangePassword = true;
	}

	private static String blankToNull(String value) {
		return (value == null || value.isBlank()) ? null : value.trim();
	}

	Long getId() {
		return this.id;
	}

	String getUsername() {
		return this.username;
	}

	String getPasswordHash() {
		return this.passwordHash;
	}

	String getDisplayName() {
		return this.displayName;
	}

	boolean isEnabled() {
		return this.enabled;
	}

	String getHospitalCode() {
		return this.hospitalCode;
	}

	String getDepartmentCode() {
		return this.departmentCode;
	}

	String getStaffNo() {
		return this.staffNo;
	}

	String getStudentNo() {
		return this.studentNo;
	}

	Set<Role> getRoles() {
		return this.roles;
	}

	long getVersion() {
		return this.version;
	}

	Instant getCreatedAt() {
		return this.createdAt;
	}

	Instant getLastLoginAt() {
		return this.lastLoginAt;
	}

	boolean isMustChangePassword() {
		return this.mustChangePassword;
	}

	Instant getPasswordChangedAt() {
		return this.passwordChangedAt;
	}

	AccountView toView() {
		return new AccountView(this.id, this.username, this.displayName, this.enabled, Set.copyOf(this.roles),
				this.hospitalCode, this.departmentCode, this.staffNo, this.studentNo, this.version, this.lastLoginAt,
				this.mustChangePassword, this.passwordChangedAt);
	}

}
