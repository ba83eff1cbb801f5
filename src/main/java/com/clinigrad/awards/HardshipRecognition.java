package com.clinigrad.awards;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import com.clinigrad.accounts.CurrentUser;
import com.clinigrad.accounts.CurrentUsers;
import com.clinigrad.accounts.Role;
import com.clinigrad.shared.BusinessRuleException;
import com.clinigrad.shared.SchoolTime;
import com.clinigrad.students.StudentCard;
import com.clinigrad.students.StudentKey;
import com.clinigrad.students.StudentRegistry;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Hardship recognition (家庭经济困难认定, DOMAIN §10): a student applies once a year for a level
 * (特别困难 / 一般困难) with the reasons and evidence files; the office of the student's hospital
 * reviews, the graduate school recognises or refuses, each with a reason, and may correct
 * a decision later with a reason, the history keeping every step
 * ({@link HardshipApplication} guards the moves). The recognised level makes the student
 * eligible for the scheme's hardship grant and tuition reduction at the amount the scheme
 * sets per level.
 * <p>
 * Privacy: the reasons and the evidence describe a family's finances, so only the student
 * and the offices in scope (the graduate school, the office of the student's hospital)
 * read them; the supervisors, like anyone else who may see the student, read the level
 * only.
 */
@Service
@Transactional(readOnly = true)
public class HardshipRecognition {

	static final int MAX_FILES = 5;

	private final JdbcClient jdbc;

	private final StudentRegistry students;

	private final CurrentUsers currentUsers;

	private final ApplicationEventPublisher events;

	HardshipRecognition(JdbcClient jdbc, StudentRegistry students, CurrentUsers currentUsers,
			ApplicationEventPublisher events) {
		this.jdbc = jdbc;
		this.students = students;
		this.currentUsers = currentUsers;
		this.events = events;
	}

	/**
	 * A student's recognition as the caller may read it.
	 * @throws AwardNotFoundException when the caller may not see the student
	 */
	public StudentHardship ofStudent(String studentNo) {
		CurrentUser user = this.currentUsers.current();
		StudentKey student = visible(studentNo);
		Map<Integer, HardshipLevel> recognised = new TreeMap<>(java.util.Comparator.reverseOrder());
		this.jdbc.sql("select year, level from hardship_application where student_id = :s and state = :recognised")
			.param("s", student.id())
			.param("recognised", HardshipState.RECOGNISED.name())
			.query((rs) -> {
				recognised.put(rs.getInt("year"), HardshipLevel.valueOf(rs.getString("level")));
			});
		boolean details = mayReadDetails(user, student);
		List<HardshipApplicationView> applications = details ? applications("a.student_id = :s", student.id(), user)
				: List.of();
		int applyYear = SchoolTime.today().getYear();
		boolean mayApply = isTheStudent(user, student) && applications.stream().noneMatch((a) -> a.year() == applyYear);
		return new StudentHardship(student.studentNo(), recognised, applications, details, mayApply, applyYear);
	}

	/**
	 * The student applies for a year (the current one or the next), once.
	 * @return the application's id
	 */
	@Transactional
	public long apply(String studentNo, HardshipCommand command) {
		CurrentUser user = this.currentUsers.require(Role.STUDENT);
		StudentKey student = visible(studentNo);
		if (!isTheStudent(user, student)) {
			throw new AccessDeniedException("Only the student applies");
		}
		int thisYear = SchoolTime.today().getYear();
		if (command.year() < thisYear || command.year() > thisYear + 1) {
			throw new BusinessRuleException("hardship.error.year", thisYear, thisYear + 1);
		}
		return insert(student, command, user.displayName());
	}

	/**
	 * Records an application made outside the app, with the checks {@link #apply} makes
	 * of the application but no caller check: for loaders that run without a logged-in
	 * user.
	 */
	@Transactional
	public long applyAs(String studentNo, HardshipCommand command) {
		StudentKey student = this.students.keysByStudentNo(List.of(studentNo)).get(studentNo);
		if (student == null) {
			throw new AwardNotFoundException("student " + studentNo);
		}
		return insert(student, command, studentNo);
	}

	private long insert(StudentKey student, HardshipCommand command, String by) {
		if (command.level() == null) {
			throw new BusinessRuleException("hardship.error.levelRequired");
		}
		if (command.reasons() == null || command.reasons().isBlank()) {
			throw new BusinessRuleException("hardship.error.reasonsRequired");
		}
		if (command.files().isEmpty()) {
			throw new BusinessRuleException("hardship.error.evidenceRequired");
		}
		if (command.files().size() > MAX_FILES) {
			throw new BusinessRuleException("hardship.error.tooManyFiles", MAX_FILES);
		}
		for (EthicsCommand.Evidence file : command.files()) {
			if (file.content().length > EthicsFile.MAX_EVIDENCE_BYTES) {
				throw new BusinessRuleException("ethics.error.fileTooLarge", file.filename());
			}
			if (!EthicsFile.EVIDENCE_TYPES.contains(file.contentType())) {
				throw new BusinessRuleException("ethics.error.fileType", file.filename());
			}
		}
		long id;
		try {
			id = this.jdbc.sql("""
					insert into hardship_application (student_id, year, requested_level, reasons, state)
					values (:s, :y, :l, :r, :state) returning id
					""")
				.param("s", student.id())
				.param("y", command.year())
				.param("l", command.level().name())
				.param("r", command.reasons().strip())
				.param("state", HardshipState.SUBMITTED.name())
				.query(Long.class)
				.single();
		}
		catch (DuplicateKeyException ex) {
			throw new BusinessRuleException("hardship.error.appliedOnce", command.year());
		}
		for (EthicsCommand.Evidence file : command.files()) {
			this.jdbc.sql("""
					insert into hardship_evidence (application_id, file_name, content_type, size, content)
					values (:a, :n, :t, :size, :c)
					""")
				.param("a", id)
				.param("n", file.filename())
				.param("t", file.contentType())
				.param("size", file.content().length)
				.param("c", file.content())
				.update();
		}
		step(id, null, HardshipState.SUBMITTED, command.level(), null, false, by, Role.STUDENT);
		return id;
	}

	/**
	 * The offices' queue: the graduate school every application, a hospital office its
	 * students'.
	 */
	public List<HardshipRow> queue() {
		CurrentUser user = this.currentUsers.require(Role.GRAD_SCHOOL, Role.HOSPITAL_OFFICE);
		List<Object[]> raw = new ArrayList<>();
		this.jdbc.sql("""
				select a.id, a.student_id, a.year, a.requested_level, a.state, a.level, a.submitted_at,
				       (select count(*) from hardship_evidence e where e.application_id = a.id) as files
				from hardship_application a order by a.submitted_at desc, a.id desc
				""").query((rs) -> {
			raw.add(new Object[] { rs.getLong("id"), rs.getLong("student_id"), rs.getInt("year"),
					HardshipLevel.valueOf(rs.getString("requested_level")),
					HardshipState.valueOf(rs.getString("state")), level(rs.getString("level")),
					rs.getTimestamp("submitted_at").toInstant(), rs.getInt("files") });
		});
		Map<Long, StudentCard> cards = this.students
			.cardsByIds(raw.stream().map((r) -> (Long) r[1]).distinct().toList());
		List<HardshipRow> rows = new ArrayList<>();
		for (Object[] r : raw) {
			StudentCard card = cards.get((Long) r[1]);
			if (card != null && (user.has(Role.GRAD_SCHOOL) || user.isOfficeOf(card.hospitalCode()))) {
				rows.add(new HardshipRow((Long) r[0], card.studentNo(), card.name(), card.hospitalCode(),
						card.programCode(), card.cohortYear(), (Integer) r[2], (HardshipLevel) r[3],
						(HardshipState) r[4], (HardshipLevel) r[5], (java.time.Instant) r[6], (Integer) r[7]));
			}
		}
		return rows;
	}

	/**
	 * @return how many applications wait for the caller (an office's review, the graduate
	 * school's decision)
	 */
	public long waitingForCaller() {
		CurrentUser user = this.currentUsers.current();
		if (!user.hasAny(Role.GRAD_SCHOOL, Role.HOSPITAL_OFFICE)) {
			return 0;
		}
		return queue().stream()
			.filter((r) -> r.state().waiting() && user.has(r.state().actor())
					&& (r.state().actor() == Role.GRAD_SCHOOL || user.isOfficeOf(r.hospitalCode())))
			.count();
	}

	/**
	 * One application, for the student and the offices in scope.
	 * @throws AwardNotFoundException when there is none the caller may read
	 */
	public HardshipApplicationView application(long id) {
		CurrentUser user = this.currentUsers.current();
		List<HardshipApplicationView> found = applications("a.id = :s", id, user);
		if (found.isEmpty()) {
			throw new AwardNotFoundException("hardship application " + id);
		}
		HardshipApplicationView view = found.get(0);
		StudentKey student = visible(view.studentNo());
		if (!mayReadDetails(user, student)) {
			throw new AwardNotFoundException("hardship application " + id);
		}
		return view;
	}

	/**
	 * The office of the student's hospital reviews (初审): approved at a level for the
	 * graduate school, or refused with a reason.
	 */
	@Transactional
	public void review(long id, long version, boolean approve, HardshipLevel level, String reason) {
		CurrentUser user = this.currentUsers.require(Role.HOSPITAL_OFFICE);
		HardshipApplication application = loadAt(id, version);
		StudentKey student = key(application.studentId());
		if (!user.isOfficeOf(student.hospitalCode())) {
			throw new AccessDeniedException("Not this student's hospital office");
		}
		HardshipState from = application.state();
		application.review(approve, level, reason);
		save(application, from, reason, false, user, Role.HOSPITAL_OFFICE);
	}

	/**
	 * The graduate school decides (审核): recognised at a level, or refused with a reason.
	 */
	@Transactional
	public void decide(long id, long version, boolean recognise, HardshipLevel level, String reason) {
		CurrentUser user = this.currentUsers.require(Role.GRAD_SCHOOL);
		HardshipApplication application = loadAt(id, version);
		HardshipState from = application.state();
		application.decide(recognise, level, reason);
		save(application, from, reason, false, user, Role.GRAD_SCHOOL);
	}

	/**
	 * The graduate school corrects a decision with a reason: another level, or
	 * {@code null} to withdraw the recognition.
	 */
	@Transactional
	public void correct(long id, long version, HardshipLevel level, String reason) {
		CurrentUser user = this.currentUsers.require(Role.GRAD_SCHOOL);
		HardshipApplication application = loadAt(id, version);
		HardshipState from = application.state();
		application.correct(level, reason);
		save(application, from, reason, true, user, Role.GRAD_SCHOOL);
	}

	/**
	 * An evidence file, for the student and the offices in scope.
	 */
	public EthicsCommand.Evidence evidence(long applicationId, long fileId) {
		application(applicationId);
		return this.jdbc.sql("""
				select file_name, content_type, content from hardship_evidence where id = :f and application_id = :a
				""")
			.param("f", fileId)
			.param("a", applicationId)
			.query((rs, n) -> new EthicsCommand.Evidence(rs.getString("file_name"), rs.getString("content_type"),
					rs.getBytes("content")))
			.optional()
			.orElseThrow(() -> new AwardNotFoundException("evidence " + fileId));
	}

	/**
	 * The recognised level of these students in a year, in one query (no caller check:
	 * for the funding and the rolls, which check their caller).
	 */
	Map<Long, HardshipLevel> levels(Collection<Long> studentIds, int year) {
		Map<Long, HardshipLevel> levels = new HashMap<>();
		if (studentIds.isEmpty()) {
			return levels;
		}
		this.jdbc.sql("""
				select student_id, level from hardship_application
				where year = :y and state = :recognised and student_id = any(:ids::bigint[])
				""")
			.param("y", year)
			.param("recognised", HardshipState.RECOGNISED.name())
			.param("ids", studentIds.toArray(Long[]::new))
			.query((rs) -> {
				levels.put(rs.getLong("student_id"), HardshipLevel.valueOf(rs.getString("level")));
			});
		return levels;
	}

	/**
	 * The amounts per level of a scheme's hardship grants and tuition reductions (no
	 * caller check: scheme data).
	 * @return the amount per level by award type id
	 */
	public Map<Long, Map<HardshipLevel, BigDecimal>> amounts(long schemeId) {
		Map<Long, Map<HardshipLevel, BigDecimal>> amounts = new HashMap<>();
		this.jdbc.sql("""
				select h.award_type_id, h.level, h.amount from award_hardship_amount h
				join award_type t on t.id = h.award_type_id where t.scheme_id = :s
				""").param("s", schemeId).query((rs) -> {
			amounts.computeIfAbsent(rs.getLong("award_type_id"), (k) -> new EnumMap<>(HardshipLevel.class))
				.put(HardshipLevel.valueOf(rs.getString("level")), rs.getBigDecimal("amount"));
		});
		return amounts;
	}

	private List<HardshipApplicationView> applications(String condition, long param, CurrentUser user) {
		List<Object[]> raw = new ArrayList<>();
		this.jdbc.sql("select a.* from hardship_application a where " + condition + " order by a.year desc, a.id desc")
			.param("s", param)
			.query((rs) -> {
				raw.add(new Object[] { rs.getLong("id"), rs.getLong("student_id"), rs.getInt("year"),
						HardshipLevel.valueOf(rs.getString("requested_level")), rs.getString("reasons"),
						HardshipState.valueOf(rs.getString("state")), level(rs.getString("level")),
						rs.getTimestamp("submitted_at").toInstant(), rs.getLong("version") });
			});
		if (raw.isEmpty()) {
			return List.of();
		}
		List<Long> ids = raw.stream().map((r) -> (Long) r[0]).toList();
		Map<Long, List<HardshipApplicationView.Evidence>> evidence = new HashMap<>();
		this.jdbc.sql("""
				select id, application_id, file_name, size from hardship_evidence
				where application_id = any(:ids::bigint[]) order by id
				""").param("ids", ids.toArray(Long[]::new)).query((rs) -> {
			evidence.computeIfAbsent(rs.getLong("application_id"), (k) -> new ArrayList<>())
				.add(new HardshipApplicationView.Evidence(rs.getLong("id"), rs.getString("file_name"),
						rs.getInt("size")));
		});
		Map<Long, List<HardshipApplicationView.Step>> steps = new HashMap<>();
		this.jdbc.sql("""
				select * from hardship_step where application_id = any(:ids::bigint[]) order by acted_at, id
				""").param("ids", ids.toArray(Long[]::new)).query((rs) -> {
			String from = rs.getString("from_state");
			steps.computeIfAbsent(rs.getLong("application_id"), (k) -> new ArrayList<>())
				.add(new HardshipApplicationView.Step((from != null) ? HardshipState.valueOf(from) : null,
						HardshipState.valueOf(rs.getString("to_state")), level(rs.getString("level")),
						rs.getString("reason"), rs.getBoolean("correction"), rs.getString("acted_by"),
						Role.valueOf(rs.getString("acted_as")), rs.getTimestamp("acted_at").toInstant()));
		});
		Map<Long, StudentCard> cards = this.students
			.cardsByIds(raw.stream().map((r) -> (Long) r[1]).distinct().toList());
		List<HardshipApplicationView> views = new ArrayList<>();
		for (Object[] r : raw) {
			StudentCard card = cards.get((Long) r[1]);
			HardshipState state = (HardshipState) r[5];
			HardshipApplicationView.Actions actions = new HardshipApplicationView.Actions(
					state == HardshipState.SUBMITTED && user.isOfficeOf(card.hospitalCode()),
					state == HardshipState.OFFICE_APPROVED && user.has(Role.GRAD_SCHOOL),
					state.decided() && user.has(Role.GRAD_SCHOOL));
			views.add(new HardshipApplicationView((Long) r[0], card.studentNo(), card.name(), card.hospitalCode(),
					card.programCode(), (Integer) r[2], (HardshipLevel) r[3], (String) r[4], state,
					(HardshipLevel) r[6], (java.time.Instant) r[7], (Long) r[8],
					evidence.getOrDefault((Long) r[0], List.of()), steps.getOrDefault((Long) r[0], List.of()),
					actions));
		}
		return views;
	}

	private HardshipApplication loadAt(long id, long version) {
		CurrentUser user = this.currentUsers.current();
		HardshipApplication application = this.jdbc.sql("select * from hardship_application where id = :id")
			.param("id", id)
			.query((rs, n) -> new HardshipApplication(rs.getLong("id"), rs.getLong("student_id"), rs.getInt("year"),
					HardshipState.valueOf(rs.getString("state")), level(rs.getString("level")), rs.getLong("version")))
			.optional()
			.orElseThrow(() -> new AwardNotFoundException("hardship application " + id));
		StudentKey student = key(application.studentId());
		if (!mayReadDetails(user, student)) {
			throw new AwardNotFoundException("hardship application " + id);
		}
		if (application.version() != version) {
			throw new OptimisticLockingFailureException("Hardship application " + id + " changed meanwhile");
		}
		return application;
	}

	private void save(HardshipApplication application, HardshipState from, String reason, boolean correction,
			CurrentUser user, Role actedAs) {
		int updated = this.jdbc.sql("""
				update hardship_application set state = :state, level = :level, version = version + 1,
				       decided_at = case when :decided then now() else decided_at end
				where id = :id and version = :version
				""")
			.param("state", application.state().name())
			.param("level", (application.level() != null) ? application.level().name() : null)
			.param("decided", application.state().decided())
			.param("id", application.id())
			.param("version", application.version())
			.update();
		if (updated == 0) {
			throw new OptimisticLockingFailureException(
					"Hardship application " + application.id() + " changed meanwhile");
		}
		step(application.id(), from, application.state(), application.level(), reason, correction, user.displayName(),
				actedAs);
		if (application.state().decided()) {
			StudentKey student = key(application.studentId());
			this.events.publishEvent(new HardshipDecided(application.id(), application.studentId(), student.studentNo(),
					application.year(), application.state(), application.level(), correction, user.username()));
		}
	}

	private void step(long id, HardshipState from, HardshipState to, HardshipLevel level, String reason,
			boolean correction, String by, Role actedAs) {
		this.jdbc.sql("""
				insert into hardship_step (application_id, from_state, to_state, level, reason, correction, acted_by,
				                           acted_as)
				values (:a, :from, :to, :level, :reason, :correction, :by, :as)
				""")
			.param("a", id)
			.param("from", (from != null) ? from.name() : null)
			.param("to", to.name())
			.param("level", (level != null) ? level.name() : null)
			.param("reason", (reason != null && !reason.isBlank()) ? reason.strip() : null)
			.param("correction", correction)
			.param("by", by)
			.param("as", actedAs.name())
			.update();
	}

	private StudentKey visible(String studentNo) {
		return this.students.visibleKey(studentNo)
			.orElseThrow(() -> new AwardNotFoundException("student " + studentNo));
	}

	private StudentKey key(long studentId) {
		StudentCard card = this.students.cardsByIds(List.of(studentId)).get(studentId);
		return visible(card.studentNo());
	}

	private static boolean isTheStudent(CurrentUser user, StudentKey student) {
		return user.has(Role.STUDENT) && student.studentNo().equals(user.studentNo());
	}

	/**
	 * The reasons and evidence: the student, the graduate school, the office of the
	 * student's hospital.
	 */
	private static boolean mayReadDetails(CurrentUser user, StudentKey student) {
		return isTheStudent(user, student) || user.has(Role.GRAD_SCHOOL) || user.isOfficeOf(student.hospitalCode());
	}

	private static HardshipLevel level(String name) {
		return (name != null) ? HardshipLevel.valueOf(name) : null;
	}

}
