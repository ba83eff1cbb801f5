package com.clinigrad.rotations;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import com.clinigrad.organization.DepartmentView;
import com.clinigrad.organization.DisciplineRef;
import com.clinigrad.organization.HospitalRef;
import com.clinigrad.organization.Organization;
import com.clinigrad.organization.ProgramRef;
import com.clinigrad.shared.BusinessRuleException;
import com.clinigrad.shared.SchoolTime;
import com.clinigrad.students.StudentCard;
import com.clinigrad.students.StudentKey;
import com.clinigrad.students.StudentRegistry;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Each student's rotation plan: generated from the discipline's template only where the
 * student's program requires clinical training, with the areas the student's hospital can
 * train (a required area it cannot train stays in the plan, marked, for the office to
 * arrange at another base hospital; an optional one is left out), then adjusted by the
 * hospital office (or the graduate school) with a reason for every change. The plan is
 * shown against the rotations recorded ({@link PlanProgress}).
 */
@Service
public class RotationPlans {

	private final JdbcClient jdbc;

	private final RotationAccess access;

	private final RotationTemplates templates;

	private final Organization organization;

	private final ClinicalRequirements requirements;

	private final RotationBoard board;

	private final StudentRegistry students;

	RotationPlans(JdbcClient jdbc, RotationAccess access, RotationTemplates templates, Organization organization,
			ClinicalRequirements requirements, RotationBoard board, StudentRegistry students) {
		this.jdbc = jdbc;
		this.access = access;
		this.templates = templates;
		this.organization = organization;
		this.requirements = requirements;
		this.board = board;
		this.students = students;
	}

	/**
	 * The plan of a student the caller may see, against these rotations (the student's
	 * scheduled ones).
	 */
	@Transactional(readOnly = true)
	public PlanView plan(String studentNo, List<ScheduledRotation> rotations) {
		return view(this.access.visibleStudent(studentNo), rotations);
	}

	/**
	 * The plan of the student of a rotation in the caller's department, against all the
	 * student's rotations; for the department's coordinator.
	 */
	@Transactional(readOnly = true)
	public PlanView planOfTrainee(long rotationId) {
		ScheduledRotation rotation = this.board.find(rotationId);
		this.access.requireAssessor(this.organization.department(rotation.departmentId()));
		StudentCard card = this.students.cardsByIds(List.of(rotation.studentId())).get(rotation.studentId());
		return view(this.access.anyStudent(card.studentNo()), this.board.scheduledOf(rotation.studentId()));
	}

	/**
	 * The plan areas of a hospital's students in training that the hospital has no
	 * department for and that still need months: what the office has to arrange at
	 * another base hospital. Graduate-school staff and that hospital's office.
	 */
	@Transactional(readOnly = true)
	public List<PlanGap> gaps(String hospitalCode) {
		this.access.requireHospital(hospitalCode);
		List<StudentKey> keys = this.students.keysInTraining()
			.stream()
			.filter((student) -> hospitalCode.equals(student.hospitalCode()))
			.toList();
		if (keys.isEmpty()) {
			return List.of();
		}
		List<Long> ids = keys.stream().map(StudentKey::id).toList();
		Map<Long, List<RotationArea>> plans = itemsOf(ids);
		Map<Long, List<ScheduledRotation>> rotations = this.board.scheduledOf(ids);
		Map<Long, StudentCard> cards = this.students.cardsByIds(ids);
		Departments departments = departments();
		Map<String, Optional<BigDecimal>> required = new HashMap<>();
		LocalDate today = SchoolTime.today();
		List<PlanGap> gaps = new ArrayList<>();
		for (StudentKey student : keys) {
			List<RotationArea> plan = plans.getOrDefault(student.id(), List.of());
			if (plan.isEmpty() || requiredMonths(student, required).isEmpty()) {
				continue;
			}
			for (PlanView.Item item : departments.fit(plan,
					PlanProgress.of(plan, rotations.getOrDefault(student.id(), List.of()), today), hospitalCode)) {
				if (item.gap()) {
					gaps.add(new PlanGap(cards.get(student.id()), item));
				}
			}
		}
		return gaps;
	}

