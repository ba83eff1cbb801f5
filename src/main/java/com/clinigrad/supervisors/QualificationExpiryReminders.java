package com.clinigrad.supervisors;

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
 * The supervisor qualifications whose re-review day (valid until) comes within the
 * reminder rule's window and that no later grant of the same kind has renewed, for the
 * reminders to the supervisor and the graduate school.
 */
@Component
class QualificationExpiryReminders implements ReminderSource {

	private final JdbcClient jdbc;

	QualificationExpiryReminders(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public Set<DeadlineKind> kinds() {
		return Set.of(DeadlineKind.QUALIFICATION_EXPIRY);
	}

	@Override
	@Transactional(readOnly = true)
	public List<DueItem> due(DeadlineKind kind, LocalDate from, LocalDate to) {
		List<DueItem> due = new ArrayList<>();
		this.jdbc.sql("""
				select q.id, q.kind, q.valid_until, s.staff_no, s.name
				from supervisor_qualification q join supervisor s on s.id = q.supervisor_id
				where q.valid_until between :from and :to
				  and not exists (select 1 from supervisor_qualification n
				                  where n.supervisor_id = q.supervisor_id and n.kind = q.kind
				                    and n.granted_on > q.granted_on)
				""").param("from", from).param("to", to).query((rs) -> {
			String subject = String.valueOf(rs.getLong("id"));
			LocalDate until = rs.getObject("valid_until", LocalDate.class);
			String staffNo = rs.getString("staff_no");
			List<String> args = List.of(rs.getString("name"), staffNo,
					"#" + QualificationKind.valueOf(rs.getString("kind")).messageKey(), until.toString());
			due.add(new DueItem(kind, subject, until, List.of(Audience.supervisor(staffNo)), args,
					"/qualifications/mine"));
			due.add(new DueItem(kind, subject, until, List.of(Audience.gradSchool()), args, "/supervisors/" + staffNo));
		});
		return due;
	}

}
