package com.clinigrad.students;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import com.clinigrad.accounts.AccountDirectory;
import com.clinigrad.accounts.CurrentUser;
import com.clinigrad.accounts.CurrentUsers;
import com.clinigrad.accounts.Role;
import com.clinigrad.accounts.ScopeReferences;
import com.clinigrad.organization.DisciplineRef;
import com.clinigrad.organization.HospitalRef;
import com.clinigrad.organization.Organization;
import com.clinigrad.organization.ProgramRef;
import com.clinigrad.shared.BusinessRuleException;
import com.clinigrad.shared.SchoolTime;
import com.clinigrad.shared.events.StudentEvents;
import com.clinigrad.shared.history.ChangeEntry;
import com.clinigrad.shared.history.ChangeHistory;
import com.clinigrad.shared.reads.Reads;
import com.clinigrad.supervisors.AbsenceView;
import com.clinigrad.supervisors.GroupRef;
import com.clinigrad.supervisors.SupervisedStudents;
import com.clinigrad.supervisors.SupervisorAbsences;
import com.clinigrad.supervisors.SupervisorDirectory;
import com.clinigrad.supervisors.SupervisorGroups;
import com.clinigrad.supervisors.SupervisorRef;

import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The student register: search and read within the caller's scope, registration and edits
 * by graduate-school staff, status changes along the allowed transitions, and upserts for
 * the import.
 */
@Service
@Transactional(readOnly = true)
public class StudentRegistry implements ScopeReferences, SupervisedStudents {

	private final StudentRepository students;

	private final StudentStatusChangeRepository statusChanges;

	private final StudentSearch search;

	private final Organization organization;

	private final SupervisorDirectory supervisors;

	private final CurrentUsers currentUsers;

	private final ChangeHistory changeHistory;

	private final JdbcClient jdbc;

	private final StudentEvents events;

	private final StudentBatchWriter batchWriter;

	private final SupervisorAbsences absences;

	private final SupervisorGroups groups;

	private final AccountDirectory accounts;

	private final KeptChoices keptChoices;

	private final Reads reads;

	StudentRegistry(StudentRepository students, StudentStatusChangeRepository statusChanges, StudentSearch search,
			Organization organization, SupervisorDirectory supervisors, CurrentUsers currentUsers,
			ChangeHistory changeHistory, JdbcClient jdbc, StudentEvents events, StudentBatchWriter batchWriter,
			SupervisorAbsences absences, SupervisorGroups groups, AccountDirectory accounts, KeptChoices keptChoices,
			Reads reads) {
		this.accounts = accounts;
		this.reads = reads;
		this.keptChoices = keptChoices;
		this.absences = absences;
		this.groups = groups;
		this.events = events;
		this.batchWriter = batchWriter;
		this.students = students;
		this.statusChanges = statusChanges;
		this.search = search;
		this.organization = organization;
		this.supervisors = supervisors;
		this.currentUsers = currentUsers;
		this.changeHistory = changeHistory;
		this.jdbc = jdbc;
	}

	/**
	 * Searches the students the caller may see: the count and the page in one statement,
	 * so without a transaction of its own.
	 * @throws AccessDeniedException for a caller whose roles see no students
	 */
	@Transactional(readOnly = true, propagation = Propagation.SUPPORTS)
	public Page<StudentRow> search(StudentFilter filter, Pageable pageable) {
		StudentScope scope = scope();
		Long hospitalId = (filter.hospitalCode() != null && !filter.hospitalCode().isBlank())
				? this.organization.hospitalByCode(filter.hospitalCode()).map(HospitalRef::id).orElse(null) : null;
		Long supervisorId = (filter.supervisorStaffNo() != null && !filter.supervisorStaffNo().isBlank())
				? this.supervisors.byStaffNo(filter.supervisorStaffNo()).map(SupervisorRef::id).orElse(null) : null;
		return this.search.search(scope, filter, hospitalId, supervisorId, pageable, SchoolTime.today());
	}

	/**
	 * What the student list's filters offer the caller: the cohorts, programs and
	 * hospitals of the students they may see (one statement, no transaction of its own;
	 * kept a minute for the scopes many people share, {@link KeptChoices}).
	 */
	@Transactional(readOnly = true, propagation = Propagation.SUPPORTS)
	public StudentChoices choices() {
		return this.keptChoices.of(scope(), this::readChoices);
	}

	private StudentChoices readChoices(StudentScope scope) {
		Map<String, Object> params = new java.util.HashMap<>();
		String inScope = scope.sql("s", params);
		List<Integer> cohorts = new java.util.ArrayList<>();
		List<ProgramRef> programs = new java.util.ArrayList<>();
		List<HospitalRef> hospitals = new java.util.ArrayList<>();
		List<DisciplineRef> disciplines = new java.util.ArrayList<>();
		// the filter bar in one query, each row one choice; the cohorts (from one to the
		// next through the index), programs and hospitals (is there a student of it in
		// scope?) by index probes, not by reading every student
		this.jdbc
			.sql("""
					with recursive cohorts as (
					  select (select min(s.cohort_year) from student s where %1$s) as y
					  union all
					  select (select min(s.cohort_year) from student s where s.cohort_year > c.y and %1$s)
					  from cohorts c where c.y is not null)
					select cast(y as integer) as cohort_year, cast(null as varchar) as program_code,
					       cast(null as varchar) as program_name, cast(null as varchar) as program_name_en,
					       cast(null as varchar) as program_degree_type, cast(null as varchar) as university,
					       cast(null as varchar) as university_en, cast(null as varchar) as program_discipline_code,
					       cast(null as integer) as standard_years, cast(null as bigint) as hospital_id,
					       cast(null as varchar) as hospital_code, cast(null as varchar) as hospital_name,
					       cast(null as varchar) as hospital_name_en, cast(null as varchar) as discipline_code,
					       cast(null as varchar) as discipline_name, cast(null as varchar) as discipline_name_en,
					       cast(null as integer) as discipline_level, cast(null as varchar) as parent_code
					from cohorts where y is not null
					union all
					select null, p.code, p.name, p.name_en, p.degree_type, p.university, p.university_en,
					       p.discipline_code, p.standard_years, null, null, null, null, null, null, null, null, null
					from program p where exists (select 1 from student s where s.program_code = p.code and %1$s)
					union all
					select null, null, null, null, null, null, null, null, null, h.id, h.code, h.name, h.name_en,
					       null, null, null, null, null
					from hospital h where exists (select 1 from student s where s.hospital_id = h.id and %1$s)
					union all
					select null, null, null, null, null, null, null, null, null, null, null, null, null,
					       d.code, d.name, d.name_en, d.level, d.parent_code
					from discipline d where d.level = 2
					order by cohort_year desc nulls last, program_code, hospital_code, discipline_code"""
				.formatted(inScope))
			.params(params)
			.query((rs) -> {
				if (rs.getObject("cohort_year") != null) {
					cohorts.add(rs.getInt("cohort_year"));
				}
				else if (rs.getString("program_code") != null) {
					programs.add(new ProgramRef(rs.getString("program_code"), rs.getString("program_name"),
							rs.getString("program_name_en"), rs.getString("program_degree_type"),
							rs.getString("university"), rs.getString("university_en"),
							rs.getString("program_discipline_code"), rs.getInt("standard_years")));
				}
				else if (rs.getString("hospital_code") != null) {
					hospitals.add(new HospitalRef(rs.getLong("hospital_id"), rs.getString("hospital_code"),
							rs.getString("hospital_name"), rs.getString("hospital_name_en")));
				}
				else {
					disciplines.add(new DisciplineRef(rs.getString("discipline_code"), rs.getString("discipline_name"),
							rs.getString("discipline_name_en"), rs.getInt("discipline_level"),
							rs.getString("parent_code")));
				}
			});
		return new StudentChoices(cohorts, programs, hospitals, disciplines);
	}

