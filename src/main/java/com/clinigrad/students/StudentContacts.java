package com.clinigrad.students;

import java.util.Collection;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who is around a student, for modules that must reach people rather than check the
 * caller (the notifications): the student's number and name, hospital, supervisor and
 * co-supervisor. One query for any number of students (an import touches thousands).
 */
@Service
public class StudentContacts {

	private final JdbcClient jdbc;

	StudentContacts(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * @return these students' contacts, in student-number order; unknown ids are left out
	 */
	@Transactional(readOnly = true)
	public List<Contact> of(Collection<Long> studentIds) {
		if (studentIds.isEmpty()) {
			return List.of();
		}
		return this.jdbc.sql("""
				select s.id, s.student_no, s.name, h.code as hospital_code, sv.staff_no as supervisor,
				       co.staff_no as co_supervisor
				from student s left join hospital h on h.id = s.hospital_id
				join supervisor sv on sv.id = s.supervisor_id left join supervisor co on co.id = s.co_supervisor_id
				where s.id = any(:ids) order by s.student_no""")
			.param("ids", studentIds.stream().distinct().toArray(Long[]::new))
			.query((rs, n) -> new Contact(rs.getLong("id"), rs.getString("student_no"), rs.getString("name"),
					rs.getString("hospital_code"), rs.getString("supervisor"), rs.getString("co_supervisor")))
			.list();
	}

	/**
	 * A student and the people around them.
	 *
	 * @param id the student
	 * @param studentNo the student's number
	 * @param name the student's name
	 * @param hospitalCode the student's hospital, or {@code null}
	 * @param supervisorStaffNo the supervisor's staff number
	 * @param coSupervisorStaffNo the co-supervisor's staff number, or {@code null}
	 */
	public record Contact(long id, String studentNo, String name, String hospitalCode, String supervisorStaffNo,
			String coSupervisorStaffNo) {
	}

}
