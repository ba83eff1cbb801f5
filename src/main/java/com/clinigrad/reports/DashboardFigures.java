package com.clinigrad.reports;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import com.clinigrad.accounts.CurrentUser;
import com.clinigrad.accounts.CurrentUsers;
import com.clinigrad.accounts.Role;
import com.clinigrad.awards.AwardFigures;
import com.clinigrad.eligibility.AtRiskStudents;
import com.clinigrad.eligibility.AtRiskStudents.AtRiskStudent;
import com.clinigrad.eligibility.DegreeAudit;
import com.clinigrad.eligibility.rules.AuditOutcome;
import com.clinigrad.eligibility.rules.CheckResult;
import com.clinigrad.eligibility.rules.CheckStatus;
import com.clinigrad.organization.Organization;
import com.clinigrad.organization.ProgramRef;
import com.clinigrad.reports.ReportTable.Cell;
import com.clinigrad.reports.ReportTable.Chart;
import com.clinigrad.reports.ReportTable.Column;
import com.clinigrad.reports.ReportTable.Row;
import com.clinigrad.rotations.OccupancyView;
import com.clinigrad.rotations.ResidencyExamFigures;
import com.clinigrad.rotations.RotationBoard;
import com.clinigrad.rotations.RotationBoard.DepartmentTrainee;
import com.clinigrad.shared.SchoolTime;
import com.clinigrad.students.StudentFigureRow;
import com.clinigrad.students.StudentKey;
import com.clinigrad.students.StudentOverview;
import com.clinigrad.students.StudentRegistry;
import com.clinigrad.students.StudentStatus;
import com.clinigrad.theses.ThesisYearFigures;
import com.clinigrad.theses.ThesisYearFigures.ReviewsDue;

import org.springframework.context.MessageSource;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The live figures on each office's home page (issue 19 point 5), as tables a chart is
 * drawn from: the graduate school's students by status and program, audits failing by
 * rule, reviews due and awards; a hospital office's occupancy, rotations ending without
 * an exam and residency exam pass rate; a supervisor's students' progress towards the
 * degree. Each within the caller's scope.
 */
@Service
public class DashboardFigures {

	/** How far ahead an audit deadline counts on the dashboard, in days. */
	static final int AUDIT_WINDOW = 90;

	private static final List<StudentStatus> SHOWN = List.of(StudentStatus.ENROLLED, StudentStatus.DELAYED,
			StudentStatus.DEGREE_DEFERRED, StudentStatus.GRADUATED);

	private final CurrentUsers currentUsers;

	private final StudentRegistry students;

	private final Organization organization;

	private final AtRiskStudents atRisk;

	private final DegreeAudit audit;

	private final ThesisYearFigures theses;

	private final RotationBoard rotations;

	private final ResidencyExamFigures exams;

	private final AwardFigures awards;

	private final MessageSource messages;

	DashboardFigures(CurrentUsers currentUsers, StudentRegistry students, Organization organization,
			AtRiskStudents atRisk, DegreeAudit audit, ThesisYearFigures theses, RotationBoard rotations,
			ResidencyExamFigures exams, AwardFigures awards, MessageSource messages) {
		this.currentUsers = currentUsers;
		this.students = students;
		this.organization = organization;
		this.atRisk = atRisk;
		this.audit = audit;
		this.theses = theses;
		this.rotations = rotations;
		this.exams = exams;
		this.awards = awards;
		this.messages = messages;
	}