	/**
	 * Creates the student's plan from the discipline's template, with the areas the
	 * student's hospital can train.
	 * @throws BusinessRuleException when the program requires no clinical training, the
	 * student has no hospital, the discipline has no template or the plan exists
	 */
	@Transactional
	public void generate(String studentNo) {
		StudentKey student = this.access.visibleStudent(studentNo);
		this.access.requirePlanner(student);
		if (!items(student.id()).isEmpty()) {
			throw new BusinessRuleException("rotation.error.planExists");
		}
		if (this.requirements.monthsRequired(student.programCode(), student.cohortYear()).isEmpty()) {
			throw new BusinessRuleException("rotation.error.noClinicalRequirement");
		}
		if (student.hospitalCode() == null) {
			throw new BusinessRuleException("rotation.error.noHospital");
		}
		TemplateView template = this.templates.find(student.disciplineCode())
			.orElseThrow(() -> new BusinessRuleException("rotation.error.noTemplate",
					this.organization.discipline(student.disciplineCode())
						.map(DisciplineRef::name)
						.orElse(student.disciplineCode())));
		create(student, template, departments(), this.access.current().displayName());
	}

	/**
	 * Changes the months of one area, adds an area or removes one; always with a reason.
	 * @param months the new months, or {@code 0} to remove the area
	 */
	@Transactional
	public void adjust(String studentNo, RotationArea requested, String reason) {
		StudentKey student = this.access.visibleStudent(studentNo);
		this.access.requirePlanner(student);
		if (this.requirements.monthsRequired(student.programCode(), student.cohortYear()).isEmpty()) {
			throw new BusinessRuleException("rotation.error.noClinicalRequirement");
		}
		if (reason == null || reason.isBlank()) {
			throw new BusinessRuleException("rotation.error.reasonRequired");
		}
		if (requested.months() < 0 || requested.months() > 36) {
			throw new BusinessRuleException("rotation.error.months");
		}
		List<RotationArea> current = items(student.id());
		// an area of the plan by its name in either language (the English page shows
		// English)
		RotationArea existing = current.stream()
			.filter((a) -> a.area().equals(requested.area())
					|| (a.areaEn() != null && a.areaEn().equalsIgnoreCase(requested.area().trim())))
			.findFirst()
			.orElse(null);
		RotationArea area = (existing != null && !existing.area().equals(requested.area()))
				? new RotationArea(existing.area(), requested.areaEn(), requested.subspecialty(),
						requested.departmentKeyword(), requested.months(), requested.mandatory())
				: requested;
		if (existing == null && area.months() == 0) {
			throw new RotationNotFoundException("plan area " + area.area());
		}
		if (existing == null && (area.subspecialty() == null || area.subspecialty().isBlank())
				&& (area.departmentKeyword() == null || area.departmentKeyword().isBlank())) {
			throw new BusinessRuleException("rotation.error.areaMatch");
		}
		if (area.months() == 0) {
			this.jdbc.sql("delete from rotation_plan_item where student_id = :s and area = :a")
				.param("s", student.id())
				.param("a", area.area())
				.update();
			log(student.id(), "removed:" + area.area() + ":" + existing.months(), reason);
		}
		else if (existing != null) {
			int updated = this.jdbc.sql("""
					update rotation_plan_item set months = :m
					where student_id = :s and area = :a and months = :old
					""")
				.param("m", area.months())
				.param("s", student.id())
				.param("a", area.area())
				.param("old", existing.months())
				.update();
			if (updated == 0) {
				throw new OptimisticLockingFailureException("Plan changed meanwhile");
			}
			log(student.id(), "months:" + area.area() + ":" + existing.months() + ":" + area.months(), reason);
		}
		else {
			insertItems(student.id(), List.of(area));
			log(student.id(), "added:" + area.area() + ":" + area.months(), reason);
		}
	}

	/**
	 * @return the student's plan areas in order (no caller check; for scheduling)
	 */
	List<RotationArea> items(long studentId) {
		return this.jdbc.sql("""
				select area, area_en, subspecialty, department_keyword, months, mandatory from rotation_plan_item
				where student_id = :s order by position, id
				""")
			.param("s", studentId)
			.query((rs, n) -> new RotationArea(rs.getString("area"), rs.getString("area_en"),
					rs.getString("subspecialty"), rs.getString("department_keyword"), rs.getInt("months"),
					rs.getBoolean("mandatory")))
			.list();
	}

