package com.clinigrad.accounts;

import java.util.List;

import com.clinigrad.accounts.AccountHolders.Selection;

/**
 * What a bulk creation of accounts would do with a selection.
 *
 * @param selection the selection
 * @param selected how many people it holds
 * @param toCreate those who would get an account
 * @param existing those who already have one (their login in
 * {@link BulkCandidate#login()})
 * @param refused those who cannot get one, each with the reason
 * @param fingerprint names the people to create, so that the creation can refuse when
 * they are no longer the ones confirmed
 */
public record BulkPreview(Selection selection, int selected, List<BulkCandidate> toCreate, List<BulkCandidate> existing,
		List<BulkCandidate> refused, String fingerprint) {
}
