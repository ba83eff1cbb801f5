package com.clinigrad.rotations;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.clinigrad.accounts.CurrentUser;
import com.clinigrad.organization.DepartmentView;
import com.clinigrad.organization.HospitalRef;
import com.clinigrad.organization.Organization;
import com.clinigrad.shared.BusinessRuleException;
import com.clinigrad.shared.Confirmation;
import com.clinigrad.students.StudentCard;
import com.clinigrad.students.StudentKey;
import com.clinigrad.students.StudentRegistry;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The cohort scheduler: proposes a year of rotations for a hospital's cohort from the
 * students' plans and the departments' capacities ({@link SchedulePlanner}); the office
 * reviews the proposal, leaves out what it does not want and accepts it, which schedules
 * all of it or nothing.
 */
@Service
public class CohortScheduler {

	static final int MONTHS = 12;

	private final JdbcClient jdbc;

	private final JdbcTemplate template;

	private final RotationAccess access;

	private final RotationPlans plans;

	private final Organization organization;

	private final StudentRegistry students;

	private final RotationBoard board;

	CohortScheduler(JdbcClient jdbc, JdbcTemplate template, RotationAccess access, RotationPlans plans,
			Organization organization, StudentRegistry students, RotationBoard board) {
		this.board = board;
		this.jdbc = jdbc;
		this.template = template;
		this.access = access;
		this.plans = plans;
		this.organization = organization;
		this.students = students;
	}

	/**
	 * Proposes the year from {@code firstMonth} for the enrolled students of a hospital's
	 * cohort; students without a plan get their discipline's template first.
	 * @return the proposal's id
	 */
	@Transactional
	public long propose(String hospitalCode, int cohortYear, YearMonth firstMonth) {
		CurrentUser user = this.access.requireHospital(hospitalCode);
		HospitalRef hospital = this.organization.hospitalByCode(hospitalCode)
			.orElseThrow(() -> new RotationNotFoundException("hospital " + hospitalCode));
		List<StudentKey> cohort = this.students.enrolledKeysOf(hospitalCode, cohortYear);
		if (cohort.isEmpty()) {
			throw new BusinessRuleException("rotation.error.emptyCohort", hospitalCode, String.valueOf(cohortYear));
		}
		this.plans.generateMissing(cohort, user.displayName());
		LocalDate start = firstMonth.atDay(1);
		LocalDate end = start.plusMonths(MONTHS).minusDays(1);
		List<DepartmentView> departmentViews = this.organization.departments(hospital.id());
		Map<Long, int[]> occupied = monthlyPeaks(hospital.id(), start);
		List<SchedulePlanner.Department> departments = new ArrayList<>();
		for (DepartmentView d : departmentViews) {
			departments.add(new SchedulePlanner.Department(d.id(), d.name(), d.subspecialty(),
					(d.effectiveCapacity() != null) ? d.effectiveCapacity() : Integer.MAX_VALUE / 2,
					occupied.getOrDefault(d.id(), new int[MONTHS])));
		}
		Map<Long, List<ScheduledRotation>> rotations = this.board
			.scheduledOf(cohort.stream().map(StudentKey::id).toList());
		Map<Long, List<RotationArea>> areas = this.plans.itemsOf(cohort.stream().map(StudentKey::id).toList());
		List<SchedulePlanner.Trainee> trainees = new ArrayList<>();
		for (StudentKey student : cohort) {
			List<ScheduledRotation> own = rotations.getOrDefault(student.id(), List.of());
			boolean[] busy = new boolean[MONTHS];
			for (ScheduledRotation rotation : own) {
				for (int m = 0; m < MONTHS; m++) {
					LocalDate monthStart = start.plusMonths(m);
					LocalDate monthEnd = monthStart.plusMonths(1).minusDays(1);
					busy[m] |= !rotation.startDate().isAfter(monthEnd) && !rotation.endDate().isBefore(monthStart);
				}
			}
			List<SchedulePlanner.Need> needs = new ArrayList<>();
			for (RotationArea area : areas.getOrDefault(student.id(), List.of())) {
				BigDecimal done = BigDecimal.ZERO;
				for (ScheduledRotation rotation : own) {
					boolean counts = rotation.endDate().isAfter(start) || rotation.passed();
					if (counts && area.matches(rotation.subspecialty(), rotation.departmentName())) {
						done = done.add(rotation.months());
					}
				}
				int remaining = BigDecimal.valueOf(area.months())
					.subtract(done)
					.setScale(0, RoundingMode.CEILING)
					.intValue();
				if (remaining > 0) {
					needs.add(new SchedulePlanner.Need(area, remaining));
				}
			}
			trainees.add(new SchedulePlanner.Trainee(student.id(), busy, needs));
		}
		SchedulePlanner.Result result = SchedulePlanner.plan(start, MONTHS, departments, trainees);
		long id = this.jdbc.sql("""
				insert into schedule_proposal (hospital_id, cohort_year, starts_on, ends_on, students, created_by)
				values (:h, :c, :start, :end, :n, :who) returning id
				""")
			.param("h", hospital.id())
			.param("c", cohortYear)
			.param("start", start)
			.param("end", end)
			.param("n", cohort.size())
			.param("who", user.displayName())
			.query(Long.class)
			.single();
		List<Object[]> rows = new ArrayList<>();
		for (SchedulePlanner.Placement p : result.placements()) {
			rows.add(new Object[] { id, p.studentId(), p.departmentId(), p.area(), p.startDate(), p.endDate(), null });
		}
		for (SchedulePlanner.Gap g : result.gaps()) {
			rows.add(new Object[] { id, g.studentId(), null, g.area() + " · " + g.months(), null, null,
					g.problem().name() });
		}
		this.template.batchUpdate("""
				insert into schedule_proposal_item (proposal_id, student_id, department_id, area, start_date, end_date,
				    problem)
				values (?, ?, ?, ?, ?, ?, ?)
				""", rows);
		return id;
	}

