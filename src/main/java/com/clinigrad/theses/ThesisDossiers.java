package com.clinigrad.theses;

import java.math.BigDecimal;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.clinigrad.accounts.CurrentUser;
import com.clinigrad.accounts.CurrentUsers;
import com.clinigrad.accounts.Role;
import com.clinigrad.shared.BusinessRuleException;
import com.clinigrad.students.StudentKey;
import com.clinigrad.students.StudentRegistry;
import com.clinigrad.students.StudentStatus;
import com.clinigrad.students.StudentView;
import com.clinigrad.supervisors.SupervisorDirectory;
import com.clinigrad.supervisors.SupervisorRef;
import com.clinigrad.theses.ThesisDossier.FileView;
import com.clinigrad.theses.ThesisDossier.Problem;
import com.clinigrad.theses.ThesisDossier.ReviewSlot;
import com.clinigrad.theses.ThesisDossier.RoundView;
import com.clinigrad.theses.ThesisDossier.State;

import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A student's thesis up to the blind review: file versions (the thesis and its anonymised
 * copy) with the characters counted from the file, the staff override of the counts, the
 * originality declaration signed by student and supervisor, and the rounds with the
 * similarity result, where a result above the program's maximum cancels the round.
 */
@Service
public class ThesisDossiers {

	static final int MAX_FILE_BYTES = 25 * 1024 * 1024;

	private final JdbcClient jdbc;

	private final StudentRegistry students;

	private final SupervisorDirectory supervisors;

	private final ThesisRequirements requirements;

	private final CurrentUsers currentUsers;

	private final ReviewRoundRepository rounds;

	ThesisDossiers(JdbcClient jdbc, StudentRegistry students, SupervisorDirectory supervisors,
			ThesisRequirements requirements, CurrentUsers currentUsers, ReviewRoundRepository rounds) {
		this.rounds = rounds;
		this.jdbc = jdbc;
		this.students = students;
		this.supervisors = supervisors;
		this.requirements = requirements;
		this.currentUsers = currentUsers;
	}

	/**
	 * The student's thesis as the caller may see it.
	 */
	@Transactional(readOnly = true)
	public ThesisDossier of(String studentNo) {
		StudentKey key = visible(studentNo);
		StudentView student = this.students.byStudentNo(studentNo).orElseThrow();
		CurrentUser user = this.currentUsers.current();
		boolean staff = user.has(Role.GRAD_SCHOOL);
		State state = state(key.id());
		List<FileView> files = files(key.id());
		List<RoundView> rounds = rounds(key.id(), staff);
		ThesisRequirements.Limits limits = this.requirements.limits(studentNo);
		boolean ownStudent = user.has(Role.STUDENT) && studentNo.equals(user.studentNo());
		boolean ownSupervisor = this.students.supervisedByCaller(studentNo);
		ThesisDossier.Permissions may = new ThesisDossier.Permissions(
				(staff || ownStudent) && takesVersions(student.status()), ownStudent && state != null,
				ownSupervisor && state != null, staff);
		return new ThesisDossier(studentNo, student.name(), key.programCode(), student.degreeType().doctoral(), state,
				files, rounds, limits, problems(state, files, rounds, limits), may);
	}

