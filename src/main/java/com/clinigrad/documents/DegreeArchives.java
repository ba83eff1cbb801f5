package com.clinigrad.documents;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import com.clinigrad.accounts.CurrentUser;
import com.clinigrad.accounts.CurrentUsers;
import com.clinigrad.accounts.Role;
import com.clinigrad.courses.StudentCourses;
import com.clinigrad.eligibility.DegreeAudit;
import com.clinigrad.eligibility.rules.AuditOutcome;
import com.clinigrad.eligibility.rules.CheckResult;
import com.clinigrad.organization.Organization;
import com.clinigrad.organization.OwnUniversity;
import com.clinigrad.organization.UniversityRef;
import com.clinigrad.shared.BusinessRuleException;
import com.clinigrad.shared.SchoolTime;
import com.clinigrad.students.StudentKey;
import com.clinigrad.students.StudentRegistry;
import com.clinigrad.students.StudentView;
import com.clinigrad.theses.DegreeAwardCorrected;
import com.clinigrad.theses.DegreeDecisions;
import com.clinigrad.theses.MilestoneView;
import com.clinigrad.theses.StoredFile;
import com.clinigrad.theses.ThesisDossier;
import com.clinigrad.theses.ThesisDossiers;
import com.clinigrad.theses.ThesisRecords;

import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The degree archive (学位档案): for an awarded degree, every document that led to it — the
 * thesis versions, the similarity reports, the blind-review forms without the reviewers'
 * names, the defense resolution, the committee's vote, the degree audit as of the award
 * date, the transcript and the certificates issued — frozen once into the file store with
 * a SHA-256 per file. Nothing changes an archive afterwards; every download checks each
 * file against its recorded SHA-256 and refuses a changed one.
 */
@Service
public class DegreeArchives {

	private static final Locale ZH = Locale.SIMPLIFIED_CHINESE;

	private final JdbcClient jdbc;

	private final FileStore files;

	private final CurrentUsers currentUsers;

	private final StudentRegistry students;

	private final DegreeDecisions degrees;

	private final ThesisDossiers dossiers;

	private final ThesisRecords theses;

	private final DegreeAudit audit;

	private final StudentCourses courses;

	private final Organization organization;

	private final OwnUniversity ownUniversity;

	private final DocumentPdf pdf;

	private final MessageSource messages;

	DegreeArchives(JdbcClient jdbc, FileStore files, CurrentUsers currentUsers, StudentRegistry students,
			DegreeDecisions degrees, ThesisDossiers dossiers, ThesisRecords theses, DegreeAudit audit,
			StudentCourses courses, Organization organization, OwnUniversity ownUniversity, DocumentPdf pdf,
			MessageSource messages) {
		this.jdbc = jdbc;
		this.files = files;
		this.currentUsers = currentUsers;
		this.students = students;
		this.degrees = degrees;
		this.dossiers = dossiers;
		this.theses = theses;
		this.audit = audit;
		this.courses = courses;
		this.organization = organization;
		this.ownUniversity = ownUniversity;
		this.pdf = pdf;
		this.messages = messages;
	}

	/**
	 * The latest awarded degrees with whether each archive is frozen yet (graduate
	 * school).
	 */
	@Transactional(readOnly = true)
	public List<DegreeArchive.Entry> entries() {
		this.currentUsers.require(Role.GRAD_SCHOOL);
		Map<String, Integer> frozen = new HashMap<>();
		this.jdbc.sql("""
				select a.student_no, count(i.id) as files from degree_archive a
				left join degree_archive_item i on i.archive_id = a.id group by a.student_no
				""").query((rs) -> {
			frozen.put(rs.getString("student_no"), rs.getInt("files"));
		});
		return this.degrees.board()
			.decisions()
			.stream()
			.filter((d) -> d.awardedOn() != null)
			.map((d) -> new DegreeArchive.Entry(d.studentNo(), d.studentName(), d.awardedOn(), d.certificateNo(),
					frozen.containsKey(d.studentNo()), frozen.get(d.studentNo())))
			.toList();
	}

	/**
	 * The student's archive, each file checked against its recorded SHA-256 now; empty
	 * while not frozen.
	 */
	@Transactional(readOnly = true)
	public java.util.Optional<DegreeArchive> of(String studentNo) {
		this.currentUsers.require(Role.GRAD_SCHOOL);
		return load(studentNo, true);
	}

	/**
	 * @return whether the student's archive is frozen already
	 */
	boolean isFrozen(String studentNo) {
		return this.jdbc.sql("select count(*) from degree_archive where student_no = :no")
			.param("no", studentNo)
			.query(Long.class)
			.single() > 0;
	}

