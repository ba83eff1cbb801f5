package com.clinigrad.reports;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import com.clinigrad.accounts.CurrentUser;
import com.clinigrad.accounts.CurrentUsers;
import com.clinigrad.awards.AwardFigures;
import com.clinigrad.accounts.Role;
import com.clinigrad.achievements.PublicationFigures;
import com.clinigrad.achievements.PublicationIndexing;
import com.clinigrad.admissions.AdmissionFigures;
import com.clinigrad.admissions.Admissions;
import com.clinigrad.admissions.EnrollmentPlans;
import com.clinigrad.admissions.PlanLine;
import com.clinigrad.careers.DestinationKind;
import com.clinigrad.careers.GraduateEmployment;
import com.clinigrad.careers.GraduateEmployment.Destination;
import com.clinigrad.careers.Regions;
import com.clinigrad.courses.CourseCategory;
import com.clinigrad.courses.CreditFigures;
import com.clinigrad.organization.Organization;
import com.clinigrad.organization.ProgramRef;
import com.clinigrad.reports.ReportTable.Cell;
import com.clinigrad.reports.ReportTable.Chart;
import com.clinigrad.reports.ReportTable.Column;
import com.clinigrad.reports.ReportTable.Row;
import com.clinigrad.rotations.ResidencyExamFigures;
import com.clinigrad.students.AdmissionType;
import com.clinigrad.students.DegreeType;
import com.clinigrad.students.SourceSchool;
import com.clinigrad.students.StudentFigureRow;
import com.clinigrad.students.StudentRegistry;
import com.clinigrad.students.StudentRow;
import com.clinigrad.students.StudentStatus;
import com.clinigrad.supervisors.AgeBand;
import com.clinigrad.supervisors.SupervisorCounts;
import com.clinigrad.supervisors.SupervisorFigures;
import com.clinigrad.supervisors.TitleLevel;
import com.clinigrad.surveys.SatisfactionSurveys;
import com.clinigrad.surveys.SurveyViews;
import com.clinigrad.theses.ReviewVerdict;
import com.clinigrad.theses.SpotCheckResult;
import com.clinigrad.theses.ThesisYearFigures;
import com.clinigrad.theses.ThesisYearFigures.DegreeOutcomes;