	/**
	 * Uploads a version of the thesis ({@code FULL}, its title required the first time)
	 * or of its anonymised copy ({@code BLIND}, refused when it names the student or a
	 * supervisor). The thesis's counts are taken from the file.
	 */
	@Transactional
	public void upload(String studentNo, String kindCode, String title, String fileName, byte[] content) {
		StudentKey key = visible(studentNo);
		CurrentUser user = this.currentUsers.current();
		if (!user.has(Role.GRAD_SCHOOL) && !(user.has(Role.STUDENT) && studentNo.equals(user.studentNo()))) {
			throw new AccessDeniedException("Only the student or the graduate school uploads the thesis");
		}
		StudentStatus status = this.students.byStudentNo(studentNo).orElseThrow().status();
		if (!takesVersions(status)) {
			throw new BusinessRuleException("thesis.error.notInTraining",
					new DefaultMessageSourceResolvable(status.messageKey()));
		}
		FileKind kind = Codes.parse(FileKind.class, kindCode);
		if (kind == null) {
			throw new BusinessRuleException("thesis.error.kind");
		}
		if (content == null || content.length == 0) {
			throw new BusinessRuleException("thesis.error.noFile");
		}
		if (content.length > MAX_FILE_BYTES) {
			throw new BusinessRuleException("thesis.error.tooLarge", fileName, "25");
		}
		String format = ThesisText.format(fileName, content);
		ThesisCounts counts = ThesisText.count(fileName, content);
		State state = state(key.id());
		if (kind == FileKind.BLIND) {
			if (state == null) {
				throw new BusinessRuleException("thesis.error.fullFirst");
			}
			List<String> named = namesIn(studentNo, counts.text());
			if (!named.isEmpty()) {
				throw new BusinessRuleException("thesis.error.notAnonymous", String.join("、", named));
			}
			Integer pending = this.jdbc.sql("""
					select count(*) from thesis_review where student_id = :s and round_no = :r and status = :pending
					""")
				.param("s", key.id())
				.param("r", state.currentRound())
				.param("pending", ReviewStatus.PENDING.name())
				.query(Integer.class)
				.single();
			if (pending > 0) {
				throw new BusinessRuleException("thesis.error.reviewUnderway");
			}
		}
		else if (state == null && (title == null || title.isBlank())) {
			throw new BusinessRuleException("thesis.error.title");
		}
		int versionNo = this.jdbc
			.sql("select coalesce(max(version_no), 0) + 1 from thesis_file where student_id = :s and kind = :k")
			.param("s", key.id())
			.param("k", kind.name())
			.query(Integer.class)
			.single();
		this.jdbc.sql("""
				insert into thesis_file (student_id, kind, version_no, file_name, format, content, size_bytes, sha256,
				                         body_chars, abstract_zh_chars, abstract_en_chars, not_found, uploaded_by)
				values (:s, :kind, :v, :name, :format, :content, :size, :sha, :body, :zh, :en, :missing, :who)
				""")
			.param("s", key.id())
			.param("kind", kind.name())
			.param("v", versionNo)
			.param("name", cleanName(fileName, format))
			.param("format", format)
			.param("content", content)
			.param("size", content.length)
			.param("sha", sha256(content))
			.param("body", counts.bodyChars())
			.param("zh", counts.abstractZhChars())
			.param("en", counts.abstractEnChars())
			.param("missing", counts.notFound().isEmpty() ? null : String.join(",", counts.notFound()))
			.param("who", user.displayName())
			.update();
		if (kind == FileKind.FULL) {
			this.jdbc.sql("""
					insert into thesis (student_id, title, body_chars, abstract_zh_chars, abstract_en_chars,
					                    counts_source, recorded_by)
					values (:s, :title, :body, :zh, :en, :source, :who)
					on conflict (student_id) do update set title = coalesce(:newTitle, thesis.title),
					    body_chars = excluded.body_chars, abstract_zh_chars = excluded.abstract_zh_chars,
					    abstract_en_chars = excluded.abstract_en_chars, counts_source = excluded.counts_source,
					    override_reason = null, override_by = null, override_at = null,
					    recorded_by = excluded.recorded_by, recorded_at = now(), version = thesis.version + 1
					""")
				.param("s", key.id())
				.param("title", (title == null || title.isBlank()) ? "" : title.trim())
				.param("newTitle", (title == null || title.isBlank()) ? null : title.trim())
				.param("body", zeroIfNull(counts.bodyChars()))
				.param("zh", zeroIfNull(counts.abstractZhChars()))
				.param("en", zeroIfNull(counts.abstractEnChars()))
				.param("source", CountsSource.FILE.name())
				.param("who", user.displayName())
				.update();
			ensureRound(key.id());
		}
	}

	/**
	 * A stored version, for those who may see the student (never the reviewers, who get
	 * the anonymised copy through their assignment).
	 */
	@Transactional(readOnly = true)
	public StoredFile file(String studentNo, long fileId) {
		StudentKey key = visible(studentNo);
		return this.jdbc.sql("select file_name, format, content from thesis_file where id = :id and student_id = :s")
			.param("id", fileId)
			.param("s", key.id())
			.query((rs, n) -> StoredFile.of(rs.getString("file_name"), rs.getString("format"), rs.getBytes("content")))
			.optional()
			.orElseThrow(() -> new ThesisNotFoundException(fileId));
	}

