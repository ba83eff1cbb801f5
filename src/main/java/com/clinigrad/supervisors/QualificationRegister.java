package com.clinigrad.supervisors;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.clinigrad.accounts.CurrentUser;
import com.clinigrad.accounts.CurrentUsers;
import com.clinigrad.accounts.Role;
import com.clinigrad.shared.BusinessRuleException;
import com.clinigrad.shared.SchoolTime;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The qualification register (导师资格): the qualifications each supervisor was granted, with
 * their history, the grants they hold and the pre-service training they completed; the
 * qualification rules of the university per year; the import of the exchange format's
 * {@code qualifications} dataset; and who held which qualification in a year, for the
 * annual report.
 */
@Service
@Transactional(readOnly = true)
public class QualificationRegister {

	private static final String RECORD_COLUMNS = """
			id, supervisor_id, kind, category, granted_on, decision_no, valid_until, title_level, highest_degree,
			application_id""";

	private final JdbcClient jdbc;

	private final SupervisorRepository supervisors;

	private final SupervisorDirectory directory;

	private final CurrentUsers currentUsers;

	private final String university;

	QualificationRegister(JdbcClient jdbc, SupervisorRepository supervisors, SupervisorDirectory directory,
			CurrentUsers currentUsers, @Value("${clinigrad.supervisors.rules-university:PUMC}") String university) {
		this.jdbc = jdbc;
		this.supervisors = supervisors;
		this.directory = directory;
		this.currentUsers = currentUsers;
		this.university = university;
	}

	/**
	 * A supervisor's qualifications, grants and training with the warnings due today, if
	 * the caller may see the supervisor.
	 */
	public QualificationSummary of(String staffNo) {
		Supervisor supervisor = readable(staffNo);
		LocalDate today = SchoolTime.today();
		List<QualificationRecord> records = recordsOf(supervisor.getId());
		int months = rules(today.getYear()).expiryWarningMonths();
		List<QualificationRecord> expiring = new ArrayList<>();
		List<QualificationRecord> lapsed = new ArrayList<>();
		for (QualificationKind kind : QualificationKind.values()) {
			List<QualificationRecord> ofKind = records.stream().filter((r) -> r.kind() == kind).toList();
			if (ofKind.isEmpty()) {
				continue;
			}
			List<QualificationRecord> valid = ofKind.stream().filter((r) -> r.validOn(today)).toList();
			if (valid.isEmpty()) {
				// the latest record of the kind, granted first in the list
				lapsed.add(ofKind.get(0));
			}
			else if (valid.stream().allMatch((r) -> r.expiresWithin(today, months))) {
				expiring.add(valid.get(0));
			}
		}
		return new QualificationSummary(supervisor.toRef(), records, grantsOf(supervisor.getId()),
				trainingsOf(supervisor.getId()), expiring, lapsed, months, today);
	}

	/**
	 * Records a grant the supervisor holds; the supervisor themself or graduate-school
	 * staff.
	 */
	@Transactional
	public void addGrant(String staffNo, GrantCommand grant) {
		CurrentUser user = this.currentUsers.require(Role.SUPERVISOR, Role.GRAD_SCHOOL);
		Supervisor supervisor = readable(staffNo);
		if (!user.has(Role.GRAD_SCHOOL) && !user.supervises(staffNo, null)) {
			throw new AccessDeniedException("Only one's own grants");
		}
		recordGrant(supervisor.getId(), grant, user.username());
	}

	/**
	 * Records a grant for trusted code (the demo data); no caller check, the same rules.
	 */
	@Transactional
	public void addGrantAs(String staffNo, GrantCommand grant, String by) {
		Supervisor supervisor = this.supervisors.findByStaffNo(staffNo)
			.orElseThrow(() -> new SupervisorNotFoundException(staffNo));
		recordGrant(supervisor.getId(), grant, by);
	}

