package com.clinigrad.rotations;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Plans and this autumn's rotations for the demo university: every enrolled student of a
 * discipline with a template gets the template's plan, and those in clinical training a
 * current rotation ending on {@code currentEnd} (so that the office's week list and the
 * coordinator's trainees show something) and the next one planned. Only the demo loader
 * calls it, on an empty database.
 */
@Component
public class RotationDemoData {

	private final JdbcClient jdbc;

	RotationDemoData(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Transactional
	public void load(LocalDate currentStart, LocalDate currentEnd) {
		this.jdbc.sql("""
				insert into rotation_plan_item (student_id, position, area, area_en, subspecialty, department_keyword,
				    months, mandatory)
				select s.id, i.position, i.area, i.area_en, i.subspecialty, i.department_keyword, i.months, i.mandatory
				from student s join rotation_template t on t.discipline_code = s.discipline_code
				join rotation_template_item i on i.template_id = t.id
				where s.status in ('ENROLLED', 'DELAYED')
				""").update();
		this.jdbc
			.sql("""
					insert into rotation_plan_change (student_id, change, reason, actor)
					select distinct p.student_id, 'generated:' || s.discipline_code || ':' || sum(p.months) over (partition by p.student_id),
					    t.note, '研究生院培养办'
					from rotation_plan_item p join student s on s.id = p.student_id
					join rotation_template t on t.discipline_code = s.discipline_code
					""")
			.update();
		List<Map<String, Object>> students = this.jdbc.sql("""
				select s.id, s.hospital_id from student s
				where s.status = 'ENROLLED' and s.hospital_id is not null
				  and s.program_code in ('PUMC-PRO-MASTER', 'TMU-PRO-DOCTOR')
				  and exists (select 1 from rotation_plan_item p where p.student_id = s.id)
				  and not exists (select 1 from rotation r where r.student_id = s.id and r.end_date >= :start)
				order by s.student_no
				""").param("start", currentStart).query().listOfRows();
		int n = 0;
		for (Map<String, Object> student : students) {
			long id = ((Number) student.get("id")).longValue();
			long hospital = ((Number) student.get("hospital_id")).longValue();
			List<Long> departments = matchingDepartments(id, hospital);
			if (departments.isEmpty()) {
				continue;
			}
			long current = departments.get(n % departments.size());
			long next = departments.get((n + 1) % departments.size());
			insert(id, current, currentStart, currentEnd);
			insert(id, next, currentEnd.plusDays(2), currentEnd.plusDays(2).plusMonths(3).minusDays(1));
			n++;
		}
		residencyExams();
	}

	/**
	 * Last June's residency completion exam: passed by those who obtained the certificate
	 * since, failed by two delayed students, who therefore hold no certificate (the scan
	 * opens their cases).
	 */
	private void residencyExams() {
		List<Long> failing = this.jdbc.sql("""
				select s.id from student s
				where s.status = 'DELAYED' and s.program_code = 'PUMC-PRO-MASTER' and s.cohort_year = 2023
				order by s.student_no limit 2
				""").query(Long.class).list();
		if (!failing.isEmpty()) {
			this.jdbc.sql("delete from certificate where type = 'RESIDENCY_COMPLETION' and student_id in (:ids)")
				.param("ids", failing)
				.update();
			this.jdbc.sql("""
					insert into residency_exam (student_id, sat_on, theory_result, skills_result, theory_score,
					    skills_score, note, recorded_by)
					select id, date '2026-06-12', 'PASS', 'FAIL', 74, 52, '技能考核第三站未通过', '医院教育处'
					from student where id in (:ids)
					""").param("ids", failing).update();
		}
		this.jdbc
			.sql("""
					insert into residency_exam (student_id, sat_on, theory_result, skills_result, theory_score, skills_score,
					    recorded_by)
					select c.student_id, date '2026-06-12', 'PASS', 'PASS', 82, 86, '医院教育处'
					from certificate c where c.type = 'RESIDENCY_COMPLETION' and c.obtained_on >= date '2026-06-12'
					on conflict do nothing
					""")
			.update();
	}

	private List<Long> matchingDepartments(long studentId, long hospitalId) {
		List<Long> matching = new ArrayList<>();
		this.jdbc.sql("""
				select distinct d.id from department d join rotation_plan_item p on p.student_id = :s
				    and ((p.subspecialty is not null and d.subspecialty = p.subspecialty)
				      or (p.department_keyword is not null and d.name like '%' || p.department_keyword || '%'))
				where d.hospital_id = :h order by d.id
				""").param("s", studentId).param("h", hospitalId).query((rs) -> {
			matching.add(rs.getLong(1));
		});
		return matching;
	}

	private void insert(long studentId, long departmentId, LocalDate start, LocalDate end) {
		this.jdbc.sql("""
				insert into rotation (student_id, department_id, start_date, end_date, recorded_by)
				values (:s, :d, :start, :end, 'demo') on conflict do nothing
				""").param("s", studentId).param("d", departmentId).param("start", start).param("end", end).update();
	}

}
