package com.clinigrad.supervisors;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.persistence.criteria.Predicate;

import com.clinigrad.accounts.AccountDirectory;
import com.clinigrad.accounts.CurrentUser;
import com.clinigrad.accounts.CurrentUsers;
import com.clinigrad.accounts.Role;
import com.clinigrad.accounts.ScopeReferences;
import com.clinigrad.organization.HospitalRef;
import com.clinigrad.organization.Organization;
import com.clinigrad.shared.BusinessRuleException;
import com.clinigrad.shared.history.ChangeEntry;
import com.clinigrad.shared.history.ChangeHistory;
import com.clinigrad.shared.reads.Read;
import com.clinigrad.shared.reads.Reads;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The supervisor register: search within the caller's scope, details with the students
 * each supervises and the change history, edits by graduate-school staff, and upserts for
 * the import.
 */
@Service
@Transactional(readOnly = true)
public class SupervisorDirectory implements ScopeReferences {

	private final SupervisorRepository supervisors;

	private final Organization organization;

	private final CurrentUsers currentUsers;

	private final ChangeHistory changeHistory;

	private final ObjectProvider<SupervisedStudents> supervisedStudents;

	private final SupervisorBatchWriter batchWriter;

	private final AccountDirectory accounts;

	private final JdbcClient jdbc;

	private final Reads reads;

	SupervisorDirectory(SupervisorRepository supervisors, Organization organization, CurrentUsers currentUsers,
			ChangeHistory changeHistory, ObjectProvider<SupervisedStudents> supervisedStudents,
			SupervisorBatchWriter batchWriter, AccountDirectory accounts, JdbcClient jdbc, Reads reads) {
		this.jdbc = jdbc;
		this.reads = reads;
		this.accounts = accounts;
		this.batchWriter = batchWriter;
		this.supervisors = supervisors;
		this.organization = organization;
		this.currentUsers = currentUsers;
		this.changeHistory = changeHistory;
		this.supervisedStudents = supervisedStudents;
	}

	/**
	 * Searches the supervisors the caller may see: all for graduate-school staff and the
	 * degree committee, a hospital office's own hospital, a supervisor only themself.
	 */
	public Page<SupervisorRef> search(SupervisorFilter filter, Pageable pageable) {
		CurrentUser user = this.currentUsers.current();
		Specification<Supervisor> scope = scope(user);
		Specification<Supervisor> spec = (root, query, cb) -> {
			List<Predicate> predicates = new ArrayList<>();
			if (filter.query() != null && !filter.query().isBlank()) {
				String like = "%" + filter.query().trim().toLowerCase() + "%";
				predicates.add(
						cb.or(cb.like(cb.lower(root.get("name")), like), cb.like(cb.lower(root.get("staffNo")), like)));
			}
			if (filter.hospitalCode() != null && !filter.hospitalCode().isBlank()) {
				Long hospitalId = this.organization.hospitalByCode(filter.hospitalCode())
					.map(HospitalRef::id)
					.orElse(-1L);
				predicates.add(cb.equal(root.get("hospitalId"), hospitalId));
			}
			if (filter.titleLevel() != null) {
				predicates.add(cb.equal(root.get("titleLevel"), filter.titleLevel()));
			}
			if (filter.doctoral() != null) {
				predicates.add(cb.equal(root.get("doctoralSupervisor"), filter.doctoral()));
			}
			if (filter.external() != null) {
				predicates.add(
						filter.external() ? cb.isNotNull(root.get("institution")) : cb.isNull(root.get("institution")));
			}
			return cb.and(predicates.toArray(Predicate[]::new));
		};
		return this.supervisors.findAll(scope.and(spec), pageable).map(Supervisor::toRef);
	}

	/**
	 * @return how many students in progress each of these supervisors supervises
	 */
	public Map<Long, Integer> activeStudentCounts(Collection<Long> supervisorIds) {
		SupervisedStudents students = this.supervisedStudents.getIfAvailable();
		return (students != null) ? students.activeCounts(supervisorIds) : Map.of();
	}

	/**
	 * A supervisor's record, students and change history, if the caller may see them.
	 */
	public SupervisorDetail detail(String staffNo) {
		CurrentUser user = this.currentUsers.current();
		Supervisor supervisor = this.supervisors.findByStaffNo(staffNo)
			.orElseThrow(() -> new SupervisorNotFoundException(staffNo));
		if (!mayRead(user, supervisor)) {
			throw new SupervisorNotFoundException(staffNo);
		}
		SupervisedStudents source = this.supervisedStudents.getIfAvailable();
		List<SupervisedStudents.SupervisedStudent> students = (source != null) ? source.of(supervisor.getId())
				: List.of();
		Map<Long, HospitalRef> hospitals = this.organization.hospitalsById();
		List<ChangeEntry> history = this.changeHistory.of(Supervisor.class, supervisor.getId(),
				Supervisor.HISTORY_FIELDS,
				Map.of("hospitalId",
						(id) -> Optional.ofNullable(hospitals.get((Long) id))
							.map(HospitalRef::name)
							.orElse(String.valueOf(id))));
		HospitalRef hospital = (supervisor.getHospitalId() != null) ? hospitals.get(supervisor.getHospitalId()) : null;
		return new SupervisorDetail(supervisor.toRef(), hospital, students, this.accounts.withDisplayNames(history));
	}

