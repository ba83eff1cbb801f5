package com.clinigrad.documents;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import com.clinigrad.shared.BusinessRuleException;

/**
 * A document asked for and what became of it: its number and verification code from the
 * start, its statement, and once issued the stored PDF with its SHA-256.
 */
@Entity
@Table(name = "issued_document")
class IssuedDocument {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String documentNo;

	private String verificationCode;

	@Enumerated(EnumType.STRING)
	private DocumentKind kind;

	@Enumerated(EnumType.STRING)
	private DocumentLanguage language;

	@Enumerated(EnumType.STRING)
	private DocumentStatus status;

	private Long studentId;

	private String studentNo;

	private String staffNo;

	private String holderName;

	private String statement;

	private String requestedBy;

	private Instant requestedAt;

	private String decidedBy;

	private Instant decidedAt;

	private LocalDate issuedOn;

	private String reason;

	private String fileKey;

	private String sha256;

	private Integer sizeBytes;

	@Version
	private long version;

	protected IssuedDocument() {
	}

	static IssuedDocument request(String documentNo, String verificationCode, DocumentKind kind,
			DocumentLanguage language, Long studentId, String studentNo, String staffNo, String holderName,
			Statement statement, String requestedBy, Instant at) {
		IssuedDocument document = new IssuedDocument();
		document.documentNo = documentNo;
		document.verificationCode = verificationCode;
		document.kind = kind;
		document.language = language;
		document.status = DocumentStatus.REQUESTED;
		document.studentId = studentId;
		document.studentNo = studentNo;
		document.staffNo = staffNo;
		document.holderName = holderName;
		document.statement = statement.stored();
		document.requestedBy = requestedBy;
		document.requestedAt = at;
		return document;
	}

	/**
	 * Issues the document with its final PDF.
	 */
	void issue(LocalDate on, String fileKey, String sha256, int size, String by, Instant at) {
		this.status = this.status.after(DocumentAction.ISSUE);
		this.issuedOn = on;
		this.fileKey = fileKey;
		this.sha256 = sha256;
		this.sizeBytes = size;
		this.decidedBy = by;
		this.decidedAt = at;
	}

	void reject(String reason, String by, Instant at) {
		this.status = this.status.after(DocumentAction.REJECT);
		decided(reason, by, at);
	}

	void withdraw(String by, Instant at) {
		this.status = this.status.after(DocumentAction.WITHDRAW);
		this.decidedBy = by;
		this.decidedAt = at;
	}

	/**
	 * Revokes an issued document; the verification page says so from now on, the PDF is
	 * kept.
	 */
	void revoke(String reason, String by, Instant at) {
		this.status = this.status.after(DocumentAction.REVOKE);
		decided(reason, by, at);
	}

	private void decided(String reason, String by, Instant at) {
		if (reason == null || reason.isBlank()) {
			throw new BusinessRuleException("documents.error.reasonRequired");
		}
		this.reason = reason.trim();
		this.decidedBy = by;
		this.decidedAt = at;
	}

	Long id() {
		return this.id;
	}

	String documentNo() {
		return this.documentNo;
	}

	String verificationCode() {
		return this.verificationCode;
	}

	DocumentKind kind() {
		return this.kind;
	}

	DocumentLanguage language() {
		return this.language;
	}

	DocumentStatus status() {
		return this.status;
	}

	Long studentId() {
		return this.studentId;
	}

	String studentNo() {
		return this.studentNo;
	}

	String staffNo() {
		return this.staffNo;
	}

	String holderName() {
		return this.holderName;
	}

	Statement statement() {
		return Statement.parse(this.statement);
	}

	String requestedBy() {
		return this.requestedBy;
	}

	Instant requestedAt() {
		return this.requestedAt;
	}

	String decidedBy() {
		return this.decidedBy;
	}

	Instant decidedAt() {
		return this.decidedAt;
	}

	LocalDate issuedOn() {
		return this.issuedOn;
	}

	String reason() {
		return this.reason;
	}

	String fileKey() {
		return this.fileKey;
	}

	String sha256() {
		return this.sha256;
	}

	long version() {
		return this.version;
	}

	DocumentView toView() {
		return new DocumentView(this.id, this.documentNo, this.kind, this.language, this.status, this.studentNo,
				this.staffNo, this.holderName, this.requestedBy, this.requestedAt, this.decidedBy, this.decidedAt,
				this.issuedOn, this.reason, this.sha256, this.version);
	}

}