	/**
	 * Graduate-school staff set the counts by hand (a file whose sections the product
	 * cannot find, a count disputed); recorded with who, when and why.
	 */
	@Transactional
	public void override(String studentNo, long version, int body, int abstractZh, int abstractEn, String reason) {
		StudentKey key = visible(studentNo);
		CurrentUser user = this.currentUsers.require(Role.GRAD_SCHOOL);
		if (reason == null || reason.isBlank()) {
			throw new BusinessRuleException("thesis.error.reason");
		}
		if (body < 0 || abstractZh < 0 || abstractEn < 0) {
			throw new BusinessRuleException("thesis.error.counts");
		}
		int updated = this.jdbc.sql("""
				update thesis set body_chars = :body, abstract_zh_chars = :zh, abstract_en_chars = :en,
				    counts_source = :source, override_reason = :reason, override_by = :who, override_at = now(),
				    version = version + 1
				where student_id = :s and version = :v
				""")
			.param("body", body)
			.param("zh", abstractZh)
			.param("en", abstractEn)
			.param("source", CountsSource.OVERRIDE.name())
			.param("reason", reason.trim())
			.param("who", user.displayName())
			.param("s", key.id())
			.param("v", version)
			.update();
		checkUpdated(updated, studentNo);
	}

	/**
	 * Signs the originality declaration: the student for themself, a supervisor for their
	 * own student. Both signatures make the declaration signed.
	 */
	@Transactional
	public void sign(String studentNo, long version) {
		ThesisDossier dossier = of(studentNo);
		if (dossier.thesis() == null) {
			throw new BusinessRuleException("thesis.error.fullFirst");
		}
		if (dossier.thesis().declarationSigned()) {
			throw new BusinessRuleException("thesis.error.signedAlready");
		}
		String sql;
		if (dossier.may().signAsStudent()) {
			sql = "update thesis set student_signed_by = :who, student_signed_at = now(), version = version + 1"
					+ " where student_id = :s and version = :v and student_signed_at is null";
		}
		else if (dossier.may().signAsSupervisor()) {
			sql = "update thesis set supervisor_signed_by = :who, supervisor_signed_at = now(), version = version + 1"
					+ " where student_id = :s and version = :v and supervisor_signed_at is null";
		}
		else {
			throw new AccessDeniedException("Only the student and their supervisors sign the declaration");
		}
		long id = this.students.idsByStudentNo(List.of(studentNo)).get(studentNo);
		int updated = this.jdbc.sql(sql)
			.param("who", this.currentUsers.current().displayName())
			.param("s", id)
			.param("v", version)
			.update();
		checkUpdated(updated, studentNo);
		this.jdbc.sql("""
				update thesis set declaration_signed = true
				where student_id = :s and student_signed_at is not null and supervisor_signed_at is not null
				""").param("s", id).update();
	}

	/**
	 * Records the external similarity check of the current round with its report (PDF);
	 * above the program's maximum the round is cancelled.
	 * @return whether the round was cancelled
	 */
	@Transactional
	public boolean recordSimilarity(String studentNo, long roundVersion, BigDecimal percent, String reportName,
			byte[] report) {
		StudentKey key = visible(studentNo);
		CurrentUser user = this.currentUsers.require(Role.GRAD_SCHOOL);
		State state = state(key.id());
		if (state == null) {
			throw new BusinessRuleException("thesis.error.fullFirst");
		}
		if (percent == null || percent.signum() < 0 || percent.compareTo(BigDecimal.valueOf(100)) > 0
				|| percent.scale() > 2) {
			throw new BusinessRuleException("thesis.error.percent");
		}
		if (report == null || report.length == 0) {
			throw new BusinessRuleException("thesis.error.report");
		}
		if (!ThesisText.PDF.equals(ThesisText.format(reportName, report))) {
			throw new BusinessRuleException("thesis.error.reportPdf", reportName);
		}
		ensureRound(key.id());
		ReviewRound round = this.rounds.findByStudentIdAndRoundNo(key.id(), state.currentRound()).orElseThrow();
		boolean cancelled = round.recordSimilarity(percent, this.requirements.limits(studentNo).maxSimilarity(),
				cleanName(reportName, ThesisText.PDF), report, user.displayName());
		if (reviewsOnRecord(round)) {
			// reviews recorded without the app's assignment (imported) fix the result too
			throw new BusinessRuleException("thesis.error.reviewUnderway");
		}
		Versions.check(round.version(), roundVersion, "Thesis of " + studentNo);
		this.rounds.saveAndFlush(round);
		this.jdbc.sql("update thesis set similarity_percent = :p, version = version + 1 where student_id = :s")
			.param("p", percent)
			.param("s", key.id())
			.update();
		return cancelled;
	}