	/**
	 * @return the caller's figures, one group per office role held
	 * @throws AccessDeniedException for a caller without an office or supervisor role
	 */
	@Transactional(readOnly = true)
	public List<ReportTable> forCaller(Locale locale) {
		CurrentUser user = this.currentUsers.require(Role.GRAD_SCHOOL, Role.HOSPITAL_OFFICE, Role.SUPERVISOR);
		LocalDate today = SchoolTime.today();
		boolean english = english(locale);
		List<ReportTable> tables = new ArrayList<>();
		if (user.has(Role.GRAD_SCHOOL)) {
			tables.add(byStatusAndProgram(locale, english));
			tables.add(auditsByRule(locale, (row) -> true));
			tables.add(reviewsDue(locale, today));
			tables.add(awards(locale, english, today));
		}
		else if (user.has(Role.HOSPITAL_OFFICE) && user.hospitalCode() != null) {
			String hospital = user.hospitalCode();
			tables.add(occupancy(locale, hospital, today));
			tables.add(endingWithoutExam(locale, today));
			tables.add(examPassRate(locale, hospital, today));
			tables.add(auditsByRule(locale, (row) -> hospital.equals(row.student().hospitalCode())));
		}
		if (user.has(Role.SUPERVISOR) && user.staffNo() != null) {
			tables.add(progress(locale, user.staffNo(), today));
		}
		return tables;
	}

	private ReportTable byStatusAndProgram(Locale locale, boolean english) {
		StudentOverview overview = this.students.overview();
		Map<String, ProgramRef> programs = this.organization.programs()
			.stream()
			.collect(Collectors.toMap(ProgramRef::code, (p) -> p));
		List<Column> columns = new ArrayList<>();
		columns.add(new Column(word(locale, "report.program"), false));
		for (StudentStatus status : SHOWN) {
			columns.add(new Column(word(locale, status.messageKey()), true));
		}
		List<Row> rows = new ArrayList<>();
		for (Map.Entry<String, Map<StudentStatus, Long>> program : overview.programTable().entrySet()) {
			List<Cell> cells = new ArrayList<>();
			for (StudentStatus status : SHOWN) {
				cells.add(Cell.number(program.getValue().getOrDefault(status, 0L)));
			}
			ProgramRef ref = programs.get(program.getKey());
			rows.add(new Row((ref != null) ? ref.displayName(english) : program.getKey(), true, cells));
		}
		return new ReportTable("dash-status", word(locale, "dashboard.byStatus.title"), Chart.STACKED, columns, rows,
				null);
	}

	private ReportTable auditsByRule(Locale locale, java.util.function.Predicate<AtRiskStudent> of) {
		Map<String, Long> byRule = new TreeMap<>();
		for (AtRiskStudent student : this.atRisk.dueWithin(AUDIT_WINDOW, SchoolTime.today())) {
			if (of.test(student)) {
				student.checks()
					.stream()
					.map(AtRiskStudents.DueCheck::rule)
					.distinct()
					.forEach((rule) -> byRule.merge(rule, 1L, Long::sum));
			}
		}
		List<Row> rows = byRule.entrySet()
			.stream()
			.sorted(Map.Entry.<String, Long>comparingByValue().reversed())
			.map((e) -> new Row(word(locale, "rule." + e.getKey() + ".name"), true, List.of(Cell.number(e.getValue()))))
			.toList();
		return new ReportTable("dash-audits", word(locale, "dashboard.audits.title", AUDIT_WINDOW), Chart.BAR,
				List.of(new Column(word(locale, "dashboard.audits.rule"), false),
						new Column(word(locale, "report.students"), true)),
				rows, rows.isEmpty() ? word(locale, "dashboard.none") : null);
	}

	private ReportTable reviewsDue(Locale locale, LocalDate today) {
		ReviewsDue due = this.theses.reviewsDue(today);
		return new ReportTable("dash-reviews", word(locale, "dashboard.reviews.title"), Chart.BAR,
				List.of(new Column(word(locale, "report.item"), false),
						new Column(word(locale, "dashboard.reviews.count"), true)),
				List.of(new Row(word(locale, "dashboard.reviews.overdue"), true, List.of(Cell.number(due.overdue()))),
						new Row(word(locale, "dashboard.reviews.week"), true, List.of(Cell.number(due.withinWeek()))),
						new Row(word(locale, "dashboard.reviews.month"), true,
								List.of(Cell.number(due.withinMonth())))),
				word(locale, "dashboard.reviews.note"));
	}