	/**
	 * The list rows of those of these students the caller may see, in student-number
	 * order: what other modules' lists of students show and filter by.
	 */
	public Map<Long, StudentRow> visibleRows(Collection<Long> ids) {
		StudentScope scope = scopeOf(this.currentUsers.current());
		if (scope.none() || ids.isEmpty()) {
			return Map.of();
		}
		Map<String, Object> params = new java.util.HashMap<>();
		String condition = scope.sql("s", params);
		return this.search.rows(ids, condition, params);
	}

	/**
	 * Records what the degree audit's scan found about these students (the eligibility
	 * module calls it after each scan): their risk replaces what was recorded; a student
	 * assessed without a risk has none any more.
	 * @param assessed the students the scan looked at
	 * @param risks what it found, by student id
	 */
	@Transactional
	public void recordRisks(Collection<Long> assessed, Map<Long, StudentRisk> risks) {
		if (assessed.isEmpty()) {
			return;
		}
		this.jdbc.sql("delete from student_risk where student_id = any(:ids)")
			.param("ids", assessed.toArray(Long[]::new))
			.update();
		List<Map.Entry<Long, StudentRisk>> found = risks.entrySet()
			.stream()
			.filter((e) -> e.getValue().openCases() > 0 || e.getValue().openWarnings() > 0
					|| e.getValue().nextDueOn() != null)
			.toList();
		if (found.isEmpty()) {
			return;
		}
		this.jdbc.sql("""
				insert into student_risk (student_id, open_cases, open_warnings, next_due_on, assessed_on)
				select f.s, f.c, f.w, cast(f.d as date), cast(:today as date)
				from unnest(:ids, :cases, :warnings, :due) as f(s, c, w, d)
				on conflict (student_id) do update set open_cases = excluded.open_cases,
				  open_warnings = excluded.open_warnings, next_due_on = excluded.next_due_on,
				  assessed_on = excluded.assessed_on
				""")
			.param("ids", found.stream().map(Map.Entry::getKey).toArray(Long[]::new))
			.param("cases", found.stream().map((e) -> e.getValue().openCases()).toArray(Integer[]::new))
			.param("warnings", found.stream().map((e) -> e.getValue().openWarnings()).toArray(Integer[]::new))
			.param("due",
					found.stream()
						.map((e) -> (e.getValue().nextDueOn() != null) ? e.getValue().nextDueOn().toString() : null)
						.toArray(String[]::new))
			.param("today", SchoolTime.today())
			.update();
	}

	/**
	 * Forgets the risk of every student but these (after a scan of all students in
	 * training: those who left it are no longer at risk).
	 */
	@Transactional
	public void retainRisks(Collection<Long> assessed) {
		this.jdbc.sql("delete from student_risk where not (student_id = any(:ids))")
			.param("ids", assessed.toArray(Long[]::new))
			.update();
	}

	/**
	 * @return the number of students per status among those the caller may see
	 */
	public Map<StudentStatus, Long> countByStatus() {
		return this.search.countByStatus(scope());
	}

	/**
	 * What the dashboards show of the students the caller may see.
	 */
	public StudentOverview overview() {
		StudentScope scope = scope();
		List<RecentStatusChange> recent = this.search.recentStatusChanges(scope, 8);
		// who changed the status, by the accounts' display names (the records keep
		// usernames)
		Map<String, String> names = this.accounts
			.displayNames(recent.stream().map(RecentStatusChange::changedBy).toList());
		return new StudentOverview(this.search.countByStatus(scope), this.search.countByProgramAndStatus(scope),
				recent.stream()
					.map((c) -> c.bySystem() ? c : c.byName(names.getOrDefault(c.changedBy(), c.changedBy())))
					.toList(),
				this.search.activeWithoutHospital(scope));
	}

	/**
	 * @return whether the caller's roles let them see any student at all
	 */
	public boolean mayListStudents() {
		return !scopeOf(this.currentUsers.current()).none();
	}

