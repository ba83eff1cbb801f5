package com.clinigrad.accounts.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * A new API token: what its holder calls it and how long it works. It names no account: a
 * token is always the caller's own.
 */
class ApiTokenForm {

	@NotBlank(message = "{apiToken.error.nameRequired}")
	@Size(max = 80, message = "{validation.tooLong}")
	private String name;

	private int days = 90;

	public String getName() {
		return this.name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public int getDays() {
		return this.days;
	}

	public void setDays(int days) {
		this.days = days;
	}

}