	@Transactional(readOnly = true)
	public StoredFile similarityReport(String studentNo, int roundNo) {
		StudentKey key = visible(studentNo);
		return this.jdbc.sql("""
				select similarity_file_name, similarity_report from thesis_round
				where student_id = :s and round_no = :r and similarity_report is not null
				""")
			.param("s", key.id())
			.param("r", roundNo)
			.query((rs, n) -> StoredFile.of(rs.getString(1), ThesisText.PDF, rs.getBytes(2)))
			.optional()
			.orElseThrow(() -> new ThesisNotFoundException(roundNo));
	}

	/**
	 * After a cancelled or blocked round, opens the next one: a new similarity check and
	 * new reviews; the earlier round's reviews stay on record but no longer count.
	 */
	@Transactional
	public void openNextRound(String studentNo, long roundVersion) {
		StudentKey key = visible(studentNo);
		this.currentUsers.require(Role.GRAD_SCHOOL);
		State state = state(key.id());
		ReviewRound round = (state != null) ? this.rounds.findToChange(key.id(), state.currentRound()).orElse(null)
				: null;
		if (round == null) {
			throw new BusinessRuleException("thesis.error.roundStillOpen");
		}
		ReviewRound next = round.next();
		Versions.check(round.version(), roundVersion, "Thesis of " + studentNo);
		this.rounds.saveAndFlush(next);
		this.jdbc.sql("""
				update thesis set current_round = :round, similarity_percent = null, version = version + 1
				where student_id = :s
				""").param("round", next.roundNo()).param("s", key.id()).update();
	}

	private boolean reviewsOnRecord(ReviewRound round) {
		return this.jdbc.sql("select count(*) from thesis_review where student_id = :s and round_no = :r")
			.param("s", round.studentId())
			.param("r", round.roundNo())
			.query(Integer.class)
			.single() > 0;
	}

	private void ensureRound(long studentId) {
		this.jdbc.sql("""
				insert into thesis_round (student_id, round_no)
				select student_id, current_round from thesis where student_id = :s
				on conflict (student_id, round_no) do nothing
				""").param("s", studentId).update();
	}

	/**
	 * The student's name, number and supervisors' names found in a text.
	 */
	List<String> namesIn(String studentNo, String text) {
		StudentView student = this.students.byStudentNo(studentNo).orElseThrow();
		Set<String> names = new LinkedHashSet<>();
		names.add(student.name());
		names.add(student.studentNo());
		this.supervisors.byStaffNos(student.supervisorStaffNos()).values().forEach((ref) -> names.add(ref.name()));
		String compact = compact(text);
		return names.stream().filter((name) -> name != null && compact.contains(compact(name))).toList();
	}

	static String compact(String text) {
		return (text == null) ? "" : text.replaceAll("[\\s\\u3000]+", "");
	}

	State state(long studentId) {
		return this.jdbc.sql("select * from thesis where student_id = :s")
			.param("s", studentId)
			.query((rs, n) -> new State(rs.getString("title"), rs.getInt("body_chars"), rs.getInt("abstract_zh_chars"),
					rs.getInt("abstract_en_chars"), CountsSource.valueOf(rs.getString("counts_source")),
					rs.getString("override_reason"), rs.getString("override_by"),
					rs.getObject("override_at", OffsetDateTime.class), rs.getString("student_signed_by"),
					rs.getObject("student_signed_at", OffsetDateTime.class), rs.getString("supervisor_signed_by"),
					rs.getObject("supervisor_signed_at", OffsetDateTime.class), rs.getBoolean("declaration_signed"),
					rs.getInt("current_round"), rs.getLong("version")))
			.optional()
			.orElse(null);
	}

	private List<FileView> files(long studentId) {
		return this.jdbc.sql("""
				select id, kind, version_no, file_name, format, size_bytes, body_chars, abstract_zh_chars,
				       abstract_en_chars, not_found, uploaded_by, uploaded_at
				from thesis_file where student_id = :s order by kind desc, version_no desc
				""")
			.param("s", studentId)
			.query((rs, n) -> new FileView(rs.getLong("id"), FileKind.valueOf(rs.getString("kind")),
					rs.getInt("version_no"), rs.getString("file_name"), rs.getString("format"), rs.getInt("size_bytes"),
					(Integer) rs.getObject("body_chars"), (Integer) rs.getObject("abstract_zh_chars"),
					(Integer) rs.getObject("abstract_en_chars"),
					(rs.getString("not_found") != null) ? Arrays.asList(rs.getString("not_found").split(","))
							: List.of(),
					rs.getString("uploaded_by"), rs.getObject("uploaded_at", OffsetDateTime.class)))
			.list();
	}

