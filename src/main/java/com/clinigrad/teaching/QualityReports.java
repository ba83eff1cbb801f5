package com.clinigrad.teaching;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.clinigrad.accounts.CurrentUser;
import com.clinigrad.accounts.CurrentUsers;
import com.clinigrad.accounts.Role;
import com.clinigrad.courses.CourseEvaluations;
import com.clinigrad.courses.EvaluationResults;
import com.clinigrad.courses.GradeBook;
import com.clinigrad.courses.GradeGrid;
import com.clinigrad.courses.TaughtOffering;
import com.clinigrad.courses.TaughtOfferings;
import com.clinigrad.supervisors.SupervisorDirectory;
import com.clinigrad.supervisors.SupervisorRef;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Quality reports per course and instructor, combining the class visits, the students'
 * evaluations (through the courses module, which keeps them anonymous below its minimum
 * number of answers) and the grades. The graduate school sees every report, an instructor
 * their own; nobody else.
 */
@Service
public class QualityReports {

	private static final int OVERALL_AVERAGE = 4;

	private final CurrentUsers currentUsers;

	private final TaughtOfferings offerings;

	private final ClassVisits visits;

	private final CourseEvaluations evaluations;

	private final GradeBook grades;

	private final SupervisorDirectory supervisors;

	QualityReports(CurrentUsers currentUsers, TaughtOfferings offerings, ClassVisits visits,
			CourseEvaluations evaluations, GradeBook grades, SupervisorDirectory supervisors) {
		this.currentUsers = currentUsers;
		this.offerings = offerings;
		this.visits = visits;
		this.evaluations = evaluations;
		this.grades = grades;
		this.supervisors = supervisors;
	}

	/**
	 * The courses and instructors the caller may see reports of: all for the graduate
	 * school, their own courses for an instructor.
	 */
	@Transactional(readOnly = true)
	public List<QualityRow> list() {
		CurrentUser user = requireReader();
		List<TaughtOffering> taught;
		List<VisitView> visited;
		if (user.has(Role.GRAD_SCHOOL)) {
			taught = this.offerings.all();
			visited = this.visits.ofAllOfferings();
		}
		else {
			SupervisorRef me = this.supervisors.byStaffNo(user.staffNo()).orElse(null);
			if (me == null) {
				return List.of();
			}
			taught = this.offerings.by(me.id());
			visited = this.visits.ofOfferings(me.id(), taught.stream().map(TaughtOffering::offeringId).toList());
		}
		Map<String, List<TaughtOffering>> pairs = new LinkedHashMap<>();
		for (TaughtOffering offering : taught) {
			pairs.computeIfAbsent(offering.instructorId() + "/" + offering.courseCode(), (k) -> new ArrayList<>())
				.add(offering);
		}
		Map<Long, SupervisorRef> instructors = this.supervisors
			.byIds(taught.stream().map(TaughtOffering::instructorId).distinct().toList());
		List<QualityRow> rows = new ArrayList<>();
		for (List<TaughtOffering> group : pairs.values()) {
			TaughtOffering first = group.get(0);
			List<Long> ids = group.stream().map(TaughtOffering::offeringId).toList();
			List<VisitView> mine = visited.stream()
				.filter((v) -> v.offeringId() != null && ids.contains(v.offeringId())
						&& v.instructorStaffNo().equals(instructors.get(first.instructorId()).staffNo()))
				.toList();
			List<QualityReport.OfferingPart> parts = group.stream().map(this::part).toList();
			rows.add(new QualityRow(instructors.get(first.instructorId()), first.courseCode(), first.courseName(),
					first.courseNameEn(), figures(group.size(), mine, parts)));
		}
		return rows;
	}

	/**
	 * The report of one course and instructor; the graduate school and the instructor
	 * only.
	 */
	@Transactional(readOnly = true)
	public QualityReport report(String staffNo, String courseCode) {
		CurrentUser user = requireReader();
		if (!user.has(Role.GRAD_SCHOOL) && !staffNo.equals(user.staffNo())) {
			throw new AccessDeniedException("Not the instructor " + staffNo);
		}
		SupervisorRef instructor = this.supervisors.byStaffNo(staffNo)
			.orElseThrow(() -> new TeachingNotFoundException("teacher " + staffNo));
		List<TaughtOffering> taught = this.offerings.by(instructor.id())
			.stream()
			.filter((o) -> o.courseCode().equals(courseCode))
			.toList();
		if (taught.isEmpty()) {
			throw new TeachingNotFoundException("course " + courseCode + " of " + staffNo);
		}
		List<VisitView> visited = this.visits.ofOfferings(instructor.id(),
				taught.stream().map(TaughtOffering::offeringId).toList());
		List<QualityReport.OfferingPart> parts = taught.stream().map(this::part).toList();
		TaughtOffering first = taught.get(0);
		return new QualityReport(instructor, courseCode, first.courseName(), first.courseNameEn(), visited,
				itemAverages(visited), parts, figures(taught.size(), visited, parts));
	}

