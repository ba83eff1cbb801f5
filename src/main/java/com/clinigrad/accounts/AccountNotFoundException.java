package com.clinigrad.accounts;

import com.clinigrad.shared.NotFoundException;

/**
 * No account with that id.
 */
public class AccountNotFoundException extends NotFoundException {

	AccountNotFoundException(long id) {
		super("No account " + id);
	}

}
