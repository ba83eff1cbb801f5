package com.clinigrad.eligibility;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import com.clinigrad.accounts.Role;
import com.clinigrad.shared.SchoolTime;
import com.clinigrad.shared.reminders.Audience;
import com.clinigrad.shared.reminders.DeadlineKind;
import com.clinigrad.shared.reminders.DueItem;
import com.clinigrad.shared.reminders.ReminderSource;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The degree-audit deadlines people are reminded of, read from what the scan for warnings
 * and cases keeps ({@code check_deadline}: unmet checks of students in training, by the
 * rule set's deadline or an approved extension's date): the medical license by the end of
 * semester 5 (the student), the thesis milestones (the student and the supervisors); and
 * the waivers waiting for a step (whoever decides it, never who asked or decided before).
 */
@Component
class DeadlineReminders implements ReminderSource {

	private static final String MEDICAL_LICENSE = "MEDICAL_LICENSE";

	private static final List<String> MILESTONES = List.of("MILESTONE_PROPOSAL", "MILESTONE_MIDTERM",
			"MILESTONE_PRE_DEFENSE", "MILESTONE_DEFENSE");

	private final JdbcClient jdbc;

	DeadlineReminders(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public Set<DeadlineKind> kinds() {
		return Set.of(DeadlineKind.MEDICAL_LICENSE, DeadlineKind.MILESTONE_OVERDUE, DeadlineKind.WAIVER_WAITING);
	}

	@Override
	@Transactional(readOnly = true)
	public List<DueItem> due(DeadlineKind kind, LocalDate from, LocalDate to) {
		return switch (kind) {
			case MEDICAL_LICENSE -> license(from, to);
			case MILESTONE_OVERDUE -> milestones(from, to);
			case WAIVER_WAITING -> waivers(from, to);
			default -> List.of();
		};
	}

	private List<DueItem> license(LocalDate from, LocalDate to) {
		return this.jdbc.sql("""
				select s.student_no, d.due_on from check_deadline d join student s on s.id = d.student_id
				where d.rule_code = :rule and d.due_on between :from and :to
				""").param("rule", MEDICAL_LICENSE).param("from", from).param("to", to).query((rs, n) -> {
			String studentNo = rs.getString("student_no");
			LocalDate dueOn = rs.getObject("due_on", LocalDate.class);
			return new DueItem(DeadlineKind.MEDICAL_LICENSE, studentNo, dueOn, List.of(Audience.student(studentNo)),
					List.of(dueOn.toString()), "/students/" + studentNo + "/achievements");
		}).list();
	}

	private List<DueItem> milestones(LocalDate from, LocalDate to) {
		return this.jdbc.sql("""
				select s.student_no, d.rule_code, d.due_on, p.staff_no as supervisor, c.staff_no as co_supervisor
				from check_deadline d join student s on s.id = d.student_id
				join supervisor p on p.id = s.supervisor_id
				left join supervisor c on c.id = s.co_supervisor_id
				where d.rule_code in (:rules) and d.due_on between :from and :to
				""").param("rules", MILESTONES).param("from", from).param("to", to).query((rs, n) -> {
			String studentNo = rs.getString("student_no");
			String rule = rs.getString("rule_code");
			LocalDate dueOn = rs.getObject("due_on", LocalDate.class);
			List<Audience> audiences = new ArrayList<>(
					List.of(Audience.student(studentNo), Audience.supervisor(rs.getString("supervisor"))));
			if (rs.getString("co_supervisor") != null) {
				audiences.add(Audience.supervisor(rs.getString("co_supervisor")));
			}
			return new DueItem(DeadlineKind.MILESTONE_OVERDUE, studentNo + "/" + rule, dueOn, audiences,
					List.of(studentNo, "#rule." + rule + ".name", dueOn.toString()),
					"/students/" + studentNo + "/milestones");
		}).list();
	}

	/**
	 * A waiver waits since its last step; the subject names the step, so that each step
	 * is reminded of once.
	 */
	private List<DueItem> waivers(LocalDate from, LocalDate to) {
		return this.jdbc
			.sql("""
					select w.id, w.status, w.rule_code, w.requested_by_supervisor, s.student_no, h.code as hospital,
					       p.staff_no as supervisor, c.staff_no as co_supervisor,
					       array_remove(array_append(array_agg(st.actor_account), w.requested_by_account), null) as involved,
					       (max(st.acted_at) at time zone :zone)::date as since
					from waiver w join student s on s.id = w.student_id
					join supervisor p on p.id = s.supervisor_id
					left join supervisor c on c.id = s.co_supervisor_id
					left join hospital h on h.id = s.hospital_id
					join waiver_step st on st.waiver_id = w.id
					where w.status in (:awaiting)
					group by w.id, s.student_no, h.code, p.staff_no, c.staff_no
					having (max(st.acted_at) at time zone :zone)::date between :from and :to
					""")
			.param("awaiting", WaiverStatus.AWAITING.stream().map(Enum::name).toList())
			.param("zone", SchoolTime.ZONE.getId())
			.param("from", from)
			.param("to", to)
			.query((rs, n) -> {
				WaiverStatus status = WaiverStatus.valueOf(rs.getString("status"));
				Role approver = Waiver.awaitedApprover(status, rs.getBoolean("requested_by_supervisor"));
				List<Audience> audiences = new ArrayList<>();
				switch (approver) {
					case SUPERVISOR -> {
						audiences.add(Audience.supervisor(rs.getString("supervisor")));
						if (rs.getString("co_supervisor") != null) {
							audiences.add(Audience.supervisor(rs.getString("co_supervisor")));
						}
					}
					case HOSPITAL_OFFICE -> {
						if (rs.getString("hospital") != null) {
							audiences.add(Audience.hospitalOffice(rs.getString("hospital")));
						}
					}
					default -> audiences.add(Audience.gradSchool());
				}
				Set<Long> involved = new HashSet<>();
				for (Object account : (Object[]) rs.getArray("involved").getArray()) {
					involved.add(((Number) account).longValue());
				}
				long id = rs.getLong("id");
				String studentNo = rs.getString("student_no");
				return new DueItem(DeadlineKind.WAIVER_WAITING, id + "/" + status.name(),
						rs.getObject("since", LocalDate.class), audiences, involved,
						List.of(studentNo, "#rule." + rs.getString("rule_code") + ".name"), "/waivers/" + id);
			})
			.list();
	}

}