	@Transactional(readOnly = true)
	public ProposalView proposal(long id) {
		Map<String, Object> header = this.jdbc.sql("""
				select p.*, h.code as hospital_code from schedule_proposal p join hospital h on h.id = p.hospital_id
				where p.id = :id
				""")
			.param("id", id)
			.query()
			.listOfRows()
			.stream()
			.findFirst()
			.orElseThrow(() -> new RotationNotFoundException("proposal " + id));
		this.access.requireHospital((String) header.get("hospital_code"));
		Map<Long, String> departmentNames = new HashMap<>();
		for (DepartmentView d : this.organization.departments(((Number) header.get("hospital_id")).longValue())) {
			departmentNames.put(d.id(), d.name());
		}
		Map<Long, List<ProposalView.Item>> items = new LinkedHashMap<>();
		Map<Long, List<ProposalView.Item>> gaps = new LinkedHashMap<>();
		this.jdbc
			.sql("select * from schedule_proposal_item where proposal_id = :id order by student_id, start_date, id")
			.param("id", id)
			.query((rs) -> {
				Long department = (Long) rs.getObject("department_id");
				ProposalView.Item item = new ProposalView.Item(rs.getLong("id"), rs.getString("area"), department,
						(department != null) ? departmentNames.get(department) : null,
						rs.getObject("start_date", LocalDate.class), rs.getObject("end_date", LocalDate.class),
						rs.getString("problem"), rs.getBoolean("left_out"));
				(department != null ? items : gaps).computeIfAbsent(rs.getLong("student_id"), (s) -> new ArrayList<>())
					.add(item);
			});
		Set<Long> studentIds = new java.util.LinkedHashSet<>(items.keySet());
		studentIds.addAll(gaps.keySet());
		Map<Long, StudentCard> cards = this.students.cardsByIds(studentIds);
		List<ProposalView.StudentPlan> plans = new ArrayList<>();
		for (StudentCard card : cards.values()) {
			plans.add(new ProposalView.StudentPlan(card, items.getOrDefault(card.id(), List.of()),
					gaps.getOrDefault(card.id(), List.of())));
		}
		return new ProposalView(id, (String) header.get("hospital_code"),
				((Number) header.get("cohort_year")).intValue(),
				((java.sql.Date) header.get("starts_on")).toLocalDate(),
				((java.sql.Date) header.get("ends_on")).toLocalDate(),
				ProposalStatus.valueOf((String) header.get("status")), ((Number) header.get("students")).intValue(),
				(String) header.get("created_by"),
				((java.sql.Timestamp) header.get("created_at")).toInstant().atOffset(java.time.ZoneOffset.UTC),
				((Number) header.get("version")).longValue(), plans);
	}

