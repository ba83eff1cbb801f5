package com.clinigrad.documents;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A document as the lists show it (never its verification code, which only the PDF
 * carries).
 */
public record DocumentView(long id, String documentNo, DocumentKind kind, DocumentLanguage language,
		DocumentStatus status, String studentNo, String staffNo, String holderName, String requestedBy,
		Instant requestedAt, String decidedBy, Instant decidedAt, LocalDate issuedOn, String reason, String sha256,
		long version) {

	/**
	 * @return the same document naming who asked and who decided as given
	 */
	public DocumentView withActors(String requester, String decider) {
		return new DocumentView(this.id, this.documentNo, this.kind, this.language, this.status, this.studentNo,
				this.staffNo, this.holderName, requester, this.requestedAt, decider, this.decidedAt, this.issuedOn,
				this.reason, this.sha256, this.version);
	}

	public boolean downloadable() {
		return this.status.downloadable();
	}

	public boolean waiting() {
		return this.status.waiting();
	}

	public boolean revocable() {
		return this.status == DocumentStatus.ISSUED;
	}

}