	private void recordGrant(long supervisorId, GrantCommand grant, String by) {
		if (grant.title() == null || grant.title().isBlank() || grant.title().length() > 300) {
			throw new BusinessRuleException("qualification.error.grantTitle");
		}
		if (grant.amount() == null || grant.amount().signum() < 0
				|| grant.amount().compareTo(new BigDecimal("999999999999")) > 0) {
			throw new BusinessRuleException("qualification.error.grantAmount");
		}
		if (grant.startOn() == null || grant.endOn() == null || grant.endOn().isBefore(grant.startOn())) {
			throw new BusinessRuleException("qualification.error.grantPeriod");
		}
		int added = this.jdbc.sql("""
				insert into supervisor_grant (supervisor_id, title, amount, start_on, end_on, recorded_by)
				values (:s, :title, :amount, :start, :end, :who) on conflict do nothing
				""")
			.param("s", supervisorId)
			.param("title", grant.title().trim())
			.param("amount", grant.amount())
			.param("start", grant.startOn())
			.param("end", grant.endOn())
			.param("who", by)
			.update();
		if (added == 0) {
			throw new BusinessRuleException("qualification.error.grantDuplicate");
		}
	}

	/**
	 * Records a pre-service training (岗前培训) and its theory exam; graduate-school staff.
	 * The exam passes at the rule set's {@code trainingPassScore} (60 unless it says
	 * otherwise).
	 * @return whether the exam passed
	 */
	@Transactional
	public boolean recordTraining(String staffNo, LocalDate completedOn, BigDecimal examScore) {
		CurrentUser user = this.currentUsers.require(Role.GRAD_SCHOOL);
		Supervisor supervisor = readable(staffNo);
		if (completedOn == null || completedOn.isAfter(SchoolTime.today())) {
			throw new BusinessRuleException("qualification.error.trainingDate");
		}
		if (examScore == null || examScore.signum() < 0 || examScore.compareTo(BigDecimal.valueOf(100)) > 0) {
			throw new BusinessRuleException("qualification.error.examScore");
		}
		String passMark = rules(completedOn.getYear()).params().getOrDefault("trainingPassScore", "60");
		boolean passed = examScore.compareTo(new BigDecimal(passMark)) >= 0;
		this.jdbc.sql("""
				insert into supervisor_training (supervisor_id, completed_on, exam_score, passed, recorded_by)
				values (:s, :on, :score, :passed, :who)
				on conflict (supervisor_id, completed_on) do update set exam_score = excluded.exam_score,
				    passed = excluded.passed, recorded_by = excluded.recorded_by, recorded_at = now()
				""")
			.param("s", supervisor.getId())
			.param("on", completedOn)
			.param("score", examScore)
			.param("passed", passed)
			.param("who", user.username())
			.update();
		return passed;
	}

	/**
	 * The rules in force for a year: the latest rule set of the university from that year
	 * or before.
	 */
	public QualificationRules rules(int year) {
		List<Map.Entry<Long, Map.Entry<Integer, String>>> sets = new ArrayList<>();
		this.jdbc.sql("""
				select id, year, params from qualification_rule_set where university = :u and year <= :y
				order by year desc limit 1
				""").param("u", this.university).param("y", year).query((rs) -> {
			sets.add(Map.entry(rs.getLong("id"), Map.entry(rs.getInt("year"), rs.getString("params"))));
		});
		if (sets.isEmpty()) {
			return QualificationRules.none(this.university, year);
		}
		long id = sets.get(0).getKey();
		Map<QualificationKind, List<QualificationRules.Rule>> rules = new LinkedHashMap<>();
		this.jdbc
			.sql("select kind, code, params from qualification_rule where rule_set_id = :id order by kind, position")
			.param("id", id)
			.query((rs) -> {
				rules.computeIfAbsent(QualificationKind.valueOf(rs.getString("kind")), (k) -> new ArrayList<>())
					.add(new QualificationRules.Rule(QualificationCondition.valueOf(rs.getString("code")),
							parse(rs.getString("params"))));
			});
		return new QualificationRules(this.university, sets.get(0).getValue().getKey(),
				parse(sets.get(0).getValue().getValue()), rules);
	}