	/**
	 * The rounds, newest first, with their reviews labelled A, B, … in an order that does
	 * not follow the assignment; identities for staff only, verdicts for others once the
	 * round's reviews are complete.
	 */
	List<RoundView> rounds(long studentId, boolean staff) {
		Map<Integer, List<ReviewSlot>> reviews = new HashMap<>();
		List<Object[]> rows = new ArrayList<>();
		this.jdbc.sql("""
				select r.id, r.round_no, r.reviewer_id, r.code, r.verdict, r.score_topic, r.score_innovation,
				       r.score_knowledge, r.score_ability, r.score_writing, r.comments, r.submitted_at, r.due_on,
				       r.declined_reason, coalesce(r.code, lpad(r.id::text, 12, '0')) as sort_key,
				       (select string_agg(m.kind || ':' || m.sent_on, ',' order by m.sent_on)
				        from review_reminder m where m.review_id = r.id) as reminders
				from thesis_review r where r.student_id = :s order by r.round_no, sort_key
				""").param("s", studentId).query((rs) -> {
			rows.add(new Object[] { rs.getInt("round_no"), rs.getLong("reviewer_id"), new ReviewSlot(null, null, null,
					Codes.parse(ReviewVerdict.class, rs.getString("verdict")), rs.getBigDecimal("score_topic"),
					rs.getBigDecimal("score_innovation"), rs.getBigDecimal("score_knowledge"),
					rs.getBigDecimal("score_ability"), rs.getBigDecimal("score_writing"), rs.getString("comments"),
					rs.getObject("submitted_at", OffsetDateTime.class), rs.getObject("due_on", LocalDate.class),
					rs.getString("declined_reason"), reminders(rs.getString("reminders")), rs.getString("code")) });
		});
		Map<Long, SupervisorRef> reviewers = staff
				? this.supervisors.byIds(rows.stream().map((row) -> (Long) row[1]).toList()) : Map.of();
		for (Object[] row : rows) {
			List<ReviewSlot> slots = reviews.computeIfAbsent((Integer) row[0], (r) -> new ArrayList<>());
			ReviewSlot slot = (ReviewSlot) row[2];
			SupervisorRef reviewer = reviewers.get((Long) row[1]);
			slots.add(new ReviewSlot(String.valueOf((char) ('A' + slots.size())),
					(reviewer != null) ? reviewer.name() : null, (reviewer != null) ? reviewer.staffNo() : null,
					slot.verdict(), slot.scoreTopic(), slot.scoreInnovation(), slot.scoreKnowledge(),
					slot.scoreAbility(), slot.scoreWriting(), slot.comments(), slot.submittedAt(), slot.dueOn(),
					slot.declinedReason(), staff ? slot.reminders() : List.of(), staff ? slot.code() : null));
		}
		return this.jdbc.sql("select * from thesis_round where student_id = :s order by round_no desc")
			.param("s", studentId)
			.query((rs, n) -> {
				RoundStatus status = RoundStatus.of(RoundStatus.valueOf(rs.getString("status")),
						rs.getObject("review_started_on") != null || rs.getBoolean("reviews_imported"));
				boolean shown = staff || status.reviewed();
				List<ReviewSlot> slots = reviews.getOrDefault(rs.getInt("round_no"), List.of());
				return new RoundView(rs.getInt("round_no"), status, rs.getBigDecimal("similarity_percent"),
						rs.getString("similarity_file_name"), rs.getString("similarity_by"),
						rs.getObject("similarity_at", OffsetDateTime.class),
						rs.getObject("review_started_on", LocalDate.class),
						rs.getObject("review_due_on", LocalDate.class),
						Codes.parse(RoundClosedReason.class, rs.getString("closed_reason")), rs.getLong("version"),
						shown ? slots : slots.stream().map(ThesisDossiers::withoutVerdict).toList(), shown,
						slots.stream().filter((slot) -> slot.verdict() != null).count(),
						rs.getBoolean("reviews_imported"));
			})
			.list();
	}

