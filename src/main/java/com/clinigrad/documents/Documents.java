package com.clinigrad.documents;

import java.security.SecureRandom;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.clinigrad.accounts.AccountDirectory;
import com.clinigrad.accounts.CurrentUser;
import com.clinigrad.accounts.CurrentUsers;
import com.clinigrad.accounts.Role;
import com.clinigrad.shared.BusinessRuleException;
import com.clinigrad.shared.SchoolTime;
import com.clinigrad.students.StudentKey;
import com.clinigrad.students.StudentRegistry;
import com.clinigrad.students.StudentView;
import com.clinigrad.supervisors.SupervisorDirectory;
import com.clinigrad.supervisors.SupervisorRef;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Self-service documents (自助证明): a student (or, for the supervision proof, a supervisor)
 * asks for a document; kinds that need no approval are issued at once when the rules
 * allow, the others wait for the graduate school, which issues or rejects them and may
 * revoke an issued one with a reason. Every PDF is kept in the {@link FileStore}, exactly
 * as issued, with its SHA-256.
 */
@Service
public class Documents {

	private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";

	private static final int CODE_LENGTH = 16;

	private final IssuedDocumentRepository documents;

	private final DocumentContents contents;

	private final DocumentPdf pdf;

	private final FileStore files;

	private final CurrentUsers currentUsers;

	private final StudentRegistry students;

	private final SupervisorDirectory supervisors;

	private final JdbcClient jdbc;

	private final AccountDirectory accounts;

	private final String verifyBaseUrl;

	private final SecureRandom random = new SecureRandom();

	Documents(IssuedDocumentRepository documents, DocumentContents contents, DocumentPdf pdf, FileStore files,
			CurrentUsers currentUsers, StudentRegistry students, SupervisorDirectory supervisors, JdbcClient jdbc,
			AccountDirectory accounts,
			@Value("${clinigrad.documents.verify-base-url:http://localhost:8080}") String verifyBaseUrl) {
		this.documents = documents;
		this.contents = contents;
		this.pdf = pdf;
		this.files = files;
		this.currentUsers = currentUsers;
		this.students = students;
		this.supervisors = supervisors;
		this.jdbc = jdbc;
		this.accounts = accounts;
		this.verifyBaseUrl = verifyBaseUrl.replaceAll("/+$", "");
	}

	/**
	 * @return the kinds the caller may ask for
	 */
	public List<DocumentKind> kindsForCaller() {
		CurrentUser user = this.currentUsers.current();
		return java.util.Arrays.stream(DocumentKind.values())
			.filter((kind) -> (kind.holder() == DocumentKind.Holder.STUDENT)
					? user.has(Role.STUDENT) && user.studentNo() != null
					: user.has(Role.SUPERVISOR) && user.staffNo() != null)
			.toList();
	}

	/**
	 * Asks for a document: issued at once when the kind needs no approval, else waiting
	 * for the graduate school with a draft it can look at.
	 * @return the document's id
	 * @throws BusinessRuleException when the caller's record does not allow the kind
	 */
	@Transactional
	public long request(DocumentKind kind, DocumentLanguage language) {
		CurrentUser user = this.currentUsers.current();
		if (!kindsForCaller().contains(kind)) {
			throw new AccessDeniedException("Kind not for this caller");
		}
		LocalDate today = SchoolTime.today();
		IssuedDocument document;
		DocumentContents.Parts parts;
		if (kind.holder() == DocumentKind.Holder.STUDENT) {
			StudentKey key = this.students.visibleKey(user.studentNo())
				.orElseThrow(() -> new DocumentNotFoundException("student " + user.studentNo()));
			StudentView student = this.students.byStudentNo(key.studentNo()).orElseThrow();
			if (!kind.allows(student.status())) {
				throw new BusinessRuleException("documents.error.statusNotAllowed");
			}
			parts = this.contents.ofStudent(kind, language, key.id(), student, today);
			document = IssuedDocument.request(number(today), code(), kind, language, key.id(), student.studentNo(),
					null, student.name(), parts.statement(), user.username(), Instant.now());
		}
		else {
			SupervisorRef supervisor = this.supervisors.byStaffNo(user.staffNo())
				.orElseThrow(() -> new DocumentNotFoundException("supervisor " + user.staffNo()));
			parts = this.contents.ofSupervisor(language, supervisor, today);
			document = IssuedDocument.request(number(today), code(), kind, language, null, null, supervisor.staffNo(),
					supervisor.name(), parts.statement(), user.username(), Instant.now());
		}
		this.documents.saveAndFlush(document);
		if (kind.needsApproval()) {
			byte[] draft = render(document, parts, today);
			keep(document.id(), draftKey(document), draft);
		}
		else {
			issueWith(document, parts, today, user.username());
		}
		return document.id();
	}