	/**
	 * Creates or updates the qualifications of an import file, keyed by staff number,
	 * kind and day granted; the caller checks the role and has resolved the staff
	 * numbers.
	 * @return how many rows changed anything
	 */
	@Transactional
	public int importQualifications(List<QualificationImport> rows, Map<String, Long> supervisorIds) {
		String who = this.currentUsers.currentUsername();
		int changed = 0;
		for (QualificationImport row : rows) {
			changed += this.jdbc.sql("""
					insert into supervisor_qualification (supervisor_id, kind, category, granted_on, decision_no,
					    valid_until, recorded_by)
					values (:s, :kind, :category, :granted, :decision, :until, :who)
					on conflict (supervisor_id, kind, granted_on) do update set category = excluded.category,
					    decision_no = excluded.decision_no, valid_until = excluded.valid_until,
					    recorded_by = excluded.recorded_by, recorded_at = now(),
					    version = supervisor_qualification.version + 1
					where (supervisor_qualification.category, supervisor_qualification.decision_no,
					       supervisor_qualification.valid_until)
					    is distinct from (excluded.category, excluded.decision_no, excluded.valid_until)
					""")
				.param("s", supervisorIds.get(row.staffNo()))
				.param("kind", row.kind().name())
				.param("category", ((row.category() != null) ? row.category() : QualificationCategory.INTERNAL).name())
				.param("granted", row.grantedOn())
				.param("decision", row.decisionNo())
				.param("until", row.validUntil())
				.param("who", who)
				.update();
		}
		return changed;
	}

	/**
	 * Whether a supervisor holds a master's or doctoral supervisor qualification for the
	 * whole of a period: a record granted by its first day and valid to its last (or
	 * without end); a person without any record counts by the flags of the
	 * {@code supervisors} dataset, as {@link #holders} does.
	 */
	public boolean qualifiedThrough(SupervisorRef supervisor, LocalDate from, LocalDate to) {
		boolean anyRecord = this.jdbc
			.sql("select exists (select 1 from supervisor_qualification where supervisor_id = :s)")
			.param("s", supervisor.id())
			.query(Boolean.class)
			.single();
		if (!anyRecord) {
			return supervisor.masterSupervisor() || supervisor.doctoralSupervisor();
		}
		return this.jdbc
			.sql("""
					select exists (select 1 from supervisor_qualification
					               where supervisor_id = :s and granted_on <= :from and (valid_until is null or valid_until >= :to))""")
			.param("s", supervisor.id())
			.param("from", from)
			.param("to", to)
			.query(Boolean.class)
			.single();
	}

	/**
	 * Who held each qualification in a year, as the annual report counts them (exchange
	 * format v1.1): a {@code qualifications} record of that kind granted by Dec 31 of the
	 * year and valid until Jan 1 of it or later (or without end); a person without any
	 * record counts by the flags of the {@code supervisors} dataset.
	 */
	public QualificationHolders holders(int year) {
		LocalDate first = LocalDate.of(year, 1, 1);
		LocalDate last = LocalDate.of(year, 12, 31);
		Set<Long> master = new HashSet<>();
		Set<Long> doctoral = new HashSet<>();
		this.jdbc
			.sql("""
					select q.supervisor_id, q.kind from supervisor_qualification q
					where q.granted_on <= :last and (q.valid_until is null or q.valid_until >= :first)
					union
					select s.id, 'MASTER_SUPERVISOR' from supervisor s
					where s.master_supervisor and not exists (select 1 from supervisor_qualification q where q.supervisor_id = s.id)
					union
					select s.id, 'DOCTORAL_SUPERVISOR' from supervisor s
					where s.doctoral_supervisor and not exists (select 1 from supervisor_qualification q where q.supervisor_id = s.id)
					""")
			.param("first", first)
			.param("last", last)
			.query((rs) -> {
				(QualificationKind.valueOf(rs.getString("kind")) == QualificationKind.DOCTORAL_SUPERVISOR ? doctoral
						: master)
					.add(rs.getLong("supervisor_id"));
			});
		return new QualificationHolders(year, master, doctoral);
	}

