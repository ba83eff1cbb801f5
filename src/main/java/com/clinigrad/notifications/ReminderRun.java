package com.clinigrad.notifications;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import com.clinigrad.accounts.CurrentUser;
import com.clinigrad.accounts.CurrentUsers;
import com.clinigrad.accounts.Role;
import com.clinigrad.shared.SchoolTime;
import com.clinigrad.shared.reminders.Audience;
import com.clinigrad.shared.reminders.DeadlineKind;
import com.clinigrad.shared.reminders.DueItem;
import com.clinigrad.shared.reminders.ReminderSource;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The daily reminder run: asks each module for its things that fall due within the
 * graduate school's rules ({@link ReminderRules}), finds the accounts that must hear of
 * them, and tells each once — a notification in the inbox and, for those who hear of the
 * kind by e-mail, a mail in their language in the outbox. "Once" is the database's: a
 * reminder is recorded per kind, subject, recipient and day, so a repeated run (or two
 * instances running at once) sends nothing twice. Set-based: a query per kind and a few
 * statements for all recipients, never a query per student.
 */
@Service
public class ReminderRun {

	private final JdbcClient jdbc;

	private final ReminderRules rules;

	private final List<ReminderSource> sources;

	private final Notifications notifications;

	private final CurrentUsers currentUsers;

	private final JsonMapper json;

	private final int catchUpDays;

	ReminderRun(JdbcClient jdbc, ReminderRules rules, List<ReminderSource> sources, Notifications notifications,
			CurrentUsers currentUsers, JsonMapper json,
			@Value("${clinigrad.reminders.catch-up-days:30}") int catchUpDays) {
		this.jdbc = jdbc;
		this.rules = rules;
		this.sources = sources;
		this.notifications = notifications;
		this.currentUsers = currentUsers;
		this.json = json;
		this.catchUpDays = catchUpDays;
	}

	/**
	 * Runs the reminders of today now; graduate-school staff.
	 */
	@Transactional
	public RunSummary runNow() {
		CurrentUser user = this.currentUsers.require(Role.GRAD_SCHOOL);
		return run(SchoolTime.today(), user.displayName());
	}

	/**
	 * The run without a caller check, for the daily job, the demo and the tests.
	 * @param today the day the rules count from
	 * @param startedBy who started it, {@code null} for the daily job
	 */
	@Transactional
	public RunSummary run(LocalDate today, String startedBy) {
		long runId = this.jdbc.sql("insert into reminder_run (run_on, started_by) values (:today, :by) returning id")
			.param("today", today)
			.param("by", startedBy)
			.query(Long.class)
			.single();
		List<DueItem> due = new ArrayList<>();
		for (ReminderRules.Rule rule : this.rules.all()) {
			if (!rule.enabled()) {
				continue;
			}
			ReminderRules.Window window = this.rules.window(rule, today);
			for (ReminderSource source : this.sources) {
				if (source.kinds().contains(rule.kind())) {
					due.addAll(source.due(rule.kind(), window.from(), window.to()));
				}
			}
		}
		List<Delivery> sent = record(deliveries(due), runId);
		tell(sent);
		Map<DeadlineKind, Integer> counts = new EnumMap<>(DeadlineKind.class);
		sent.forEach((delivery) -> counts.merge(delivery.item().kind(), 1, Integer::sum));
		counts.forEach((kind, count) -> this.jdbc
			.sql("insert into reminder_run_count (run_id, kind, reminders) values (:run, :kind, :count)")
			.param("run", runId)
			.param("kind", kind.name())
			.param("count", count)
			.update());
		this.jdbc.sql("update reminder_run set finished_at = clock_timestamp(), total = :total where id = :id")
			.param("total", sent.size())
			.param("id", runId)
			.update();
		// a reminder whose day lies this far back can never be due again
		this.jdbc.sql("delete from reminder_sent where due_on < :before")
			.param("before", today.minusDays(ReminderRules.MAX_DAYS * 2L + this.catchUpDays))
			.update();
		return runs(runId, 1).get(0);
	}

	/**
	 * @return the latest runs, newest first, with how many reminders of each kind went
	 * out; graduate-school staff
	 */
	@Transactional(readOnly = true)
	public List<RunSummary> latest(int limit) {
		this.currentUsers.require(Role.GRAD_SCHOOL);
		return runs(null, limit);
	}

	/**
	 * @return the latest run, if any; graduate-school staff
	 */
	@Transactional(readOnly = true)
	public Optional<RunSummary> last() {
		return latest(1).stream().findFirst();
	}

