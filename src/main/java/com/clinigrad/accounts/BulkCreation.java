package com.clinigrad.accounts;

import java.util.List;

import com.clinigrad.accounts.AccountHolders.Kind;

/**
 * The accounts a bulk creation made, with their initial passwords, and how many people of
 * the selection it left out.
 *
 * @param kind the register
 * @param created the new accounts
 * @param existing how many already had an account
 * @param refused how many could not get one
 */
public record BulkCreation(Kind kind, List<IssuedAccount> created, int existing, int refused) {

	/**
	 * A new account and its one-time initial password, which exists only here (the
	 * account keeps its hash) and must be changed at the first login.
	 */
	public record IssuedAccount(String login, AccountHolders.Holder holder, String initialPassword) {

		@Override
		public String toString() {
			return "IssuedAccount[" + this.login + "]";
		}

	}

}