	/**
	 * The graduate school issues a waiting document: its text is read again as of today,
	 * rendered and kept; the draft is left to the retention job.
	 */
	@Transactional
	public void issue(long id, long version) {
		CurrentUser user = this.currentUsers.require(Role.GRAD_SCHOOL);
		IssuedDocument document = find(id, version);
		if (!document.status().waiting()) {
			throw new BusinessRuleException("documents.error.transition");
		}
		LocalDate today = SchoolTime.today();
		DocumentContents.Parts parts;
		if (document.kind().holder() == DocumentKind.Holder.STUDENT) {
			StudentView student = this.students.byStudentNo(document.studentNo()).orElseThrow();
			if (!document.kind().allows(student.status())) {
				throw new BusinessRuleException("documents.error.statusNotAllowed");
			}
			parts = this.contents.ofStudent(document.kind(), document.language(), document.studentId(), student, today);
		}
		else {
			SupervisorRef supervisor = this.supervisors.byStaffNo(document.staffNo()).orElseThrow();
			parts = this.contents.ofSupervisor(document.language(), supervisor, today);
		}
		issueWith(document, parts, today, user.username());
		discard(document.id());
	}

	@Transactional
	public void reject(long id, long version, String reason) {
		CurrentUser user = this.currentUsers.require(Role.GRAD_SCHOOL);
		IssuedDocument document = find(id, version);
		document.reject(reason, user.username(), Instant.now());
		discard(document.id());
	}

	/**
	 * The holder withdraws a request that still waits.
	 */
	@Transactional
	public void withdraw(long id, long version) {
		CurrentUser user = this.currentUsers.current();
		IssuedDocument document = find(id, version);
		if (!holds(user, document)) {
			throw new DocumentNotFoundException(Long.toString(id));
		}
		document.withdraw(user.username(), Instant.now());
		discard(document.id());
	}

	/**
	 * Revokes an issued document; its verification page says so from now on.
	 */
	@Transactional
	public void revoke(long id, long version, String reason) {
		CurrentUser user = this.currentUsers.require(Role.GRAD_SCHOOL);
		IssuedDocument document = find(id, version);
		document.revoke(reason, user.username(), Instant.now());
	}

	/**
	 * @return the caller's own documents, newest first
	 */
	@Transactional(readOnly = true)
	public List<DocumentView> mine() {
		CurrentUser user = this.currentUsers.current();
		if (user.has(Role.STUDENT) && user.studentNo() != null) {
			Optional<StudentKey> key = this.students.visibleKey(user.studentNo());
			if (key.isPresent()) {
				return this.documents.findByStudentIdOrderByRequestedAtDesc(key.get().id())
					.stream()
					.map(IssuedDocument::toView)
					.toList();
			}
		}
		if (user.has(Role.SUPERVISOR) && user.staffNo() != null) {
			return this.documents.findByStaffNoAndStudentIdIsNullOrderByRequestedAtDesc(user.staffNo())
				.stream()
				.map(IssuedDocument::toView)
				.toList();
		}
		return List.of();
	}

