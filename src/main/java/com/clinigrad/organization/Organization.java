package com.clinigrad.organization;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.clinigrad.accounts.CurrentUser;
import com.clinigrad.accounts.CurrentUsers;
import com.clinigrad.accounts.Role;
import com.clinigrad.accounts.ScopeReferences;
import com.clinigrad.shared.SchoolTime;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The organisation's reference data: look-ups by code for the other modules, upserts for
 * the imports, and the capacity edits of graduate-school staff and hospital offices.
 */
@Service
@Transactional(readOnly = true)
public class Organization implements ScopeReferences {

	private final HospitalRepository hospitals;

	private final DepartmentRepository departments;

	private final DisciplineRepository disciplines;

	private final SubspecialtyRepository subspecialties;

	private final AcademicTermRepository terms;

	private final ProgramRepository programs;

	private final CurrentUsers currentUsers;

	private final JdbcClient jdbc;

	private final ObjectProvider<DepartmentLoad> load;

	/** Rows per statement of the batch upserts. */
	static final int BATCH = 2000;

	Organization(HospitalRepository hospitals, DepartmentRepository departments, DisciplineRepository disciplines,
			SubspecialtyRepository subspecialties, AcademicTermRepository terms, ProgramRepository programs,
			CurrentUsers currentUsers, JdbcClient jdbc, ObjectProvider<DepartmentLoad> load) {
		this.jdbc = jdbc;
		this.load = load;
		this.hospitals = hospitals;
		this.departments = departments;
		this.disciplines = disciplines;
		this.subspecialties = subspecialties;
		this.terms = terms;
		this.programs = programs;
		this.currentUsers = currentUsers;
	}

	public List<HospitalRef> hospitals() {
		return this.hospitals.findAllByOrderByCodeAsc().stream().map(Hospital::toRef).toList();
	}

	@Transactional(readOnly = true, propagation = Propagation.SUPPORTS)
	public Optional<HospitalRef> hospitalByCode(String code) {
		return this.hospitals.findByCode(code).map(Hospital::toRef);
	}

	public Optional<HospitalRef> hospital(long id) {
		return this.hospitals.findById(id).map(Hospital::toRef);
	}

	public Map<Long, HospitalRef> hospitalsById() {
		return hospitals().stream().collect(Collectors.toMap(HospitalRef::id, Function.identity()));
	}

	/**
	 * The hospitals the caller may see: all for university-wide roles, their own for a
	 * hospital office or department coordinator.
	 */
	public List<HospitalRef> visibleHospitals() {
		CurrentUser user = this.currentUsers.current();
		if (user.universityWide() || user.has(Role.ADMIN)) {
			return hospitals();
		}
		if (user.hasAny(Role.HOSPITAL_OFFICE, Role.DEPT_COORDINATOR) && user.hospitalCode() != null) {
			return hospitalByCode(user.hospitalCode()).stream().toList();
		}
		throw new AccessDeniedException("No hospital in scope");
	}

	/**
	 * A hospital with its departments, if the caller may see it.
	 */
	public HospitalDetail hospitalDetail(String code) {
		HospitalRef hospital = visibleHospitals().stream()
			.filter((candidate) -> candidate.code().equals(code))
			.findFirst()
			.orElseThrow(() -> new HospitalNotFoundException(code));
		return new HospitalDetail(hospital, departments(hospital.id()));
	}

	public List<DepartmentView> departments(long hospitalId) {
		Hospital hospital = this.hospitals.findById(hospitalId).orElseThrow();
		return this.departments.findByHospitalIdOrderByCodeAsc(hospitalId)
			.stream()
			.map((department) -> department.toView(hospital))
			.toList();
	}

	public List<DepartmentView> allDepartments() {
		Map<Long, Hospital> byId = this.hospitals.findAll()
			.stream()
			.collect(Collectors.toMap(Hospital::getId, Function.identity()));
		return this.departments.findAllByOrderByHospitalIdAscCodeAsc()
			.stream()
			.map((department) -> department.toView(byId.get(department.getHospitalId())))
			.toList();
	}

	public Optional<DepartmentView> department(String hospitalCode, String departmentCode) {
		return this.hospitals.findByCode(hospitalCode)
			.flatMap((hospital) -> this.departments.findByHospitalIdAndCode(hospital.getId(), departmentCode)
				.map((department) -> department.toView(hospital)));
	}

	public DepartmentView department(long id) {
		Department department = this.departments.findById(id).orElseThrow(() -> new DepartmentNotFoundException(id));
		return department.toView(this.hospitals.findById(department.getHospitalId()).orElseThrow());
	}

	public List<DisciplineRef> disciplines() {
		return this.disciplines.findAllByOrderByCodeAsc().stream().map(Discipline::toRef).toList();
	}