	/**
	 * @param reminders {@code KIND:date} pairs separated by commas, or {@code null}
	 */
	private static List<ThesisDossier.Reminder> reminders(String reminders) {
		if (reminders == null) {
			return List.of();
		}
		return Arrays.stream(reminders.split(","))
			.map((reminder) -> reminder.split(":"))
			.map((parts) -> new ThesisDossier.Reminder(ReminderKind.valueOf(parts[0]), LocalDate.parse(parts[1])))
			.toList();
	}

	private static ReviewSlot withoutVerdict(ReviewSlot slot) {
		return new ReviewSlot(slot.label(), null, null, null, null, null, null, null, null, null, null, slot.dueOn(),
				null, List.of(), null);
	}

	/**
	 * What keeps the thesis from blind review.
	 */
	static List<Problem> problems(State state, List<FileView> files, List<RoundView> rounds,
			ThesisRequirements.Limits limits) {
		List<Problem> problems = new ArrayList<>();
		if (state == null) {
			problems.add(new Problem("thesis.problem.noThesis", List.of()));
			return problems;
		}
		FileView latest = files.stream()
			.filter((file) -> file.kind() == FileKind.FULL)
			.max(Comparator.comparingInt(FileView::versionNo))
			.orElse(null);
		if (state.countsSource() == CountsSource.FILE && latest != null && !latest.notFound().isEmpty()) {
			problems.add(new Problem("thesis.problem.sectionsNotFound", List.of(String.join(",", latest.notFound()))));
		}
		if (limits.minBodyChars() != null && state.bodyChars() < limits.minBodyChars()) {
			problems.add(new Problem("thesis.problem.bodyShort",
					List.of(String.valueOf(state.bodyChars()), String.valueOf(limits.minBodyChars()))));
		}
		if (limits.maxAbstractZhChars() != null && state.abstractZhChars() > limits.maxAbstractZhChars()) {
			problems.add(new Problem("thesis.problem.abstractZhLong",
					List.of(String.valueOf(state.abstractZhChars()), String.valueOf(limits.maxAbstractZhChars()))));
		}
		if (limits.maxAbstractEnChars() != null && state.abstractEnChars() > limits.maxAbstractEnChars()) {
			problems.add(new Problem("thesis.problem.abstractEnLong",
					List.of(String.valueOf(state.abstractEnChars()), String.valueOf(limits.maxAbstractEnChars()))));
		}
		if (!state.declarationSigned()) {
			problems.add(new Problem("thesis.problem.unsigned", List.of()));
		}
		if (files.stream().noneMatch((file) -> file.kind() == FileKind.BLIND)) {
			problems.add(new Problem("thesis.problem.noBlindCopy", List.of()));
		}
		RoundView round = rounds.isEmpty() ? null : rounds.get(0);
		if (round == null || round.similarityPercent() == null) {
			problems.add(new Problem("thesis.problem.noSimilarity", List.of()));
		}
		else if (limits.maxSimilarity() != null && round.similarityPercent().compareTo(limits.maxSimilarity()) > 0) {
			problems.add(new Problem("thesis.problem.similarityHigh",
					List.of(round.similarityPercent().stripTrailingZeros().toPlainString(),
							limits.maxSimilarity().stripTrailingZeros().toPlainString())));
		}
		return problems;
	}

	StudentKey visible(String studentNo) {
		return this.students.visibleKey(studentNo).orElseThrow(() -> new ThesisNotFoundException(studentNo));
	}

	private static void checkUpdated(int updated, String studentNo) {
		if (updated == 0) {
			throw new OptimisticLockingFailureException("Thesis of " + studentNo + " changed meanwhile");
		}
	}

	private static int zeroIfNull(Integer value) {
		return (value != null) ? value : 0;
	}

	private static String cleanName(String fileName, String format) {
		String name = (fileName == null) ? "" : fileName.replaceAll("[\\\\/:*?\"<>|\\r\\n]", "_").trim();
		if (name.isEmpty()) {
			name = "thesis." + format.toLowerCase();
		}
		return (name.length() > 200) ? name.substring(name.length() - 200) : name;
	}

	private static String sha256(byte[] content) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * @return whether a student of the status may still get new thesis versions: in
	 * training, or with the degree deferred (a revised thesis may be asked for); not
	 * after leaving (a graduate's thesis is archived with the degree)
	 */
	private static boolean takesVersions(StudentStatus status) {
		return status.active() || status == StudentStatus.DEGREE_DEFERRED;
	}

}
