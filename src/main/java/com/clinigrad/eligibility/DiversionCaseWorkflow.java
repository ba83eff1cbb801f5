package com.clinigrad.eligibility;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import com.clinigrad.accounts.CurrentUser;
import com.clinigrad.accounts.CurrentUsers;
import com.clinigrad.accounts.Role;
import com.clinigrad.shared.BusinessRuleException;
import com.clinigrad.shared.SchoolTime;
import com.clinigrad.students.StatusChangeCommand;
import com.clinigrad.students.StudentCard;
import com.clinigrad.students.StudentKey;
import com.clinigrad.students.StudentRegistry;
import com.clinigrad.students.StudentRow;
import com.clinigrad.students.StudentStatus;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The warnings and diversion cases the scan ({@link DiversionCaseScan}) found, and their
 * workflow (DOMAIN §7): the student states a choice among the outcomes the rules allow,
 * the graduate school decides, and the decision changes the student's status; a delayed
 * student receives no scholarship or stipend. The {@link DiversionCase} guards the
 * workflow; this service checks who the caller is.
 */
@Service
public class DiversionCaseWorkflow {

	private final DiversionCaseRepository cases;

	private final JdbcClient jdbc;

	private final StudentRegistry students;

	private final CurrentUsers currentUsers;

	DiversionCaseWorkflow(DiversionCaseRepository cases, JdbcClient jdbc, StudentRegistry students,
			CurrentUsers currentUsers) {
		this.cases = cases;
		this.jdbc = jdbc;
		this.students = students;
		this.currentUsers = currentUsers;
	}

	/**
	 * Open warnings and cases of the students the caller may see, cases first.
	 */
	@Transactional(readOnly = true)
	public List<CaseView> open() {
		return query("c.status in (:waiting)", Map.of("waiting", CaseStatus.names(CaseStatus.WAITING)),
				this.students::visibleCards);
	}

	/**
	 * Open warnings and cases of the students the caller may see, cases first, each with
	 * the student's list row (program, cohort, hospital, supervisor) for the list's
	 * filters and columns.
	 */
	@Transactional(readOnly = true)
	public List<OpenCase> openWithStudents() {
		List<CaseView> open = open();
		Map<String, StudentKey> keys = this.students
			.keysByStudentNo(open.stream().map(CaseView::studentNo).distinct().toList());
		Map<Long, StudentRow> rows = this.students.visibleRows(keys.values().stream().map(StudentKey::id).toList());
		List<OpenCase> cases = new ArrayList<>();
		for (CaseView item : open) {
			StudentKey key = keys.get(item.studentNo());
			StudentRow row = (key != null) ? rows.get(key.id()) : null;
			if (row != null) {
				cases.add(new OpenCase(item, row));
			}
		}
		return cases;
	}

	/**
	 * An open warning or case and its student's list row.
	 */
	public record OpenCase(CaseView item, StudentRow student) {

	}

	/**
	 * The waiting diversion cases in which the student has chosen a delay (延期申请待批), of
	 * these students, the earliest per student, in one query (no caller check: for the
	 * awards' evaluation, which checks its caller).
	 * @return the case by student id
	 */
	@Transactional(readOnly = true)
	public Map<Long, OpenDelayCase> openDelayCases(Collection<Long> studentIds) {
		Map<Long, OpenDelayCase> found = new HashMap<>();
		if (studentIds.isEmpty()) {
			return found;
		}
		List<String> delays = java.util.Arrays.stream(CaseOutcome.values())
			.filter(CaseOutcome::stopsAid)
			.map(CaseOutcome::name)
			.toList();
		this.jdbc.sql("""
				select id, student_id, trigger_code, coalesce(chosen_at, opened_at) as since from diversion_case
				where level = :caseLevel and status in (:waiting) and student_choice in (:delays)
				  and student_id = any(:ids::bigint[])
				order by since, id
				""")
			.param("caseLevel", CaseLevel.CASE.name())
			.param("waiting", CaseStatus.names(CaseStatus.WAITING))
			.param("delays", delays)
			.param("ids", studentIds.toArray(Long[]::new))
			.query((rs) -> {
				found.putIfAbsent(rs.getLong("student_id"), new OpenDelayCase(rs.getLong("student_id"),
						rs.getLong("id"), CaseTrigger.valueOf(rs.getString("trigger_code")),
						rs.getObject("since", OffsetDateTime.class).atZoneSameInstant(SchoolTime.ZONE).toLocalDate()));
			});
		return found;
	}

	/**
	 * The warnings and cases of one student the caller may see, newest first.
	 */
	@Transactional(readOnly = true)
	public List<CaseView> ofStudent(String studentNo) {
		StudentKey student = this.students.visibleKey(studentNo)
			.orElseThrow(() -> new DegreeAudit.AuditedStudentNotFoundException(studentNo));
		return query("c.student_id = :s", Map.of("s", student.id()), this.students::cardsByIds);
	}

