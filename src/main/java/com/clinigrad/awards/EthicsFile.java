package com.clinigrad.awards;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.clinigrad.accounts.CurrentUser;
import com.clinigrad.accounts.CurrentUsers;
import com.clinigrad.accounts.Role;
import com.clinigrad.shared.BusinessRuleException;
import com.clinigrad.shared.Confirmation;
import com.clinigrad.shared.SchoolTime;
import com.clinigrad.students.StudentKey;
import com.clinigrad.students.StudentRegistry;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The medical-ethics file (医德档案, DOMAIN §9): a student's positive and negative entries.
 * Whoever may see the student (the student, their supervisors, the offices in scope — the
 * students module's one scope check) reads it; the office of the student's hospital and
 * the graduate school record entries. A negative entry marked as a veto (一票否决) excludes
 * the student from awards for as long as the scheme says.
 */
@Service
@Transactional(readOnly = true)
public class EthicsFile {

	static final int MAX_EVIDENCE_BYTES = 5 * 1024 * 1024;

	static final Set<String> EVIDENCE_TYPES = Set.of("application/pdf", "image/png", "image/jpeg");

	private final JdbcClient jdbc;

	private final StudentRegistry students;

	private final CurrentUsers currentUsers;

	private final ApplicationEventPublisher events;

	EthicsFile(JdbcClient jdbc, StudentRegistry students, CurrentUsers currentUsers, ApplicationEventPublisher events) {
		this.jdbc = jdbc;
		this.students = students;
		this.currentUsers = currentUsers;
		this.events = events;
	}

	/**
	 * A student's entries, newest first.
	 * @throws AwardNotFoundException when there is no such student or the caller may not
	 * see them
	 */
	public List<EthicsEntryView> entries(String studentNo) {
		StudentKey student = visible(studentNo);
		return this.jdbc.sql("""
				select id, occurred_on, source, description, veto, recorded_as, recorded_by, recorded_at,
				       evidence_name, evidence_size
				from ethics_entry where student_id = :s order by occurred_on desc, id desc
				""").param("s", student.id()).query((rs, n) -> {
			int size = rs.getInt("evidence_size");
			return new EthicsEntryView(rs.getLong("id"), rs.getObject("occurred_on", LocalDate.class),
					EthicsSource.valueOf(rs.getString("source")), rs.getString("description"), rs.getBoolean("veto"),
					Role.HOSPITAL_OFFICE.name().equals(rs.getString("recorded_as")), rs.getString("recorded_by"),
					rs.getTimestamp("recorded_at").toInstant(), rs.getString("evidence_name"),
					rs.wasNull() ? null : size);
		}).list();
	}

	/**
	 * Whether the caller may record entries for the student: the office of the student's
	 * hospital, or the graduate school.
	 */
	public boolean mayRecord(String studentNo) {
		return mayRecord(this.currentUsers.current(), visible(studentNo));
	}

	/**
	 * Records an entry; a veto is told to the student, the supervisors and the office
	 * ({@link EthicsVetoRecorded}).
	 * @param confirmed whether the recorder ticked that a veto cannot be revoked (needed
	 * for a veto only)
	 * @return the entry's id
	 */
	@Transactional
	public long record(String studentNo, EthicsCommand command, boolean confirmed) {
		CurrentUser user = this.currentUsers.require(Role.HOSPITAL_OFFICE, Role.GRAD_SCHOOL);
		StudentKey student = visible(studentNo);
		if (!mayRecord(user, student)) {
			throw new AccessDeniedException("Not this student's hospital office");
		}
		if (command.veto()) {
			Confirmation.require(confirmed, "ethics.error.confirmVeto");
		}
		return insert(student, command, user.has(Role.GRAD_SCHOOL) ? Role.GRAD_SCHOOL : Role.HOSPITAL_OFFICE,
				user.displayName(), user.username());
	}

	/**
	 * Records an entry made outside the app, with the checks {@link #record} makes of the
	 * entry but no caller check: for loaders that run without a logged-in user.
	 * @param byOffice whether the hospital office (else the graduate school) recorded it
	 */
	@Transactional
	public long recordAs(String studentNo, EthicsCommand command, boolean byOffice, String recordedBy) {
		StudentKey student = this.students.keysByStudentNo(List.of(studentNo)).get(studentNo);
		if (student == null) {
			throw new AwardNotFoundException("student " + studentNo);
		}
		return insert(student, command, byOffice ? Role.HOSPITAL_OFFICE : Role.GRAD_SCHOOL, recordedBy, null);
	}

	private long insert(StudentKey student, EthicsCommand command, Role recordedAs, String recordedBy,
			String username) {
		if (command.veto() && command.source().positive()) {
			throw new BusinessRuleException("ethics.error.vetoPositive");
		}
		if (command.occurredOn().isAfter(SchoolTime.today())) {
			throw new BusinessRuleException("ethics.error.future");
		}
		EthicsCommand.Evidence evidence = command.evidence();
		if (evidence != null) {
			if (evidence.content().length > MAX_EVIDENCE_BYTES) {
				throw new BusinessRuleException("ethics.error.fileTooLarge", evidence.filename());
			}
			if (!EVIDENCE_TYPES.contains(evidence.contentType())) {
				throw new BusinessRuleException("ethics.error.fileType", evidence.filename());
			}
		}
		long id = this.jdbc.sql("""
				insert into ethics_entry (student_id, occurred_on, polarity, source, description, veto, recorded_as,
				                          recorded_by, evidence_name, evidence_type, evidence_size, evidence)
				values (:s, :on, :polarity, :source, :description, :veto, :as, :by, :name, :type, :size, :content)
				returning id
				""")
			.param("s", student.id())
			.param("on", command.occurredOn())
			.param("polarity", command.source().positive() ? "POSITIVE" : "NEGATIVE")
			.param("source", command.source().name())
			.param("description", command.description().strip())
			.param("veto", command.veto())
			.param("as", recordedAs.name())
			.param("by", recordedBy)
			.param("name", (evidence != null) ? evidence.filename() : null)
			.param("type", (evidence != null) ? evidence.contentType() : null)
			.param("size", (evidence != null) ? evidence.content().length : null)
			.param("content", (evidence != null) ? evidence.content() : null)
			.query(Long.class)
			.single();
		if (command.veto()) {
			this.events.publishEvent(
					new EthicsVetoRecorded(student.id(), student.studentNo(), id, command.occurredOn(), username));
		}
		return id;
	}

	/**
	 * An entry's evidence file, for anyone who may see the student.
	 */
	public EthicsCommand.Evidence evidence(String studentNo, long entryId) {
		StudentKey student = visible(studentNo);
		return this.jdbc.sql("""
				select evidence_name, evidence_type, evidence from ethics_entry
				where id = :id and student_id = :s and evidence is not null
				""")
			.param("id", entryId)
			.param("s", student.id())
			.query((rs, n) -> new EthicsCommand.Evidence(rs.getString("evidence_name"), rs.getString("evidence_type"),
					rs.getBytes("evidence")))
			.optional()
			.orElseThrow(() -> new AwardNotFoundException("evidence " + entryId));
	}

	/**
	 * The latest veto of each of these students that occurred in the period, in one query
	 * (no caller check: for the evaluation, which checks its caller).
	 * @return the day of the latest veto by student id
	 */
	public Map<Long, LocalDate> vetoes(Collection<Long> studentIds, LocalDate from, LocalDate to) {
		Map<Long, LocalDate> vetoes = new HashMap<>();
		if (studentIds.isEmpty()) {
			return vetoes;
		}
		this.jdbc.sql("""
				select student_id, max(occurred_on) as latest from ethics_entry
				where veto and student_id in (:ids) and occurred_on between :from and :to group by student_id
				""").param("ids", studentIds).param("from", from).param("to", to).query((rs) -> {
			vetoes.put(rs.getLong("student_id"), rs.getObject("latest", LocalDate.class));
		});
		return vetoes;
	}

	/**
	 * The entries of these students by student id, in one query (no caller check: for the
	 * evaluation, which checks its caller).
	 */
	Map<Long, List<EthicsEntryView>> entriesOf(Collection<Long> studentIds) {
		Map<Long, List<EthicsEntryView>> entries = new HashMap<>();
		if (studentIds.isEmpty()) {
			return entries;
		}
		this.jdbc.sql("""
				select id, student_id, occurred_on, source, description, veto, recorded_as, recorded_by, recorded_at,
				       evidence_name, evidence_size
				from ethics_entry where student_id in (:ids) order by occurred_on, id
				""").param("ids", studentIds).query((rs) -> {
			int size = rs.getInt("evidence_size");
			entries.computeIfAbsent(rs.getLong("student_id"), (k) -> new java.util.ArrayList<>())
				.add(new EthicsEntryView(rs.getLong("id"), rs.getObject("occurred_on", LocalDate.class),
						EthicsSource.valueOf(rs.getString("source")), rs.getString("description"),
						rs.getBoolean("veto"), Role.HOSPITAL_OFFICE.name().equals(rs.getString("recorded_as")),
						rs.getString("recorded_by"), rs.getTimestamp("recorded_at").toInstant(),
						rs.getString("evidence_name"), rs.wasNull() ? null : size));
		});
		return entries;
	}

	private StudentKey visible(String studentNo) {
		return this.students.visibleKey(studentNo)
			.orElseThrow(() -> new AwardNotFoundException("student " + studentNo));
	}

	private static boolean mayRecord(CurrentUser user, StudentKey student) {
		return user.has(Role.GRAD_SCHOOL) || user.isOfficeOf(student.hospitalCode());
	}

}