	/**
	 * @return the second-level disciplines (二级学科), the ones students are enrolled in
	 */
	public List<DisciplineRef> secondLevelDisciplines() {
		return disciplines().stream().filter((discipline) -> discipline.level() == 2).toList();
	}

	public Optional<DisciplineRef> discipline(String code) {
		return this.disciplines.findById(code).map(Discipline::toRef);
	}

	public List<SubspecialtyRef> subspecialties() {
		return this.subspecialties.findAllByOrderByDisciplineCodeAscIdAsc().stream().map(Subspecialty::toRef).toList();
	}

	public List<ProgramRef> programs() {
		return this.programs.findAllByOrderByCodeAsc().stream().map(Program::toRef).toList();
	}

	public Optional<ProgramRef> program(String code) {
		return this.programs.findById(code).map(Program::toRef);
	}

	/**
	 * The academic calendar, read once: terms come with migrations only (nothing in the
	 * application writes them), and every degree audit asks for them.
	 */
	@Transactional(readOnly = true, propagation = Propagation.SUPPORTS)
	public List<TermRef> terms() {
		List<TermRef> terms = this.calendar;
		if (terms == null) {
			terms = this.terms.findAllByOrderByCodeAsc().stream().map(AcademicTerm::toRef).toList();
			this.calendar = terms;
		}
		return terms;
	}

	private volatile List<TermRef> calendar;

	public Optional<TermRef> term(String code) {
		return this.terms.findById(code).map(AcademicTerm::toRef);
	}

	/**
	 * Creates or renames a hospital.
	 * @return whether anything changed
	 */
	@Transactional
	public boolean upsertHospital(String code, String name, String nameEn) {
		return upsertHospitals(List.of(new HospitalRecord(code, name, nameEn))) > 0;
	}

	/**
	 * Creates or renames many hospitals at once (the import), one statement per batch; a
	 * hospital whose names are as given is left as it is.
	 * @return how many were new or changed
	 */
	@Transactional
	public int upsertHospitals(List<HospitalRecord> hospitals) {
		int changed = 0;
		for (int from = 0; from < hospitals.size(); from += BATCH) {
			List<HospitalRecord> batch = hospitals.subList(from, Math.min(hospitals.size(), from + BATCH));
			changed += this.jdbc.sql("""
					insert into hospital (code, name, name_en)
					select * from unnest(:codes::varchar[], :names::varchar[], :namesEn::varchar[])
					on conflict (code) do update set name = excluded.name, name_en = excluded.name_en,
					    version = hospital.version + 1, updated_at = now()
					where (hospital.name, hospital.name_en) is distinct from (excluded.name, excluded.name_en)
					""")
				.param("codes", batch.stream().map(HospitalRecord::code).toArray(String[]::new))
				.param("names", batch.stream().map(HospitalRecord::name).toArray(String[]::new))
				.param("namesEn", batch.stream().map(HospitalRecord::nameEn).toArray(String[]::new))
				.update();
		}
		return changed;
	}

	/**
	 * Creates or updates a department of an existing hospital.
	 * @return whether anything changed
	 * @throws HospitalNotFoundException when there is no such hospital
	 */
	@Transactional
	public boolean upsertDepartment(String hospitalCode, String code, String name, String subspecialty, Integer beds,
			Integer capacity) {
		if (this.hospitals.findByCode(hospitalCode).isEmpty()) {
			throw new HospitalNotFoundException(hospitalCode);
		}
		return upsertDepartments(
				List.of(new DepartmentRecord(hospitalCode, code, name, subspecialty, beds, capacity))) > 0;
	}

	/**
	 * Creates or updates many departments of existing hospitals at once (the import,
	 * whose check found every hospital), one statement per batch; a department whose
	 * values are as given is left as it is.
	 * @return how many were new or changed
	 */
	@Transactional
	public int upsertDepartments(List<DepartmentRecord> departments) {
		int changed = 0;
		for (int from = 0; from < departments.size(); from += BATCH) {
			List<DepartmentRecord> batch = departments.subList(from, Math.min(departments.size(), from + BATCH));
			changed += this.jdbc
				.sql("""
						insert into department (hospital_id, code, name, subspecialty, beds, capacity)
						select h.id, u.code, u.name, u.subspecialty, u.beds, u.capacity
						from unnest(:hospitals::varchar[], :codes::varchar[], :names::varchar[], :subspecialties::varchar[],
						            :beds::int[], :capacities::int[]) as u(hospital, code, name, subspecialty, beds, capacity)
						join hospital h on h.code = u.hospital
						on conflict (hospital_id, code) do update set name = excluded.name,
						    subspecialty = excluded.subspecialty, beds = excluded.beds, capacity = excluded.capacity,
						    version = department.version + 1, updated_at = now()
						where (department.name, department.subspecialty, department.beds, department.capacity)
						    is distinct from (excluded.name, excluded.subspecialty, excluded.beds, excluded.capacity)
						""")
				.param("hospitals", batch.stream().map(DepartmentRecord::hospitalCode).toArray(String[]::new))
				.param("codes", batch.stream().map(DepartmentRecord::code).toArray(String[]::new))
				.param("names", batch.stream().map(DepartmentRecord::name).toArray(String[]::new))
				.param("subspecialties", batch.stream().map(DepartmentRecord::subspecialty).toArray(String[]::new))
				.param("beds", batch.stream().map(DepartmentRecord::beds).toArray(Integer[]::new))
				.param("capacities", batch.stream().map(DepartmentRecord::capacity).toArray(Integer[]::new))
				.update();
		}
		return changed;
	}