	/**
	 * The graduate school's list of every document, filtered.
	 */
	@Transactional(readOnly = true)
	public Page<DocumentView> search(DocumentStatus status, DocumentKind kind, String text, boolean newestFirst,
			Pageable pageable) {
		this.currentUsers.require(Role.GRAD_SCHOOL);
		String where = """
				where (cast(:status as varchar) is null or status = :status)
				  and (cast(:kind as varchar) is null or kind = :kind)
				  and (cast(:q as varchar) is null or document_no ilike :q or student_no ilike :q or staff_no ilike :q
				       or holder_name ilike :q)
				""";
		String like = (text == null || text.isBlank()) ? null : "%" + text.trim() + "%";
		String statusName = (status != null) ? status.name() : null;
		String kindName = (kind != null) ? kind.name() : null;
		long total = this.jdbc.sql("select count(*) from issued_document " + where)
			.param("status", statusName)
			.param("kind", kindName)
			.param("q", like)
			.query(Long.class)
			.single();
		List<Long> ids = this.jdbc
			.sql("select id from issued_document " + where
					+ (newestFirst ? " order by requested_at desc, id desc" : " order by requested_at, id")
					+ " limit :l offset :o")
			.param("status", statusName)
			.param("kind", kindName)
			.param("q", like)
			.param("l", pageable.getPageSize())
			.param("o", pageable.getOffset())
			.query(Long.class)
			.list();
		java.util.Map<Long, IssuedDocument> found = new java.util.HashMap<>();
		this.documents.findAllById(ids).forEach((d) -> found.put(d.id(), d));
		return new org.springframework.data.domain.PageImpl<>(
				ids.stream().map(found::get).map(IssuedDocument::toView).toList(), pageable, total);
	}

	/**
	 * The PDF of an issued (or revoked) document, exactly as issued, for its holder or
	 * the graduate school; checked against the SHA-256 recorded when it was issued.
	 */
	@Transactional(readOnly = true)
	public DocumentFile file(long id) {
		IssuedDocument document = visible(id);
		if (!document.status().downloadable()) {
			throw new DocumentNotFoundException(Long.toString(id));
		}
		byte[] content = this.files.get(document.fileKey());
		if (!FileStore.sha256(content).equals(document.sha256())) {
			throw new BusinessRuleException("documents.error.checksum", document.documentNo());
		}
		return new DocumentFile(document.documentNo() + ".pdf", content);
	}

	/**
	 * The draft of a waiting document, for the graduate school to look at before issuing.
	 */
	@Transactional(readOnly = true)
	public DocumentFile draft(long id) {
		this.currentUsers.require(Role.GRAD_SCHOOL);
		IssuedDocument document = this.documents.findById(id)
			.filter((d) -> d.status().waiting())
			.orElseThrow(() -> new DocumentNotFoundException(Long.toString(id)));
		return new DocumentFile(document.documentNo() + "-draft.pdf", this.files.get(draftKey(document)));
	}

	@Transactional(readOnly = true)
	public DocumentView view(long id) {
		return visible(id).toView();
	}

	/**
	 * A document as its detail page shows it: who asked for it and who decided by their
	 * display names (the document keeps the usernames).
	 */
	@Transactional(readOnly = true)
	public DocumentView viewWithNames(long id) {
		DocumentView view = view(id);
		List<String> actors = new ArrayList<>();
		actors.add(view.requestedBy());
		actors.add(view.decidedBy());
		Map<String, String> names = this.accounts.displayNames(actors);
		return view.withActors(names.getOrDefault(view.requestedBy(), view.requestedBy()),
				(view.decidedBy() != null) ? names.getOrDefault(view.decidedBy(), view.decidedBy()) : null);
	}

	/**
	 * What the public verification page may show of a code: the document's kind, number,
	 * holder, issue date, statement and whether it was revoked; empty for a code of no
	 * issued document.
	 */
	@Transactional(readOnly = true)
	public Optional<Verification> verify(String code) {
		if (code == null || code.length() > 64) {
			return Optional.empty();
		}
		return this.documents.findByVerificationCode(code.trim().toUpperCase(java.util.Locale.ROOT))
			.filter((d) -> d.status().downloadable())
			.map((d) -> new Verification(d.kind(), d.language(), d.documentNo(), d.holderName(), d.issuedOn(),
					this.contents.withLabelKeys(d.statement(), d.language()), d.status() == DocumentStatus.REVOKED,
					d.decidedAt()));
	}

