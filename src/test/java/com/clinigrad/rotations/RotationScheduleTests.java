package com.clinigrad.rotations;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.clinigrad.accounts.Role;
import com.clinigrad.organization.Organization;
import com.clinigrad.shared.BusinessRuleException;
import com.clinigrad.shared.SchoolTime;
import com.clinigrad.students.StudentKey;
import com.clinigrad.students.StudentRegistry;
import com.clinigrad.support.Fixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Scheduling at the exact boundaries (the day a department reaches its capacity, a
 * rotation ending the day before the next starts), plan exceptions, who may schedule and
 * assess, and the months that count going up when the exam passes; a loader without a
 * login (the demo university) meets the same checks.
 */
@SpringBootTest
@AutoConfigureMockMvc
class RotationScheduleTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	@Autowired
	JdbcClient jdbc;

	Fixtures fixtures;

	String hospital;

	String supervisor;

	UserDetails office;

	long cardiology;

	long emergency;

	long radiology;

	@BeforeEach
	void hospitalWithSmallDepartments() {
		this.fixtures = Fixtures.in(this.context);
		this.hospital = this.fixtures.hospital();
		Organization organization = this.context.getBean(Organization.class);
		organization.upsertDepartment(this.hospital, "EM", "急诊科", null, 20, 2);
		organization.upsertDepartment(this.hospital, "RA", "放射科", null, 20, 5);
		this.cardiology = department("D1");
		this.emergency = department("EM");
		this.radiology = department("RA");
		this.supervisor = this.fixtures.supervisor(this.hospital);
		this.office = this.fixtures
			.login(this.fixtures.account(Set.of(Role.HOSPITAL_OFFICE), this.hospital, null, null, null));
	}

	@Test
	void aDepartmentIsFullOnTheDayItsCapacityIsReachedAndFreeTheDayAfter() throws Exception {
		String a = plannedStudent();
		String b = plannedStudent();
		String c = plannedStudent();
		schedule(this.office, a, this.emergency, "2027-01-01", "2027-03-31").andExpect(status().is3xxRedirection());
		schedule(this.office, b, this.emergency, "2027-03-01", "2027-03-31").andExpect(status().is3xxRedirection());
		// capacity 2 is reached on every day of March: the 31st is refused, naming the
		// day
		schedule(this.office, c, this.emergency, "2027-03-31", "2027-04-30").andExpect(status().isConflict())
			.andExpect(content().string(containsString("急诊科 在 2027-03-31 已满员（容量 2）")));
		schedule(this.office, c, this.emergency, "2027-02-15", "2027-03-01").andExpect(status().isConflict())
			.andExpect(content().string(containsString("2027-03-01")));
		// one place is still free in February
		schedule(this.office, c, this.emergency, "2027-02-01", "2027-02-28").andExpect(status().is3xxRedirection());
		schedule(this.office, plannedStudent(), this.emergency, "2027-04-01", "2027-04-30")
			.andExpect(status().is3xxRedirection());
		assertThat(count(this.emergency)).isEqualTo(4);
	}

	@Test
	void aDepartmentWithNoCapacityTakesNobodyEvenWhenEmpty() throws Exception {
		this.jdbc.sql("update department set capacity = 0 where id = :d").param("d", this.emergency).update();
		schedule(this.office, plannedStudent(), this.emergency, "2028-01-01", "2028-01-31")
			.andExpect(status().isConflict())
			.andExpect(content().string(containsString("急诊科 在 2028-01-01 已满员（容量 0）")));
		assertThat(count(this.emergency)).isZero();
	}

	@Test
	void aRotationMayStartTheDayAfterTheStudentsPreviousOneEnds() throws Exception {
		String a = plannedStudent();
		schedule(this.office, a, this.cardiology, "2027-01-01", "2027-03-31").andExpect(status().is3xxRedirection());
		schedule(this.office, a, this.emergency, "2027-03-31", "2027-05-31").andExpect(status().isConflict())
			.andExpect(content().string(containsString("该学生 2027-01-01 至 2027-03-31 已在 心内科 轮转")));
		schedule(this.office, a, this.emergency, "2027-04-01", "2027-05-31").andExpect(status().is3xxRedirection());
		schedule(this.office, a, this.cardiology, "2027-06-30", "2027-06-01").andExpect(status().isConflict())
			.andExpect(content().string(containsString("结束日期早于开始日期")));
	}

	@Test
	void aDepartmentOutsideThePlanNeedsAReason() throws Exception {
		String a = plannedStudent();
		schedule(this.office, a, this.radiology, "2027-01-01", "2027-01-31").andExpect(status().isConflict())
			.andExpect(content().string(containsString("放射科 不在该学生的轮转计划中")));
		this.mvc
			.perform(post("/students/" + a + "/rotations").with(user(this.office))
				.with(csrf())
				.param("departmentId", Long.toString(this.radiology))
				.param("startDate", "2027-01-01")
				.param("endDate", "2027-01-31")
				.param("overrideReason", "影像判读补充训练"))
			.andExpect(status().is3xxRedirection());
		this.mvc.perform(get("/students/" + a + "/rotations").with(user(this.office)))
			.andExpect(content().string(containsString("计划外科室：影像判读补充训练")));
	}

	@Test
	void onlyTheStudentsHospitalOfficeAndTheSchoolSchedule() throws Exception {
		String a = plannedStudent();
		UserDetails ownSupervisor = this.fixtures
			.login(this.fixtures.account(Set.of(Role.SUPERVISOR), null, null, this.supervisor, null));
		UserDetails otherOffice = this.fixtures
			.login(this.fixtures.account(Set.of(Role.HOSPITAL_OFFICE), this.fixtures.hospital(), null, null, null));
		UserDetails coordinator = this.fixtures
			.login(this.fixtures.account(Set.of(Role.DEPT_COORDINATOR), this.hospital, "D1", null, null));
		UserDetails student = this.fixtures.login(this.fixtures.account(Set.of(Role.STUDENT), null, null, null, a));
		schedule(ownSupervisor, a, this.cardiology, "2027-01-01", "2027-01-31").andExpect(status().isForbidden());
		schedule(otherOffice, a, this.cardiology, "2027-01-01", "2027-01-31").andExpect(status().isNotFound());
		schedule(coordinator, a, this.cardiology, "2027-01-01", "2027-01-31").andExpect(status().isForbidden());
		schedule(student, a, this.cardiology, "2027-01-01", "2027-01-31").andExpect(status().isForbidden());
		assertThat(count(this.cardiology)).isZero();
		UserDetails school = this.fixtures.login(this.fixtures.account(Role.GRAD_SCHOOL));
		schedule(school, a, this.cardiology, "2027-01-01", "2027-01-31").andExpect(status().is3xxRedirection());
		// the supervisor and the student see the timeline, another supervisor does not
		this.mvc.perform(get("/students/" + a + "/rotations").with(user(ownSupervisor))).andExpect(status().isOk());
		this.mvc.perform(get("/students/" + a + "/rotations").with(user(student))).andExpect(status().isOk());
		UserDetails otherSupervisor = this.fixtures.login(this.fixtures.account(Set.of(Role.SUPERVISOR), null, null,
				this.fixtures.supervisor(this.hospital), null));
		this.mvc.perform(get("/students/" + a + "/rotations").with(user(otherSupervisor)))
			.andExpect(status().isNotFound());
	}

	@Test
	void theCoordinatorRecordsTheExamOneRetakeAndTheMonthsCountOnlyAfterAPass() throws Exception {
		String a = plannedStudent();
		schedule(this.office, a, this.cardiology, "2025-01-01", "2025-03-31").andExpect(status().is3xxRedirection());
		long rotation = this.jdbc
			.sql("select r.id from rotation r join student s on s.id = r.student_id where s.student_no = :no")
			.param("no", a)
			.query(Long.class)
			.single();
		UserDetails coordinator = this.fixtures
			.login(this.fixtures.account(Set.of(Role.DEPT_COORDINATOR), this.hospital, "D1", null, null));
		UserDetails otherCoordinator = this.fixtures
			.login(this.fixtures.account(Set.of(Role.DEPT_COORDINATOR), this.hospital, "EM", null, null));
		assertThat(clinicalMonths(a)).isEqualTo("0.0 个月");

		exam(otherCoordinator, rotation, "90", "90").andExpect(status().isForbidden());
		// another hospital's office may not (the own hospital's office may:
		// DepartmentRosterTests)
		UserDetails otherOffice = this.fixtures
			.login(this.fixtures.account(Set.of(Role.HOSPITAL_OFFICE), this.fixtures.hospital(), null, null, null));
		exam(otherOffice, rotation, "90", "90").andExpect(status().isForbidden());
		long shown = this.jdbc.sql("select version from rotation where id = :id")
			.param("id", rotation)
			.query(Long.class)
			.single();
		// the exit exam is sat in the rotation's last 14 days
		exam(coordinator, rotation, "90", "90", "2025-03-17").andExpect(status().isConflict())
			.andExpect(content().string(containsString("出科考核在轮转的最后 14 天内进行，本轮转最早 2025-03-18")));
		exam(coordinator, rotation, "55", "80").andExpect(status().is3xxRedirection());
		assertThat(clinicalMonths(a)).isEqualTo("0.0 个月");
		// the same failed form sent again is not taken as the retake
		this.mvc
			.perform(post("/rotations/" + rotation + "/assess").with(user(coordinator))
				.with(csrf())
				.param("version", Long.toString(shown))
				.param("kind", "EXIT_EXAM")
				.param("assessedOn", "2025-03-28")
				.param("theoryScore", "55")
				.param("skillsScore", "80"))
			.andExpect(status().isConflict());
		assertThat(this.jdbc.sql("select coalesce(retake_result, '-') from rotation where id = :id")
			.param("id", rotation)
			.query(String.class)
			.single()).isEqualTo("-");
		// the retake comes on a later day than the first sitting
		exam(coordinator, rotation, "75", "82").andExpect(status().isConflict())
			.andExpect(content().string(containsString("补考应晚于首次考核的日期（2025-03-28）")));
		exam(coordinator, rotation, "75", "82", "2025-03-31").andExpect(status().is3xxRedirection());
		assertThat(clinicalMonths(a)).isEqualTo("3.0 个月");
		exam(coordinator, rotation, "75", "82").andExpect(status().isConflict())
			.andExpect(content().string(containsString("该考核已通过")));
		assertThat(this.jdbc.sql("select exam_result || '/' || retake_result from rotation where id = :id")
			.param("id", rotation)
			.query(String.class)
			.single()).isEqualTo("FAIL/PASS");

		// a mis-entered retake is corrected with a reason and a ticked confirmation, by
		// the
		// department's coordinator only; the result follows and what it said is kept
		long version = this.jdbc.sql("select version from rotation where id = :id")
			.param("id", rotation)
			.query(Long.class)
			.single();
		correction(otherCoordinator, rotation, version, "2025-03-31", "57", "82", "录入错误", true)
			.andExpect(status().isForbidden());
		correction(coordinator, rotation, version, "2025-03-31", "57", "82", "录入错误", false)
			.andExpect(status().isConflict())
			.andExpect(content().string(containsString("请先勾选确认再更正考核")));
		correction(coordinator, rotation, version, "2025-03-31", "57", "82", " ", true).andExpect(status().isConflict())
			.andExpect(content().string(containsString("请填写更正原因")));
		assertThat(this.jdbc.sql("select count(*) from rotation_exam_correction where rotation_id = :id")
			.param("id", rotation)
			.query(Long.class)
			.single()).isZero();
		correction(coordinator, rotation, version, "2025-03-31", "57", "82", "理论成绩录入错误，应为 57 分", true)
			.andExpect(status().is3xxRedirection());
		assertThat(this.jdbc.sql("select exam_result || '/' || retake_result from rotation where id = :id")
			.param("id", rotation)
			.query(String.class)
			.single()).isEqualTo("FAIL/FAIL");
		assertThat(this.jdbc.sql(
				"select theory_score from rotation_assessment where rotation_id = :id and kind = 'EXIT_EXAM' and attempt = 2")
			.param("id", rotation)
			.query(BigDecimal.class)
			.single()).isEqualByComparingTo("57");
		assertThat(clinicalMonths(a)).isEqualTo("0.0 个月");
		this.mvc.perform(get("/rotations/" + rotation + "/assess").with(user(coordinator)))
			.andExpect(content()
				.string(containsString("补考：2025-03-31 理论 75 / 技能 82（合格）更正为 2025-03-31 理论 57 / 技能 82（不合格）")))
			.andExpect(content().string(containsString("原因：理论成绩录入错误，应为 57 分")));
		// a form shown before the correction is refused
		correction(coordinator, rotation, version, "2025-03-31", "75", "82", "再改", true)
			.andExpect(status().isConflict());
		this.mvc
			.perform(post("/rotations/" + rotation + "/assess").with(user(coordinator))
				.with(csrf())
				.param("kind", "MINI_CEX")
				.param("assessedOn", "2025-03-20")
				.param("communication", "7")
				.param("patientCare", "10"))
			.andExpect(status().is(422))
			.andExpect(content().string(containsString("评分为 1 到 9")));
		this.mvc.perform(get("/rotations/" + rotation + "/assess").with(user(coordinator)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"assessment-history\"")));
		this.mvc.perform(get("/rotations/" + rotation + "/assess").with(user(otherCoordinator)))
			.andExpect(status().isForbidden());
	}

	@Test
	void theWeekListShowsRotationsEndingWithoutTheirExam() throws Exception {
		String a = plannedStudent();
		java.time.LocalDate today = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Shanghai"));
		java.time.LocalDate monday = today.with(java.time.DayOfWeek.MONDAY);
		schedule(this.office, a, this.cardiology, monday.minusMonths(2).toString(), monday.plusDays(4).toString())
			.andExpect(status().is3xxRedirection());
		this.mvc.perform(get("/rotations/ending").with(user(this.office)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("data-student=\"" + a + "\"")));
		UserDetails otherOffice = this.fixtures
			.login(this.fixtures.account(Set.of(Role.HOSPITAL_OFFICE), this.fixtures.hospital(), null, null, null));
		this.mvc.perform(get("/rotations/ending").with(user(otherOffice)))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.not(containsString(a))));
		// a rotation that ended last month without its exam is overdue, on the page and
		// as an
		// urgent task of the office's home; a student no longer in training is not
		String b = plannedStudent();
		String left = plannedStudent();
		for (String no : List.of(b, left)) {
			recordedInCardiology(no, today.minusMonths(4), today.minusMonths(1));
		}
		this.jdbc.sql("update student set status = 'WITHDRAWN' where student_no = :no").param("no", left).update();
		// a rotation that ended yesterday is listed once, as overdue, even within this
		// week
		String yesterday = plannedStudent();
		recordedInCardiology(yesterday, today.minusMonths(2), today.minusDays(1));
		String thisWeek = this.mvc.perform(get("/rotations/ending").with(user(this.office)))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(thisWeek.split("data-student=\"" + yesterday + "\"", -1)).hasSize(2);
		assertThat(
				thisWeek.substring(thisWeek.indexOf("id=\"overdue-table\""), thisWeek.indexOf("id=\"ending-table\"")))
			.contains("data-student=\"" + yesterday + "\"");
		String page = this.mvc.perform(get("/rotations/ending?week=" + monday.plusWeeks(3)).with(user(this.office)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		String overdue = page.substring(page.indexOf("id=\"overdue-table\""), page.indexOf("id=\"ending-table\""));
		assertThat(overdue).contains("data-student=\"" + b + "\"").doesNotContain(left);
		assertThat(page.substring(page.indexOf("id=\"ending-table\""))).doesNotContain(b);
		this.mvc.perform(get("/").with(user(this.office)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("已结束，尚未登记出科考核成绩（已逾期）")));
		this.mvc.perform(get("/rotations/ending").with(user(otherOffice)))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.not(containsString(b))));
		this.mvc.perform(get("/rotations/occupancy?hospital=" + this.hospital).with(user(otherOffice)))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(get("/rotations/occupancy?hospital=" + this.hospital + "&year=" + monday.getYear())
				.with(user(this.office)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("data-department=\"D1\"")));
	}

	@Test
	void theCohortSchedulerProposesAndTheOfficeAcceptsAllOrNothing() throws Exception {
		String a = this.fixtures.student(this.hospital, this.supervisor);
		String b = this.fixtures.student(this.hospital, this.supervisor);
		this.mvc
			.perform(post("/rotations/cohort").with(user(this.office))
				.with(csrf())
				.param("hospital", this.hospital)
				.param("cohortYear", "2023")
				.param("firstMonth", "2030-01"))
			.andExpect(status().is3xxRedirection());
		long proposal = this.jdbc.sql("""
				select p.id from schedule_proposal p join hospital h on h.id = p.hospital_id where h.code = :h
				""").param("h", this.hospital).query(Long.class).single();
		this.mvc.perform(get("/rotations/proposals/" + proposal).with(user(this.office)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("data-student=\"" + a + "\"")))
			.andExpect(content().string(containsString("本院没有该科目的科室")));
		UserDetails otherOffice = this.fixtures
			.login(this.fixtures.account(Set.of(Role.HOSPITAL_OFFICE), this.fixtures.hospital(), null, null, null));
		this.mvc.perform(get("/rotations/proposals/" + proposal).with(user(otherOffice)))
			.andExpect(status().isForbidden());
		long placed = this.jdbc
			.sql("select count(*) from schedule_proposal_item where proposal_id = :p and department_id is not null")
			.param("p", proposal)
			.query(Long.class)
			.single();
		assertThat(placed).isGreaterThan(0);
		long leftOut = this.jdbc
			.sql("select min(id) from schedule_proposal_item where proposal_id = :p and department_id is not null")
			.param("p", proposal)
			.query(Long.class)
			.single();
		// accepting needs the ticked confirmation, checked after the caller's scope
		this.mvc
			.perform(post("/rotations/proposals/" + proposal + "/accept").with(user(otherOffice))
				.with(csrf())
				.param("version", "0")
				.param("confirm", "true"))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(post("/rotations/proposals/" + proposal + "/accept").with(user(this.office))
				.with(csrf())
				.param("version", "0")
				.param("leaveOut", Long.toString(leftOut)))
			.andExpect(status().isConflict())
			.andExpect(content().string(containsString("请先勾选“我已核对方案”再采纳")));
		assertThat(this.jdbc
			.sql("select count(*) from rotation r join student s on s.id = r.student_id where s.student_no in (:nos)")
			.param("nos", java.util.List.of(a, b))
			.query(Long.class)
			.single()).isZero();
		this.mvc
			.perform(post("/rotations/proposals/" + proposal + "/accept").with(user(this.office))
				.with(csrf())
				.param("version", "0")
				.param("confirm", "true")
				.param("leaveOut", Long.toString(leftOut)))
			.andExpect(status().is3xxRedirection());
		assertThat(this.jdbc.sql("""
				select count(*) from rotation r join student s on s.id = r.student_id where s.student_no in (:nos)
				""").param("nos", java.util.List.of(a, b)).query(Long.class).single()).isEqualTo(placed - 1);
		this.mvc
			.perform(post("/rotations/proposals/" + proposal + "/accept").with(user(this.office))
				.with(csrf())
				.param("version", "1")
				.param("confirm", "true"))
			.andExpect(status().isConflict());
		this.mvc.perform(get("/rotations/proposals/" + proposal).with(user(this.office)))
			.andExpect(content().string(containsString("2023 级排班方案")))
			.andExpect(content().string(org.hamcrest.Matchers.not(containsString("排班方案 · " + this.hospital))))
			.andExpect(content().string(containsString("已剔除")));
	}

	@Test
	void aLoaderWithoutALoginPlansSchedulesAndRecordsExamsWithTheSameChecks() {
		String a = this.fixtures.student(this.hospital, this.supervisor);
		String b = this.fixtures.student(this.hospital, this.supervisor);
		String c = this.fixtures.student(this.hospital, this.supervisor);
		Map<String, StudentKey> keys = this.context.getBean(StudentRegistry.class).keysByStudentNo(List.of(a, b, c));
		this.context.getBean(RotationPlans.class)
			.generateMissing(List.of(keys.get(a), keys.get(b), keys.get(c)), "研究生院培养办");
		// the hospital trains neither optional area of internal medicine: both are left
		// out, each with a line in the history
		assertThat(this.jdbc
			.sql("select actor || ' ' || change from rotation_plan_change where student_id = :s order by id")
			.param("s", keys.get(a).id())
			.query(String.class)
			.list()).containsExactly("研究生院培养办 generated:105101:28", "研究生院培养办 omitted:风湿病:2", "研究生院培养办 omitted:神经内科:3");

		RotationSchedule schedule = this.context.getBean(RotationSchedule.class);
		schedule.recordScheduled(new ScheduleCommand(a, this.emergency, LocalDate.of(2029, 1, 1),
				LocalDate.of(2029, 1, 31), false, null), "loader");
		schedule.recordScheduled(new ScheduleCommand(b, this.emergency, LocalDate.of(2029, 1, 15),
				LocalDate.of(2029, 2, 15), false, null), "loader");
		assertThatExceptionOfType(BusinessRuleException.class)
			.isThrownBy(() -> schedule.recordScheduled(new ScheduleCommand(c, this.emergency, LocalDate.of(2029, 1, 20),
					LocalDate.of(2029, 2, 20), false, null), "loader"))
			.satisfies((ex) -> assertThat(ex.getMessageKey()).isEqualTo("rotation.error.full"));
		assertThatExceptionOfType(BusinessRuleException.class)
			.isThrownBy(() -> schedule.recordScheduled(new ScheduleCommand(c, this.radiology, LocalDate.of(2029, 1, 1),
					LocalDate.of(2029, 1, 31), false, null), "loader"))
			.satisfies((ex) -> assertThat(ex.getMessageKey()).isEqualTo("rotation.error.outsidePlan"));
		assertThat(this.jdbc.sql("select string_agg(distinct recorded_by, ',') from rotation where department_id = :d")
			.param("d", this.emergency)
			.query(String.class)
			.single()).isEqualTo("loader");
		assertThat(count(this.emergency)).isEqualTo(2);

		ResidencyExams exams = this.context.getBean(ResidencyExams.class);
		long student = keys.get(a).id();
		assertThatExceptionOfType(BusinessRuleException.class)
			.isThrownBy(() -> exams.recordSitting(student, SchoolTime.today().plusDays(1), ExamResult.PASS,
					ExamResult.PASS, null, null, null, "医院教育处"))
			.satisfies((ex) -> assertThat(ex.getMessageKey()).isEqualTo("residencyExam.error.date"));
		exams.recordSitting(student, LocalDate.of(2026, 6, 12), ExamResult.PASS, ExamResult.FAIL,
				BigDecimal.valueOf(74), BigDecimal.valueOf(52), "技能考核第三站未通过", "医院教育处");
		assertThat(this.jdbc.sql("select skills_result || ' ' || recorded_by from residency_exam where student_id = :s")
			.param("s", student)
			.query(String.class)
			.single()).isEqualTo("FAIL 医院教育处");
	}

	private String plannedStudent() throws Exception {
		String studentNo = this.fixtures.student(this.hospital, this.supervisor);
		this.mvc.perform(post("/students/" + studentNo + "/rotation-plan").with(user(this.office)).with(csrf()))
			.andExpect(status().is3xxRedirection());
		return studentNo;
	}

	private ResultActions schedule(UserDetails who, String studentNo, long department, String start, String end)
			throws Exception {
		return this.mvc.perform(post("/students/" + studentNo + "/rotations").with(user(who))
			.with(csrf())
			.param("departmentId", Long.toString(department))
			.param("startDate", start)
			.param("endDate", end));
	}

	private ResultActions correction(UserDetails who, long rotation, long version, String on, String theory,
			String skills, String reason, boolean confirm) throws Exception {
		return this.mvc.perform(post("/rotations/" + rotation + "/exam-correction").with(user(who))
			.with(csrf())
			.param("version", Long.toString(version))
			.param("assessedOn", on)
			.param("theoryScore", theory)
			.param("skillsScore", skills)
			.param("reason", reason)
			.param("confirm", Boolean.toString(confirm)));
	}

	private ResultActions exam(UserDetails who, long rotation, String theory, String skills) throws Exception {
		return exam(who, rotation, theory, skills, "2025-03-28");
	}

	private ResultActions exam(UserDetails who, long rotation, String theory, String skills, String on)
			throws Exception {
		return this.mvc.perform(post("/rotations/" + rotation + "/assess").with(user(who))
			.with(csrf())
			.param("kind", "EXIT_EXAM")
			.param("assessedOn", on)
			.param("theoryScore", theory)
			.param("skillsScore", skills));
	}

	private String clinicalMonths(String studentNo) throws Exception {
		String html = this.mvc.perform(get("/students/" + studentNo + "/rotations").with(user(this.office)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		Matcher matcher = Pattern
			.compile("data-rule=\"CLINICAL_MONTHS\".*?fs-4 fw-semibold\">([^<]*)</div>", Pattern.DOTALL)
			.matcher(html);
		assertThat(matcher.find()).as("clinical months card").isTrue();
		return matcher.group(1).trim();
	}

	private long department(String code) {
		return this.jdbc.sql(
				"select d.id from department d join hospital h on h.id = d.hospital_id where h.code = :h and d.code = :c")
			.param("h", this.hospital)
			.param("c", code)
			.query(Long.class)
			.single();
	}

	private long count(long department) {
		return this.jdbc.sql("select count(*) from rotation where department_id = :d")
			.param("d", department)
			.query(Long.class)
			.single();
	}

	/**
	 * Records a rotation in cardiology as an import would: no scheduling checks, no exam.
	 */
	private void recordedInCardiology(String studentNo, java.time.LocalDate start, java.time.LocalDate end) {
		this.jdbc.sql("""
				insert into rotation (student_id, department_id, start_date, end_date, recorded_by)
				select id, :d, :start, :end, 'test' from student where student_no = :no""")
			.param("d", this.cardiology)
			.param("start", start)
			.param("end", end)
			.param("no", studentNo)
			.update();
	}

}
