package com.clinigrad.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.clinigrad.competency.OsceExams;
import com.clinigrad.competency.SheetCommand;
import com.clinigrad.competency.StationCommand;
import com.clinigrad.competency.TrainingPlans;
import com.clinigrad.demo.SyntheticUniversity.University;
import com.clinigrad.students.StudentRegistry;
import com.clinigrad.students.StudentStatus;
import com.clinigrad.supervisors.SupervisorDirectory;
import com.clinigrad.supervisors.SupervisorRef;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The demo's competency-based training: the clinical postdocs of hospital H01 with their
 * training plans (the first with a mentor group), and this term's OSCE of H01 with four
 * stations — the demo supervisor examines one of them, with one sheet still to enter —
 * whose results show on the postdocs' competency profiles.
 */
@Component
class DemoCompetency {

	private static final String PROGRAM = "PUMCH-POSTDOC";

	private static final String HOSPITAL = "H01";

	private final TrainingPlans plans;

	private final OsceExams osce;

	private final StudentRegistry students;

	private final SupervisorDirectory supervisors;

	private final JdbcClient jdbc;

	DemoCompetency(TrainingPlans plans, OsceExams osce, StudentRegistry students, SupervisorDirectory supervisors,
			JdbcClient jdbc) {
		this.plans = plans;
		this.osce = osce;
		this.students = students;
		this.supervisors = supervisors;
		this.jdbc = jdbc;
	}

	/**
	 * @param examiner the staff number of the demo supervisor login, who examines a
	 * station
	 * @return the number of the postdoc the demo shows first
	 */
	String load(University university, String examiner, LocalDate today) {
		List<Map<String, String>> postdocs = university.students()
			.stream()
			.filter((row) -> PROGRAM.equals(row.get("program_code")) && HOSPITAL.equals(row.get("hospital_code"))
					&& StudentStatus.ENROLLED.name().equals(row.get("status")))
			.limit(3)
			.toList();
		if (postdocs.isEmpty()) {
			return null;
		}
		List<String> numbers = postdocs.stream().map((row) -> row.get("student_no")).toList();
		var keys = this.students.keysByStudentNo(numbers);
		for (Map<String, String> row : postdocs) {
			int cohort = Integer.parseInt(row.get("cohort_year"));
			this.plans.createForLoader(keys.get(row.get("student_no")).id(), PROGRAM, LocalDate.of(cohort, 9, 1),
					"hospital");
		}
		List<SupervisorRef> seniors = university.supervisors()
			.stream()
			.filter((row) -> HOSPITAL.equals(row.get("hospital_code"))
					&& !com.clinigrad.supervisors.TitleLevel.INTERMEDIATE.name().equals(row.get("title_level")))
			.map((row) -> this.supervisors.byStaffNo(row.get("staff_no")).orElseThrow())
			.limit(4)
			.toList();
		SupervisorRef lead = this.supervisors.byStaffNo(postdocs.get(0).get("supervisor_staff_no")).orElseThrow();
		List<Long> group = new ArrayList<>(List.of(lead.id()));
		seniors.stream().map(SupervisorRef::id).filter((id) -> !group.contains(id)).limit(2).forEach(group::add);
		String names = String.join("、",
				group.stream().map((id) -> this.supervisors.byId(id).orElseThrow().name()).toList());
		this.plans.nameMentorsForLoader(keys.get(numbers.get(0)).id(), group, lead.id(), names, "博士后入站，组建导师组",
				"hospital");

		LocalDate heldOn = today.minusDays(3);
		long exam = this.osce.createForLoader(HOSPITAL, PROGRAM, heldOn.getYear() + " 年秋季临床博士后 OSCE", heldOn,
				"hospital");
		this.osce.addStationForLoader(exam, new StationCommand("PATIENT_CARE", "病史采集与体格检查（胸痛）", null, null,
				List.of(line("自我介绍并核对患者身份", 1), line("系统询问胸痛特点", 4), line("规范心肺查体", 3), line("提出初步诊断与鉴别", 2))));
		this.osce.addStationForLoader(exam, new StationCommand("KNOWLEDGE_SKILLS", "心肺复苏（DOPS 式操作）", null, null,
				List.of(line("判断意识与呼吸", 2), line("胸外按压位置、深度与频率", 4), line("开放气道与人工通气", 2), line("除颤仪使用", 2))));
		this.osce.addStationForLoader(exam, new StationCommand("COMMUNICATION", "告知坏消息（标准化病人）", null, 3,
				List.of(line("准备与环境", 2), line("了解患者认知", 2), line("清晰告知并共情", 4), line("讨论后续计划", 2))));
		this.osce.addStationForLoader(exam, new StationCommand("TEACHING", "床旁带教实习医师", null, null,
				List.of(line("明确教学目标", 3), line("示范与讲解", 4), line("给予反馈", 3))));
		List<Long> stations = this.jdbc.sql("select id from osce_station where exam_id = :e order by position")
			.param("e", exam)
			.query(Long.class)
			.list();
		List<String> others = seniors.stream().map(SupervisorRef::staffNo).filter((s) -> !s.equals(examiner)).toList();
		this.osce.assignExaminersForLoader(exam, stations.get(0), List.of(examiner));
		for (int i = 1; i < stations.size(); i++) {
			this.osce.assignExaminersForLoader(exam, stations.get(i), List.of(others.get((i - 1) % others.size())));
		}
		this.osce.addCandidatesForLoader(exam, numbers);
		int[][][] given = { { { 1, 4, 3, 2 }, { 2, 4, 2, 2 }, { 2, 2, 4, 2 }, { 3, 3, 3 } },
				{ { 1, 3, 2, 1 }, { 2, 3, 2, 1 }, { 1, 1, 2, 1 }, { 2, 3, 2 } },
				{ { 1, 2, 2, 2 }, { 2, 4, 2, 2 }, { 2, 2, 3, 2 }, { 3, 4, 3 } } };
		int[][] global = { { 5, 4, 4, 4 }, { 3, 3, 2, 3 }, { 4, 5, 4, 4 } };
		for (int c = 0; c < numbers.size(); c++) {
			for (int s = 0; s < stations.size(); s++) {
				if (c == numbers.size() - 1 && s == 0) {
					continue; // the demo examiner's last sheet waits to be entered
				}
				List<Long> items = this.jdbc
					.sql("select id from osce_checklist_item where station_id = :s order by position")
					.param("s", stations.get(s))
					.query(Long.class)
					.list();
				Map<Long, Integer> points = new java.util.HashMap<>();
				for (int i = 0; i < items.size(); i++) {
					points.put(items.get(i), given[c % 3][s][i]);
				}
				this.osce.enterForLoader(stations.get(s), new SheetCommand(numbers.get(c), points, global[c % 3][s]),
						s == 0 ? "supervisor" : "demo");
			}
		}
		return numbers.get(0);
	}

	private static StationCommand.ChecklistLine line(String text, int points) {
		return new StationCommand.ChecklistLine(text, points);
	}

}
