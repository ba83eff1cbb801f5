package com.clinigrad.accounts;

import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Finds the Clinigrad account of an identity the university's login vouches for. Only an
 * existing, enabled account that the value names without doubt is found: a login never
 * creates an account and never grants a role.
 */
@Service
class SingleSignOnAccounts {

	private final UserAccountRepository accounts;

	SingleSignOnAccounts(UserAccountRepository accounts) {
		this.accounts = accounts;
	}

	/**
	 * @param match the account field compared
	 * @param value the claim's or attribute's value
	 * @return the account as it stands now, or empty when none or several match
	 */
	@Transactional(readOnly = true)
	Optional<AccountPrincipal> find(SingleSignOnMatch match, String value) {
		if (value == null || value.isBlank()) {
			return Optional.empty();
		}
		String name = value.trim();
		Optional<UserAccount> account = switch (match) {
			case USERNAME -> this.accounts.findByUsernameIgnoreCase(name);
			case STAFF_OR_STUDENT_NO -> {
				List<UserAccount> found = this.accounts.findByStaffNoOrStudentNo(name, name);
				yield (found.size() == 1) ? Optional.of(found.get(0)) : Optional.empty();
			}
		};
		return account.map(AccountPrincipal::new);
	}

}