	@Transactional(readOnly = true, propagation = Propagation.SUPPORTS)
	public Optional<SupervisorRef> byStaffNo(String staffNo) {
		return this.supervisors.findByStaffNo(staffNo).map(Supervisor::toRef);
	}

	public Optional<SupervisorRef> byId(long id) {
		return this.supervisors.findById(id).map(Supervisor::toRef);
	}

	/**
	 * Every supervisor of the register, whoever asks: the enrollment selection scores
	 * them all and applies the caller's scope to what it shows.
	 */
	public List<SupervisorRef> all() {
		return this.supervisors.findAll().stream().map(Supervisor::toRef).toList();
	}

	@Transactional(readOnly = true, propagation = Propagation.SUPPORTS)
	public Map<Long, SupervisorRef> byIds(Collection<Long> ids) {
		return this.reads.one(byIdsRead(ids));
	}

	/**
	 * @return the read of {@link #byIds(Collection)}, to run with other reads
	 */
	@Transactional(readOnly = true, propagation = Propagation.SUPPORTS)
	public Read<Map<Long, SupervisorRef>> byIdsRead(Collection<Long> ids) {
		if (ids.isEmpty()) {
			return Read.nothing(Map.of());
		}
		// one plain query: pages that name a few supervisors (the student page, rosters)
		// spent more on loading the entities than on the rest of their reads; a list of
		// values, not an array: PostgreSQL planned "id = any(array)" again on every call
		return Read.of(
				"""
						select id, staff_no, name, title_level, doctoral_supervisor, master_supervisor, institution, hospital_id,
						       degree_committee_member, birth_year, group_code, discipline_code, version
						from supervisor where id in (:ids)""",
				Map.of("ids", ids.stream().distinct().toList()), (rs) -> {
					Map<Long, SupervisorRef> refs = new java.util.HashMap<>();
					while (rs.next()) {
						refs.put(rs.getLong("id"), new SupervisorRef(rs.getLong("id"), rs.getString("staff_no"),
								rs.getString("name"), TitleLevel.valueOf(rs.getString("title_level")),
								rs.getBoolean("doctoral_supervisor"), rs.getBoolean("master_supervisor"),
								rs.getString("institution"), rs.getObject("hospital_id", Long.class),
								rs.getBoolean("degree_committee_member"), rs.getObject("birth_year", Integer.class),
								rs.getString("group_code"), rs.getString("discipline_code"), rs.getLong("version")));
					}
					return refs;
				});
	}

	/**
	 * @return the supervisors with these staff numbers, by staff number
	 */
	public Map<String, SupervisorRef> byStaffNos(Collection<String> staffNos) {
		return this.supervisors.findByStaffNoIn(staffNos)
			.stream()
			.map(Supervisor::toRef)
			.collect(Collectors.toMap(SupervisorRef::staffNo, Function.identity()));
	}

	/**
	 * The ids of the supervisors with these staff numbers, read without loading the
	 * records (an import resolving a whole file's supervisors at once).
	 * @return the id by staff number of those that exist
	 */
	public Map<String, Long> idsByStaffNos(Collection<String> staffNos) {
		return staffNos.isEmpty() ? Map.of() : this.batchWriter.ids(staffNos);
	}

	/**
	 * Edits a supervisor; graduate-school staff only.
	 */
	@Transactional
	public void edit(String staffNo, long version, SupervisorCommand command) {
		this.currentUsers.require(Role.GRAD_SCHOOL, Role.ADMIN);
		Supervisor supervisor = this.supervisors.findByStaffNo(staffNo)
			.orElseThrow(() -> new SupervisorNotFoundException(staffNo));
		if (supervisor.getVersion() != version) {
			throw new ObjectOptimisticLockingFailureException(Supervisor.class, staffNo);
		}
		supervisor.apply(command, hospitalId(command.hospitalCode()));
	}

	/**
	 * Creates or updates a supervisor by staff number (import); the caller checks the
	 * role.
	 * @return whether anything changed
	 */
	@Transactional
	public boolean upsert(SupervisorCommand command) {
		Optional<Supervisor> existing = this.supervisors.findByStaffNo(command.staffNo());
		Supervisor supervisor = existing.orElseGet(() -> new Supervisor(command.staffNo()));
		boolean changed = supervisor.apply(command, hospitalId(command.hospitalCode()));
		if (existing.isEmpty()) {
			this.supervisors.save(supervisor);
		}
		return changed;
	}