	/**
	 * The visits of the instructor's department teaching sessions, for the report page.
	 */
	@Transactional(readOnly = true)
	public List<VisitView> sessionVisits(String staffNo) {
		CurrentUser user = requireReader();
		if (!user.has(Role.GRAD_SCHOOL) && !staffNo.equals(user.staffNo())) {
			throw new AccessDeniedException("Not the instructor " + staffNo);
		}
		return this.supervisors.byStaffNo(staffNo).map((s) -> this.visits.sessionsOf(s.id())).orElse(List.of());
	}

	private CurrentUser requireReader() {
		CurrentUser user = this.currentUsers.current();
		if (user.has(Role.GRAD_SCHOOL)) {
			return user;
		}
		if (user.has(Role.STUDENT) || user.staffNo() == null) {
			throw new AccessDeniedException("No quality reports");
		}
		return user;
	}

	private QualityReport.OfferingPart part(TaughtOffering offering) {
		EvaluationResults evaluation = this.evaluations.results(offering.offeringId());
		GradeGrid grid = this.grades.grid(offering.offeringId());
		int graded = 0;
		int passed = 0;
		int passFail = 0;
		int[] bands = new int[5];
		for (GradeGrid.Row row : grid.rows()) {
			if (row.score() == null && row.result() == null) {
				continue;
			}
			graded++;
			if (!row.failing()) {
				passed++;
			}
			if (row.score() == null) {
				passFail++;
				continue;
			}
			int score = row.score().intValue();
			bands[(score >= 90) ? 0 : (score >= 80) ? 1 : (score >= 70) ? 2 : (score >= 60) ? 3 : 4]++;
		}
		return new QualityReport.OfferingPart(offering, evaluation, graded, passed,
				List.of(bands[0], bands[1], bands[2], bands[3], bands[4]), passFail);
	}

	private static QualityFigures figures(int offerings, List<VisitView> visits,
			List<QualityReport.OfferingPart> parts) {
		BigDecimal visitAverage = null;
		List<BigDecimal> averages = visits.stream().map(VisitView::average).filter((a) -> a != null).toList();
		if (!averages.isEmpty()) {
			visitAverage = averages.stream()
				.reduce(BigDecimal.ZERO, BigDecimal::add)
				.divide(BigDecimal.valueOf(averages.size()), 2, RoundingMode.HALF_UP);
		}
		BigDecimal weighted = BigDecimal.ZERO;
		int answers = 0;
		int graded = 0;
		int passed = 0;
		for (QualityReport.OfferingPart part : parts) {
			if (part.evaluation().shown()) {
				weighted = weighted.add(part.evaluation()
					.averages()
					.get(OVERALL_AVERAGE)
					.multiply(BigDecimal.valueOf(part.evaluation().answers())));
				answers += part.evaluation().answers();
			}
			graded += part.graded();
			passed += part.passed();
		}
		BigDecimal overall = (answers == 0) ? null
				: weighted.divide(BigDecimal.valueOf(answers), 2, RoundingMode.HALF_UP);
		return new QualityFigures(offerings, visits.size(), visitAverage, overall, answers, graded, passed,
				QualityFigures.percent(passed, graded));
	}

	private static List<QualityReport.ItemAverage> itemAverages(List<VisitView> visits) {
		Map<Long, VisitFormItem> items = new LinkedHashMap<>();
		Map<Long, int[]> sums = new LinkedHashMap<>();
		for (VisitView visit : visits) {
			for (VisitView.Answer answer : visit.answers()) {
				if (answer.item().scored() && answer.score() != null) {
					items.putIfAbsent(answer.item().id(), answer.item());
					int[] sum = sums.computeIfAbsent(answer.item().id(), (k) -> new int[2]);
					sum[0] += answer.score();
					sum[1]++;
				}
			}
		}
		List<QualityReport.ItemAverage> averages = new ArrayList<>();
		sums.forEach((id, sum) -> averages.add(new QualityReport.ItemAverage(items.get(id),
				BigDecimal.valueOf(sum[0]).divide(BigDecimal.valueOf(sum[1]), 2, RoundingMode.HALF_UP), sum[1])));
		return averages;
	}

}