	/**
	 * A document as the verification page shows it.
	 *
	 * @param revokedAt when it was revoked ({@code null} while valid)
	 */
	public record Verification(DocumentKind kind, DocumentLanguage language, String documentNo, String holderName,
			LocalDate issuedOn, Statement statement, boolean revoked, Instant decidedAt) {

		public Instant revokedAt() {
			return this.revoked ? this.decidedAt : null;
		}

	}

	/**
	 * A PDF to send.
	 */
	public record DocumentFile(String fileName, byte[] content) {
	}

	String verifyUrl(String code) {
		return this.verifyBaseUrl + "/verify/" + code;
	}

	private void issueWith(IssuedDocument document, DocumentContents.Parts parts, LocalDate today, String by) {
		byte[] content = render(document, parts, today);
		String key = "documents/" + today.getYear() + "/" + document.documentNo() + ".pdf";
		String sha256 = keep(document.id(), key, content);
		document.issue(today, key, sha256, content.length, by, Instant.now());
		this.documents.saveAndFlush(document);
	}

	private byte[] render(IssuedDocument document, DocumentContents.Parts parts, LocalDate today) {
		return this.pdf.render(new DocumentPdf.Content(parts.university(), parts.title(), document.language(),
				document.documentNo(), today, parts.statement(), parts.body(), parts.table(),
				document.verificationCode(), verifyUrl(document.verificationCode())));
	}

	private String keep(long documentId, String key, byte[] content) {
		String sha256 = this.files.put(key, content);
		this.jdbc.sql("""
				insert into document_file (document_id, file_key, sha256, size_bytes) values (:d, :k, :sha, :size)
				on conflict (file_key) do update set sha256 = excluded.sha256, size_bytes = excluded.size_bytes,
				    stored_at = now(), discarded_at = null, removed_at = null
				""").param("d", documentId).param("k", key).param("sha", sha256).param("size", content.length).update();
		return sha256;
	}

	/**
	 * Marks the document's draft as no longer needed; the retention job removes it after
	 * the kind's period.
	 */
	private void discard(long documentId) {
		this.jdbc.sql("""
				update document_file set discarded_at = now()
				where document_id = :d and file_key like 'documents/drafts/%' and discarded_at is null
				""").param("d", documentId).update();
	}

	private static String draftKey(IssuedDocument document) {
		return "documents/drafts/" + document.documentNo() + ".pdf";
	}

	private IssuedDocument find(long id, long version) {
		IssuedDocument document = this.documents.findById(id)
			.orElseThrow(() -> new DocumentNotFoundException(Long.toString(id)));
		if (document.version() != version) {
			throw new org.springframework.orm.ObjectOptimisticLockingFailureException(IssuedDocument.class, id);
		}
		return document;
	}

	/**
	 * @return the document if the caller holds it or is the graduate school
	 */
	private IssuedDocument visible(long id) {
		CurrentUser user = this.currentUsers.current();
		return this.documents.findById(id)
			.filter((d) -> user.has(Role.GRAD_SCHOOL) || holds(user, d))
			.orElseThrow(() -> new DocumentNotFoundException(Long.toString(id)));
	}

	private static boolean holds(CurrentUser user, IssuedDocument document) {
		if (document.studentNo() != null) {
			return user.has(Role.STUDENT) && document.studentNo().equals(user.studentNo());
		}
		return user.has(Role.SUPERVISOR) && document.staffNo() != null && document.staffNo().equals(user.staffNo());
	}

	private String number(LocalDate today) {
		long next = this.jdbc.sql("select nextval('issued_document_no_seq')").query(Long.class).single();
		return String.format("CG%d%06d", today.getYear(), next);
	}

	private String code() {
		StringBuilder code = new StringBuilder(CODE_LENGTH);
		for (int i = 0; i < CODE_LENGTH; i++) {
			code.append(ALPHABET.charAt(this.random.nextInt(ALPHABET.length())));
		}
		return code.toString();
	}

}
