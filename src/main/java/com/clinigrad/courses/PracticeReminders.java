package com.clinigrad.courses;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import com.clinigrad.shared.SchoolTime;
import com.clinigrad.shared.reminders.Audience;
import com.clinigrad.shared.reminders.DeadlineKind;
import com.clinigrad.shared.reminders.DueItem;
import com.clinigrad.shared.reminders.ReminderSource;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The practice-credit applications waiting at a step since a day, for the reminders to
 * whoever decides it: the education office of the student's hospital, then the graduate
 * school.
 */
@Component
class PracticeReminders implements ReminderSource {

	private final JdbcClient jdbc;

	PracticeReminders(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public Set<DeadlineKind> kinds() {
		return Set.of(DeadlineKind.PRACTICE_WAITING);
	}

	@Override
	@Transactional(readOnly = true)
	public List<DueItem> due(DeadlineKind kind, LocalDate from, LocalDate to) {
		return this.jdbc.sql("""
				select a.id, a.status, s.student_no, h.code as hospital,
				       (max(st.acted_at) at time zone :zone)::date as since
				from practice_application a join student s on s.id = a.student_id
				left join hospital h on h.id = s.hospital_id
				join practice_step st on st.application_id = a.id
				where a.status in (:open)
				group by a.id, s.student_no, h.code
				having (max(st.acted_at) at time zone :zone)::date between :from and :to
				""")
			.param("zone", SchoolTime.ZONE.getId())
			.param("open", List.of(PracticeStatus.SUBMITTED.name(), PracticeStatus.HOSPITAL_APPROVED.name()))
			.param("from", from)
			.param("to", to)
			.query((rs, n) -> {
				PracticeStatus status = PracticeStatus.valueOf(rs.getString("status"));
				String hospital = rs.getString("hospital");
				Audience audience = (status.awaitsHospital() && hospital != null) ? Audience.hospitalOffice(hospital)
						: Audience.gradSchool();
				long id = rs.getLong("id");
				return new DueItem(kind, id + "/" + status.name(), rs.getObject("since", LocalDate.class),
						List.of(audience), List.of(rs.getString("student_no")), "/practice/" + id);
			})
			.list();
	}

}
