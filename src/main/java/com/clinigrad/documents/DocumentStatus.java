package com.clinigrad.documents;

import com.clinigrad.shared.BusinessRuleException;

/**
 * Where a document stands. {@link #after} is the one table of the allowed changes: a
 * request is issued, rejected by the office or withdrawn by its holder; an issued
 * document may be revoked; nothing follows a rejection, a withdrawal or a revocation.
 */
public enum DocumentStatus {

	REQUESTED, ISSUED, REJECTED, WITHDRAWN, REVOKED;

	DocumentStatus after(DocumentAction action) {
		DocumentStatus next = switch (this) {
			case REQUESTED -> switch (action) {
				case ISSUE -> ISSUED;
				case REJECT -> REJECTED;
				case WITHDRAW -> WITHDRAWN;
				case REVOKE -> null;
			};
			case ISSUED -> (action == DocumentAction.REVOKE) ? REVOKED : null;
			case REJECTED, WITHDRAWN, REVOKED -> null;
		};
		if (next == null) {
			throw new BusinessRuleException("documents.error.transition");
		}
		return next;
	}

	/**
	 * @return whether the document has a PDF one may download
	 */
	public boolean downloadable() {
		return this == ISSUED || this == REVOKED;
	}

	public boolean waiting() {
		return this == REQUESTED;
	}

	public String messageKey() {
		return "documents.status." + name();
	}

	/**
	 * @return the colour of the status badge on the pages
	 */
	public String badgeClass() {
		return switch (this) {
			case REQUESTED -> "text-bg-warning";
			case ISSUED -> "text-bg-success";
			case REVOKED, REJECTED -> "text-bg-danger";
			case WITHDRAWN -> "text-bg-secondary";
		};
	}

}
