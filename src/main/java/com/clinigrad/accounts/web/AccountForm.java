package com.clinigrad.accounts.web;

import java.util.EnumSet;
import java.util.Set;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import com.clinigrad.accounts.AccountCommand;
import com.clinigrad.accounts.AccountView;
import com.clinigrad.accounts.Role;

/**
 * The account form: login name and first password (new accounts), display name, roles and
 * the scope each role is limited to.
 */
class AccountForm {

	@Pattern(regexp = "[A-Za-z0-9._-]{3,64}", message = "{account.username.invalid}")
	private String username;

	@Size(max = 100, message = "{validation.tooLong}")
	private String password;

	@NotBlank(message = "{validation.required}")
	@Size(max = 100, message = "{validation.tooLong}")
	private String displayName;

	private boolean enabled = true;

	@NotEmpty(message = "{account.roles.required}")
	private Set<Role> roles = EnumSet.noneOf(Role.class);

	private String hospitalCode;

	private String departmentCode;

	private String staffNo;

	private String studentNo;

	private long version;

	static AccountForm of(AccountView account) {
		AccountForm form = new AccountForm();
		form.username = account.username();
		form.displayName = account.displayName();
		form.enabled = account.enabled();
		form.roles = account.roles().isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(account.roles());
		form.hospitalCode = account.hospitalCode();
		form.departmentCode = account.departmentCode();
		form.staffNo = account.staffNo();
		form.studentNo = account.studentNo();
		form.version = account.version();
		return form;
	}

	AccountCommand toCommand() {
		return new AccountCommand(this.displayName.trim(), this.enabled, this.roles, this.hospitalCode,
				this.departmentCode, this.staffNo, this.studentNo);
	}

	public String getUsername() {
		return this.username;
	}

	public void setUsername(String username) {
		this.username = username;
	}

	public String getPassword() {
		return this.password;
	}

	public void setPassword(String password) {
		this.password = password;
	}

	public String getDisplayName() {
		return this.displayName;
	}

	public void setDisplayName(String displayName) {
		this.displayName = displayName;
	}

	public boolean isEnabled() {
		return this.enabled;
	}

	public void setEnabled(boolean enabled) {
		this.enabled = enabled;
	}

	public Set<Role> getRoles() {
		return this.roles;
	}

	public void setRoles(Set<Role> roles) {
		this.roles = (roles != null) ? roles : EnumSet.noneOf(Role.class);
	}

	public String getHospitalCode() {
		return this.hospitalCode;
	}

	public void setHospitalCode(String hospitalCode) {
		this.hospitalCode = hospitalCode;
	}

	public String getDepartmentCode() {
		return this.departmentCode;
	}

	public void setDepartmentCode(String departmentCode) {
		this.departmentCode = departmentCode;
	}

	public String getStaffNo() {
		return this.staffNo;
	}

	public void setStaffNo(String staffNo) {
		this.staffNo = staffNo;
	}

	public String getStudentNo() {
		return this.studentNo;
	}

	public void setStudentNo(String studentNo) {
		this.studentNo = studentNo;
	}

	public long getVersion() {
		return this.version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

}
