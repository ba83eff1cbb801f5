package com.clinigrad.demo;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

import com.clinigrad.organization.DepartmentView;
import com.clinigrad.organization.HospitalRef;
import com.clinigrad.organization.Organization;
import com.clinigrad.rotations.RotationSchedule;
import com.clinigrad.rotations.ScheduleCommand;
import com.clinigrad.shared.BusinessRuleException;
import com.clinigrad.students.StudentKey;
import com.clinigrad.students.StudentRegistry;
import com.clinigrad.theses.MilestoneType;
import com.clinigrad.theses.ThesisHistory;

import org.springframework.stereotype.Component;

/**
 * Dates for the demo student's personal calendar this month: a clinical rotation ending
 * with its exit exam, the next one starting, and the thesis proposal defense (开题) with a
 * panel the demo {@code multi} login sits on.
 */
@Component
class DemoCalendar {

	private final StudentRegistry students;

	private final Organization organization;

	private final RotationSchedule schedule;

	private final ThesisHistory theses;

	DemoCalendar(StudentRegistry students, Organization organization, RotationSchedule schedule, ThesisHistory theses) {
		this.students = students;
		this.organization = organization;
		this.schedule = schedule;
		this.theses = theses;
	}

	/**
	 * @param panel the proposal panel's staff numbers, its chair first (none of them the
	 * student's supervisors)
	 */
	void load(String studentNo, List<String> panel, LocalDate today) {
		StudentKey student = this.students.keysByStudentNo(List.of(studentNo)).get(studentNo);
		if (student == null) {
			return;
		}
		LocalDate monthStart = today.withDayOfMonth(1);
		List<DepartmentView> departments = (student.hospitalCode() == null) ? List.of()
				: this.organization.hospitalByCode(student.hospitalCode())
					.map(HospitalRef::id)
					.map(this.organization::departments)
					.orElse(List.of())
					.stream()
					.sorted(Comparator.comparingLong(DepartmentView::id))
					.toList();
		LocalDate firstEnd = monthStart.plusDays(10);
		LocalDate secondStart = monthStart.plusDays(13);
		int placed = 0;
		for (DepartmentView department : departments) {
			LocalDate start = (placed == 0) ? monthStart.minusMonths(2).plusDays(11) : secondStart;
			LocalDate end = (placed == 0) ? firstEnd : secondStart.plusMonths(2).minusDays(1);
			try {
				this.schedule.recordScheduled(
						new ScheduleCommand(studentNo, department.id(), start, end, false, "学术学位博士临床实践（演示数据）"),
						DemoUniversityLoader.RECORDED_BY);
				placed++;
			}
			catch (BusinessRuleException ex) {
				// that department is full in the period: the next one
			}
			if (placed == 2) {
				break;
			}
		}
		this.theses.recordSession(student.id(), MilestoneType.PROPOSAL, monthStart.plusDays(16), "临床医学院 3 楼第二会议室",
				panel, DemoUniversityLoader.RECORDED_BY);
	}

}
