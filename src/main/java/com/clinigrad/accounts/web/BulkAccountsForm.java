package com.clinigrad.accounts.web;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;

import com.clinigrad.accounts.AccountHolders.Kind;
import com.clinigrad.accounts.AccountHolders.Selection;

/**
 * Who to give accounts in bulk (one register, optionally one hospital, program and
 * cohort) and, when creating, the preview confirmed.
 */
class BulkAccountsForm {

	private Kind kind = Kind.STUDENT;

	@Size(max = 32, message = "{validation.tooLong}")
	private String hospital;

	@Size(max = 40, message = "{validation.tooLong}")
	private String program;

	@Min(value = 1990, message = "{account.bulk.cohortRange}")
	@Max(value = 2100, message = "{account.bulk.cohortRange}")
	private Integer cohort;

	private boolean includeLeft;

	private String fingerprint;

	private boolean confirmed;

	Selection toSelection() {
		boolean students = this.kind == Kind.STUDENT;
		return new Selection(this.kind, blankToNull(this.hospital), students ? blankToNull(this.program) : null,
				students ? this.cohort : null, students && this.includeLeft);
	}

	private static String blankToNull(String value) {
		return (value == null || value.isBlank()) ? null : value.trim();
	}

	public Kind getKind() {
		return this.kind;
	}

	public void setKind(Kind kind) {
		this.kind = (kind != null) ? kind : Kind.STUDENT;
	}

	public String getHospital() {
		return this.hospital;
	}

	public void setHospital(String hospital) {
		this.hospital = hospital;
	}

	public String getProgram() {
		return this.program;
	}

	public void setProgram(String program) {
		this.program = program;
	}

	public Integer getCohort() {
		return this.cohort;
	}

	public void setCohort(Integer cohort) {
		this.cohort = cohort;
	}

	public boolean isIncludeLeft() {
		return this.includeLeft;
	}

	public void setIncludeLeft(boolean includeLeft) {
		this.includeLeft = includeLeft;
	}

	public String getFingerprint() {
		return this.fingerprint;
	}

	public void setFingerprint(String fingerprint) {
		this.fingerprint = fingerprint;
	}

	public boolean isConfirmed() {
		return this.confirmed;
	}

	public void setConfirmed(boolean confirmed) {
		this.confirmed = confirmed;
	}

}