	private List<RunSummary> runs(Long id, int limit) {
		List<RunSummary> runs = this.jdbc.sql("""
				select id, run_on, started_at, finished_at, total, started_by from reminder_run
				where cast(:id as bigint) is null or id = :id
				order by started_at desc, id desc limit :limit
				""")
			.param("id", id)
			.param("limit", limit)
			.query((rs, n) -> new RunSummary(rs.getLong("id"), rs.getObject("run_on", LocalDate.class),
					rs.getObject("started_at", OffsetDateTime.class), rs.getObject("finished_at", OffsetDateTime.class),
					rs.getInt("total"), rs.getString("started_by"), new EnumMap<>(DeadlineKind.class)))
			.list();
		if (!runs.isEmpty()) {
			Map<Long, RunSummary> byId = new HashMap<>();
			runs.forEach((run) -> byId.put(run.id(), run));
			this.jdbc.sql("select run_id, kind, reminders from reminder_run_count where run_id = any(:ids)")
				.param("ids", byId.keySet().toArray(Long[]::new))
				.query((rs) -> {
					byId.get(rs.getLong("run_id"))
						.counts()
						.put(DeadlineKind.valueOf(rs.getString("kind")), rs.getInt("reminders"));
				});
		}
		return runs;
	}

	/**
	 * The accounts each item reaches (one statement for all of them), less those it
	 * excludes, each (kind, subject, account, day) once.
	 */
	private List<Delivery> deliveries(List<DueItem> due) {
		int size = 0;
		for (DueItem item : due) {
			size += item.audiences().size();
		}
		Integer[] index = new Integer[size];
		String[] roles = new String[size];
		String[] students = new String[size];
		String[] staff = new String[size];
		String[] hospitals = new String[size];
		String[] departments = new String[size];
		int row = 0;
		for (int i = 0; i < due.size(); i++) {
			for (Audience audience : due.get(i).audiences()) {
				index[row] = i;
				roles[row] = role(audience.role()).name();
				switch (audience.role()) {
					case STUDENT -> students[row] = audience.key();
					case SUPERVISOR, EXPERT -> staff[row] = audience.key();
					case HOSPITAL_OFFICE, DEPT_COORDINATOR -> {
						hospitals[row] = audience.key();
						departments[row] = audience.department();
					}
					case GRAD_SCHOOL -> {
					}
				}
				row++;
			}
		}
		if (size == 0) {
			return List.of();
		}
		Map<String, Delivery> deliveries = new LinkedHashMap<>();
		this.jdbc.sql("""
				with t as (
				  select * from unnest(cast(:i as int[]), cast(:role as text[]), cast(:student as text[]),
				                       cast(:staff as text[]), cast(:hospital as text[]), cast(:department as text[]))
				         as t(i, role, student, staff, hospital, department))
				select t.i, a.id from t join user_account a on a.student_no = t.student
				join user_role r on r.account_id = a.id and r.role = t.role where a.enabled
				union all
				select t.i, a.id from t join user_account a on a.staff_no = t.staff
				join user_role r on r.account_id = a.id and r.role = t.role where a.enabled
				union all
				select t.i, a.id from t join user_account a on a.hospital_code = t.hospital
				join user_role r on r.account_id = a.id and r.role = t.role
				where a.enabled and (t.department is null or a.department_code = t.department)
				union all
				select t.i, a.id from t join user_role r on r.role = t.role join user_account a on a.id = r.account_id
				where a.enabled and t.student is null and t.staff is null and t.hospital is null
				""")
			.param("i", index)
			.param("role", roles)
			.param("student", students)
			.param("staff", staff)
			.param("hospital", hospitals)
			.param("department", departments)
			.query((rs) -> {
				DueItem item = due.get(rs.getInt(1));
				long account = rs.getLong(2);
				if (!item.excludedAccounts().contains(account)) {
					Delivery delivery = new Delivery(item, account);
					deliveries.putIfAbsent(delivery.key(), delivery);
				}
			});
		return List.copyOf(deliveries.values());
	}

	/**
	 * Records the deliveries not sent before (one statement); the others are left out.
	 * @return the deliveries to make now
	 */
	private List<Delivery> record(List<Delivery> deliveries, long runId) {
		if (deliveries.isEmpty()) {
			return List.of();
		}
		int n = deliveries.size();
		String[] kinds = new String[n];
		String[] subjects = new String[n];
		Long[] accounts = new Long[n];
		String[] days = new String[n];
		Map<String, Delivery> byKey = new HashMap<>();
		for (int i = 0; i < n; i++) {
			Delivery delivery = deliveries.get(i);
			kinds[i] = delivery.item().kind().name();
			subjects[i] = delivery.item().subject();
			accounts[i] = delivery.accountId();
			days[i] = delivery.item().dueOn().toString();
			byKey.put(delivery.key(), delivery);
		}
		List<Delivery> fresh = new ArrayList<>();
		this.jdbc.sql("""
				insert into reminder_sent (kind, subject, account_id, due_on, run_id)
				select * , cast(:run as bigint) from unnest(cast(:kind as text[]), cast(:subject as text[]),
				    cast(:account as bigint[]), cast(:day as date[]))
				on conflict do nothing
				returning kind, subject, account_id, due_on
				""")
			.param("kind", kinds)
			.param("subject", subjects)
			.param("account", accounts)
			.param("day", days)
			.param("run", runId)
			.query((rs) -> {
				fresh.add(byKey.get(Delivery.key(rs.getString(1), rs.getString(2), rs.getLong(3),
						rs.getObject(4, LocalDate.class))));
			});
		return fresh;
	}