	/**
	 * A student's record, supervisors, status history and change history.
	 * @throws StudentNotFoundException when there is no such student or the caller may
	 * not see it
	 */
	@Transactional(readOnly = true, propagation = Propagation.SUPPORTS)
	public StudentDetail detail(String studentNo) {
		// the header and profile, then the supervisors, the change history, the group,
		// the
		// absences and the status history together in one round trip (each a statement of
		// its own module), then the names of who made the changes: single statements, so
		// no transaction around them (its begin and commit cost the page 4 % of its CPU)
		StudentSearch.Profile profile = this.search.profile(studentNo, scope())
			.orElseThrow(() -> new StudentNotFoundException(studentNo));
		List<Long> supervisorIds = new java.util.ArrayList<>();
		supervisorIds.add(profile.supervisorId());
		if (profile.coSupervisorId() != null) {
			supervisorIds.add(profile.coSupervisorId());
		}
		Long groupId = profile.supervisorGroupId();
		LocalDate today = SchoolTime.today();
		Reads.Batch batch = this.reads.batch();
		Supplier<Map<Long, SupervisorRef>> supervisorsRead = batch.add(this.supervisors.byIdsRead(supervisorIds));
		// names of earlier hospitals and supervisors are looked up only when a change
		// shows them
		Supplier<List<ChangeEntry>> historyRead = batch
			.add(this.changeHistory.read(Student.class, profile.id(), Student.HISTORY_FIELDS,
					Map.of("hospitalId", (id) -> name(this.organization.hospital((Long) id).orElse(null), id),
							"supervisorId", (id) -> supervisorName((Long) id), "coSupervisorId",
							(id) -> supervisorName((Long) id), "supervisorGroupId", (id) -> groupName((Long) id))));
		Supplier<Map<Long, GroupRef>> groupRead = batch
			.add(this.groups.byIdsRead((groupId != null) ? List.of(groupId) : List.of()));
		Supplier<List<Long>> absencesRead = batch.add(this.absences.inProgressRead(supervisorIds, today));
		Supplier<List<StatusChangeView>> statusChangesRead = batch.add(this.search.statusChanges(profile.id()));
		batch.run();
		Map<Long, SupervisorRef> supervisorsById = supervisorsRead.get();
		List<ChangeEntry> history = historyRead.get();
		GroupRef group = (groupId != null) ? groupRead.get().get(groupId) : null;
		List<Long> absences = absencesRead.get();
		List<AbsenceView> deputies = absences.isEmpty() ? List.of()
				: this.absences.views(absences, today)
					.values()
					.stream()
					.sorted(java.util.Comparator.comparing(AbsenceView::leavesOn))
					.toList();
		List<StatusChangeView> statusChanges = statusChangesRead.get();
		// who changed what, by the accounts' display names (the records keep usernames):
		// one query for both histories
		Map<String, String> names = this.accounts.displayNames(java.util.stream.Stream
			.concat(statusChanges.stream().map(StatusChangeView::changedBy), history.stream().map(ChangeEntry::who))
			.toList());
		return new StudentDetail(profile.student(), profile.program(), profile.discipline(), profile.hospital(),
				supervisorsById.get(profile.supervisorId()),
				(profile.coSupervisorId() != null) ? supervisorsById.get(profile.coSupervisorId()) : null,
				statusChanges.stream()
					.map((c) -> c.bySystem() ? c : c.byName(names.getOrDefault(c.changedBy(), c.changedBy())))
					.toList(),
				AccountDirectory.named(history, names), group, deputies,
				this.supervisors.pagesOpen(supervisorsById.values()), group != null && this.groups.mayOpen(group));
	}

	/**
	 * The student's record for an edit form; graduate-school staff only.
	 */
	public StudentView forEdit(String studentNo) {
		this.currentUsers.require(Role.GRAD_SCHOOL);
		return toView(find(studentNo));
	}

	/**
	 * Whether the caller may see this student; for other modules that show a student's
	 * data.
	 */
	public boolean isVisible(String studentNo) {
		return this.students.findByStudentNo(studentNo).map((student) -> scope().allows(student)).orElse(false);
	}

	/**
	 * The student's keys, if the student exists and the caller may see them; for modules
	 * that answer 404 otherwise.
	 */
	@Transactional(readOnly = true, propagation = Propagation.SUPPORTS)
	public Optional<StudentKey> visibleKey(String studentNo) {
		// one query reads the keys and what the scope is checked against (the audit API
		// asks this on every call); the scope is worked out only for a student that
		// exists,
		// as isVisible does
		Optional<ScopedKey> found = this.jdbc.sql("""
				select s.id, s.student_no, s.program_code, s.cohort_year, s.discipline_code, h.code as hospital_code,
				       s.hospital_id, s.supervisor_id, s.co_supervisor_id
				from student s left join hospital h on h.id = s.hospital_id where s.student_no = :no
				""")
			.param("no", studentNo)
			.query((rs, row) -> new ScopedKey(key(rs, row), nullableLong(rs, "hospital_id"),
					nullableLong(rs, "supervisor_id"), nullableLong(rs, "co_supervisor_id")))
			.optional();
		return found
			.filter((student) -> scope().allows(student.hospitalId(), student.supervisorId(), student.coSupervisorId(),
					student.key().studentNo()))
			.map(ScopedKey::key);
	}

	private static Long nullableLong(java.sql.ResultSet rs, String column) throws java.sql.SQLException {
		long value = rs.getLong(column);
		return rs.wasNull() ? null : value;
	}

	private record ScopedKey(StudentKey key, Long hospitalId, Long supervisorId, Long coSupervisorId) {
	}

	public Optional<StudentView> byStudentNo(String studentNo) {
		return this.students.findByStudentNo(studentNo).map(this::toView);
	}

	/**
	 * @return the ids of the students with these numbers, by number
	 */
	/**
	 * Looks students up by number without a caller check (imports and the audit check the
	 * caller themselves).
	 * @return the keys of the numbers that exist
	 */
	@Transactional(readOnly = true)
	public Map<String, StudentKey> keysByStudentNo(Collection<String> studentNos) {
		Map<String, StudentKey> keys = new java.util.HashMap<>();
		if (studentNos.isEmpty()) {
			return keys;
		}
		this.jdbc.sql("""
				select s.id, s.student_no, s.program_code, s.cohort_year, s.discipline_code, h.code as hospital_code
				from student s left join hospital h on h.id = s.hospital_id where s.student_no in (:nos)
				""").param("nos", studentNos).query((rs) -> {
			keys.put(rs.getString("student_no"),
					new StudentKey(rs.getLong("id"), rs.getString("student_no"), rs.getString("program_code"),
							rs.getInt("cohort_year"), rs.getString("discipline_code"), rs.getString("hospital_code")));
		});
		return keys;
	}

	/**
	 * Looks students up by id without a caller check (for rosters whose access the caller
	 * has checked).
	 */
	@Transactional(readOnly = true)
	public Map<Long, StudentCard> cardsByIds(Collection<Long> ids) {
		return cards(ids, "true", new java.util.HashMap<>());
	}

