package com.clinigrad.theses;

import java.time.LocalDate;
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
 * The blind reviews still to write whose deadline falls in a window, for the reminders to
 * their experts: by the review's code only, never the student, title or supervisor.
 */
@Component
class ReviewDeadlines implements ReminderSource {

	private final JdbcClient jdbc;

	ReviewDeadlines(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public Set<DeadlineKind> kinds() {
		return Set.of(DeadlineKind.REVIEW_DUE, DeadlineKind.REVIEW_OVERDUE);
	}

	@Override
	@Transactional(readOnly = true)
	public List<DueItem> due(DeadlineKind kind, LocalDate from, LocalDate to) {
		return this.jdbc.sql("""
				select r.code, r.due_on, e.staff_no from thesis_review r
				join thesis_round t on t.student_id = r.student_id and t.round_no = r.round_no
				join supervisor e on e.id = r.reviewer_id
				where r.status = :pending and t.status = :open and r.code is not null
				  and r.due_on between :from and :to
				""")
			.param("pending", ReviewStatus.PENDING.name())
			.param("open", RoundStatus.OPEN.name())
			.param("from", from)
			.param("to", to)
			.query((rs, n) -> {
				String code = rs.getString("code");
				LocalDate dueOn = rs.getObject("due_on", LocalDate.class);
				return new DueItem(kind, code, dueOn, List.of(Audience.expert(rs.getString("staff_no"))),
						List.of(code, dueOn.toString()), "/reviews/" + code);
			})
			.list();
	}

}