	/**
	 * Schedules every proposed rotation except those left out — all or nothing: if any
	 * would overlap or exceed a capacity (the schedule changed since the proposal), none
	 * is.
	 * @param confirmed whether the office ticked that it checked the proposal (checked
	 * after the caller's scope)
	 * @return how many rotations were scheduled
	 */
	@Transactional
	public int accept(long id, long version, Collection<Long> leftOut, boolean confirmed) {
		ProposalView proposal = proposal(id);
		Confirmation.require(confirmed, "rotation.proposal.error.confirm");
		ProposalStatus accepted = proposal.status().next(true);
		int updated = this.jdbc.sql("""
				update schedule_proposal set status = :accepted, version = version + 1
				where id = :id and version = :version and status = :open
				""")
			.param("accepted", accepted.name())
			.param("open", ProposalStatus.OPEN.name())
			.param("id", id)
			.param("version", version)
			.update();
		if (updated == 0) {
			throw new OptimisticLockingFailureException("Proposal changed meanwhile");
		}
		HospitalRef hospital = this.organization.hospitalByCode(proposal.hospitalCode()).orElseThrow();
		this.jdbc.sql("select id from department where hospital_id = :h order by id for update")
			.param("h", hospital.id())
			.query(Long.class)
			.list();
		List<Object[]> rows = new ArrayList<>();
		String who = this.access.current().username();
		for (ProposalView.StudentPlan plan : proposal.plans()) {
			for (ProposalView.Item item : plan.items()) {
				if (!leftOut.contains(item.id())) {
					rows.add(new Object[] { plan.student().id(), item.departmentId(), item.startDate(), item.endDate(),
							who });
				}
			}
		}
		if (!leftOut.isEmpty()) {
			this.jdbc.sql("update schedule_proposal_item set left_out = true where proposal_id = :p and id in (:ids)")
				.param("p", id)
				.param("ids", leftOut)
				.update();
		}
		this.template.batchUpdate("""
				insert into rotation (student_id, department_id, start_date, end_date, recorded_by)
				values (?, ?, ?, ?, ?)
				""", rows);
		checkOverlaps(proposal);
		checkCapacity(hospital.id(), proposal.startsOn(), proposal.endsOn());
		return rows.size();
	}

	@Transactional
	public void discard(long id) {
		ProposalView proposal = proposal(id);
		ProposalStatus discarded = proposal.status().next(false);
		this.jdbc.sql(
				"update schedule_proposal set status = :discarded, version = version + 1 where id = :id and status = :open")
			.param("discarded", discarded.name())
			.param("open", ProposalStatus.OPEN.name())
			.param("id", proposal.id())
			.update();
	}

	/**
	 * @return the hospital's open and recent proposals
	 */
	@Transactional(readOnly = true)
	public List<Map<String, Object>> recent(String hospitalCode) {
		this.access.requireHospital(hospitalCode);
		return this.jdbc.sql("""
				select p.id, p.cohort_year, p.starts_on, p.status, p.students, p.created_by, p.created_at
				from schedule_proposal p join hospital h on h.id = p.hospital_id where h.code = :h
				order by p.created_at desc limit 10
				""").param("h", hospitalCode).query().listOfRows().stream().map((row) -> {
			Map<String, Object> proposal = new java.util.LinkedHashMap<>(row);
			proposal.put("status", ProposalStatus.valueOf((String) row.get("status")));
			return proposal;
		}).toList();
	}

	private void checkOverlaps(ProposalView proposal) {
		Map<Long, StudentCard> students = new HashMap<>();
		proposal.plans().forEach((plan) -> students.put(plan.student().id(), plan.student()));
		if (students.isEmpty()) {
			return;
		}
		this.jdbc.sql("""
				select a.student_id, a.start_date from rotation a join rotation b on a.student_id = b.student_id
				    and a.id < b.id and a.start_date <= b.end_date and b.start_date <= a.end_date
				    and b.status = :scheduled
				where a.student_id in (:ids) and a.status = :scheduled limit 1
				""")
			.param("ids", students.keySet())
			.param("scheduled", RotationStatus.SCHEDULED.name())
			.query()
			.listOfRows()
			.stream()
			.findFirst()
			.ifPresent((row) -> {
				throw new BusinessRuleException("rotation.error.proposalOverlap",
						students.get(((Number) row.get("student_id")).longValue()).studentNo(),
						row.get("start_date").toString());
			});
	}

	private void checkCapacity(long hospitalId, LocalDate start, LocalDate end) {
		DailyHeadcount headcount = headcount(hospitalId, start, end);
		for (DepartmentView department : this.organization.departments(hospitalId)) {
			if (department.effectiveCapacity() == null) {
				continue;
			}
			headcount.firstDayOver(department.id(), department.effectiveCapacity()).ifPresent((day) -> {
				throw new BusinessRuleException("rotation.error.full", department.name(), day.toString(),
						String.valueOf(department.effectiveCapacity()));
			});
		}
	}

	private Map<Long, int[]> monthlyPeaks(long hospitalId, LocalDate start) {
		return headcount(hospitalId, start, start.plusMonths(MONTHS).minusDays(1)).monthlyPeaks(MONTHS);
	}

	private DailyHeadcount headcount(long hospitalId, LocalDate start, LocalDate end) {
		DailyHeadcount headcount = new DailyHeadcount(start, end);
		this.jdbc
			.sql("""
					select r.department_id, r.start_date, r.end_date from rotation r join department d on d.id = r.department_id
					where d.hospital_id = :h and r.start_date <= :end and r.end_date >= :start and r.status = :scheduled
					""")
			.param("h", hospitalId)
			.param("scheduled", RotationStatus.SCHEDULED.name())
			.param("start", start)
			.param("end", end)
			.query((rs) -> {
				headcount.add(rs.getLong("department_id"), rs.getObject("start_date", LocalDate.class),
						rs.getObject("end_date", LocalDate.class));
			});
		return headcount;
	}

}
