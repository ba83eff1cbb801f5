package com.clinigrad.demo;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The demo's online exams and teaching supervision: the cardiology question bank of the
 * first hospital (20 questions), last month's exit exam marked and released to the
 * rotations of the students who sat it, next week's exit exam the demo student is a
 * candidate of; the second demo supervisor designated a teaching supervisor (督导) with two
 * class visits. The workload weights come with the migration.
 */
@Component
class DemoExams {

	private static final String HOSPITAL = "H01";

	private static final String DEPARTMENT = "CARD";

	private static final String BY = "hospital";

	private static final String[][] SINGLES = {
			{ "急性 ST 段抬高型心肌梗死患者，首选的再灌注治疗是", "直接经皮冠状动脉介入治疗（PCI）", "静脉溶栓后择期造影", "单纯抗凝治疗", "冠状动脉旁路移植术", "2" },
			{ "心房颤动的典型心电图表现是", "P 波消失，代之以大小不等的 f 波，RR 间期绝对不齐", "PR 间期逐渐延长直至 QRS 脱落", "宽大畸形的 QRS 波群", "锯齿状 F 波，规律传导",
					"1" },
			{ "慢性心力衰竭患者长期应用可降低死亡率的药物是", "β 受体阻滞剂", "地高辛", "呋塞米", "硝酸异山梨酯", "2" },
			{ "高血压急症患者，初始 1 小时内血压下降幅度一般不超过", "治疗前水平的 25%", "治疗前水平的 50%", "降至 120/80 mmHg", "降至正常后维持", "3" },
			{ "心肌梗死后最常见的早期死亡原因是", "心室颤动等恶性心律失常", "心脏破裂", "心源性休克", "肺栓塞", "2" },
			{ "诊断急性心肌梗死最特异的血清标志物是", "心肌肌钙蛋白 I 或 T", "肌酸激酶", "乳酸脱氢酶", "天冬氨酸氨基转移酶", "1" },
			{ "二尖瓣狭窄最常见的病因是", "风湿性心脏病", "先天性畸形", "老年退行性变", "感染性心内膜炎", "1" },
			{ "感染性心内膜炎最常见的致病菌（自体瓣膜）是", "草绿色链球菌", "大肠埃希菌", "白色念珠菌", "铜绿假单胞菌", "3" },
			{ "预激综合征合并心房颤动，禁用的药物是", "维拉帕米", "胺碘酮", "普罗帕酮", "电复律", "4" },
			{ "急性左心衰竭时，患者应采取的体位是", "端坐位，双腿下垂", "平卧位", "头低足高位", "左侧卧位", "1" },
			{ "CHA₂DS₂-VASc 评分中，年龄 ≥75 岁计", "2 分", "1 分", "3 分", "0 分", "3" },
			{ "下壁心肌梗死常见的心律失常是", "房室传导阻滞", "室性心动过速", "心房扑动", "预激综合征", "3" },
			{ "肥厚型梗阻性心肌病患者应避免使用的药物是", "硝酸甘油", "美托洛尔", "维拉帕米", "丙吡胺", "4" },
			{ "主动脉夹层最常见的症状是", "突发剧烈撕裂样胸背痛", "活动后胸闷", "晕厥", "咯血", "2" } };

	private final JdbcClient jdbc;