	/**
	 * The winners of the final award lists of this year (or, before this year's list is
	 * final, of the latest year that has one) by award type, with the amounts.
	 */
	private ReportTable awards(Locale locale, boolean english, LocalDate today) {
		java.util.Optional<Integer> year = this.awards.latestFinalYear(today.getYear());
		if (year.isEmpty()) {
			return new ReportTable("dash-awards", word(locale, "report.awards.title"), null, List.of(), List.of(),
					word(locale, "dashboard.awards.none"));
		}
		Set<Long> ids = this.students.visibleFigureRows(null)
			.stream()
			.map(StudentFigureRow::id)
			.collect(Collectors.toSet());
		List<Row> rows = new ArrayList<>();
		Set<Long> winners = new java.util.HashSet<>();
		java.math.BigDecimal amount = java.math.BigDecimal.ZERO;
		for (AwardFigures.AwardCount count : this.awards.ofYear(year.get(), ids)) {
			winners.addAll(count.students());
			if (count.total() != null) {
				amount = amount.add(count.total());
			}
			rows.add(new Row(count.displayName(english), true,
					List.of(Cell.number(count.students().size()), (count.total() != null) ? Cell.amount(count.total())
							: Cell.text(word(locale, "report.awards.caseByCase")))));
		}
		if (rows.isEmpty()) {
			return new ReportTable("dash-awards", word(locale, "report.awards.title"), null, List.of(), List.of(),
					word(locale, "dashboard.awards.none"));
		}
		return new ReportTable("dash-awards", word(locale, "dashboard.awards.title", String.valueOf(year.get())),
				Chart.BAR,
				List.of(new Column(word(locale, "report.awards.type"), false),
						new Column(word(locale, "report.awards.winners"), true),
						new Column(word(locale, "report.awards.amount"), false)),
				rows, word(locale, "dashboard.awards.note", winners.size(), Cell.amountText(amount)));
	}

	private ReportTable occupancy(Locale locale, String hospital, LocalDate today) {
		OccupancyView view = this.rotations.occupancy(hospital, today.getYear());
		int month = today.getMonthValue() - 1;
		List<Row> rows = view.rows()
			.stream()
			.filter((row) -> row.peaks()[month] > 0 || row.capacity() != null)
			.sorted(Comparator.comparingInt((OccupancyView.Row row) -> row.peaks()[month]).reversed())
			.limit(12)
			.map((row) -> new Row(row.displayName(english(locale)), true,
					List.of(Cell.number(row.peaks()[month]),
							(row.capacity() != null) ? Cell.number(row.capacity()) : Cell.text("–"))))
			.toList();
		return new ReportTable("dash-occupancy",
				word(locale, "dashboard.occupancy.title",
						today.getMonth().getDisplayName(java.time.format.TextStyle.FULL, locale)),
				Chart.BAR,
				List.of(new Column(word(locale, "dashboard.department"), false),
						new Column(word(locale, "dashboard.occupancy.peak"), true),
						new Column(word(locale, "dashboard.occupancy.capacity"), true)),
				rows, rows.isEmpty() ? word(locale, "dashboard.none") : word(locale, "dashboard.occupancy.note"));
	}

	private ReportTable endingWithoutExam(Locale locale, LocalDate today) {
		Map<String, long[]> byDepartment = new TreeMap<>();
		for (DepartmentTrainee trainee : this.rotations.overdueWithoutExam(today)) {
			byDepartment.computeIfAbsent(trainee.rotation().departmentDisplayName(english(locale)),
					(d) -> new long[2])[0]++;
		}
		for (DepartmentTrainee trainee : this.rotations.endingWithoutExam(today, today.plusDays(6))) {
			byDepartment.computeIfAbsent(trainee.rotation().departmentDisplayName(english(locale)),
					(d) -> new long[2])[1]++;
		}
		List<Row> rows = byDepartment.entrySet()
			.stream()
			.map((e) -> new Row(e.getKey(), true, List.of(Cell.number(e.getValue()[0]), Cell.number(e.getValue()[1]))))
			.toList();
		return new ReportTable("dash-exams", word(locale, "dashboard.withoutExam.title"), Chart.BAR,
				List.of(new Column(word(locale, "dashboard.department"), false),
						new Column(word(locale, "dashboard.withoutExam.overdue"), true),
						new Column(word(locale, "dashboard.withoutExam.count"), true)),
				rows, rows.isEmpty() ? word(locale, "dashboard.none") : null);
	}