	/**
	 * The qualifications of these supervisors, the latest granted first.
	 */
	public Map<Long, List<QualificationRecord>> recordsOf(Collection<Long> supervisorIds) {
		Map<Long, List<QualificationRecord>> records = new LinkedHashMap<>();
		if (!supervisorIds.isEmpty()) {
			this.jdbc.sql("select " + RECORD_COLUMNS
					+ " from supervisor_qualification where supervisor_id in (:ids) order by granted_on desc, id desc")
				.param("ids", supervisorIds)
				.query((rs) -> {
					QualificationRecord record = record(rs);
					records.computeIfAbsent(record.supervisorId(), (k) -> new ArrayList<>()).add(record);
				});
		}
		return records;
	}

	List<QualificationRecord> recordsOf(long supervisorId) {
		return recordsOf(List.of(supervisorId)).getOrDefault(supervisorId, List.of());
	}

	/**
	 * The grants of every supervisor, the latest started first, whoever asks (evidence of
	 * the enrollment selection, which applies the caller's scope to what it shows).
	 */
	public Map<Long, List<GrantView>> allGrants() {
		Map<Long, List<GrantView>> grants = new LinkedHashMap<>();
		this.jdbc
			.sql("select supervisor_id, id, title, amount, start_on, end_on from supervisor_grant"
					+ " order by supervisor_id, start_on desc, id desc")
			.query((rs) -> {
				grants.computeIfAbsent(rs.getLong("supervisor_id"), (k) -> new ArrayList<>())
					.add(new GrantView(rs.getLong("id"), rs.getString("title"), rs.getBigDecimal("amount"),
							rs.getObject("start_on", LocalDate.class), rs.getObject("end_on", LocalDate.class)));
			});
		return grants;
	}

	/**
	 * The qualifications of every supervisor, the latest granted first.
	 */
	public Map<Long, List<QualificationRecord>> allRecords() {
		Map<Long, List<QualificationRecord>> records = new LinkedHashMap<>();
		this.jdbc.sql("select " + RECORD_COLUMNS + " from supervisor_qualification order by granted_on desc, id desc")
			.query((rs) -> {
				QualificationRecord record = record(rs);
				records.computeIfAbsent(record.supervisorId(), (k) -> new ArrayList<>()).add(record);
			});
		return records;
	}

	List<GrantView> grantsOf(long supervisorId) {
		return this.jdbc.sql("""
				select id, title, amount, start_on, end_on from supervisor_grant where supervisor_id = :s
				order by start_on desc, id desc
				""")
			.param("s", supervisorId)
			.query((rs, n) -> new GrantView(rs.getLong("id"), rs.getString("title"), rs.getBigDecimal("amount"),
					rs.getObject("start_on", LocalDate.class), rs.getObject("end_on", LocalDate.class)))
			.list();
	}

	List<TrainingView> trainingsOf(long supervisorId) {
		return this.jdbc.sql("""
				select completed_on, exam_score, passed, recorded_by from supervisor_training where supervisor_id = :s
				order by completed_on desc
				""")
			.param("s", supervisorId)
			.query((rs, n) -> new TrainingView(rs.getObject("completed_on", LocalDate.class),
					rs.getBigDecimal("exam_score"), rs.getBoolean("passed"), rs.getString("recorded_by")))
			.list();
	}

