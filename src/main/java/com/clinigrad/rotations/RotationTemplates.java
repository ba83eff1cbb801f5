package com.clinigrad.rotations;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import com.clinigrad.accounts.CurrentUsers;
import com.clinigrad.accounts.Role;
import com.clinigrad.organization.DisciplineRef;
import com.clinigrad.organization.Organization;
import com.clinigrad.shared.BusinessRuleException;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Rotation plan templates per second-level discipline (国家住培内容与标准), as data the graduate
 * school edits. Plans already generated from a template keep their months.
 */
@Service
public class RotationTemplates {

	private final JdbcClient jdbc;

	private final Organization organization;

	private final CurrentUsers currentUsers;

	RotationTemplates(JdbcClient jdbc, Organization organization, CurrentUsers currentUsers) {
		this.jdbc = jdbc;
		this.organization = organization;
		this.currentUsers = currentUsers;
	}

	@Transactional(readOnly = true)
	public List<TemplateView> templates() {
		this.currentUsers.require(Role.GRAD_SCHOOL, Role.HOSPITAL_OFFICE, Role.DEPT_COORDINATOR, Role.SUPERVISOR,
				Role.DEGREE_COMMITTEE);
		List<TemplateView> templates = new ArrayList<>();
		for (String code : this.jdbc.sql("select discipline_code from rotation_template order by discipline_code")
			.query(String.class)
			.list()) {
			find(code).ifPresent(templates::add);
		}
		return templates;
	}

	@Transactional(readOnly = true)
	public Optional<TemplateView> find(String disciplineCode) {
		return this.jdbc.sql("select note, version from rotation_template where discipline_code = :d")
			.param("d", disciplineCode)
			.query((rs, n) -> {
				DisciplineRef discipline = this.organization.discipline(disciplineCode).orElse(null);
				return new TemplateView(disciplineCode, (discipline != null) ? discipline.name() : disciplineCode,
						(discipline != null) ? discipline.nameEn() : disciplineCode, rs.getString("note"),
						rs.getLong("version"), items(disciplineCode));
			})
			.optional();
	}

	/**
	 * Replaces a template's areas (or creates the template); graduate-school staff only.
	 * @param version the version the editor opened, or {@code -1} for a new template
	 */
	@Transactional
	public void save(String disciplineCode, long version, String note, List<RotationArea> items) {
		this.currentUsers.require(Role.GRAD_SCHOOL);
		DisciplineRef discipline = this.organization.discipline(disciplineCode)
			.filter((d) -> d.level() == 2)
			.orElseThrow(() -> new BusinessRuleException("rotation.error.unknownDiscipline", disciplineCode));
		if (items.isEmpty()) {
			throw new BusinessRuleException("rotation.error.emptyTemplate");
		}
		Set<String> areas = new HashSet<>();
		for (RotationArea item : items) {
			if (!areas.add(item.area())) {
				throw new BusinessRuleException("rotation.error.duplicateArea", item.area());
			}
		}
		String who = this.currentUsers.currentUsername();
		long id;
		if (version < 0) {
			id = this.jdbc.sql("""
					insert into rotation_template (discipline_code, note, updated_by) values (:d, :note, :who)
					on conflict (discipline_code) do nothing returning id
					""")
				.param("d", discipline.code())
				.param("note", note)
				.param("who", who)
				.query(Long.class)
				.optional()
				.orElseThrow(() -> new OptimisticLockingFailureException("Template exists"));
		}
		else {
			id = this.jdbc
				.sql("""
						update rotation_template set note = :note, version = version + 1, updated_by = :who, updated_at = now()
						where discipline_code = :d and version = :version returning id
						""")
				.param("note", note)
				.param("who", who)
				.param("d", disciplineCode)
				.param("version", version)
				.query(Long.class)
				.optional()
				.orElseThrow(() -> new OptimisticLockingFailureException("Template changed meanwhile"));
			this.jdbc.sql("delete from rotation_template_item where template_id = :t").param("t", id).update();
		}
		int position = 1;
		for (RotationArea item : items) {
			this.jdbc.sql("""
					insert into rotation_template_item (template_id, position, area, area_en, subspecialty,
					    department_keyword, months, mandatory)
					values (:t, :p, :area, :areaEn, :sub, :keyword, :months, :mandatory)
					""")
				.param("t", id)
				.param("p", position++)
				.param("area", item.area())
				.param("areaEn", item.areaEn())
				.param("sub", item.subspecialty())
				.param("keyword", item.departmentKeyword())
				.param("months", item.months())
				.param("mandatory", item.mandatory())
				.update();
		}
	}

	List<RotationArea> items(String disciplineCode) {
		return this.jdbc.sql("""
				select i.area, i.area_en, i.subspecialty, i.department_keyword, i.months, i.mandatory
				from rotation_template_item i join rotation_template t on t.id = i.template_id
				where t.discipline_code = :d order by i.position
				""")
			.param("d", disciplineCode)
			.query((rs, n) -> new RotationArea(rs.getString("area"), rs.getString("area_en"),
					rs.getString("subspecialty"), rs.getString("department_keyword"), rs.getInt("months"),
					rs.getBoolean("mandatory")))
			.list();
	}

}