	/**
	 * Writes the notifications (one statement), then sends them as every notification is
	 * sent ({@link Notifications#deliver}: e-mail now, the daily digest or the inbox
	 * only, as each reader chose or their role has it), one kind at a time.
	 */
	private void tell(List<Delivery> deliveries) {
		if (deliveries.isEmpty()) {
			return;
		}
		List<Long> ids = this.jdbc.sql("select nextval('notification_id_seq') from generate_series(1, :n)")
			.param("n", deliveries.size())
			.query(Long.class)
			.list();
		List<Map<String, Object>> rows = new ArrayList<>();
		for (int i = 0; i < deliveries.size(); i++) {
			Delivery delivery = deliveries.get(i);
			NotificationKind kind = notificationKind(delivery.item().kind());
			Map<String, Object> row = new HashMap<>();
			row.put("id", ids.get(i));
			row.put("account", delivery.accountId());
			row.put("kind", kind.name());
			row.put("title", kind.titleKey());
			row.put("args", delivery.item().args());
			row.put("link", delivery.item().link());
			rows.add(row);
		}
		this.jdbc.sql("""
				insert into notification (id, account_id, kind, title_key, args, link)
				select (e ->> 'id')::bigint, (e ->> 'account')::bigint, e ->> 'kind', e ->> 'title',
				       array(select jsonb_array_elements_text(e -> 'args')), e ->> 'link'
				from jsonb_array_elements(cast(:rows as jsonb)) e
				""").param("rows", this.json.writeValueAsString(rows)).update();

		Map<NotificationKind, List<Notifications.Written>> byKind = new EnumMap<>(NotificationKind.class);
		for (int i = 0; i < deliveries.size(); i++) {
			Delivery delivery = deliveries.get(i);
			NotificationKind kind = notificationKind(delivery.item().kind());
			byKind.computeIfAbsent(kind, (k) -> new ArrayList<>())
				.add(new Notifications.Written(ids.get(i), delivery.accountId(), kind.titleKey(),
						delivery.item().args(), delivery.item().link()));
		}
		byKind.forEach(this.notifications::deliver);
	}

	static NotificationKind notificationKind(DeadlineKind kind) {
		return switch (kind) {
			case REVIEW_DUE -> NotificationKind.REMINDER_REVIEW_DUE;
			case REVIEW_OVERDUE -> NotificationKind.REMINDER_REVIEW_OVERDUE;
			case MEDICAL_LICENSE -> NotificationKind.REMINDER_MEDICAL_LICENSE;
			case ROTATION_EXAM_MISSING -> NotificationKind.REMINDER_ROTATION_EXAM_MISSING;
			case WAIVER_WAITING -> NotificationKind.REMINDER_WAIVER_WAITING;
			case MILESTONE_OVERDUE -> NotificationKind.REMINDER_MILESTONE_OVERDUE;
			case PRACTICE_WAITING -> NotificationKind.REMINDER_PRACTICE_WAITING;
			case QUALIFICATION_EXPIRY -> NotificationKind.REMINDER_QUALIFICATION_EXPIRY;
			case PUBLICITY_ENDING -> NotificationKind.REMINDER_PUBLICITY_ENDING;
			case MSF_UNANSWERED -> NotificationKind.REMINDER_MSF_UNANSWERED;
		};
	}

	private static Role role(Audience.Role role) {
		return switch (role) {
			case STUDENT -> Role.STUDENT;
			case SUPERVISOR -> Role.SUPERVISOR;
			case EXPERT -> Role.EXPERT;
			case HOSPITAL_OFFICE -> Role.HOSPITAL_OFFICE;
			case DEPT_COORDINATOR -> Role.DEPT_COORDINATOR;
			case GRAD_SCHOOL -> Role.GRAD_SCHOOL;
		};
	}

	private record Delivery(DueItem item, long accountId) {

		String key() {
			return key(this.item.kind().name(), this.item.subject(), this.accountId, this.item.dueOn());
		}

		static String key(String kind, String subject, long accountId, LocalDate dueOn) {
			return kind + "\u0000" + subject + "\u0000" + accountId + "\u0000" + dueOn;
		}

	}

	/**
	 * One run: when, for which day, who started it ({@code null}: the daily job), how
	 * many reminders went out in all and of each kind.
	 */
	public record RunSummary(long id, LocalDate runOn, OffsetDateTime startedAt, OffsetDateTime finishedAt, int total,
			String startedBy, Map<DeadlineKind, Integer> counts) {

		public int count(DeadlineKind kind) {
			return this.counts.getOrDefault(kind, 0);
		}

	}

}