import org.springframework.context.MessageSource;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The annual report's page, workbook and PDF (学位授权点建设年度报告, issue 19 point 4): the tables
 * the seeds show, each figure counted from the records the other modules hold and kept
 * with the students behind it, for the graduate school (the university) and a hospital
 * office (its hospital's students only). Other roles are refused.
 */
@Service
public class AnnualReportPages {

	private final CurrentUsers currentUsers;

	private final Organization organization;

	private final StudentRegistry students;

	private final Admissions admissions;

	private final SupervisorFigures supervisors;

	private final GraduateEmployment employment;

	private final ThesisYearFigures theses;

	private final ResidencyExamFigures exams;

	private final PublicationFigures publications;

	private final CreditFigures credits;

	private final SatisfactionSurveys surveys;

	private final AwardFigures awards;

	private final EnrollmentPlans plans;

	private final MessageSource messages;

	AnnualReportPages(CurrentUsers currentUsers, Organization organization, StudentRegistry students,
			Admissions admissions, SupervisorFigures supervisors, GraduateEmployment employment,
			ThesisYearFigures theses, ResidencyExamFigures exams, PublicationFigures publications,
			CreditFigures credits, SatisfactionSurveys surveys, AwardFigures awards, EnrollmentPlans plans,
			MessageSource messages) {
		this.currentUsers = currentUsers;
		this.organization = organization;
		this.students = students;
		this.admissions = admissions;
		this.supervisors = supervisors;
		this.employment = employment;
		this.theses = theses;
		this.exams = exams;
		this.publications = publications;
		this.credits = credits;
		this.surveys = surveys;
		this.awards = awards;
		this.plans = plans;
		this.messages = messages;
	}

	/**
	 * @return the programs a report may be narrowed to
	 */
	public List<ProgramRef> programs() {
		return this.organization.programs();
	}

	/**
	 * The report of a year in a language.
	 * @param programCode a program to narrow every figure to, or {@code null}
	 * @throws AccessDeniedException for any caller but the graduate school and a hospital
	 * office
	 * @throws UnknownProgramException for a program that does not exist
	 */
	@Transactional(readOnly = true)
	public AnnualReportBook book(int year, String programCode, Locale locale) {
		String hospitalCode = hospitalOfCaller();
		if (programCode != null && this.organization.program(programCode).isEmpty()) {
			throw new UnknownProgramException(programCode);
		}
		List<StudentFigureRow> rows = this.students.visibleFigureRows(programCode)
			.stream()
			.filter((row) -> hospitalCode == null || hospitalCode.equals(row.hospitalCode()))
			.toList();
		Tables tables = new Tables(year, locale);
		Set<Long> ids = rows.stream().map(StudentFigureRow::id).collect(Collectors.toSet());
		studentsTable(tables, rows);
		SupervisorCounts counts = supervisorCounts(year, programCode, hospitalCode, rows);
		supervisorsTable(tables, counts);
		titleAgeTable(tables, counts);
		awardsTable(tables, rows, this.awards.ofYear(year, ids));
		if (hospitalCode == null) {
			List<PlanLine> plan = this.plans.lines(year, programCode);
			applicationsTable(tables, this.admissions.figures(year, programCode), plan);
			planTable(tables, plan);
		}
		intakeTable(tables, rows);
		coursesTable(tables, this.credits.of(year, ids));
		reviewTables(tables, ids);
		degreesTable(tables, rows, this.theses.degrees(year, ids));
		employmentTables(tables, rows, hospitalCode == null && programCode == null);
		examTable(tables, this.exams.of(year, ids));
		publicationsTable(tables, this.publications.of(year, ids));
		satisfactionTable(tables, hospitalCode == null);
		return new AnnualReportBook(year, programCode, hospitalCode, scopeName(programCode, hospitalCode, locale),
				tables.tables, tables.behind);
	}

	/**
	 * The report of a year as one xlsx workbook, a sheet per table, in Chinese.
	 */
	@Transactional(readOnly = true)
	public byte[] workbook(int year, String programCode) {
		return ReportWorkbook.write(book(year, programCode, Locale.SIMPLIFIED_CHINESE));
	}

	/**
	 * The report of a year as a PDF with its tables and bar charts, in Chinese.
	 */
	@Transactional(readOnly = true)
	public byte[] pdf(int year, String programCode) {
		AnnualReportBook book = book(year, programCode, Locale.SIMPLIFIED_CHINESE);
		return ReportPdf.write(book, this.messages.getMessage("report.heading", new Object[] { String.valueOf(year) },
				Locale.SIMPLIFIED_CHINESE));
	}

	/**
	 * The students behind a figure of a report, those the caller may see, in
	 * student-number order.
	 */
	@Transactional(readOnly = true)
	public List<StudentRow> behind(AnnualReportBook book, String figure) {
		return this.students.visibleRows(book.behind(figure)).values().stream().toList();
	}

	/**
	 * @return the caller's hospital for a hospital office, {@code null} for the graduate
	 * school
	 */
	private String hospitalOfCaller() {
		CurrentUser user = this.currentUsers.require(Role.GRAD_SCHOOL, Role.HOSPITAL_OFFICE);
		if (user.has(Role.GRAD_SCHOOL)) {
			return null;
		}
		if (user.hospitalCode() == null) {
			throw new AccessDeniedException("A hospital office without a hospital");
		}
		return user.hospitalCode();
	}

	private String scopeName(String programCode, String hospitalCode, Locale locale) {
		boolean english = Locale.ENGLISH.getLanguage().equals(locale.getLanguage());
		List<String> parts = new ArrayList<>();
		parts.add((programCode != null)
				? this.organization.program(programCode).map((p) -> p.displayName(english)).orElse(programCode)
				: this.messages.getMessage("report.allPrograms", null, locale));
		if (hospitalCode != null) {
			parts.add(this.organization.hospitalByCode(hospitalCode)
				.map((h) -> english && h.nameEn() != null ? h.nameEn() : h.name())
				.orElse(hospitalCode));
		}
		return String.join(" · ", parts);
	}

	private SupervisorCounts supervisorCounts(int year, String programCode, String hospitalCode,
			List<StudentFigureRow> rows) {
		if (hospitalCode == null) {
			return this.supervisors.of(year, programCode);
		}
		Set<String> staff = new HashSet<>();
		for (StudentFigureRow row : rows) {
			staff.add(row.supervisorStaffNo());
			if (row.coSupervisorStaffNo() != null) {
				staff.add(row.coSupervisorStaffNo());
			}
		}
		long inTraining = rows.stream().filter((row) -> StudentStatus.IN_TRAINING.contains(row.status())).count();
		return this.supervisors.ofStaff(year, programCode, staff, inTraining);
	}

	// ---- the tables ----

	private void studentsTable(Tables t, List<StudentFigureRow> rows) {
		List<Row> lines = new ArrayList<>();
		for (DegreeType type : DegreeType.values()) {
			lines.add(studentsLine(t, t.word(type.messageKey()), type.name(), rows, (row) -> row.degreeType() == type,
					true));
		}
		lines.add(studentsLine(t, t.word("report.total"), "ALL", rows, (row) -> true, false));
		t.add(new ReportTable("students", t.word("report.students.title"), Chart.BAR,
				List.of(new Column(t.word("report.degreeType"), false),
						new Column(t.word("report.students.new", String.valueOf(t.year)), true),
						new Column(t.word("report.students.inTraining"), true),
						new Column(t.word("report.students.delayed"), true),
						new Column(t.word("report.students.graduated"), false)),
				lines, t.word("report.students.note")));
	}

	private Row studentsLine(Tables t, String label, String key, List<StudentFigureRow> rows,
			Predicate<StudentFigureRow> of, boolean series) {
		List<StudentFigureRow> mine = rows.stream().filter(of).toList();
		return new Row(label, series,
				List.of(t.count("students.new." + key, mine, (row) -> row.cohortYear() == t.year),
						t.count("students.inTraining." + key, mine,
								(row) -> StudentStatus.IN_TRAINING.contains(row.status())),
						t.count("students.delayed." + key, mine, (row) -> row.status() == StudentStatus.DELAYED),
						t.count("students.graduated." + key, mine, (row) -> row.status() == StudentStatus.GRADUATED)));
	}

	private void supervisorsTable(Tables t, SupervisorCounts counts) {
		List<Row> rows = List.of(
				new Row(t.word("supervisorFigures.doctoral"), false, List.of(Cell.number(counts.doctoral()))),
				new Row(t.word("supervisorFigures.master"), false, List.of(Cell.number(counts.master()))),
				new Row(t.word("report.supervisors.either"), false, List.of(Cell.number(counts.supervisors()))),
				new Row(t.word("supervisorFigures.students"), false, List.of(Cell.number(counts.studentsInTraining()))),
				new Row(t.word("supervisorFigures.ratio"), false,
						List.of(Cell.text(counts.studentsPerSupervisor() + " : 1"))));
		t.add(new ReportTable("supervisors", t.word("report.supervisors.title"), null,
				List.of(new Column(t.word("report.item"), false), new Column(t.word("report.value"), false)), rows,
				null));
	}

	private void titleAgeTable(Tables t, SupervisorCounts counts) {
		List<Column> columns = new ArrayList<>();
		columns.add(new Column(t.word("supervisorFigures.titleLevel"), false));
		for (AgeBand band : AgeBand.values()) {
			columns.add(new Column(t.word(band.messageKey()), true));
		}
		columns.add(new Column(t.word("report.total"), false));
		List<Row> rows = new ArrayList<>();
		for (TitleLevel title : TitleLevel.values()) {
			List<Cell> cells = new ArrayList<>();
			for (AgeBand band : AgeBand.values()) {
				cells.add(Cell.number(counts.count(title, band)));
			}
			cells.add(Cell.number(counts.total(title)));
			rows.add(new Row(t.word(title.messageKey()), true, cells));
		}
		List<Cell> totals = new ArrayList<>();
		for (AgeBand band : AgeBand.values()) {
			totals.add(Cell.number(counts.total(band)));
		}
		totals.add(Cell.number(counts.supervisors() - counts.withoutBirthYear()));
		rows.add(new Row(t.word("report.total"), false, totals));
		t.add(new ReportTable("titleAge", t.word("supervisorFigures.table"), Chart.STACKED, columns, rows,
				(counts.withoutBirthYear() > 0)
						? t.word("supervisorFigures.withoutBirthYear", counts.withoutBirthYear()) : null));
	}

	private void applicationsTable(Tables t, AdmissionFigures figures, List<PlanLine> plan) {
		String ratio = (figures.admitted() == 0) ? "0.0%"
				: percent(figures.firstChoiceAdmitted(), figures.admitted()) + "%";
		PlanLine total = EnrollmentPlans.total(t.year, plan);
		List<Row> rows = new ArrayList<>();
		rows.add(new Row(t.word("report.applications.applicants"), false, List.of(Cell.number(figures.applicants()))));
		rows.add(new Row(t.word("report.applications.admitted"), false, List.of(Cell.number(figures.admitted()))));
		rows.add(new Row(t.word("report.applications.firstChoice"), false,
				List.of(Cell.number(figures.firstChoiceAdmitted()))));
		rows.add(new Row(t.word("report.applications.firstChoiceRatio"), false, List.of(Cell.text(ratio))));
		rows.add(new Row(t.word("report.plan.planned"), false,
				List.of((total.planned() != null) ? Cell.number(total.planned()) : Cell.text("–"))));
		rows.add(new Row(t.word("report.plan.fulfilment"), false, List.of(percentCell(total.fulfilment()))));
		rows.add(new Row(t.word("report.plan.firstChoiceOfPlan"), false,
				List.of(percentCell(total.firstChoiceOfPlan()))));
		t.add(new ReportTable("applications", t.word("report.applications.title", String.valueOf(t.year)), null,
				List.of(new Column(t.word("report.item"), false), new Column(t.word("report.value"), false)), rows,
				t.word("report.applications.note")));
	}

	/**
	 * The enrollment plan of the year by program and discipline against the applicants
	 * and the admitted (招生计划完成情况).
	 */
	private void planTable(Tables t, List<PlanLine> plan) {
		Map<String, ProgramRef> programs = this.organization.programs()
			.stream()
			.collect(Collectors.toMap(ProgramRef::code, (p) -> p));
		List<Row> rows = new ArrayList<>();
		for (PlanLine line : plan) {
			ProgramRef program = programs.get(line.programCode());
			String discipline = this.organization.discipline(line.disciplineCode())
				.map((d) -> d.displayName(t.english()))
				.orElse(line.disciplineCode());
			rows.add(planRow(
					((program != null) ? program.displayName(t.english()) : line.programCode()) + " · " + discipline,
					true, line));
		}
		if (rows.isEmpty()) {
			t.add(new ReportTable("plan", t.word("report.plan.title", String.valueOf(t.year)), null, List.of(),
					List.of(), t.word("report.plan.none", String.valueOf(t.year))));
			return;
		}
		rows.add(planRow(t.word("report.total"), false, EnrollmentPlans.total(t.year, plan)));
		t.add(new ReportTable("plan", t.word("report.plan.title", String.valueOf(t.year)), Chart.BAR,
				List.of(new Column(t.word("report.plan.line"), false), new Column(t.word("report.plan.planned"), true),
						new Column(t.word("report.applications.applicants"), false),
						new Column(t.word("report.applications.admitted"), true),
						new Column(t.word("report.applications.firstChoice"), false),
						new Column(t.word("report.plan.fulfilment"), false),
						new Column(t.word("report.plan.firstChoiceOfPlan"), false)),
				rows, t.word("report.plan.note")));
	}

	private static Row planRow(String label, boolean series, PlanLine line) {
		return new Row(label, series, List.of((line.planned() != null) ? Cell.number(line.planned()) : Cell.text("–"),
				Cell.number(line.applicants()), Cell.number(line.admitted()), Cell.number(line.firstChoiceAdmitted()),
				percentCell(line.fulfilment()), percentCell(line.firstChoiceOfPlan())));
	}

	private static Cell percentCell(BigDecimal percent) {
		return (percent != null) ? Cell.text(percent.toPlainString() + "%") : Cell.text("–");
	}

	private void intakeTable(Tables t, List<StudentFigureRow> rows) {
		List<StudentFigureRow> intake = rows.stream().filter((row) -> row.cohortYear() == t.year).toList();
		List<Column> columns = new ArrayList<>();
		columns.add(new Column(t.word("report.admissionType"), false));
		for (SourceSchool source : SourceSchool.values()) {
			columns.add(new Column(t.word(source.messageKey()), true));
		}
		columns.add(new Column(t.word("report.intake.sourceUnknown"), true));
		columns.add(new Column(t.word("report.total"), false));
		List<Row> lines = new ArrayList<>();
		for (AdmissionType type : AdmissionType.values()) {
			lines.add(intakeLine(t, t.word(type.messageKey()), type.name(), intake,
					(row) -> row.admissionType() == type, true));
		}
		lines.add(intakeLine(t, t.word("report.total"), "ALL", intake, (row) -> true, false));
		t.add(new ReportTable("intake", t.word("report.intake.title", String.valueOf(t.year)), Chart.STACKED, columns,
				lines, t.word("report.intake.note")));
	}

	private Row intakeLine(Tables t, String label, String key, List<StudentFigureRow> intake,
			Predicate<StudentFigureRow> of, boolean series) {
		List<StudentFigureRow> mine = intake.stream().filter(of).toList();
		List<Cell> cells = new ArrayList<>();
		for (SourceSchool source : SourceSchool.values()) {
			cells.add(t.count("intake." + key + "." + source.name(), mine, (row) -> row.sourceSchool() == source));
		}
		cells.add(t.count("intake." + key + ".UNKNOWN", mine, (row) -> row.sourceSchool() == null));
		cells.add(t.count("intake." + key + ".ALL", mine, (row) -> true));
		return new Row(label, series, cells);
	}

	private void coursesTable(Tables t, Map<CourseCategory, CreditFigures.Line> lines) {
		List<Row> rows = new ArrayList<>();
		for (CourseCategory category : CourseCategory.values()) {
			CreditFigures.Line line = lines.get(category);
			rows.add(new Row(t.word(category.messageKey()), true,
					List.of(Cell.number(line.courses()), t.ids("courses." + category.name(), line.students()),
							Cell.number(line.passes()),
							new Cell(line.credits().toPlainString(), line.credits(), null))));
		}
		t.add(new ReportTable("courses", t.word("report.courses.title", String.valueOf(t.year)), Chart.BAR, List.of(
				new Column(t.word("report.courseCategory"), false), new Column(t.word("report.courses.courses"), false),
				new Column(t.word("report.courses.students"), true), new Column(t.word("report.courses.passes"), true),
				new Column(t.word("report.courses.credits"), false)), rows,
				t.word("report.courses.note", String.valueOf(t.year))));
	}

	private void reviewTables(Tables t, Set<Long> ids) {
		Map<ReviewVerdict, Set<Long>> reviews = this.theses.reviews(t.year, ids);
		Set<Long> reviewed = new HashSet<>();
		reviews.values().forEach(reviewed::addAll);
		List<Row> rows = new ArrayList<>();
		rows.add(new Row(t.word("report.review.reviewed"), false, List.of(t.ids("review.ALL", reviewed))));
		for (ReviewVerdict verdict : ReviewVerdict.values()) {
			rows.add(new Row(t.word(verdict.messageKey()), true,
					List.of(t.ids("review." + verdict.name(), reviews.get(verdict)))));
		}
		t.add(new ReportTable("blindReview", t.word("report.review.title", String.valueOf(t.year)), Chart.BAR,
				List.of(new Column(t.word("report.item"), false), new Column(t.word("report.students"), true)), rows,
				t.word("report.review.note")));
		Map<SpotCheckResult, Set<Long>> checks = this.theses.spotChecks(t.year, ids);
		List<Row> checkRows = new ArrayList<>();
		for (SpotCheckResult result : SpotCheckResult.values()) {
			checkRows.add(new Row(t.word(result.messageKey()), true,
					List.of(t.ids("spotCheck." + result.name(), checks.get(result)))));
		}
		checkRows.add(new Row(t.word("report.spotCheck.pending"), true,
				List.of(t.ids("spotCheck.PENDING", checks.get(null)))));
		t.add(new ReportTable("spotCheck", t.word("report.spotCheck.title", String.valueOf(t.year)), Chart.BAR,
				List.of(new Column(t.word("report.item"), false), new Column(t.word("report.students"), true)),
				checkRows, null));
	}

	private void degreesTable(Tables t, List<StudentFigureRow> rows, DegreeOutcomes outcomes) {
		List<Row> lines = new ArrayList<>();
		for (DegreeType type : DegreeType.values()) {
			Set<Long> ofType = rows.stream()
				.filter((row) -> row.degreeType() == type)
				.map(StudentFigureRow::id)
				.collect(Collectors.toSet());
			lines.add(new Row(t.word(type.messageKey()), true,
					List.of(t.ids("degrees.awarded." + type.name(), retain(outcomes.awarded(), ofType)),
							t.ids("degrees.refused." + type.name(), retain(outcomes.refused(), ofType)))));
		}
		lines.add(new Row(t.word("report.total"), false, List.of(t.ids("degrees.awarded.ALL", outcomes.awarded()),
				t.ids("degrees.refused.ALL", outcomes.refused()))));
		t.add(new ReportTable("degrees", t.word("report.degrees.title", String.valueOf(t.year)), Chart.BAR,
				List.of(new Column(t.word("report.degreeType"), false),
						new Column(t.word("report.degrees.awarded"), true),
						new Column(t.word("report.degrees.refused"), true)),
				lines, null));
	}

	private void employmentTables(Tables t, List<StudentFigureRow> rows, boolean everyRow) {
		Map<String, Long> idsByNo = new HashMap<>();
		rows.forEach((row) -> idsByNo.put(row.studentNo(), row.id()));
		List<Destination> destinations = this.employment.destinations(t.year)
			.stream()
			.filter((d) -> everyRow || idsByNo.containsKey(d.studentNo()))
			.toList();
		List<Row> lines = new ArrayList<>();
		long employed = 0;
		for (DestinationKind kind : DestinationKind.values()) {
			Set<Long> ids = new HashSet<>();
			long n = 0;
			for (Destination d : destinations) {
				if (d.kind() == kind) {
					n++;
					if (idsByNo.containsKey(d.studentNo())) {
						ids.add(idsByNo.get(d.studentNo()));
					}
				}
			}
			if (kind.employed()) {
				employed += n;
			}
			t.behind.put("employment." + kind.name(), ids);
			lines.add(new Row(t.word(kind.messageKey()), true,
					List.of(new Cell(String.valueOf(n), n, "employment." + kind.name()))));
		}
		String rate = (destinations.isEmpty()) ? "0.0%" : percent(employed, destinations.size()) + "%";
		lines.add(new Row(t.word("report.total"), false, List.of(Cell.number(destinations.size()))));
		lines.add(new Row(t.word("report.employment.rate"), false, List.of(Cell.text(rate))));
		t.add(new ReportTable("employment", t.word("report.employment.title", String.valueOf(t.year)), Chart.DOUGHNUT,
				List.of(new Column(t.word("report.employment.destination"), false),
						new Column(t.word("report.graduates"), true)),
				lines, t.word("report.employment.note")));
		Map<String, List<Destination>> byRegion = new TreeMap<>();
		for (Destination d : destinations) {
			if (d.region() != null) {
				byRegion.computeIfAbsent(d.region(), (k) -> new ArrayList<>()).add(d);
			}
		}
		List<Row> regions = new ArrayList<>();
		int index = 0;
		for (Map.Entry<String, List<Destination>> region : byRegion.entrySet()) {
			String figure = "regions." + index++;
			Set<Long> ids = region.getValue()
				.stream()
				.map((d) -> idsByNo.get(d.studentNo()))
				.filter(java.util.Objects::nonNull)
				.collect(Collectors.toSet());
			t.behind.put(figure, ids);
			long n = region.getValue().size();
			regions.add(new Row(Regions.displayName(region.getKey(), t.english()), true,
					List.of(new Cell(String.valueOf(n), n, figure))));
		}
		t.add(new ReportTable("regions", t.word("report.regions.title", String.valueOf(t.year)), Chart.BAR,
				List.of(new Column(t.word("report.region"), false), new Column(t.word("report.graduates"), true)),
				regions, t.word("report.regions.note")));
	}

	private void examTable(Tables t, ResidencyExamFigures.Outcomes outcomes) {
		t.add(new ReportTable("residencyExam", t.word("report.exam.title", String.valueOf(t.year)), null,
				List.of(new Column(t.word("report.item"), false), new Column(t.word("report.value"), false)),
				List.of(new Row(t.word("report.exam.sat"), false, List.of(t.ids("exam.sat", outcomes.sat()))),
						new Row(t.word("report.exam.passed"), false, List.of(t.ids("exam.passed", outcomes.passed()))),
						new Row(t.word("report.exam.rate"), false, List.of(Cell.text(outcomes.passRate() + "%")))),
				t.word("report.exam.note")));
	}

	/**
	 * Tables 4–6: the winners of each award type on the year's final lists, the amount,
	 * and the share of the students in training who won any.
	 */
	private void awardsTable(Tables t, List<StudentFigureRow> rows, List<AwardFigures.AwardCount> counts) {
		List<Row> lines = new ArrayList<>();
		Set<Long> winners = new HashSet<>();
		for (int i = 0; i < counts.size(); i++) {
			AwardFigures.AwardCount count = counts.get(i);
			winners.addAll(count.students());
			lines.add(new Row(count.displayName(t.english()), true,
					List.of(t.ids("awards." + i, count.students()), (count.total() != null) ? Cell.amount(count.total())
							: Cell.text(t.word("report.awards.caseByCase")))));
		}
		if (lines.isEmpty()) {
			t.add(new ReportTable("awards", t.word("report.awards.title"), null, List.of(), List.of(),
					t.word("report.awards.noneFinal", String.valueOf(t.year))));
			return;
		}
		long inTraining = rows.stream().filter((row) -> StudentStatus.IN_TRAINING.contains(row.status())).count();
		String coverage = (inTraining > 0) ? BigDecimal.valueOf(winners.size() * 100.0 / inTraining)
			.setScale(1, RoundingMode.HALF_UP)
			.toPlainString() + "%" : "–";
		lines.add(new Row(t.word("report.awards.anyAward"), false,
				List.of(t.ids("awards.ALL", winners), Cell.text(t.word("report.awards.coverage", coverage)))));
		t.add(new ReportTable("awards", t.word("report.awards.title"), Chart.BAR,
				List.of(new Column(t.word("report.awards.type"), false),
						new Column(t.word("report.awards.winners"), true),
						new Column(t.word("report.awards.amount"), false)),
				lines, t.word("report.awards.note", String.valueOf(t.year))));
	}

	private void publicationsTable(Tables t, PublicationFigures.Counts counts) {
		List<Row> rows = new ArrayList<>();
		long papers = 0;
		Set<Long> authors = new HashSet<>();
		for (PublicationIndexing indexing : PublicationIndexing.values()) {
			long n = counts.papers().get(indexing);
			papers += n;
			authors.addAll(counts.authors().get(indexing));
			rows.add(new Row(t.word("report.indexing." + indexing.name()), true,
					List.of(Cell.number(n), t.ids("publications." + indexing.name(), counts.authors().get(indexing)))));
		}
		rows.add(new Row(t.word("report.total"), false,
				List.of(Cell.number(papers), t.ids("publications.ALL", authors))));
		t.add(new ReportTable("publications", t.word("report.publications.title", String.valueOf(t.year)), Chart.BAR,
				List.of(new Column(t.word("report.publications.indexing"), false),
						new Column(t.word("report.publications.papers"), true),
						new Column(t.word("report.publications.authors"), true)),
				rows, null));
	}

	private void satisfactionTable(Tables t, boolean university) {
		List<Row> rows = new ArrayList<>();
		if (university) {
			boolean english = t.english();
			for (SurveyViews.Round round : this.surveys.rounds()) {
				if (round.year() != t.year) {
					continue;
				}
				SurveyViews.Results results = this.surveys.results(round.id());
				rows.add(new Row(round.template().displayName(english), true,
						List.of(Cell.number(round.invited()), Cell.number(results.answers()),
								(results.shown() && results.score() != null) ? Cell.number(results.score())
										: Cell.text(t.word("report.satisfaction.tooFew")))));
			}
		}
		t.add(new ReportTable("satisfaction", t.word("report.satisfaction.title", String.valueOf(t.year)), null,
				List.of(new Column(t.word("report.satisfaction.survey"), false),
						new Column(t.word("report.satisfaction.invited"), false),
						new Column(t.word("report.satisfaction.answered"), false),
						new Column(t.word("report.satisfaction.score"), false)),
				rows, t.word(university ? "report.satisfaction.note" : "report.satisfaction.university")));
	}

	private static Set<Long> retain(Set<Long> ids, Set<Long> of) {
		Set<Long> kept = new LinkedHashSet<>(ids);
		kept.retainAll(of);
		return kept;
	}

	static String percent(long part, long whole) {
		return BigDecimal.valueOf(part * 100L)
			.divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP)
			.toPlainString();
	}

	/**
	 * The tables being built, in words of one language, with the students behind each
	 * figure.
	 */
	private final class Tables {

		private final int year;

		private final Locale locale;

		private final List<ReportTable> tables = new ArrayList<>();

		private final Map<String, Set<Long>> behind = new HashMap<>();

		Tables(int year, Locale locale) {
			this.year = year;
			this.locale = locale;
		}

		String word(String key, Object... args) {
			return AnnualReportPages.this.messages.getMessage(key, args, this.locale);
		}

		boolean english() {
			return Locale.ENGLISH.getLanguage().equals(this.locale.getLanguage());
		}

		void add(ReportTable table) {
			this.tables.add(table);
		}

		Cell count(String figure, Collection<StudentFigureRow> rows, Predicate<StudentFigureRow> which) {
			Set<Long> ids = rows.stream().filter(which).map(StudentFigureRow::id).collect(Collectors.toSet());
			return ids(figure, ids);
		}

		Cell ids(String figure, Set<Long> ids) {
			this.behind.put(figure, Set.copyOf(ids));
			return new Cell(String.valueOf(ids.size()), ids.size(), figure);
		}

	}

}
