package com.clinigrad.accounts;

import com.clinigrad.shared.NotFoundException;

/**
 * No such API token among the caller's own (or the account's, for an administrator).
 */
public class ApiTokenNotFoundException extends NotFoundException {

	ApiTokenNotFoundException(long id) {
		super("No API token " + id);
	}

}
