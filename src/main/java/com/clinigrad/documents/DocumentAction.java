package com.clinigrad.documents;

/**
 * What may happen to a document.
 */
enum DocumentAction {

	ISSUE, REJECT, WITHDRAW, REVOKE

}