	/**
	 * The list rows of these students without a caller check (for rosters whose access
	 * the caller has checked, such as a department's trainees for its coordinator), in
	 * student-number order.
	 */
	@Transactional(readOnly = true)
	public Map<Long, StudentRow> rowsByIds(Collection<Long> ids) {
		return this.search.rows(ids, "true", new java.util.HashMap<>());
	}

	/**
	 * @return those of the students with these ids that the caller may see
	 */
	@Transactional(readOnly = true)
	public Map<Long, StudentCard> visibleCards(Collection<Long> ids) {
		StudentScope scope = scopeOf(this.currentUsers.current());
		if (scope.none()) {
			return Map.of();
		}
		Map<String, Object> params = new java.util.HashMap<>();
		String condition = scope.sql("s", params);
		return cards(ids, condition, params);
	}

	private Map<Long, StudentCard> cards(Collection<Long> ids, String condition, Map<String, Object> params) {
		Map<Long, StudentCard> cards = new java.util.LinkedHashMap<>();
		if (ids.isEmpty()) {
			return cards;
		}
		// one array, not a placeholder per id (an import settles ten thousand at once)
		params.put("ids", ids.stream().distinct().toArray(Long[]::new));
		this.jdbc
			.sql("select s.id, s.student_no, s.name, s.program_code, s.cohort_year, s.status, h.code as hospital_code"
					+ " from student s left join hospital h on h.id = s.hospital_id where s.id = any(:ids::bigint[]) and "
					+ condition + " order by s.student_no")
			.params(params)
			.query((rs) -> {
				cards.put(rs.getLong("id"),
						new StudentCard(rs.getLong("id"), rs.getString("student_no"), rs.getString("name"),
								rs.getString("program_code"), rs.getInt("cohort_year"), rs.getString("hospital_code"),
								StudentStatus.valueOf(rs.getString("status"))));
			});
		return cards;
	}

	/**
	 * The students in training (enrolled) of a hospital's cohort, without a caller check
	 * (the rotation scheduler checks the hospital office itself).
	 */
	@Transactional(readOnly = true)
	public List<StudentKey> enrolledKeysOf(String hospitalCode, int cohortYear) {
		return this.jdbc.sql("""
				select s.id, s.student_no, s.program_code, s.cohort_year, s.discipline_code, h.code as hospital_code
				from student s join hospital h on h.id = s.hospital_id
				where h.code = :h and s.cohort_year = :c and s.status = :enrolled order by s.student_no
				""")
			.param("enrolled", StudentStatus.ENROLLED.name())
			.param("h", hospitalCode)
			.param("c", cohortYear)
			.query((rs, n) -> new StudentKey(rs.getLong("id"), rs.getString("student_no"), rs.getString("program_code"),
					rs.getInt("cohort_year"), rs.getString("discipline_code"), rs.getString("hospital_code")))
			.list();
	}

	/**
	 * The students the caller may see in a program, optionally of one cohort, in training
	 * or about to graduate (enrolled, delayed or degree deferred).
	 * @throws AccessDeniedException for a caller whose roles see no students
	 */
	@Transactional(readOnly = true)
	public List<StudentKey> visibleKeysOf(String programCode, Integer cohortYear) {
		return visibleKeysOf(List.of(programCode), cohortYear);
	}

	/**
	 * The students the caller may see in these programs, optionally of one cohort, in
	 * training or about to graduate (enrolled, delayed or degree deferred).
	 * @throws AccessDeniedException for a caller whose roles see no students
	 */
	@Transactional(readOnly = true)
	public List<StudentKey> visibleKeysOf(Collection<String> programCodes, Integer cohortYear) {
		if (programCodes.isEmpty()) {
			return List.of();
		}
		StudentScope scope = scope();
		Map<String, Object> params = new java.util.HashMap<>();
		String condition = scope.sql("s", params);
		params.put("p", programCodes);
		params.put("c", cohortYear);
		params.put("awaitingDegree", StudentStatus.names(StudentStatus.AWAITING_DEGREE));
		return this.jdbc.sql("""
				select s.id, s.student_no, s.program_code, s.cohort_year, s.discipline_code, h.code as hospital_code
				from student s left join hospital h on h.id = s.hospital_id
				where s.program_code in (:p) and (cast(:c as integer) is null or s.cohort_year = :c)
				  and s.status in (:awaitingDegree)""" + " and " + condition + " order by s.student_no")
			.params(params)
			.query(StudentRegistry::key)
			.list();
	}

	/**
	 * The facts an award scheme needs of the students in these programs who are in
	 * training (enrolled or delayed), in one query, without a caller check: a ranking
	 * compares every student of a quota group, and the awards module checks who may see
	 * which result.
	 */
	@Transactional(readOnly = true)
	public List<StudentFacts> factsOf(Collection<String> programCodes) {
		if (programCodes.isEmpty()) {
			return List.of();
		}
		Map<String, Object> params = new java.util.HashMap<>();
		params.put("p", programCodes);
		params.put("inTraining", StudentStatus.names(StudentStatus.IN_TRAINING));
		return this.jdbc
			.sql("""
					select s.id, s.student_no, s.name, s.program_code, s.degree_type, s.cohort_year, s.admission_type,
					       s.status, h.code as hospital_code, sup.staff_no as supervisor_staff_no,
					       co.staff_no as co_supervisor_staff_no
					from student s left join hospital h on h.id = s.hospital_id
					left join supervisor sup on sup.id = s.supervisor_id left join supervisor co on co.id = s.co_supervisor_id
					where s.program_code in (:p) and s.status in (:inTraining) order by s.student_no
					""")
			.params(params)
			.query((rs, n) -> new StudentFacts(rs.getLong("id"), rs.getString("student_no"), rs.getString("name"),
					rs.getString("program_code"), DegreeType.valueOf(rs.getString("degree_type")),
					rs.getInt("cohort_year"), AdmissionType.valueOf(rs.getString("admission_type")),
					StudentStatus.valueOf(rs.getString("status")), rs.getString("hospital_code"),
					rs.getString("supervisor_staff_no"), rs.getString("co_supervisor_staff_no")))
			.list();
	}