	/**
	 * Freezes the archive of an awarded degree: gathers every document, stores each file
	 * and records its SHA-256. Done once; a second time is refused.
	 */
	@Transactional
	public void freeze(String studentNo) {
		CurrentUser user = this.currentUsers.require(Role.GRAD_SCHOOL);
		StudentKey key = this.students.visibleKey(studentNo)
			.orElseThrow(() -> new DocumentNotFoundException("student " + studentNo));
		if (load(studentNo, false).isPresent()) {
			throw new BusinessRuleException("archive.error.frozen");
		}
		DegreeDecisions.Decision decision = this.degrees.of(studentNo)
			.filter((d) -> d.awardedOn() != null)
			.orElseThrow(() -> new BusinessRuleException("documents.error.noDegree"));
		StudentView student = this.students.byStudentNo(studentNo).orElseThrow();
		UniversityRef university = this.organization.program(student.programCode())
			.map(this.ownUniversity::of)
			.orElseThrow(() -> new DocumentNotFoundException("program " + student.programCode()));
		List<Gathered> gathered = gather(key, student, decision, university);
		long archiveId = this.jdbc.sql("""
				insert into degree_archive (student_id, student_no, student_name, awarded_on, certificate_no, frozen_by,
				    frozen_at)
				values (:s, :no, :name, :awarded, :cert, :by, :at) returning id
				""")
			.param("s", key.id())
			.param("no", studentNo)
			.param("name", student.name())
			.param("awarded", decision.awardedOn())
			.param("cert", decision.certificateNo())
			.param("by", user.username())
			.param("at", java.sql.Timestamp.from(Instant.now()))
			.query(Long.class)
			.single();
		int position = 0;
		for (Gathered file : gathered) {
			position++;
			String fileName = String.format("%02d-%s", position, safe(file.fileName()));
			String storeKey = "archives/" + studentNo + "/" + fileName;
			String sha256 = this.files.put(storeKey, file.content());
			this.jdbc.sql("""
					insert into degree_archive_item (archive_id, position, category, title, file_name, file_key, sha256,
					    size_bytes)
					values (:a, :p, :c, :t, :f, :k, :sha, :size)
					""")
				.param("a", archiveId)
				.param("p", position)
				.param("c", file.category().name())
				.param("t", file.title())
				.param("f", fileName)
				.param("k", storeKey)
				.param("sha", sha256)
				.param("size", file.content().length)
				.update();
		}
	}

	/**
	 * Adds to a frozen archive the record of a correction of its degree's award date or
	 * certificate number (更正说明), after the files frozen before, which stay as they are;
	 * the archive's index lists it with its SHA-256 like every file. An archive not
	 * frozen yet needs nothing: it is frozen with the values as corrected.
	 */
	@Transactional
	public void appendAwardCorrection(DegreeAwardCorrected correction) {
		this.currentUsers.require(Role.GRAD_SCHOOL);
		java.util.Optional<DegreeArchive> frozen = load(correction.studentNo(), false);
		if (frozen.isEmpty()) {
			return;
		}
		DegreeArchive archive = frozen.get();
		StudentView student = this.students.byStudentNo(correction.studentNo()).orElseThrow();
		UniversityRef university = this.organization.program(student.programCode())
			.map(this.ownUniversity::of)
			.orElse(new UniversityRef("", ""));
		LocalDate today = SchoolTime.today();
		List<Statement.Line> lines = List.of(line("documents.field.name", student.name()),
				line("documents.field.studentNo", student.studentNo()),
				line("archive.awardedOnBefore", String.valueOf(correction.awardedOnBefore())),
				line("archive.awardedOnAfter", String.valueOf(correction.awardedOn())),
				line("archive.certificateNoBefore", correction.certificateNoBefore()),
				line("archive.certificateNoAfter", correction.certificateNo()),
				line("archive.correctedOn", today.toString() + " · " + correction.correctedBy()));
		byte[] content = this.pdf.renderRecord(university, word("archive.awardCorrection"), lines, List
			.of(word("archive.correctionReason") + " " + correction.reason(), word("archive.awardCorrectionNote")),
				List.of());
		int position = archive.items().stream().mapToInt(DegreeArchive.Item::position).max().orElse(0) + 1;
		String fileName = String.format("%02d-%s", position, safe(word("archive.awardCorrection") + ".pdf"));
		String storeKey = "archives/" + correction.studentNo() + "/" + fileName;
		String sha256 = this.files.put(storeKey, content);
		this.jdbc.sql("""
				insert into degree_archive_item (archive_id, position, category, title, file_name, file_key, sha256,
				    size_bytes)
				values (:a, :p, :c, :t, :f, :k, :sha, :size)
				""")
			.param("a", archive.id())
			.param("p", position)
			.param("c", ArchiveCategory.AWARD_CORRECTION.name())
			.param("t", word("archive.awardCorrectionTitle", today.toString()))
			.param("f", fileName)
			.param("k", storeKey)
			.param("sha", sha256)
			.param("size", content.length)
			.update();
	}