	/**
	 * Edits a department's name, English name, sub-specialty, beds and capacity;
	 * graduate-school staff, or the office of the department's own hospital.
	 */
	@Transactional
	public void editDepartment(long id, long version, String name, String nameEn, String subspecialty, Integer beds,
			Integer capacity, boolean overloadConfirmed) {
		Department department = this.departments.findById(id).orElseThrow(() -> new DepartmentNotFoundException(id));
		Hospital hospital = this.hospitals.findById(department.getHospitalId()).orElseThrow();
		CurrentUser user = this.currentUsers.current();
		boolean allowed = user.hasAny(Role.GRAD_SCHOOL, Role.ADMIN) || user.isOfficeOf(hospital.getCode());
		if (!allowed) {
			throw new AccessDeniedException("Not this hospital's office");
		}
		if (department.getVersion() != version) {
			throw new ObjectOptimisticLockingFailureException(Department.class, id);
		}
		Integer after = Department.effectiveCapacity(beds, capacity);
		Integer before = department.effectiveCapacity();
		if (!overloadConfirmed && after != null && (before == null || after < before)) {
			DepartmentLoad scheduled = this.load.getIfAvailable();
			if (scheduled != null) {
				scheduled.overload(id, after, SchoolTime.today()).ifPresent((overload) -> {
					throw new CapacityOverloadException(overload, after);
				});
			}
		}
		department.update(name, blankToNull(nameEn), blankToNull(subspecialty), beds, capacity);
	}

	@Override
	public boolean supports(ScopeKind kind) {
		return kind == ScopeKind.HOSPITAL || kind == ScopeKind.DEPARTMENT;
	}

	@Override
	public boolean exists(ScopeKind kind, String code) {
		if (kind == ScopeKind.HOSPITAL) {
			return this.hospitals.findByCode(code).isPresent();
		}
		String[] parts = code.split("/", 2);
		return parts.length == 2 && department(parts[0], parts[1]).isPresent();
	}

	@Override
	@Transactional(readOnly = true)
	public Map<String, String> names(ScopeKind kind, java.util.Collection<String> codes, boolean english) {
		if (codes.isEmpty()) {
			return Map.of();
		}
		Map<String, String> names = new java.util.HashMap<>();
		String sql = (kind == ScopeKind.HOSPITAL) ? """
				select code as scope, name, name_en from hospital where code = any(:codes)
				""" : """
				select h.code || '/' || d.code as scope, d.name, null as name_en
				from department d join hospital h on h.id = d.hospital_id
				where h.code || '/' || d.code = any(:codes)
				""";
		this.jdbc.sql(sql).param("codes", codes.toArray(String[]::new)).query((rs) -> {
			String en = rs.getString("name_en");
			names.put(rs.getString("scope"), (english && en != null && !en.isBlank()) ? en : rs.getString("name"));
		});
		return names;
	}

	private static String blankToNull(String value) {
		return (value == null || value.isBlank()) ? null : value.trim();
	}

	/**
	 * A hospital and its departments, with totals.
	 */
	public record HospitalDetail(HospitalRef hospital, List<DepartmentView> departments) {

		public int totalBeds() {
			return this.departments.stream()
				.map(DepartmentView::beds)
				.filter(java.util.Objects::nonNull)
				.reduce(0, Integer::sum);
		}

		public int totalCapacity() {
			return this.departments.stream()
				.map(DepartmentView::effectiveCapacity)
				.filter(java.util.Objects::nonNull)
				.reduce(0, Integer::sum);
		}

		public List<DepartmentView> bySubspecialty() {
			return this.departments.stream()
				.sorted(Comparator.comparing((DepartmentView d) -> String.valueOf(d.subspecialty())))
				.toList();
		}

	}

}