	/**
	 * Every student the caller may see, whatever their status, of one program or all
	 * ({@code null}), in student-number order: what the annual report and the offices'
	 * figures count.
	 */
	@Transactional(readOnly = true)
	public List<StudentFigureRow> visibleFigureRows(String programCode) {
		StudentScope scope = scope();
		if (scope.none()) {
			return List.of();
		}
		Map<String, Object> params = new java.util.HashMap<>();
		String condition = scope.sql("s", params);
		params.put("p", programCode);
		return this.jdbc
			.sql("""
					select s.id, s.student_no, s.name, s.program_code, s.degree_type, s.cohort_year, s.admission_type,
					       s.source_school, s.status, h.code as hospital_code, sup.staff_no as supervisor_staff_no,
					       co.staff_no as co_supervisor_staff_no
					from student s left join hospital h on h.id = s.hospital_id
					left join supervisor sup on sup.id = s.supervisor_id left join supervisor co on co.id = s.co_supervisor_id
					where (cast(:p as varchar) is null or s.program_code = :p)"""
					+ " and " + condition + " order by s.student_no")
			.params(params)
			.query((rs, n) -> new StudentFigureRow(rs.getLong("id"), rs.getString("student_no"), rs.getString("name"),
					rs.getString("program_code"), DegreeType.valueOf(rs.getString("degree_type")),
					rs.getInt("cohort_year"), AdmissionType.valueOf(rs.getString("admission_type")),
					(rs.getString("source_school") != null) ? SourceSchool.valueOf(rs.getString("source_school"))
							: null,
					StudentStatus.valueOf(rs.getString("status")), rs.getString("hospital_code"),
					rs.getString("supervisor_staff_no"), rs.getString("co_supervisor_staff_no")))
			.list();
	}

	/**
	 * How many students the caller may see in each of these programs, by status,
	 * optionally of one cohort, whatever their status (to say why a batch audit found
	 * nobody).
	 * @return status counts by program code; a program without students is absent
	 * @throws AccessDeniedException for a caller whose roles see no students
	 */
	@Transactional(readOnly = true)
	public Map<String, Map<StudentStatus, Long>> visibleCountsOf(Collection<String> programCodes, Integer cohortYear) {
		Map<String, Map<StudentStatus, Long>> counts = new java.util.HashMap<>();
		if (programCodes.isEmpty()) {
			return counts;
		}
		StudentScope scope = scope();
		Map<String, Object> params = new java.util.HashMap<>();
		String condition = scope.sql("s", params);
		params.put("p", programCodes);
		params.put("c", cohortYear);
		this.jdbc
			.sql("""
					select s.program_code, s.status, count(*) as n from student s
					where s.program_code in (:p) and (cast(:c as integer) is null or s.cohort_year = :c)""" + " and "
					+ condition + " group by s.program_code, s.status")
			.params(params)
			.query((rs) -> {
				counts
					.computeIfAbsent(rs.getString("program_code"),
							(program) -> new java.util.EnumMap<>(StudentStatus.class))
					.put(StudentStatus.valueOf(rs.getString("status")), rs.getLong("n"));
			});
		return counts;
	}

	/**
	 * Every student in training (enrolled or delayed), without a caller check (the
	 * nightly scan of warnings and cases).
	 */
	@Transactional(readOnly = true)
	public List<StudentKey> keysInTraining() {
		return this.jdbc.sql("""
				select s.id, s.student_no, s.program_code, s.cohort_year, s.discipline_code, h.code as hospital_code
				from student s left join hospital h on h.id = s.hospital_id where s.status in (:inTraining)
				order by s.student_no
				""")
			.param("inTraining", StudentStatus.names(StudentStatus.IN_TRAINING))
			.query(StudentRegistry::key)
			.list();
	}

	/**
	 * @return those of these students who are in training (enrolled or delayed), without
	 * a caller check (for reactions to changes of their records)
	 */
	public List<StudentKey> keysInTraining(Collection<Long> studentIds) {
		if (studentIds.isEmpty()) {
			return List.of();
		}
		return this.jdbc.sql("""
				select s.id, s.student_no, s.program_code, s.cohort_year, s.discipline_code, h.code as hospital_code
				from student s left join hospital h on h.id = s.hospital_id
				where s.status in (:inTraining) and s.id = any(:ids)
				order by s.student_no
				""")
			.param("inTraining", StudentStatus.names(StudentStatus.IN_TRAINING))
			.param("ids", studentIds.toArray(Long[]::new))
			.query(StudentRegistry::key)
			.list();
	}

	private static StudentKey key(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
		return new StudentKey(rs.getLong("id"), rs.getString("student_no"), rs.getString("program_code"),
				rs.getInt("cohort_year"), rs.getString("discipline_code"), rs.getString("hospital_code"));
	}

	public Map<String, Long> idsByStudentNo(Collection<String> studentNos) {
		return this.students.findByStudentNoIn(studentNos)
			.stream()
			.collect(Collectors.toMap(Student::getStudentNo, Student::getId));
	}

	/**
	 * Registers a new student typed on the page; graduate-school staff only.
	 * @throws BusinessRuleException when the number is taken, a reference is unknown or
	 * the cohort is further ahead than next year
	 */
	@Transactional
	public String register(StudentCommand command) {
		requireCohortYearNotAhead(null, command.cohortYear());
		return registerAdmitted(command);
	}

	/**
	 * Registers an admitted applicant as a new student; graduate-school staff only. The
	 * cohort is the admission's year, on record already, so it is not checked as a typed
	 * one.
	 * @throws BusinessRuleException when the number is taken or a reference is unknown
	 */
	@Transactional
	public String registerAdmitted(StudentCommand command) {
		CurrentUser user = this.currentUsers.require(Role.GRAD_SCHOOL);
		if (this.students.findByStudentNo(command.studentNo()).isPresent()) {
			throw new BusinessRuleException("student.error.numberTaken", command.studentNo());
		}
		Student student = new Student(command.studentNo());
		Student.ResolvedReferences refs = resolve(command);
		requireProgramDegreeType(command);
		requireClinicalHospital(null, refs);
		student.apply(command, refs);
		StudentStatusChange change = student.initialStatus(StudentStatus.ENROLLED, Student.REGISTERED_REASON,
				user.username());
		this.students.save(student);
		this.statusChanges.save(change);
		recorded(student);
		return student.getStudentNo();
	}

	/**
	 * Edits a student's record (not the status); graduate-school staff only.
	 */
	@Transactional
	public void edit(String studentNo, long version, StudentCommand command) {
		this.currentUsers.require(Role.GRAD_SCHOOL);
		Student student = find(studentNo);
		checkVersion(student, version);
		Student.ResolvedReferences refs = resolve(command);
		requireProgramDegreeType(command);
		requireCohortYearNotAhead(student.getCohortYear(), command.cohortYear());
		requireClinicalHospital(student.getCoSupervisorId(), refs);
		if (student.apply(command, refs)) {
			recorded(student);
		}
	}

