package com.clinigrad.rotations;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

import com.clinigrad.shared.BusinessRuleException;
import com.clinigrad.shared.SchoolTime;
import com.clinigrad.students.StudentKey;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Each student's rotation plan: generated from the discipline's template, then adjusted
 * by the hospital office (or the graduate school) with a reason for every change.
 */
@Service
public class RotationPlans {

	private final JdbcClient jdbc;

	private final RotationAccess access;

	private final RotationTemplates templates;

	RotationPlans(JdbcClient jdbc, RotationAccess access, RotationTemplates templates) {
		this.jdbc = jdbc;
		this.access = access;
		this.templates = templates;
	}

	/**
	 * The plan of a student the caller may see, with the months done per area.
	 */
	@Transactional(readOnly = true)
	public PlanView plan(String studentNo, List<ScheduledRotation> rotations) {
		StudentKey student = this.access.visibleStudent(studentNo);
		LocalDate today = SchoolTime.today();
		List<PlanView.Item> items = new ArrayList<>();
		for (RotationArea area : items(student.id())) {
			BigDecimal completed = BigDecimal.ZERO;
			BigDecimal scheduled = BigDecimal.ZERO;
			for (ScheduledRotation rotation : rotations) {
				if (!area.matches(rotation.subspecialty(), rotation.departmentName())) {
					continue;
				}
				if (rotation.endDate().isBefore(today)) {
					if (rotation.passed()) {
						completed = completed.add(rotation.months());
					}
				}
				else {
					scheduled = scheduled.add(rotation.months());
				}
			}
			items.add(new PlanView.Item(area, completed, scheduled));
		}
		List<PlanView.Change> changes = this.jdbc.sql("""
				select change, reason, actor, changed_at from rotation_plan_change where student_id = :s
				order by changed_at desc, id desc
				""")
			.param("s", student.id())
			.query((rs, n) -> new PlanView.Change(rs.getString("change"), rs.getString("reason"), rs.getString("actor"),
					rs.getObject("changed_at", OffsetDateTime.class)))
			.list();
		return new PlanView(studentNo, student.disciplineCode(),
				this.templates.find(student.disciplineCode()).isPresent(), items, changes);
	}

	/**
	 * Creates the student's plan from the discipline's template.
	 * @throws BusinessRuleException when the discipline has no template or the plan
	 * exists
	 */
	@Transactional
	public void generate(String studentNo) {
		StudentKey student = this.access.visibleStudent(studentNo);
		this.access.requirePlanner(student);
		if (!items(student.id()).isEmpty()) {
			throw new BusinessRuleException("rotation.error.planExists");
		}
		TemplateView template = this.templates.find(student.disciplineCode())
			.orElseThrow(() -> new BusinessRuleException("rotation.error.noTemplate", student.disciplineCode()));
		insertItems(student.id(), template.items());
		log(student.id(), "generated:" + template.disciplineCode() + ":" + template.totalMonths(), reason(template));
	}

	/**
	 * Changes the months of one area, adds an area or removes one; always with a reason.
	 * @param months the new months, or {@code 0} to remove the area
	 */
	@Transactional
	public void adjust(String studentNo, RotationArea area, String reason) {
		StudentKey student = this.access.visibleStudent(studentNo);
		this.access.requirePlanner(student);
		if (reason == null || reason.isBlank()) {
			throw new BusinessRuleException("rotation.error.reasonRequired");
		}
		if (area.months() < 0 || area.months() > 36) {
			throw new BusinessRuleException("rotation.error.months");
		}
		List<RotationArea> current = items(student.id());
		RotationArea existing = current.stream().filter((a) -> a.area().equals(area.area())).findFirst().orElse(null);
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
	 * Gives every listed student without a plan the plan of their discipline's template,
	 * as {@link #generate} does, but without a caller check: for the cohort scheduler,
	 * which has checked the office, and for loaders that run without a logged-in user
	 * (the demo university). Students whose discipline has no template are left out.
	 * @param actor the name the plans' history shows
	 */
	@Transactional
	public void generateMissing(List<StudentKey> students, String actor) {
		if (students.isEmpty()) {
			return;
		}
		java.util.Set<Long> planned = new java.util.HashSet<>(
				this.jdbc.sql("select distinct student_id from rotation_plan_item where student_id in (:ids)")
					.param("ids", students.stream().map(StudentKey::id).toList())
					.query(Long.class)
					.list());
		java.util.Map<String, java.util.Optional<TemplateView>> templates = new java.util.HashMap<>();
		for (StudentKey student : students) {
			if (planned.contains(student.id())) {
				continue;
			}
			templates.computeIfAbsent(student.disciplineCode(), this.templates::find).ifPresent((template) -> {
				insertItems(student.id(), template.items());
				log(student.id(), "generated:" + template.disciplineCode() + ":" + template.totalMonths(),
						reason(template), actor);
			});
		}
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

}
