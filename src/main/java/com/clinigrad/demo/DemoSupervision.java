package com.clinigrad.demo;

import java.time.LocalDate;
import java.util.List;

import com.clinigrad.demo.SyntheticUniversity.University;
import com.clinigrad.students.StudentCommand;
import com.clinigrad.students.StudentRegistry;
import com.clinigrad.students.StudentView;
import com.clinigrad.supervisors.AbsenceCommand;
import com.clinigrad.supervisors.GroupCommand;
import com.clinigrad.supervisors.SupervisorAbsences;
import com.clinigrad.supervisors.SupervisorGroups;
import com.clinigrad.supervisors.TitleLevel;

import org.springframework.stereotype.Component;

/**
 * The demo's dual supervisors, group and deputies: the demo student gets a hospital
 * (clinical) supervisor of their hospital and a supervisor group of senior supervisors
 * led by the demo supervisor; the second demo supervisor ({@code multi}) is abroad now
 * with the demo supervisor as deputy, and the demo supervisor's own trip last year shows
 * as an ended deputyship.
 */
@Component
class DemoSupervision {

	private static final String BY = "研究生院培养办";

	private final StudentRegistry students;

	private final SupervisorGroups groups;

	private final SupervisorAbsences absences;

	DemoSupervision(StudentRegistry students, SupervisorGroups groups, SupervisorAbsences absences) {
		this.students = students;
		this.groups = groups;
		this.absences = absences;
	}

	void load(University university, String supervisor, String multi, String student, LocalDate today) {
		StudentView view = this.students.byStudentNo(student).orElseThrow();
		List<String> seniors = university.supervisors()
			.stream()
			.filter((row) -> view.hospitalCode() != null && view.hospitalCode().equals(row.get("hospital_code")))
			.filter((row) -> TitleLevel.FULL_SENIOR.name().equals(row.get("title_level")))
			.filter((row) -> row.get("institution") == null || row.get("institution").isEmpty())
			.map((row) -> row.get("staff_no"))
			.filter((staffNo) -> !staffNo.equals(supervisor) && !staffNo.equals(multi))
			.toList();
		if (view.coSupervisorStaffNo() == null && !seniors.isEmpty()) {
			this.students.upsert(new StudentCommand(view.studentNo(), view.name(), view.degreeType(),
					view.programCode(), view.cohortYear(), view.disciplineCode(), view.admissionType(),
					view.sourceSchool(), view.hospitalCode(), view.supervisorStaffNo(), seniors.get(0)), view.status());
		}
		boolean seniorLeader = university.supervisors()
			.stream()
			.anyMatch((row) -> supervisor.equals(row.get("staff_no"))
					&& TitleLevel.FULL_SENIOR.name().equals(row.get("title_level")));
		if (seniorLeader || !seniors.isEmpty()) {
			String leader = seniorLeader ? supervisor : seniors.get(0);
			List<String> members = seniors.stream().filter((s) -> !s.equals(leader)).limit(3).toList();
			String code = "G-" + view.hospitalCode() + "-01";
			this.groups.createAs(new GroupCommand(code, "内科学导师组", view.hospitalCode(), leader, members), BY);
			this.students.assignGroupAs(student, code);
		}
		this.absences.recordAs(
				new AbsenceCommand(multi, "美国", "哈佛医学院访问学者", today.minusDays(30), today.plusMonths(7), supervisor), BY);
		this.absences.recordAs(
				new AbsenceCommand(supervisor, "英国", "国际学术会议及短期访学", today.minusDays(400), today.minusDays(310), multi),
				BY);
	}

}