	@Transactional(readOnly = true)
	public CaseView get(long id) {
		List<CaseView> found = query("c.id = :id", Map.of("id", id), this.students::visibleCards);
		if (found.isEmpty()) {
			throw notFound(id);
		}
		return found.get(0);
	}

	/**
	 * The student states which of the allowed outcomes they choose.
	 */
	@Transactional
	public void choose(long id, long version, String option, String note) {
		CurrentUser user = this.currentUsers.require(Role.STUDENT);
		DiversionCase diversion = load(id);
		if (!card(diversion).studentNo().equals(user.studentNo())) {
			throw new AccessDeniedException("Not the student's case");
		}
		diversion.choose(outcome(option), note);
		save(diversion, version);
	}

	/**
	 * The graduate school decides; the student's status changes accordingly.
	 */
	@Transactional
	public void decide(long id, long version, String decision, String reason) {
		CurrentUser user = this.currentUsers.require(Role.GRAD_SCHOOL);
		DiversionCase diversion = load(id);
		String studentNo = card(diversion).studentNo();
		StudentStatus status = diversion.decide(outcome(decision), reason, user.displayName());
		save(diversion, version);
		long studentVersion = this.students.byStudentNo(studentNo).orElseThrow().version();
		this.students.changeStatus(studentNo, studentVersion,
				new StatusChangeCommand(status, SchoolTime.today(), reason.trim(), "case " + id));
	}

	/**
	 * @return the case, if the caller may see its student
	 */
	private DiversionCase load(long id) {
		return this.cases.findById(id)
			.filter((diversion) -> !this.students.visibleCards(List.of(diversion.getStudentId())).isEmpty())
			.orElseThrow(() -> notFound(id));
	}

	private StudentCard card(DiversionCase diversion) {
		return this.students.cardsByIds(List.of(diversion.getStudentId())).get(diversion.getStudentId());
	}

	private void save(DiversionCase diversion, long version) {
		if (diversion.getVersion() != version) {
			throw new OptimisticLockingFailureException("Case " + diversion.getId() + " changed meanwhile");
		}
		this.cases.saveAndFlush(diversion);
	}

	private static CaseOutcome outcome(String name) {
		return CaseOutcome.of(name).orElseThrow(() -> new BusinessRuleException("case.error.option", name));
	}

	private static EligibilityRecordNotFoundException notFound(long id) {
		return new EligibilityRecordNotFoundException("case " + id);
	}

	/**
	 * The cases matching the condition whose student the lookup returns (the register's
	 * cards, or only those the caller may see).
	 */
	private List<CaseView> query(String condition, Map<String, Object> params,
			Function<Collection<Long>, Map<Long, StudentCard>> lookup) {
		Map<String, Object> all = new HashMap<>(params);
		all.put("caseLevel", CaseLevel.CASE.name());
		List<Object[]> rows = new ArrayList<>();
		this.jdbc.sql("""
				select c.* from diversion_case c
				where %s order by case when c.level = :caseLevel then 0 else 1 end, c.opened_at desc, c.id desc
				""".formatted(condition)).params(all).query((rs) -> {
			rows.add(new Object[] { rs.getLong("student_id"), rs.getLong("id"),
					CaseLevel.valueOf(rs.getString("level")), CaseTrigger.valueOf(rs.getString("trigger_code")),
					rs.getString("detail"), CaseOutcome.fromStored(rs.getString("options")),
					CaseStatus.valueOf(rs.getString("status")), outcomeOrNull(rs.getString("student_choice")),
					rs.getString("student_note"), outcomeOrNull(rs.getString("decision")),
					rs.getString("decision_reason"), rs.getString("decided_by"),
					rs.getObject("opened_at", OffsetDateTime.class), rs.getLong("version") });
		});
		if (rows.isEmpty()) {
			return List.of();
		}
		Map<Long, StudentCard> students = lookup.apply(rows.stream().map((r) -> (Long) r[0]).distinct().toList());
		List<CaseView> cases = new ArrayList<>();
		for (Object[] r : rows) {
			StudentCard student = students.get((Long) r[0]);
			if (student != null) {
				@SuppressWarnings("unchecked")
				List<CaseOutcome> options = (List<CaseOutcome>) r[5];
				cases.add(new CaseView((Long) r[1], student.studentNo(), student.name(), student.hospitalCode(),
						(CaseLevel) r[2], (CaseTrigger) r[3], (String) r[4], options, (CaseStatus) r[6],
						(CaseOutcome) r[7], (String) r[8], (CaseOutcome) r[9], (String) r[10], (String) r[11],
						(OffsetDateTime) r[12], (Long) r[13]));
			}
		}
		return cases;
	}

	private static CaseOutcome outcomeOrNull(String name) {
		return (name != null) ? CaseOutcome.valueOf(name) : null;
	}

}
