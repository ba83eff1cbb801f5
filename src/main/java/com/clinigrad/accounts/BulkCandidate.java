package com.clinigrad.accounts;

import com.clinigrad.accounts.AccountHolders.Holder;

/**
 * A person of a bulk selection and what becomes of them.
 *
 * @param holder the person in the register
 * @param login the login they get, or the one they already have
 * @param reasonKey why they get no account (message key), or {@code null}
 * @param reasonArgumentKey the key of a word the reason names, or {@code null}
 */
public record BulkCandidate(Holder holder, String login, String reasonKey, String reasonArgumentKey) {
}
