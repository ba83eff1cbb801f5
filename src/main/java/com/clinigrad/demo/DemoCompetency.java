package com.clinigrad.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.clinigrad.competency.AnnualFeedbacks;
import com.clinigrad.competency.CompletionDefenses;
import com.clinigrad.competency.OsceExams;
import com.clinigrad.competency.PanelMember;
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

	private final AnnualFeedbacks feedbacks;

	private final CompletionDefenses defenses;

	DemoCompetency(TrainingPlans plans, OsceExams osce, StudentRegistry students, SupervisorDirectory supervisors,
			JdbcClient jdbc, AnnualFeedbacks feedbacks, CompletionDefenses defenses) {
		this.feedbacks = feedbacks;
		this.defenses = defenses;
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
		postdocYears(keys.get(numbers.get(0)).id(), postdocs.get(0).get("name"), lead.name(), today);
		return numbers.get(0);
	}

	/**
	 * The first postdoc's annual feedback (year 1 signed by both, year 2 waiting for the
	 * trainee), the completion defense scheduled with its panel, and confirmed outputs in
	 * the achievement register (two SCI papers with impact factors, a grant led, an
	 * award).
	 */
	private void postdocYears(long studentId, String trainee, String mentor, LocalDate today) {
		long first = this.feedbacks.writeForLoader(studentId, 1, "病史采集与体格检查扎实，夜班收治新入院患者思路清晰；与护理团队沟通顺畅。",
				"第二年完成 CTSI 临床研究设计课程，确定一项前瞻性队列研究课题；独立管理 8 张床位。", "每月一次 Mini-CEX；每季度与导师组面谈一次研究进度；参加医院教学查房并带教实习医师。",
				mentor);
		this.feedbacks.signForLoader(studentId, first, mentor, trainee);
		long second = this.feedbacks.writeForLoader(studentId, 2, "科研训练进展顺利，已完成研究方案并通过伦理审查；中心静脉置管已达间接指导水平。",
				"第三年担任住院总医师，申请国家自然科学基金青年项目，择优参加海外交流。", "完成 2 篇 SCI 论文投稿；住院总期间每周一次病例讨论汇报；参加 OSCE 考官培训。", mentor);
		this.feedbacks.signAsMentorForLoader(studentId, second, mentor);
		this.defenses.scheduleForLoader(studentId, today.plusDays(30), "北京协和医院东院 教学楼 301 会议室",
				List.of(new PanelMember("张明远", "主任医师 · 内科学系", true), new PanelMember("李淑华", "主任医师 · 心内科", false),
						new PanelMember("王建国", "教授 · 临床流行病学", false), new PanelMember("陈晓燕", "副主任医师 · 教育处", false),
						new PanelMember("刘志强", "主任医师 · 呼吸与危重症医学科", false)),
				"hospital");
		String[][] outputs = {
				{ "PUBLICATION", "Early rhythm control in elderly patients with atrial fibrillation: a cohort study",
						"Frontiers in Cardiovascular Medicine", "SCI", "1", "3.600" },
				{ "PUBLICATION", "Frailty and outcomes after transcatheter aortic valve replacement", "Age and Ageing",
						"SCI", "1", "6.700" },
				{ "GRANT", "国家自然科学基金青年科学基金项目：老年房颤节律控制的真实世界研究", null, null, null, null },
				{ "AWARD", "北京协和医院优秀住院医师", null, null, null, null } };
		int month = 1;
		for (String[] o : outputs) {
			boolean paper = o[3] != null;
			this.jdbc.sql("""
					insert into achievement_claim (student_id, kind, title, journal, indexing, author_position,
					    related_to_thesis, article_type, obtained_on, impact_factor, status, entered_by, decided_by,
					    decided_at)
					values (:s, :k, :t, :j, :i, :p, false, :a, :on, :if, :confirmed, :by, '教育处', now())""")
				.param("confirmed", com.clinigrad.achievements.ClaimStatus.CONFIRMED.name())
				.param("s", studentId)
				.param("k", o[0])
				.param("t", o[1])
				.param("j", o[2])
				.param("i", o[3])
				.param("p", paper ? Integer.valueOf(o[4]) : null)
				.param("a", paper ? "RESEARCH" : null)
				.param("on", today.minusMonths(month++ * 3L))
				.param("if", paper ? new java.math.BigDecimal(o[5]) : null)
				.param("by", trainee)
				.update();
		}
	}

	private static StationCommand.ChecklistLine line(String text, int points) {
		return new StationCommand.ChecklistLine(text, points);
	}

}
