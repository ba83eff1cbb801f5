package com.clinigrad.rotations;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import com.clinigrad.shared.reminders.Audience;
import com.clinigrad.shared.reminders.DeadlineKind;
import com.clinigrad.shared.reminders.DueItem;
import com.clinigrad.shared.reminders.ReminderSource;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The rotations that ended without their exit exam recorded, for the reminders to the
 * coordinator of the rotation's department and the education office of its hospital.
 */
@Component
class ExamReminders implements ReminderSource {

	private final JdbcClient jdbc;

	ExamReminders(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public Set<DeadlineKind> kinds() {
		return Set.of(DeadlineKind.ROTATION_EXAM_MISSING);
	}

	@Override
	@Transactional(readOnly = true)
	public List<DueItem> due(DeadlineKind kind, LocalDate from, LocalDate to) {
		List<DueItem> due = new ArrayList<>();
		this.jdbc.sql("""
				select r.id, r.end_date, s.student_no, d.code as department, d.name as department_name,
				       h.code as hospital
				from rotation r join student s on s.id = r.student_id
				join department d on d.id = r.department_id join hospital h on h.id = d.hospital_id
				where r.status = :scheduled and r.exam_result is null and r.end_date between :from and :to
				""")
			.param("scheduled", RotationStatus.SCHEDULED.name())
			.param("from", from)
			.param("to", to)
			.query((rs) -> {
				String subject = String.valueOf(rs.getLong("id"));
				LocalDate ended = rs.getObject("end_date", LocalDate.class);
				String studentNo = rs.getString("student_no");
				String hospital = rs.getString("hospital");
				List<String> args = List.of(studentNo, rs.getString("department_name"), ended.toString());
				due.add(new DueItem(kind, subject, ended,
						List.of(Audience.coordinator(hospital, rs.getString("department"))), args,
						"/rotations/" + subject + "/assess"));
				due.add(new DueItem(kind, subject, ended, List.of(Audience.hospitalOffice(hospital)), args,
						"/students/" + studentNo + "/rotations"));
			});
		return due;
	}

}