	/**
	 * @return the plan areas of these students, in order (no caller check; for
	 * scheduling)
	 */
	Map<Long, List<RotationArea>> itemsOf(Collection<Long> studentIds) {
		Map<Long, List<RotationArea>> areas = new HashMap<>();
		if (studentIds.isEmpty()) {
			return areas;
		}
		this.jdbc.sql("""
				select student_id, area, area_en, subspecialty, department_keyword, months, mandatory
				from rotation_plan_item where student_id in (:ids) order by student_id, position, id
				""").param("ids", studentIds).query((rs) -> {
			areas.computeIfAbsent(rs.getLong("student_id"), (s) -> new ArrayList<>())
				.add(new RotationArea(rs.getString("area"), rs.getString("area_en"), rs.getString("subspecialty"),
						rs.getString("department_keyword"), rs.getInt("months"), rs.getBoolean("mandatory")));
		});
		return areas;
	}

	/**
	 * Gives every listed student without a plan the plan {@link #generate} would, but
	 * without a caller check: for the cohort scheduler, which has checked the office, and
	 * for loaders that run without a logged-in user (the demo university). Students whose
	 * program requires no clinical training, who have no hospital or whose discipline has
	 * no template are left out.
	 * @param actor the name the plans' history shows
	 */
	@Transactional
	public void generateMissing(List<StudentKey> students, String actor) {
		if (students.isEmpty()) {
			return;
		}
		Set<Long> planned = new HashSet<>(
				this.jdbc.sql("select distinct student_id from rotation_plan_item where student_id in (:ids)")
					.param("ids", students.stream().map(StudentKey::id).toList())
					.query(Long.class)
					.list());
		Map<String, Optional<TemplateView>> templates = new HashMap<>();
		Map<String, Optional<BigDecimal>> required = new HashMap<>();
		Departments departments = departments();
		for (StudentKey student : students) {
			if (planned.contains(student.id()) || student.hospitalCode() == null
					|| requiredMonths(student, required).isEmpty()) {
				continue;
			}
			templates.computeIfAbsent(student.disciplineCode(), this.templates::find)
				.ifPresent((template) -> create(student, template, departments, actor));
		}
	}

	/**
	 * Writes the plan: the template's areas the student's hospital trains, and the
	 * required ones it does not (marked on the page for the office); optional areas the
	 * hospital cannot train are left out, each with a line in the plan's history.
	 */
	private void create(StudentKey student, TemplateView template, Departments departments, String actor) {
		List<RotationArea> kept = new ArrayList<>();
		List<RotationArea> omitted = new ArrayList<>();
		for (RotationArea area : template.items()) {
			if (area.mandatory() || departments.trains(student.hospitalCode(), area)) {
				kept.add(area);
			}
			else {
				omitted.add(area);
			}
		}
		insertItems(student.id(), kept);
		log(student.id(),
				"generated:" + template.disciplineCode() + ":" + kept.stream().mapToInt(RotationArea::months).sum(),
				reason(template), actor);
		for (RotationArea area : omitted) {
			log(student.id(), "omitted:" + area.area() + ":" + area.months(), "", actor);
		}
	}

	private PlanView view(StudentKey student, List<ScheduledRotation> rotations) {
		Optional<BigDecimal> required = this.requirements.monthsRequired(student.programCode(), student.cohortYear());
		List<RotationArea> areas = required.isPresent() ? items(student.id()) : List.of();
		PlanProgress progress = PlanProgress.of(areas, rotations, SchoolTime.today());
		List<PlanView.Item> items = departments().fit(areas, progress, student.hospitalCode());
		List<PlanView.Change> changes = required.isEmpty() ? List.of()
				: this.jdbc.sql("""
						select change, reason, actor, changed_at from rotation_plan_change where student_id = :s
						order by changed_at desc, id desc
						""")
					.param("s", student.id())
					.query((rs, n) -> new PlanView.Change(rs.getString("change"), rs.getString("reason"),
							rs.getString("actor"), rs.getObject("changed_at", OffsetDateTime.class)))
					.list();
		ProgramRef program = this.organization.program(student.programCode()).orElse(null);
		DisciplineRef discipline = this.organization.discipline(student.disciplineCode()).orElse(null);
		HospitalRef hospital = (student.hospitalCode() != null)
				? this.organization.hospitalByCode(student.hospitalCode()).orElse(null) : null;
		return new PlanView(student.studentNo(), (program != null) ? program.name() : student.programCode(),
				(program != null) ? program.nameEn() : student.programCode(), student.disciplineCode(),
				(discipline != null) ? discipline.name() : student.disciplineCode(),
				(discipline != null) ? discipline.nameEn() : student.disciplineCode(),
				(hospital != null) ? hospital.name() : null, (hospital != null) ? hospital.nameEn() : null,
				required.orElse(null), this.templates.find(student.disciplineCode()).isPresent(), items,
				progress.outsidePlan(), changes);
	}

