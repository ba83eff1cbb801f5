package com.clinigrad.students;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The students in training (在读, 延期) a supervisor supervises as main or co-supervisor, by
 * staff number, without a caller check: for modules that act for a person who is not the
 * caller (a calendar feed opened by its secret address) and have checked that the person
 * is that supervisor.
 */
@Service
@Transactional(readOnly = true)
public class SupervisedRoster {

	private final JdbcClient jdbc;

	SupervisedRoster(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * @return the supervisor's students in training, by student number
	 */
	public List<StudentCard> inTrainingOf(String staffNo) {
		if (staffNo == null) {
			return List.of();
		}
		return this.jdbc.sql("""
				select s.id, s.student_no, s.name, s.program_code, s.cohort_year, h.code as hospital_code, s.status
				from student s left join hospital h on h.id = s.hospital_id
				where s.status in (:inTraining) and exists (select 1 from supervisor p where p.staff_no = :staff
				      and (p.id = s.supervisor_id or p.id = s.co_supervisor_id))
				order by s.student_no""")
			.param("staff", staffNo)
			.param("inTraining", StudentStatus.names(StudentStatus.IN_TRAINING))
			.query((rs, n) -> new StudentCard(rs.getLong("id"), rs.getString("student_no"), rs.getString("name"),
					rs.getString("program_code"), rs.getInt("cohort_year"), rs.getString("hospital_code"),
					StudentStatus.valueOf(rs.getString("status"))))
			.list();
	}

}