	private ReportTable examPassRate(Locale locale, String hospital, LocalDate today) {
		Set<Long> ids = this.students.visibleFigureRows(null)
			.stream()
			.filter((row) -> hospital.equals(row.hospitalCode()))
			.map(StudentFigureRow::id)
			.collect(Collectors.toSet());
		List<Row> rows = new ArrayList<>();
		for (int year = today.getYear() - 1; year <= today.getYear(); year++) {
			ResidencyExamFigures.Outcomes outcomes = this.exams.of(year, ids);
			rows.add(new Row(String.valueOf(year), true,
					List.of(Cell.number(outcomes.sat().size()), Cell.number(outcomes.passed().size()),
							Cell.text(outcomes.sat().isEmpty() ? "–" : outcomes.passRate() + "%"))));
		}
		return new ReportTable("dash-passRate", word(locale, "dashboard.passRate.title"), Chart.BAR,
				List.of(new Column(word(locale, "report.year"), false),
						new Column(word(locale, "report.exam.sat"), true),
						new Column(word(locale, "report.exam.passed"), true),
						new Column(word(locale, "report.exam.rate"), false)),
				rows, null);
	}

	private ReportTable progress(Locale locale, String staffNo, LocalDate today) {
		List<StudentFigureRow> mine = this.students.visibleFigureRows(null)
			.stream()
			.filter((row) -> StudentStatus.IN_TRAINING.contains(row.status()))
			.filter((row) -> staffNo.equals(row.supervisorStaffNo()) || staffNo.equals(row.coSupervisorStaffNo()))
			.toList();
		List<StudentKey> keys = this.students.keysInTraining(mine.stream().map(StudentFigureRow::id).toList());
		Map<Long, AuditOutcome> outcomes = this.audit.auditAll(keys, today);
		List<Column> columns = new ArrayList<>();
		columns.add(new Column(word(locale, "dashboard.progress.student"), false));
		List<CheckStatus> statuses = List.of(CheckStatus.PASS, CheckStatus.WAIVED, CheckStatus.PENDING,
				CheckStatus.FAIL);
		for (CheckStatus status : statuses) {
			columns.add(new Column(word(locale, "audit.status." + status.name()), true));
		}
		List<Row> rows = new ArrayList<>();
		Map<Long, String> names = mine.stream().collect(Collectors.toMap(StudentFigureRow::id, StudentFigureRow::name));
		for (StudentKey key : keys) {
			AuditOutcome outcome = outcomes.get(key.id());
			if (outcome == null) {
				continue;
			}
			Map<CheckStatus, Long> counts = new EnumMap<>(CheckStatus.class);
			for (CheckResult check : outcome.checks()) {
				counts.merge(check.status(), 1L, Long::sum);
			}
			List<Cell> cells = new ArrayList<>();
			for (CheckStatus status : statuses) {
				cells.add(Cell.number(counts.getOrDefault(status, 0L)));
			}
			rows.add(new Row(names.get(key.id()), true, cells));
		}
		return new ReportTable("dash-progress", word(locale, "dashboard.progress.title"), Chart.STACKED, columns, rows,
				rows.isEmpty() ? word(locale, "dashboard.none") : word(locale, "dashboard.progress.note"));
	}

	private String word(Locale locale, String key, Object... args) {
		return this.messages.getMessage(key, args, locale);
	}

	private static boolean english(Locale locale) {
		return Locale.ENGLISH.getLanguage().equals(locale.getLanguage());
	}

}