	/**
	 * Puts a student in a supervisor group (导师组), or in none when the code is blank;
	 * graduate-school staff only. The change history keeps it.
	 * @throws BusinessRuleException when there is no group with the code
	 */
	@Transactional
	public void assignGroup(String studentNo, long version, String groupCode) {
		this.currentUsers.require(Role.GRAD_SCHOOL);
		Student student = find(studentNo);
		checkVersion(student, version);
		assignGroup(student, groupCode);
	}

	/**
	 * Puts a student in a supervisor group for trusted code (the demo data); no caller
	 * check.
	 */
	@Transactional
	public void assignGroupAs(String studentNo, String groupCode) {
		assignGroup(find(studentNo), groupCode);
	}

	private void assignGroup(Student student, String groupCode) {
		Long groupId = null;
		if (groupCode != null && !groupCode.isBlank()) {
			groupId = this.groups.byCode(groupCode.trim())
				.map(GroupRef::id)
				.orElseThrow(() -> new BusinessRuleException("supervisorGroup.error.unknown", groupCode.trim()));
		}
		if (student.assignGroup(groupId)) {
			recorded(student);
		}
	}

	/**
	 * A student entered on the pages takes the degree type of their program (a postdoc in
	 * a master's program would be audited by rules that are not theirs). The import keeps
	 * the exchange format's columns as given.
	 */
	private void requireProgramDegreeType(StudentCommand command) {
		ProgramRef program = this.organization.program(command.programCode()).orElseThrow();
		if (command.degreeType() != null && !command.degreeType().name().equals(program.degreeType())) {
			throw new BusinessRuleException("student.error.degreeTypeOfProgram",
					new DefaultMessageSourceResolvable(command.degreeType().messageKey()), program.code(),
					new DefaultMessageSourceResolvable(DegreeType.valueOf(program.degreeType()).messageKey()));
		}
	}

	/**
	 * A cohort entered on the pages is at most next year's (the admissions of the coming
	 * autumn are registered ahead; a cohort further ahead is a typing slip, 2099 for
	 * 2026). A year already on record is kept as it is. The import keeps the exchange
	 * format's range (1990–2100) as given: files are checked against that contract
	 * elsewhere.
	 * @param earlier the cohort year on record, {@code null} for a new student
	 */
	private static void requireCohortYearNotAhead(Integer earlier, int cohortYear) {
		int latest = SchoolTime.today().getYear() + 1;
		if (cohortYear > latest && !Integer.valueOf(cohortYear).equals(earlier)) {
			throw new BusinessRuleException("student.error.cohortYearAhead", String.valueOf(latest));
		}
	}

	/**
	 * The hospital (clinical) supervisor (院内导师) works at a hospital: a newly named one
	 * without a hospital is refused with the rule named (one already on record is kept).
	 */
	private void requireClinicalHospital(Long earlierCoSupervisorId, Student.ResolvedReferences refs) {
		Long coSupervisorId = refs.coSupervisorId();
		if (coSupervisorId == null || coSupervisorId.equals(earlierCoSupervisorId)) {
			return;
		}
		SupervisorRef clinical = this.supervisors.byId(coSupervisorId).orElseThrow();
		if (clinical.hospitalId() == null) {
			throw new BusinessRuleException("student.error.clinicalSupervisorHospital", clinical.name(),
					clinical.staffNo());
		}
	}

	/**
	 * Changes a student's status with a reason; graduate-school staff only.
	 * @throws BusinessRuleException when the transition is not allowed or the effective
	 * day is before the enrolment or more than a year ahead
	 */
	@Transactional
	public void changeStatus(String studentNo, long version, StatusChangeCommand command) {
		CurrentUser user = this.currentUsers.require(Role.GRAD_SCHOOL);
		Student student = find(studentNo);
		checkVersion(student, version);
		statusChanged(student, student.changeStatus(command.target(), command.effectiveOn(), command.reason(),
				command.evidence(), user.username(), SchoolTime.today()));
	}

	/**
	 * Corrects the latest change to a status after the record behind it was corrected (a
	 * degree's mistyped award date or certificate number): its effective day and evidence
	 * become the corrected ones and its reason says what was corrected and why; the
	 * status stays. Graduate-school staff.
	 * @param correction what was corrected and why, appended to the entry's reason
	 * @return whether the student had such an entry
	 */
	@Transactional
	public boolean correctStatusEntry(String studentNo, StudentStatus status, LocalDate effectiveOn, String evidence,
			String correction) {
		this.currentUsers.require(Role.GRAD_SCHOOL);
		Student student = find(studentNo);
		int updated = this.jdbc.sql("""
				update student_status_change
				set effective_on = :on, evidence = :evidence, reason = left(reason || ' · ' || :correction, 1000)
				where id = (select id from student_status_change where student_id = :student and to_status = :status
				            order by changed_at desc, id desc limit 1)
				""")
			.param("on", effectiveOn)
			.param("evidence", evidence)
			.param("correction", correction)
			.param("student", student.getId())
			.param("status", status.name())
			.update();
		if (updated > 0) {
			student.correctStatusSince(status, effectiveOn);
		}
		return updated > 0;
	}

	/**
	 * Creates or updates a student by number (import); the caller checks the role and has
	 * validated the references.
	 * @return whether anything changed
	 */
	@Transactional
	public boolean upsert(StudentCommand command, StudentStatus status) {
		String who = this.currentUsers.currentUsername();
		Optional<Student> existing = this.students.findByStudentNo(command.studentNo());
		if (existing.isEmpty()) {
			Student student = new Student(command.studentNo());
			student.apply(command, resolve(command));
			StudentStatusChange change = student.initialStatus(status, Student.IMPORT_REASON, who);
			this.students.save(student);
			this.statusChanges.save(change);
			recorded(student);
			return true;
		}
		Student student = existing.get();
		boolean changed = student.apply(command, resolve(command));
		StudentStatusChange change = student.importStatus(status, who);
		if (change != null) {
			statusChanged(student, change);
			changed = true;
		}
		if (changed) {
			recorded(student);
		}
		return changed;
	}

