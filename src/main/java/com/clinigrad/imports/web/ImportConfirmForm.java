package com.clinigrad.imports.web;

/**
 * The preview page's confirmation: the token of the upload kept in the session.
 */
class ImportConfirmForm {

	private String token;

	public String getToken() {
		return this.token;
	}

	public void setToken(String token) {
		this.token = token;
	}

}
