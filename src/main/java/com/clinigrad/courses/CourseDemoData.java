package com.clinigrad.courses;

import java.util.List;
import java.util.SplittableRandom;
import java.util.UUID;

import com.clinigrad.students.StudentStatus;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Offerings, enrollments, evaluations and practice applications for the demo university,
 * derived from the grades already loaded, so that every course page has something to
 * show. Only the demo loader calls it, on an empty database.
 */
@Component
public class CourseDemoData {

	/** Seed-catalog courses offered in the current term, graded by nobody yet. */
	private static final List<String> CURRENT_COURSES = List.of("PUMC-DR01", "PUMC-DR04", "TMU-DR03", "ZJU-12",
			"PUMC-DP02");

	private final JdbcClient jdbc;

	CourseDemoData(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * @param courseCodes the courses the demo grades use, in order
	 * @param instructorStaffNos teachers to assign in turn, the demo supervisor first
	 * @param currentTerm the term students may enroll in now
	 */
	@Transactional
	public void load(List<String> courseCodes, List<String> instructorStaffNos, String currentTerm, long seed) {
		for (int c = 0; c < courseCodes.size(); c++) {
			String staffNo = instructorStaffNos.get(c % instructorStaffNos.size());
			this.jdbc.sql("""
					insert into course_offering (course_id, term, instructor_id, capacity, grading, created_by)
					select distinct g.course_id, g.term, (select id from supervisor where staff_no = :staff), 200,
					    'SCORE', 'demo'
					from grade g join course c on c.id = g.course_id where c.code = :code
					on conflict (course_id, term) do nothing
					""").param("staff", staffNo).param("code", courseCodes.get(c)).update();
		}
		for (int c = 0; c < CURRENT_COURSES.size(); c++) {
			String code = CURRENT_COURSES.get(c);
			this.jdbc.sql("""
					insert into course_offering (course_id, term, instructor_id, capacity, grading, created_by)
					select c.id, :term, (select id from supervisor where staff_no = :staff), 80, :grading, 'demo'
					from course c where c.code = :code on conflict (course_id, term) do nothing
					""")
				.param("term", currentTerm)
				.param("staff", instructorStaffNos.get(c % 2))
				.param("grading", code.startsWith("PUMC-DP") ? "PASS_FAIL" : "SCORE")
				.param("code", code)
				.update();
		}
		this.jdbc.sql("""
				insert into enrollment (offering_id, student_id, enrolled_by)
				select o.id, g.student_id, 'demo' from grade g
				join course_offering o on o.course_id = g.course_id and o.term = g.term
				on conflict (offering_id, student_id) do nothing
				""").update();
		this.jdbc.sql("""
				insert into enrollment (offering_id, student_id, enrolled_by)
				select o.id, s.id, 'demo' from course_offering o join course c on c.id = o.course_id, student s
				where o.term = :term and c.code in (:codes) and s.status = :enrolled
				  and s.cohort_year = (select max(cohort_year) from student)
				on conflict (offering_id, student_id) do nothing
				""")
			.param("term", currentTerm)
			.param("codes", CURRENT_COURSES)
			.param("enrolled", StudentStatus.ENROLLED.name())
			.update();
		evaluations(new SplittableRandom(seed), instructorStaffNos.get(0), currentTerm);
		practice();
	}

	/**
	 * Anonymous answers for the offerings of the demo supervisor's first course.
	 */
	private void evaluations(SplittableRandom random, String staffNo, String currentTerm) {
		List<Long> offerings = this.jdbc.sql("""
				select o.id from course_offering o
				where o.instructor_id = (select id from supervisor where staff_no = :staff) and o.term < :term
				order by o.term desc, o.id limit 4
				""").param("staff", staffNo).param("term", currentTerm).query(Long.class).list();
		String[] comments = { "案例讨论很有帮助，希望增加临床实例。", "节奏偏快，课件可以提前发布。", "老师讲解清楚，考核方式合理。", null, null };
		for (long offering : offerings) {
			List<Long> students = this.jdbc
				.sql("select student_id from enrollment where offering_id = :o order by student_id")
				.param("o", offering)
				.query(Long.class)
				.list();
			for (int i = 0; i < students.size(); i += 2) {
				this.jdbc.sql("insert into evaluation_ballot (offering_id, student_id) values (:o, :s)")
					.param("o", offering)
					.param("s", students.get(i))
					.update();
				int base = 3 + random.nextInt(3);
				this.jdbc
					.sql("""
							insert into evaluation_answer (id, offering_id, content, teaching, organization, workload, overall, comment)
							values (:id, :o, :a, :b, :c, :d, :e, :comment)
							""")
					.param("id", UUID.randomUUID())
					.param("o", offering)
					.param("a", base)
					.param("b", Math.min(5, base + random.nextInt(2)))
					.param("c", Math.max(1, base - random.nextInt(2)))
					.param("d", 2 + random.nextInt(4))
					.param("e", base)
					.param("comment", comments[random.nextInt(comments.length)])
					.update();
			}
		}
	}

	/**
	 * One application waiting for each office, from PUMC students of the first hospital.
	 */
	private void practice() {
		List<Long> students = this.jdbc.sql("""
				select s.id from student s join hospital h on h.id = s.hospital_id
				where s.program_code = 'PUMC-PRO-MASTER' and s.status = :enrolled and h.code = 'H01'
				order by s.cohort_year, s.student_no limit 2
				""").param("enrolled", StudentStatus.ENROLLED.name()).query(Long.class).list();
		String[] titles = { "社区慢病义诊与健康宣教", "全国大学生创新创业大赛（医疗器械赛道）" };
		PracticeStatus[] statuses = { PracticeStatus.SUBMITTED, PracticeStatus.HOSPITAL_APPROVED };
		for (int i = 0; i < students.size(); i++) {
			long id = this.jdbc.sql("""
					insert into practice_application (student_id, title, summary, credits_requested, status, term)
					values (:s, :title, :summary, 2, :status, '2026-1') returning id
					""")
				.param("s", students.get(i))
				.param("title", titles[i])
				.param("summary",
						"本人于 2026 年暑期参加" + titles[i]
								+ "，累计服务 120 学时，负责病史采集、随访记录整理与健康讲座准备。活动由医院教育处组织，带教老师全程指导。附活动证明与总结照片。")
				.param("status", statuses[i].name())
				.query(Long.class)
				.single();
			step(id, PracticeStage.SUBMIT, PracticeDecision.SUBMITTED, null, "学生本人");
			if (statuses[i].awaitsSchool()) {
				step(id, PracticeStage.HOSPITAL_REVIEW, PracticeDecision.APPROVED, "活动真实，材料齐全，同意报研究生院。", "附一院教育处");
			}
		}
	}

	private void step(long applicationId, PracticeStage step, PracticeDecision decision, String reason, String actor) {
		this.jdbc.sql("""
				insert into practice_step (application_id, step, decision, credits, reason, actor)
				values (:a, :step, :decision, :credits, :reason, :actor)
				""")
			.param("a", applicationId)
			.param("step", step.name())
			.param("decision", decision.name())
			.param("credits", (step == PracticeStage.SUBMIT) ? 2 : null)
			.param("reason", reason)
			.param("actor", actor)
			.update();
	}

}