	/**
	 * Creates or updates a whole import file of students at once, in batches, by the ids
	 * the caller resolved once for the file; the caller checks the role and has validated
	 * the rows and references. Writes what {@link #upsert} writes for each row: the
	 * record, a status change ({@code import}) for a new student or a status the file
	 * changes, the change history, and the same events.
	 * @return how many students were added or changed
	 * @throws ObjectOptimisticLockingFailureException when a student was changed
	 * meanwhile
	 */
	@Transactional
	public int importStudents(List<StudentEntry> entries) {
		if (entries.isEmpty()) {
			return 0;
		}
		return this.batchWriter.write(entries, this.currentUsers.currentUsername());
	}

	private void recorded(Student student) {
		this.events.changed(StudentsRecorded.class, StudentsRecorded::new, student.getId());
	}

	private void statusChanged(Student student, StudentStatusChange change) {
		this.statusChanges.save(change);
		this.events.publish(new StudentStatusChanged(student.getId(), student.getStudentNo(), change.getFromStatus(),
				change.getToStatus()));
	}

	@Override
	public boolean supports(ScopeKind kind) {
		return kind == ScopeKind.STUDENT;
	}

	@Override
	public boolean exists(ScopeKind kind, String code) {
		return this.students.findByStudentNo(code).isPresent();
	}

	@Override
	public List<SupervisedStudent> of(long supervisorId) {
		StudentScope scope = scopeOf(this.currentUsers.current());
		return this.students
			.findBySupervisorIdOrCoSupervisorIdOrderByCohortYearDescStudentNoAsc(supervisorId, supervisorId)
			.stream()
			.filter(scope::allows)
			.map((student) -> new SupervisedStudent(student.getStudentNo(), student.getName(), student.getProgramCode(),
					student.getCohortYear(), student.getStatus().name(),
					!Long.valueOf(supervisorId).equals(student.getSupervisorId())))
			.toList();
	}

	@Override
	public List<SupervisedStudent> ofGroup(long groupId) {
		StudentScope scope = scopeOf(this.currentUsers.current());
		Map<String, Object> params = new java.util.HashMap<>();
		String condition = scope.none() ? "false" : scope.sql("s", params);
		params.put("group", groupId);
		return this.jdbc
			.sql("""
					select s.student_no, s.name, s.program_code, s.cohort_year, s.status from student s
					where s.supervisor_group_id = :group""" + " and " + condition
					+ " order by s.cohort_year desc, s.student_no")
			.params(params)
			.query((rs, n) -> new SupervisedStudent(rs.getString("student_no"), rs.getString("name"),
					rs.getString("program_code"), rs.getInt("cohort_year"), rs.getString("status"), false))
			.list();
	}

	/**
	 * The ids of the students a supervisor supervises or co-supervises, whatever their
	 * status and whoever asks: evidence for the supervisor's qualification (the
	 * publications of their students), which must not depend on the caller's scope.
	 */
	public List<Long> idsSupervisedBy(long supervisorId) {
		return this.jdbc.sql("select id from student where supervisor_id = :s or co_supervisor_id = :s order by id")
			.param("s", supervisorId)
			.query(Long.class)
			.list();
	}

	/**
	 * Every student with their supervisors, status and the day it began, whoever asks, in
	 * one query: the enrollment selection judges all supervisors by their students at
	 * once.
	 */
	public List<Supervision> supervisions() {
		return this.jdbc
			.sql("select id, student_no, supervisor_id, co_supervisor_id, program_code, cohort_year,"
					+ " status, status_since from student order by id")
			.query((rs, n) -> new Supervision(rs.getLong("id"), rs.getString("student_no"), rs.getLong("supervisor_id"),
					rs.getObject("co_supervisor_id", Long.class), rs.getString("program_code"),
					rs.getInt("cohort_year"), StudentStatus.valueOf(rs.getString("status")),
					rs.getObject("status_since", java.time.LocalDate.class)))
			.list();
	}

	@Override
	public Map<Long, Integer> activeCounts(Collection<Long> supervisorIds) {
		if (supervisorIds.isEmpty()) {
			return Map.of();
		}
		Map<Long, Integer> counts = new java.util.HashMap<>();
		this.jdbc.sql("""
				select sid, count(*) as n from (
				  select supervisor_id as sid from student where status in (:inTraining) and supervisor_id in (:ids)
				  union all
				  select co_supervisor_id from student where status in (:inTraining) and co_supervisor_id in (:ids)
				) t group by sid
				""")
			.param("ids", supervisorIds)
			.param("inTraining", StudentStatus.names(StudentStatus.IN_TRAINING))
			.query((rs) -> {
				counts.put(rs.getLong("sid"), rs.getInt("n"));
			});
		return counts;
	}

	@Override
	public java.util.Set<Long> supervisorsOfProgram(String programCode) {
		return new java.util.HashSet<>(this.jdbc.sql("""
				select supervisor_id from student where program_code = :program and supervisor_id is not null
				union
				select co_supervisor_id from student where program_code = :program and co_supervisor_id is not null
				""").param("program", programCode).query(Long.class).list());
	}

	@Override
	public long inTrainingCount(String programCode) {
		return this.jdbc.sql("""
				select count(*) from student where status in (:inTraining)
				and (cast(:program as varchar) is null or program_code = :program)""")
			.param("inTraining", StudentStatus.names(StudentStatus.IN_TRAINING))
			.param("program", programCode)
			.query(Long.class)
			.single();
	}

	/**
	 * Whether the caller acts as the student's supervisor today: the school or hospital
	 * supervisor, or, while one of them is abroad, the deputy they named. The one check
	 * of "supervises this student" for the steps only supervisors take (thesis, waivers).
	 */
	@Transactional(readOnly = true)
	public boolean supervisedByCaller(String studentNo) {
		CurrentUser user = this.currentUsers.current();
		if (!user.has(Role.SUPERVISOR)) {
			return false;
		}
		StudentScope scope = scopeOf(user);
		return this.students.findByStudentNo(studentNo).map(scope::supervises).orElse(false);
	}

	private StudentScope scope() {
		CurrentUser user = this.currentUsers.current();
		StudentScope scope = scopeOf(user);
		if (scope.none()) {
			throw new AccessDeniedException("No students in scope");
		}
		return scope;
	}