	/**
	 * Creates or updates a whole import file of supervisors at once, in batches, with
	 * what {@link #upsert} writes for each (and one change-history revision for the
	 * file); the caller checks the role and has validated the rows.
	 * @param hospitalIds the ids of the file's hospital codes, looked up once by the
	 * caller
	 * @return how many supervisors were added or changed
	 * @throws ObjectOptimisticLockingFailureException when a supervisor was changed
	 * meanwhile
	 */
	@Transactional
	public int importSupervisors(List<SupervisorCommand> commands, Map<String, Long> hospitalIds) {
		return commands.isEmpty() ? 0 : this.batchWriter.write(commands, hospitalIds);
	}

	@Override
	public boolean supports(ScopeKind kind) {
		return kind == ScopeKind.SUPERVISOR;
	}

	@Override
	public boolean exists(ScopeKind kind, String code) {
		return this.supervisors.findByStaffNo(code).isPresent();
	}

	private Long hospitalId(String hospitalCode) {
		if (hospitalCode == null || hospitalCode.isBlank()) {
			return null;
		}
		return this.organization.hospitalByCode(hospitalCode.trim())
			.map(HospitalRef::id)
			.orElseThrow(() -> new BusinessRuleException("supervisor.error.unknownHospital", hospitalCode));
	}

	/**
	 * The one scope check of "may see this supervisor's records" (the qualification pages
	 * use it too): university-wide roles and administrators, the office of the
	 * supervisor's hospital, the supervisor themself.
	 */
	boolean mayRead(CurrentUser user, Supervisor supervisor) {
		return mayRead(user, supervisor.getStaffNo(), supervisor.getHospitalId(), officeHospitalIdBelowWide(user));
	}

	/**
	 * The supervisors among these whose page ({@link #detail}) the current user may open,
	 * by staff number, for the pages that name them: a name links only where its reader
	 * may follow it.
	 */
	@Transactional(readOnly = true, propagation = Propagation.SUPPORTS)
	public Set<String> pagesOpen(Collection<SupervisorRef> supervisors) {
		CurrentUser user = this.currentUsers.current();
		Long officeHospital = officeHospitalIdBelowWide(user);
		Set<String> open = new HashSet<>();
		for (SupervisorRef supervisor : supervisors) {
			if (mayRead(user, supervisor.staffNo(), supervisor.hospitalId(), officeHospital)) {
				open.add(supervisor.staffNo());
			}
		}
		return open;
	}

	private static boolean mayRead(CurrentUser user, String staffNo, Long hospitalId, Long officeHospitalId) {
		if (user.universityWide() || user.has(Role.ADMIN)) {
			return true;
		}
		if (hospitalId != null && hospitalId.equals(officeHospitalId)) {
			return true;
		}
		return user.supervises(staffNo, null);
	}

	/**
	 * @return the user's office hospital where it matters: not for university-wide roles
	 * and administrators, who may read every supervisor (no lookup for them)
	 */
	private Long officeHospitalIdBelowWide(CurrentUser user) {
		return (user.universityWide() || user.has(Role.ADMIN)) ? null : officeHospitalId(user);
	}

	/**
	 * @return the id of the hospital whose education office the user is, or {@code null}
	 */
	Long officeHospitalId(CurrentUser user) {
		if (!user.has(Role.HOSPITAL_OFFICE) || user.hospitalCode() == null) {
			return null;
		}
		return this.organization.hospitalByCode(user.hospitalCode()).map(HospitalRef::id).orElse(null);
	}

	private Specification<Supervisor> scope(CurrentUser user) {
		if (user.universityWide() || user.has(Role.ADMIN)) {
			return (root, query, cb) -> cb.conjunction();
		}
		List<Specification<Supervisor>> allowed = new ArrayList<>();
		if (user.has(Role.HOSPITAL_OFFICE) && user.hospitalCode() != null) {
			Long hospitalId = this.organization.hospitalByCode(user.hospitalCode()).map(HospitalRef::id).orElse(-1L);
			allowed.add((root, query, cb) -> cb.equal(root.get("hospitalId"), hospitalId));
		}
		if (user.has(Role.SUPERVISOR) && user.staffNo() != null) {
			allowed.add((root, query, cb) -> cb.equal(root.get("staffNo"), user.staffNo()));
		}
		if (allowed.isEmpty()) {
			throw new AccessDeniedException("No supervisors in scope");
		}
		return Specification.anyOf(allowed);
	}

	/**
	 * A supervisor with their hospital, students and change history.
	 */
	public record SupervisorDetail(SupervisorRef supervisor, HospitalRef hospital,
			List<SupervisedStudents.SupervisedStudent> students, List<ChangeEntry> history) {
	}

}