	/**
	 * The archive as one ZIP: an index PDF listing every file with its SHA-256, then the
	 * files; each file is read back from the store and checked first.
	 * @throws ArchiveTamperedException when a stored file no longer has its recorded
	 * SHA-256
	 */
	@Transactional(readOnly = true)
	public ArchiveZip zip(String studentNo) {
		this.currentUsers.require(Role.GRAD_SCHOOL);
		DegreeArchive archive = load(studentNo, false)
			.orElseThrow(() -> new DocumentNotFoundException("archive " + studentNo));
		Map<String, String> keys = new HashMap<>();
		this.jdbc.sql("select file_name, file_key from degree_archive_item where archive_id = :a")
			.param("a", archive.id())
			.query((rs) -> {
				keys.put(rs.getString("file_name"), rs.getString("file_key"));
			});
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(out, java.nio.charset.StandardCharsets.UTF_8)) {
			zip.putNextEntry(new ZipEntry("00-index.pdf"));
			zip.write(index(archive));
			zip.closeEntry();
			for (DegreeArchive.Item item : archive.items()) {
				byte[] content;
				try {
					content = this.files.get(keys.get(item.fileName()));
				}
				catch (StoredFileMissingException ex) {
					throw new ArchiveTamperedException(item.fileName());
				}
				if (!FileStore.sha256(content).equals(item.sha256())) {
					throw new ArchiveTamperedException(item.fileName());
				}
				zip.putNextEntry(new ZipEntry(item.fileName()));
				zip.write(content);
				zip.closeEntry();
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return new ArchiveZip("学位档案-" + studentNo + ".zip", out.toByteArray());
	}

	/**
	 * A ZIP to send.
	 */
	public record ArchiveZip(String fileName, byte[] content) {
	}

	private java.util.Optional<DegreeArchive> load(String studentNo, boolean check) {
		return this.jdbc.sql("""
				select id, student_no, student_name, awarded_on, certificate_no, frozen_by, frozen_at
				from degree_archive where student_no = :no
				""").param("no", studentNo).query((rs, n) -> {
			long id = rs.getLong("id");
			return new DegreeArchive(id, rs.getString("student_no"), rs.getString("student_name"),
					rs.getObject("awarded_on", LocalDate.class), rs.getString("certificate_no"),
					rs.getString("frozen_by"), rs.getTimestamp("frozen_at").toInstant(), List.of());
		})
			.optional()
			.map((archive) -> new DegreeArchive(archive.id(), archive.studentNo(), archive.studentName(),
					archive.awardedOn(), archive.certificateNo(), archive.frozenBy(), archive.frozenAt(),
					items(archive.id(), check)));
	}

	private List<DegreeArchive.Item> items(long archiveId, boolean check) {
		return this.jdbc.sql("""
				select position, category, title, file_name, file_key, sha256, size_bytes from degree_archive_item
				where archive_id = :a order by position
				""").param("a", archiveId).query((rs, n) -> {
			String sha256 = rs.getString("sha256");
			boolean intact = true;
			if (check) {
				try {
					intact = this.files.checksum(rs.getString("file_key")).equals(sha256);
				}
				catch (StoredFileMissingException ex) {
					intact = false;
				}
			}
			return new DegreeArchive.Item(rs.getInt("position"), ArchiveCategory.valueOf(rs.getString("category")),
					rs.getString("title"), rs.getString("file_name"), sha256, rs.getInt("size_bytes"), intact);
		}).list();
	}

	private record Gathered(ArchiveCategory category, String title, String fileName, byte[] content) {
	}

	private List<Gathered> gather(StudentKey key, StudentView student, DegreeDecisions.Decision decision,
			UniversityRef university) {
		List<Gathered> gathered = new ArrayList<>();
		String studentNo = student.studentNo();
		ThesisDossier dossier = this.dossiers.of(studentNo);
		for (ThesisDossier.FileView file : dossier.files()) {
			StoredFile stored = this.dossiers.file(studentNo, file.id());
			gathered.add(new Gathered(ArchiveCategory.THESIS_VERSION,
					word(file.kind().messageKey()) + " · " + word("archive.version", file.versionNo()),
					stored.fileName(), stored.content()));
		}
		for (ThesisDossier.RoundView round : dossier.rounds()) {
			if (round.similarityFileName() != null) {
				StoredFile report = this.dossiers.similarityReport(studentNo, round.roundNo());
				gathered.add(new Gathered(ArchiveCategory.SIMILARITY_REPORT, word("archive.round", round.roundNo()),
						"similarity-round" + round.roundNo() + ".pdf", report.content()));
			}
		}
		for (ThesisDossier.RoundView round : dossier.rounds()) {
			for (ThesisDossier.ReviewSlot review : round.reviews()) {
				if (review.verdict() == null) {
					continue;
				}
				gathered.add(new Gathered(ArchiveCategory.BLIND_REVIEW,
						word("archive.round", round.roundNo()) + " · " + review.label(),
						"review-round" + round.roundNo() + "-" + safe(review.label()) + ".pdf",
						reviewForm(university, student, round.roundNo(), review)));
			}
		}
		List<MilestoneView> milestones = this.theses.milestonesOf(List.of(key.id())).getOrDefault(key.id(), List.of());
		for (MilestoneView milestone : milestones) {
			if (com.clinigrad.theses.MilestoneType.DEFENSE.name().equals(milestone.type())) {
				gathered
					.add(new Gathered(ArchiveCategory.DEFENSE_RESOLUTION, word("archive.defense"), "defense.pdf",
							this.pdf.renderRecord(university, word("archive.defense"),
									List.of(line("documents.field.name", student.name()),
											line("documents.field.studentNo", studentNo),
											line("archive.heldOn", String.valueOf(milestone.heldOn())),
											line("archive.result", (milestone.result() != null)
													? word("archive.milestone." + milestone.result().name()) : "")),
									List.of(), List.of())));
			}
		}
		gathered.add(new Gathered(ArchiveCategory.COMMITTEE_VOTE, word("archive.vote"), "committee-vote.pdf",
				committeeVote(university, student, decision)));
		AuditOutcome outcome = this.audit.audit(studentNo, decision.awardedOn());
		gathered.add(new Gathered(ArchiveCategory.AUDIT, word("archive.audit", decision.awardedOn()),
				"audit-" + decision.awardedOn() + ".pdf", auditRecord(university, student, outcome)));
		var transcript = this.courses.transcript(studentNo, true);
		gathered.add(new Gathered(ArchiveCategory.TRANSCRIPT, word("documents.kind.TRANSCRIPT"), "transcript.pdf",
				this.courses.transcriptPdf(transcript)));
		this.jdbc.sql("""
				select kind, document_no, file_key, sha256 from issued_document
				where student_id = :s and status = :issued order by issued_on, id
				""").param("s", key.id()).param("issued", DocumentStatus.ISSUED.name()).query((rs) -> {
			byte[] content = this.files.get(rs.getString("file_key"));
			if (!FileStore.sha256(content).equals(rs.getString("sha256"))) {
				throw new BusinessRuleException("documents.error.checksum", rs.getString("document_no"));
			}
			gathered.add(new Gathered(ArchiveCategory.CERTIFICATE,
					word(DocumentKind.valueOf(rs.getString("kind")).messageKey()) + " · " + rs.getString("document_no"),
					rs.getString("document_no") + ".pdf", content));
		});
		return gathered;
	}

	/**
	 * A review form without the reviewer's name or staff number: the label the student
	 * also sees, the verdict, the scores and the comments.
	 */
	private byte[] reviewForm(UniversityRef university, StudentView student, int roundNo,
			ThesisDossier.ReviewSlot review) {
		List<Statement.Line> lines = List.of(line("documents.field.name", student.name()),
				line("documents.field.studentNo", student.studentNo()), line("archive.reviewer", review.label()),
				line("archive.verdict", word(review.verdict().messageKey())),
				line("archive.score.topic", DocumentContents.plain(review.scoreTopic())),
				line("archive.score.innovation", DocumentContents.plain(review.scoreInnovation())),
				line("archive.score.knowledge", DocumentContents.plain(review.scoreKnowledge())),
				line("archive.score.ability", DocumentContents.plain(review.scoreAbility())),
				line("archive.score.writing", DocumentContents.plain(review.scoreWriting())),
				line("archive.submittedOn",
						(review.submittedAt() != null) ? review.submittedAt().toLocalDate().toString() : ""));
		List<String> comments = (review.comments() != null && !review.comments().isBlank())
				? List.of(word("archive.comments") + " " + review.comments()) : List.of();
		return this.pdf.renderRecord(university, word("archive.reviewForm", roundNo), lines, comments, List.of());
	}

	private byte[] committeeVote(UniversityRef university, StudentView student, DegreeDecisions.Decision decision) {
		List<Statement.Line> lines = new ArrayList<>(List.of(line("documents.field.name", student.name()),
				line("documents.field.studentNo", student.studentNo()),
				line("archive.meetingOn", String.valueOf(decision.meetingOn())),
				line("archive.committeeSize", Integer.toString(decision.committeeSize())),
				line("archive.votes",
						word("archive.votesValue", decision.tally().votesFor(), decision.tally().votesAgainst(),
								decision.tally().votesAbstain())),
				line("archive.decision", word(decision.decision().messageKey())),
				line("documents.field.awardedOn", String.valueOf(decision.awardedOn())),
				line("documents.field.certificateNo", decision.certificateNo())));
		if (decision.membersPresent() != null) {
			lines.add(3, line("archive.present", Integer.toString(decision.membersPresent())));
		}
		List<String> paragraphs = new ArrayList<>();
		if (decision.resolution() != null) {
			paragraphs.add(word("archive.resolution") + " " + decision.resolution());
		}
		for (DegreeDecisions.CorrectionView correction : decision.corrections()) {
			paragraphs.add(word("archive.correction", correction.reason(), correction.correctedBy()));
		}
		return this.pdf.renderRecord(university, word("archive.vote"), lines, paragraphs, List.of());
	}

	private byte[] auditRecord(UniversityRef university, StudentView student, AuditOutcome outcome) {
		List<Statement.Line> lines = List.of(line("documents.field.name", student.name()),
				line("documents.field.studentNo", student.studentNo()),
				line("archive.asOf", String.valueOf(outcome.asOf())), line("archive.ruleSet", outcome.ruleSetVersion()),
				line("archive.eligible", word(outcome.eligibleForDegree() ? "archive.yes" : "archive.no")));
		List<List<String>> table = new ArrayList<>();
		table.add(List.of(word("archive.column.rule"), word("archive.column.required"), word("archive.column.actual"),
				word("archive.column.status")));
		for (CheckResult check : outcome.checks()) {
			table.add(List.of(word("rule." + check.rule() + ".name"), nullToEmpty(check.required()),
					nullToEmpty(check.actual()), word("audit.status." + check.status().name())));
		}
		return this.pdf.renderRecord(university, word("archive.audit", outcome.asOf()), lines, List.of(), table);
	}

	private byte[] index(DegreeArchive archive) {
		UniversityRef university = this.students.byStudentNo(archive.studentNo())
			.flatMap((s) -> this.organization.program(s.programCode()))
			.map(this.ownUniversity::of)
			.orElse(new UniversityRef("", ""));
		List<Statement.Line> lines = List.of(line("documents.field.name", archive.studentName()),
				line("documents.field.studentNo", archive.studentNo()),
				line("documents.field.awardedOn", String.valueOf(archive.awardedOn())),
				line("documents.field.certificateNo", archive.certificateNo()),
				line("archive.frozenAt",
						archive.frozenAt().atZone(com.clinigrad.shared.SchoolTime.ZONE).toLocalDate().toString() + " · "
								+ archive.frozenBy()));
		List<List<String>> table = new ArrayList<>();
		table.add(List.of(word("archive.column.file"), word("archive.column.title"), word("archive.column.size"),
				word("archive.column.sha256")));
		List<String> paragraphs = new ArrayList<>();
		for (DegreeArchive.Item item : archive.items()) {
			table.add(List.of(item.fileName(), item.title(), Integer.toString(item.sizeBytes()),
					item.sha256().substring(0, 16) + "…"));
			paragraphs.add(item.fileName() + "  SHA-256 " + item.sha256());
		}
		List<String> all = new ArrayList<>();
		all.add(word("archive.indexIntro"));
		all.addAll(paragraphs);
		return this.pdf.renderRecord(university, word("archive.title"), lines, all, table);
	}

	private static String nullToEmpty(String text) {
		return (text != null) ? text : "";
	}

	private static String safe(String name) {
		return name.replaceAll("[\\\\/:*?\"<>|\\s]+", "_");
	}

	private Statement.Line line(String key, String value) {
		return new Statement.Line(word(key), (value != null) ? value : "");
	}

	private String word(String key, Object... args) {
		return this.messages.getMessage(key, args, key, ZH);
	}

}