	/**
	 * Grants a qualification as the committee decided; the caller checks the role.
	 * @return the new record's id
	 */
	long grant(long supervisorId, QualificationKind kind, QualificationCategory category, LocalDate grantedOn,
			String decisionNo, TitleLevel titleLevel, HighestDegree degree, long applicationId, String by) {
		LocalDate validUntil = rules(grantedOn.getYear()).reviewYears(kind).map(grantedOn::plusYears).orElse(null);
		return this.jdbc
			.sql("""
					insert into supervisor_qualification (supervisor_id, kind, category, granted_on, decision_no, valid_until,
					    title_level, highest_degree, application_id, recorded_by)
					values (:s, :kind, :category, :granted, :decision, :until, :title, :degree, :app, :who)
					on conflict (supervisor_id, kind, granted_on) do update set category = excluded.category,
					    decision_no = excluded.decision_no, valid_until = excluded.valid_until,
					    title_level = excluded.title_level, highest_degree = excluded.highest_degree,
					    application_id = excluded.application_id, recorded_by = excluded.recorded_by,
					    recorded_at = now(), version = supervisor_qualification.version + 1
					returning id
					""")
			.param("s", supervisorId)
			.param("kind", kind.name())
			.param("category", category.name())
			.param("granted", grantedOn)
			.param("decision", decisionNo)
			.param("until", validUntil)
			.param("title", (titleLevel != null) ? titleLevel.name() : null)
			.param("degree", degree.name())
			.param("app", applicationId)
			.param("who", by)
			.query(Long.class)
			.single();
	}

	private Supervisor readable(String staffNo) {
		CurrentUser user = this.currentUsers.current();
		Supervisor supervisor = this.supervisors.findByStaffNo(staffNo)
			.orElseThrow(() -> new SupervisorNotFoundException(staffNo));
		if (!this.directory.mayRead(user, supervisor)) {
			throw new SupervisorNotFoundException(staffNo);
		}
		return supervisor;
	}

	private static QualificationRecord record(ResultSet rs) throws SQLException {
		String title = rs.getString("title_level");
		String degree = rs.getString("highest_degree");
		Long application = rs.getObject("application_id", Long.class);
		return new QualificationRecord(rs.getLong("id"), rs.getLong("supervisor_id"),
				QualificationKind.valueOf(rs.getString("kind")),
				QualificationCategory.valueOf(rs.getString("category")), rs.getObject("granted_on", LocalDate.class),
				rs.getString("decision_no"), rs.getObject("valid_until", LocalDate.class),
				(title != null) ? TitleLevel.valueOf(title) : null,
				(degree != null) ? HighestDegree.valueOf(degree) : null, application);
	}

	/**
	 * Parameters are stored as {@code key=value;key=value}, as in the program rule sets.
	 */
	static Map<String, String> parse(String params) {
		Map<String, String> map = new LinkedHashMap<>();
		if (params == null || params.isBlank()) {
			return map;
		}
		for (String pair : params.split(";")) {
			int eq = pair.indexOf('=');
			if (eq > 0) {
				map.put(pair.substring(0, eq).trim(), pair.substring(eq + 1).trim());
			}
		}
		return map;
	}

	/**
	 * A supervisor's qualifications (the latest granted first), grants and training, with
	 * the qualifications that end within {@code warningMonths} and the kinds whose latest
	 * qualification has lapsed.
	 */
	public record QualificationSummary(SupervisorRef supervisor, List<QualificationRecord> records,
			List<GrantView> grants, List<TrainingView> trainings, List<QualificationRecord> expiring,
			List<QualificationRecord> lapsed, int warningMonths, LocalDate today) {
	}

	/**
	 * The supervisors (by id) holding each qualification in a year.
	 */
	public record QualificationHolders(int year, Set<Long> master, Set<Long> doctoral) {
	}

	/**
	 * One row of the {@code qualifications} dataset.
	 */
	public record QualificationImport(String staffNo, QualificationKind kind, LocalDate grantedOn, String decisionNo,
			LocalDate validUntil, QualificationCategory category) {
	}

	/**
	 * A grant to record.
	 */
	public record GrantCommand(String title, BigDecimal amount, LocalDate startOn, LocalDate endOn) {
	}

}