	private StudentScope scopeOf(CurrentUser user) {
		Long hospitalId = (user.hospitalCode() != null)
				? this.organization.hospitalByCode(user.hospitalCode()).map(HospitalRef::id).orElse(null) : null;
		Long supervisorId = (user.staffNo() != null)
				? this.supervisors.byStaffNo(user.staffNo()).map(SupervisorRef::id).orElse(null) : null;
		java.util.Set<Long> actingFor = (supervisorId != null && user.has(Role.SUPERVISOR))
				? this.absences.actingFor(supervisorId, SchoolTime.today()) : java.util.Set.of();
		return StudentScope.of(user, hospitalId, supervisorId, actingFor);
	}

	private Student visible(String studentNo) {
		StudentScope scope = scope();
		Student student = find(studentNo);
		if (!scope.allows(student)) {
			throw new StudentNotFoundException(studentNo);
		}
		return student;
	}

	private Student find(String studentNo) {
		return this.students.findByStudentNo(studentNo).orElseThrow(() -> new StudentNotFoundException(studentNo));
	}

	private static void checkVersion(Student student, long version) {
		if (student.getVersion() != version) {
			throw new ObjectOptimisticLockingFailureException(Student.class, student.getStudentNo());
		}
	}

	private Student.ResolvedReferences resolve(StudentCommand command) {
		if (this.organization.program(command.programCode()).isEmpty()) {
			throw new BusinessRuleException("student.error.unknownProgram", command.programCode());
		}
		Optional<DisciplineRef> discipline = this.organization.discipline(command.disciplineCode());
		if (discipline.isEmpty() || discipline.get().level() != 2) {
			throw new BusinessRuleException("student.error.unknownDiscipline", command.disciplineCode());
		}
		Long hospitalId = null;
		if (command.hospitalCode() != null && !command.hospitalCode().isBlank()) {
			hospitalId = this.organization.hospitalByCode(command.hospitalCode())
				.map(HospitalRef::id)
				.orElseThrow(() -> new BusinessRuleException("student.error.unknownHospital", command.hospitalCode()));
		}
		long supervisorId = this.supervisors.byStaffNo(command.supervisorStaffNo())
			.map(SupervisorRef::id)
			.orElseThrow(
					() -> new BusinessRuleException("student.error.unknownSupervisor", command.supervisorStaffNo()));
		Long coSupervisorId = null;
		if (command.coSupervisorStaffNo() != null && !command.coSupervisorStaffNo().isBlank()) {
			if (command.coSupervisorStaffNo().equals(command.supervisorStaffNo())) {
				throw new BusinessRuleException("student.error.coSupervisorSame");
			}
			coSupervisorId = this.supervisors.byStaffNo(command.coSupervisorStaffNo())
				.map(SupervisorRef::id)
				.orElseThrow(() -> new BusinessRuleException("student.error.unknownSupervisor",
						command.coSupervisorStaffNo()));
		}
		return new Student.ResolvedReferences(hospitalId, supervisorId, coSupervisorId);
	}

	private String supervisorName(Long id) {
		return this.supervisors.byId(id).map((s) -> s.name() + " (" + s.staffNo() + ")").orElse(String.valueOf(id));
	}

	private String groupName(Long id) {
		GroupRef group = this.groups.byIds(List.of(id)).get(id);
		return (group != null) ? group.name() + " (" + group.code() + ")" : String.valueOf(id);
	}

	private static String name(HospitalRef hospital, Object id) {
		return (hospital != null) ? hospital.name() : String.valueOf(id);
	}

	private StudentView toView(Student student) {
		String supervisorStaffNo = this.supervisors.byId(student.getSupervisorId())
			.map(SupervisorRef::staffNo)
			.orElse(null);
		String coSupervisorStaffNo = (student.getCoSupervisorId() != null)
				? this.supervisors.byId(student.getCoSupervisorId()).map(SupervisorRef::staffNo).orElse(null) : null;
		String hospitalCode = (student.getHospitalId() != null)
				? this.organization.hospital(student.getHospitalId()).map(HospitalRef::code).orElse(null) : null;
		return new StudentView(student.getStudentNo(), student.getName(), student.getDegreeType(),
				student.getProgramCode(), student.getCohortYear(), student.getDisciplineCode(),
				student.getAdmissionType(), student.getSourceSchool(), hospitalCode, supervisorStaffNo,
				coSupervisorStaffNo, student.getStatus(), student.getStatusSince(), student.getVersion());
	}

	/**
	 * The status changes of these students by student id, oldest first, in one query,
	 * without a caller check: the awards module derives from them the months a stipend
	 * was paused (延期) and checks who may see which student.
	 */
	@Transactional(readOnly = true)
	public Map<Long, List<StatusChangeView>> statusChangesOf(Collection<Long> studentIds) {
		Map<Long, List<StatusChangeView>> changes = new java.util.HashMap<>();
		if (studentIds.isEmpty()) {
			return changes;
		}
		this.jdbc.sql("""
				select student_id, from_status, to_status, effective_on, reason, evidence, changed_by, changed_at
				from student_status_change where student_id in (:ids) order by effective_on, changed_at, id
				""").param("ids", studentIds).query((rs) -> {
			String from = rs.getString("from_status");
			changes.computeIfAbsent(rs.getLong("student_id"), (k) -> new java.util.ArrayList<>())
				.add(new StatusChangeView((from != null) ? StudentStatus.valueOf(from) : null,
						StudentStatus.valueOf(rs.getString("to_status")),
						rs.getObject("effective_on", java.time.LocalDate.class), rs.getString("reason"),
						rs.getString("evidence"), rs.getString("changed_by"),
						rs.getTimestamp("changed_at").toInstant()));
		});
		return changes;
	}

	/**
	 * A student with everything the detail page shows.
	 *
	 * @param supervisorPagesOpen the staff numbers of the supervisors whose pages the
	 * reader may open (the others are named without a link)
	 * @param groupPageOpen whether the reader may open the supervisor group's page
	 */
	public record StudentDetail(StudentView student, ProgramRef program, DisciplineRef discipline, HospitalRef hospital,
			SupervisorRef supervisor, SupervisorRef coSupervisor, List<StatusChangeView> statusChanges,
			List<ChangeEntry> history, GroupRef group, List<AbsenceView> deputies, Set<String> supervisorPagesOpen,
			boolean groupPageOpen) {
	}

}
