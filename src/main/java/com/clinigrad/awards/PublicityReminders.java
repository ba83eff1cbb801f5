package com.clinigrad.awards;

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
 * The selection rounds whose publicity (公示) ends within the reminder rule's window: each
 * student of the population who has not objected, the office of each hospital with
 * students on the list and the graduate school hear that objections close on the last
 * day. One query for the rounds and their lines.
 */
@Component
class PublicityReminders implements ReminderSource {

	/** A notification argument in both languages: Chinese, a unit separator, English. */
	private static final String BILINGUAL = "@";

	private static final String SEPARATOR = "\u001f";

	private final JdbcClient jdbc;

	PublicityReminders(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public Set<DeadlineKind> kinds() {
		return Set.of(DeadlineKind.PUBLICITY_ENDING);
	}

	@Override
	@Transactional(readOnly = true)
	public List<DueItem> due(DeadlineKind kind, LocalDate from, LocalDate to) {
		List<DueItem> due = new ArrayList<>();
		Set<String> offices = new java.util.HashSet<>();
		this.jdbc.sql("""
				select r.id, r.publicity_end, s.name, s.name_en, l.student_no, l.hospital_code,
				       exists (select 1 from award_objection o where o.round_id = r.id and o.student_id = l.student_id)
				           as objected
				from award_round r join award_scheme s on s.id = r.scheme_id
				join award_list_line l on l.round_id = r.id
				where r.state = 'PUBLICITY' and r.publicity_end between :from and :to
				order by r.id, l.student_no
				""").param("from", from).param("to", to).query((rs) -> {
			long round = rs.getLong("id");
			String subject = String.valueOf(round);
			LocalDate end = rs.getObject("publicity_end", LocalDate.class);
			List<String> args = List.of(BILINGUAL + rs.getString("name") + SEPARATOR + rs.getString("name_en"),
					end.toString());
			String link = "/awards/rounds/" + round;
			if (!rs.getBoolean("objected")) {
				due.add(new DueItem(kind, subject, end, List.of(Audience.student(rs.getString("student_no"))), args,
						link));
			}
			String hospital = rs.getString("hospital_code");
			if (hospital != null && offices.add(round + " " + hospital)) {
				due.add(new DueItem(kind, subject, end, List.of(Audience.hospitalOffice(hospital)), args, link));
			}
			if (offices.add(subject)) {
				due.add(new DueItem(kind, subject, end, List.of(Audience.gradSchool()), args, link));
			}
		});
		return due;
	}

}