	DemoExams(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void load(String studentNo, String inspectorStaffNo, String instructorStaffNo, LocalDate today, long seed) {
		Long departmentId = this.jdbc.sql("""
				select d.id from department d join hospital h on h.id = d.hospital_id where h.code = :h and d.code = :d
				""").param("h", HOSPITAL).param("d", DEPARTMENT).query(Long.class).optional().orElse(null);
		if (departmentId == null) {
			return;
		}
		Random random = new Random(seed);
		long bank = this.jdbc.sql("""
				insert into exam_bank (title, scope_kind, scope_code, hospital_code, created_by)
				values ('心血管内科出科理论题库', 'DEPARTMENT', :d, :h, :by) returning id
				""").param("d", DEPARTMENT).param("h", HOSPITAL).param("by", BY).query(Long.class).single();
		List<Long> singles = new ArrayList<>();
		for (String[] s : SINGLES) {
			singles.add(question(bank, null, "SINGLE", s[0], Integer.parseInt(s[5]), "KNOWLEDGE_SKILLS", "2",
					List.of(s[1], s[2], s[3], s[4]), List.of(0)));
		}
		List<Long> multiples = new ArrayList<>();
		multiples.add(question(bank, null, "MULTIPLE", "慢性心力衰竭急性加重的常见诱因包括", 2, "KNOWLEDGE_SKILLS", "3",
				List.of("呼吸道感染", "快速型心律失常", "擅自停用利尿剂", "规律服用 β 受体阻滞剂"), List.of(0, 1, 2)));
		multiples.add(question(bank, null, "MULTIPLE", "急性冠脉综合征患者入院后，属于 I 类推荐的药物治疗有", 3, "PATIENT_CARE", "3",
				List.of("阿司匹林", "P2Y12 受体拮抗剂", "高强度他汀", "常规静脉补钾"), List.of(0, 1, 2)));
		multiples.add(question(bank, null, "MULTIPLE", "与患者家属沟通 PCI 手术风险时，应当", 3, "COMMUNICATION", "3",
				List.of("用通俗语言说明获益与风险", "说明可选择的其他治疗", "为节省时间仅请家属签字", "给家属提问和考虑的时间"), List.of(0, 1, 3)));
		long caseQuestion = question(bank, null, "CASE",
				"病例：男，62 岁，高血压病史 10 年。今晨 6 时起胸骨后压榨样疼痛，伴大汗，持续 2 小时不缓解来诊。心电图：V1–V4 导联 ST 段弓背向上抬高 0.3–0.5 mV。", 4,
				"PATIENT_CARE", "1", List.of(), List.of());
		question(bank, caseQuestion, "SINGLE", "该患者最可能的诊断是", 3, "PATIENT_CARE", "2",
				List.of("急性前壁 ST 段抬高型心肌梗死", "急性心包炎", "主动脉夹层", "稳定型心绞痛"), List.of(0));
		question(bank, caseQuestion, "OPEN", "写出该患者的紧急处理原则及再灌注治疗的时间要求", 4, "PATIENT_CARE", "8", List.of(), List.of());
		long open = question(bank, null, "OPEN", "简述心房颤动患者抗凝治疗的适应证与出血风险评估", 4, "KNOWLEDGE_SKILLS", "6", List.of(),
				List.of());
		question(bank, null, "OPEN", "简述教学查房中向实习医师讲解心力衰竭分级（NYHA）的要点", 3, "TEACHING", "5", List.of(), List.of());

		// last month's exit exam: marked, its results on the rotations
		Instant opened = today.minusDays(24).atTime(9, 0).atZone(com.clinigrad.shared.SchoolTime.ZONE).toInstant();
		long past = sitting(bank, departmentId, "心血管内科出科理论考试（上月）", opened, opened.plus(2, ChronoUnit.HOURS),
				"RELEASED");
		List<Long> paper = new ArrayList<>(singles.subList(0, 10));
		paper.addAll(multiples.subList(0, 2));
		paper.add(caseQuestion);
		paper.add(open);
		paper(past, paper);
		rules(past);
		this.jdbc.sql("insert into exam_marker (sitting_id, question_id, username) values (:s, :q, 'coordinator')")
			.param("s", past)
			.param("q", open)
			.update();
		this.jdbc.sql("insert into exam_marker (sitting_id, question_id, username) values (:s, :q, 'coordinator')")
			.param("s", past)
			.param("q", caseQuestion)
			.update();
		List<long[]> rotated = this.jdbc.sql("""
				select student_id, id from (
				    select distinct on (r.student_id) r.student_id, r.id, abs(r.end_date - cast(:day as date)) as gap
				    from rotation r join student s on s.id = r.student_id
				    where r.department_id = :d and r.start_date <= cast(:day as date) and s.student_no <> :me
				    order by r.student_id, gap) x
				order by gap, id limit 8
				""")
			.param("d", departmentId)
			.param("day", today.minusDays(24))
			.param("me", studentNo)
			.query((rs, n) -> new long[] { rs.getLong(1), rs.getLong(2) })
			.list();
		for (long[] student : rotated) {
			String no = this.jdbc.sql("select student_no from student where id = :s")
				.param("s", student[0])
				.query(String.class)
				.single();
			long candidate = this.jdbc
				.sql("""
						insert into exam_candidate (sitting_id, student_id, student_no, seed, started_at, deadline_at, submitted_at)
						values (:s, :st, :no, :seed, :start, :deadline, :end) returning id
						""")
				.param("s", past)
				.param("st", student[0])
				.param("no", no)
				.param("seed", random.nextLong())
				.param("start", Timestamp.from(opened.plus(3, ChronoUnit.MINUTES)))
				.param("deadline", Timestamp.from(opened.plus(93, ChronoUnit.MINUTES)))
				.param("end", Timestamp.from(opened.plus(60 + random.nextInt(30), ChronoUnit.MINUTES)))
				.query(Long.class)
				.single();
			BigDecimal total = BigDecimal.ZERO;
			for (long question : paper) {
				total = total.add(answer(candidate, question, random));
			}
			this.jdbc.sql("update exam_candidate set score = :t where id = :c")
				.param("t", total)
				.param("c", candidate)
				.update();
			this.jdbc.sql("update rotation set theory_exam_score = :t, theory_exam_sitting_id = :s where id = :r")
				.param("t", total)
				.param("s", past)
				.param("r", student[1])
				.update();
		}
		this.jdbc.sql("update exam_sitting set released_at = :at where id = :s")
			.param("at", Timestamp.from(opened.plus(3, ChronoUnit.DAYS)))
			.param("s", past)
			.update();

		// next week's exit exam, published, the demo student among its candidates
		Instant opens = today.plusDays(7).atTime(14, 0).atZone(com.clinigrad.shared.SchoolTime.ZONE).toInstant();
		long next = sitting(bank, departmentId, "心血管内科出科理论考试", opens, opens.plus(2, ChronoUnit.HOURS), "PUBLISHED");
		List<Long> nextPaper = new ArrayList<>(singles.subList(4, 14));
		nextPaper.addAll(multiples.subList(1, 3));
		nextPaper.add(caseQuestion);
		paper(next, nextPaper);
		rules(next);
		List<Long> nextCandidates = new ArrayList<>(this.jdbc.sql("select id from student where student_no = :no")
			.param("no", studentNo)
			.query(Long.class)
			.list());
		this.jdbc
			.sql("""
					select distinct r.student_id from rotation r where r.department_id = :d and r.end_date >= cast(:day as date)
					order by r.student_id limit 5
					""")
			.param("d", departmentId)
			.param("day", today)
			.query(Long.class)
			.list()
			.stream()
			.filter((id) -> !nextCandidates.contains(id))
			.forEach(nextCandidates::add);
		for (long student : nextCandidates) {
			this.jdbc.sql("""
					insert into exam_candidate (sitting_id, student_id, student_no, seed)
					select :s, id, student_no, :seed from student where id = :st
					""").param("s", next).param("st", student).param("seed", random.nextLong()).update();
		}
		teaching(inspectorStaffNo, instructorStaffNo, departmentId, today);
	}

	private BigDecimal answer(long candidate, long question, Random random) {
		List<Object[]> options = this.jdbc
			.sql("select o.id, o.correct from exam_option o where o.question_id = :q order by o.position")
			.param("q", question)
			.query((rs, n) -> new Object[] { rs.getLong(1), rs.getBoolean(2) })
			.list();
		BigDecimal points = this.jdbc.sql("select points from exam_question where id = :q")
			.param("q", question)
			.query(BigDecimal.class)
			.single();
		List<Long> items = this.jdbc.sql("select id from exam_question where parent_id = :q order by id")
			.param("q", question)
			.query(Long.class)
			.list();
		if (!items.isEmpty()) {
			BigDecimal sum = BigDecimal.ZERO;
			for (long item : items) {
				sum = sum.add(answer(candidate, item, random));
			}
			return sum;
		}
		String text;
		BigDecimal score;
		if (options.isEmpty()) {
			text = "按指南要点作答：明确适应证，结合评分评估风险，制定个体化方案并定期随访。";
			score = points.multiply(BigDecimal.valueOf(55 + random.nextInt(40)))
				.divide(BigDecimal.valueOf(100), 0, java.math.RoundingMode.HALF_UP);
		}
		else {
			boolean right = random.nextInt(100) < 78;
			List<String> chosen = new ArrayList<>();
			for (Object[] option : options) {
				if (((Boolean) option[1]) == right) {
					chosen.add(String.valueOf(option[0]));
					if (!right) {
						break;
					}
				}
			}
			text = String.join(",", chosen);
			score = right ? points : BigDecimal.ZERO;
		}
		this.jdbc.sql("""
				insert into exam_answer (candidate_id, question_id, answer, score, marked_by)
				values (:c, :q, :a, :s, :by)
				""")
			.param("c", candidate)
			.param("q", question)
			.param("a", text)
			.param("s", score)
			.param("by", options.isEmpty() ? "coordinator" : null)
			.update();
		return score;
	}

	private long question(long bank, Long parent, String kind, String stem, int difficulty, String competency,
			String points, List<String> options, List<Integer> correct) {
		long id = this.jdbc
			.sql("""
					insert into exam_question (bank_id, parent_id, kind, stem, difficulty, competency, points, changed_by, changed_at)
					values (:b, :p, :k, :s, :d, :c, cast(:pts as numeric), :by, now()) returning id
					""")
			.param("b", bank)
			.param("p", parent)
			.param("k", kind)
			.param("s", stem)
			.param("d", difficulty)
			.param("c", competency)
			.param("pts", points)
			.param("by", BY)
			.query(Long.class)
			.single();
		this.jdbc.sql("update exam_question set lineage_id = id where id = :id").param("id", id).update();
		for (int i = 0; i < options.size(); i++) {
			this.jdbc.sql("insert into exam_option (question_id, position, text, correct) values (:q, :p, :t, :c)")
				.param("q", id)
				.param("p", i)
				.param("t", options.get(i))
				.param("c", correct.contains(i))
				.update();
		}
		return id;
	}

	private long sitting(long bank, long departmentId, String title, Instant opens, Instant closes, String status) {
		return this.jdbc.sql("""
				insert into exam_sitting (bank_id, title, hospital_code, purpose, department_id, opens_at, closes_at,
				    duration_minutes, status, created_by)
				values (:b, :t, :h, 'ROTATION_THEORY', :d, :o, :c, 90, :st, :by) returning id
				""")
			.param("b", bank)
			.param("t", title)
			.param("h", HOSPITAL)
			.param("d", departmentId)
			.param("o", Timestamp.from(opens))
			.param("c", Timestamp.from(closes))
			.param("st", status)
			.param("by", BY)
			.query(Long.class)
			.single();
	}

	private void paper(long sitting, List<Long> questions) {
		for (int i = 0; i < questions.size(); i++) {
			this.jdbc.sql("insert into exam_paper_question (sitting_id, position, question_id) values (:s, :p, :q)")
				.param("s", sitting)
				.param("p", i + 1)
				.param("q", questions.get(i))
				.update();
		}
	}

	private void rules(long sitting) {
		this.jdbc.sql("""
				insert into exam_rule (sitting_id, kind, difficulty_min, difficulty_max, question_count) values
				    (:s, 'SINGLE', 1, 4, 10), (:s, 'MULTIPLE', 2, 3, 2), (:s, 'CASE', 3, 5, 1)
				""").param("s", sitting).update();
	}

	private void teaching(String inspectorStaffNo, String instructorStaffNo, long departmentId, LocalDate today) {
		Long inspector = supervisorId(inspectorStaffNo);
		Long instructor = supervisorId(instructorStaffNo);
		if (inspector == null || instructor == null) {
			return;
		}
		this.jdbc.sql("insert into teaching_inspector (supervisor_id, designated_by) values (:s, 'grad')")
			.param("s", inspector)
			.update();
		long form = this.jdbc.sql("select id from visit_form where code = 'CLASS-VISIT'").query(Long.class).single();
		Long offering = this.jdbc.sql("select id from course_offering order by id limit 1")
			.query(Long.class)
			.optional()
			.orElse(null);
		Long offeringInstructor = (offering != null)
				? this.jdbc.sql("select instructor_id from course_offering where id = :o")
					.param("o", offering)
					.query(Long.class)
					.optional()
					.orElse(null)
				: null;
		if (offering != null && offeringInstructor != null && !offeringInstructor.equals(inspector)) {
			visit(form, offering, null, null, today.minusDays(18), offeringInstructor, inspector,
					new int[] { 5, 4, 4, 3, 5, 4 }, "讲授条理清晰，病例引入自然；建议增加课堂提问，留出讨论时间。");
		}
		if (!instructor.equals(inspector)) {
			visit(form, null, departmentId, "教学查房：急性心肌梗死的诊断与再灌注治疗", today.minusDays(9), instructor, inspector,
					new int[] { 5, 5, 4, 5, 4, 5 }, "床旁查体示范规范，能引导住院医师分析心电图；病史汇报环节可更严格把控时间。");
		}
	}

	private void visit(long form, Long offering, Long department, String session, LocalDate on, long instructor,
			long inspector, int[] scores, String comment) {
		long visit = this.jdbc.sql("""
				insert into class_visit (form_id, offering_id, department_id, session_title, visited_on, instructor_id,
				    inspector_id, recorded_by)
				values (:f, :o, :d, :t, :on, :i, :by, 'multi') returning id
				""")
			.param("f", form)
			.param("o", offering)
			.param("d", department)
			.param("t", session)
			.param("on", on)
			.param("i", instructor)
			.param("by", inspector)
			.query(Long.class)
			.single();
		List<long[]> items = this.jdbc
			.sql("select id, position from visit_form_item where form_id = :f order by position")
			.param("f", form)
			.query((rs, n) -> new long[] { rs.getLong(1), rs.getLong(2) })
			.list();
		for (long[] item : items) {
			int index = (int) item[1] - 1;
			this.jdbc.sql("insert into class_visit_answer (visit_id, item_id, score, text) values (:v, :i, :s, :t)")
				.param("v", visit)
				.param("i", item[0])
				.param("s", (index < scores.length) ? scores[index] : null)
				.param("t", (index < scores.length) ? null : comment)
				.update();
		}
	}

	private Long supervisorId(String staffNo) {
		return this.jdbc.sql("select id from supervisor where staff_no = :s")
			.param("s", staffNo)
			.query(Long.class)
			.optional()
			.orElse(null);
	}

}