	private Optional<BigDecimal> requiredMonths(StudentKey student, Map<String, Optional<BigDecimal>> cache) {
		return cache.computeIfAbsent(student.programCode() + "/" + student.cohortYear(),
				(key) -> this.requirements.monthsRequired(student.programCode(), student.cohortYear()));
	}

	private Departments departments() {
		return new Departments(this.organization.allDepartments(), this.organization.hospitalsById());
	}

	private void insertItems(long studentId, List<RotationArea> areas) {
		int position = this.jdbc.sql("select coalesce(max(position), 0) from rotation_plan_item where student_id = :s")
			.param("s", studentId)
			.query(Integer.class)
			.single();
		for (RotationArea area : areas) {
			this.jdbc
				.sql("""
						insert into rotation_plan_item (student_id, position, area, area_en, subspecialty, department_keyword,
						    months, mandatory)
						values (:s, :p, :area, :areaEn, :sub, :keyword, :months, :mandatory)
						""")
				.param("s", studentId)
				.param("p", ++position)
				.param("area", area.area())
				.param("areaEn", (area.areaEn() == null || area.areaEn().isBlank()) ? area.area() : area.areaEn())
				.param("sub", blankToNull(area.subspecialty()))
				.param("keyword", blankToNull(area.departmentKeyword()))
				.param("months", area.months())
				.param("mandatory", area.mandatory())
				.update();
		}
	}

	private void log(long studentId, String change, String reason) {
		log(studentId, change, reason, this.access.current().displayName());
	}

	private void log(long studentId, String change, String reason, String actor) {
		this.jdbc.sql("""
				insert into rotation_plan_change (student_id, change, reason, actor) values (:s, :c, :r, :a)
				""").param("s", studentId).param("c", change).param("r", reason.trim()).param("a", actor).update();
	}

	private static String reason(TemplateView template) {
		return (template.note() != null && !template.note().isBlank()) ? template.note()
				: template.disciplineCode() + " " + template.disciplineName();
	}

	private static String blankToNull(String value) {
		return (value == null || value.isBlank()) ? null : value.trim();
	}

	/**
	 * The university's departments, to tell which hospital trains an area.
	 */
	private record Departments(List<DepartmentView> all, Map<Long, HospitalRef> hospitals) {

		boolean trains(String hospitalCode, RotationArea area) {
			return this.all.stream()
				.anyMatch((d) -> d.hospitalCode().equals(hospitalCode) && area.matches(d.subspecialty(), d.name()));
		}

		/**
		 * @return the plan's areas with their months, the departments of the student's
		 * hospital that train each and, where there are none, those of the other base
		 * hospitals
		 */
		List<PlanView.Item> fit(List<RotationArea> areas, PlanProgress progress, String hospitalCode) {
			List<PlanView.Item> items = new ArrayList<>();
			for (int i = 0; i < areas.size(); i++) {
				RotationArea area = areas.get(i);
				List<String> own = new ArrayList<>();
				List<String> ownEn = new ArrayList<>();
				List<PlanView.Elsewhere> elsewhere = new ArrayList<>();
				for (DepartmentView d : this.all) {
					if (area.matches(d.subspecialty(), d.name())) {
						if (d.hospitalCode().equals(hospitalCode)) {
							own.add(d.name());
							ownEn.add(d.displayName(true));
						}
						else {
							HospitalRef hospital = this.hospitals.get(d.hospitalId());
							elsewhere.add(new PlanView.Elsewhere(d.hospitalCode(),
									(hospital != null) ? hospital.name() : d.hospitalCode(),
									(hospital != null) ? hospital.nameEn() : d.hospitalCode(), d.name(),
									d.displayName(true)));
						}
					}
				}
				items.add(new PlanView.Item(area, progress.areas().get(i), own, ownEn,
						own.isEmpty() ? elsewhere : List.of()));
			}
			return items;
		}

	}

}
