package com.clinigrad.rotations;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import com.clinigrad.accounts.Role;
import com.clinigrad.organization.Organization;
import com.clinigrad.shared.SchoolTime;
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
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.ResultActions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Cancelling a rotation asks once, naming what happens to the schedule, the exam, the
 * department's place and the plan, needs a reason and keeps it in the history; a
 * cancelled rotation is restored (with a reason) only while its dates are free; nobody
 * but the student's hospital office and the graduate school does either; and the exam
 * comments the coordinator writes show wherever the exam result does.
 */
@SpringBootTest
@AutoConfigureMockMvc
class RotationCancellationTests {

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

	@BeforeEach
	void hospitalWithAOnePlaceEmergency() {
		this.fixtures = Fixtures.in(this.context);
		this.hospital = this.fixtures.hospital();
		this.context.getBean(Organization.class).upsertDepartment(this.hospital, "EM", "急诊科", null, 20, 1);
		this.cardiology = department("D1");
		this.emergency = department("EM");
		this.supervisor = this.fixtures.supervisor(this.hospital);
		this.office = this.fixtures
			.login(this.fixtures.account(Set.of(Role.HOSPITAL_OFFICE), this.hospital, null, null, null));
	}

	@Test
	void cancellingNamesTheConsequenceNeedsAReasonFreesThePlaceAndCanBeCorrected() throws Exception {
		String a = plannedStudent();
		String b = plannedStudent();
		schedule(a, this.emergency, "2030-01-01", "2030-03-31").andExpect(status().is3xxRedirection());
		schedule(b, this.emergency, "2030-02-01", "2030-02-28").andExpect(status().isConflict());
		long rotation = rotationOf(a, this.emergency);

		this.mvc.perform(get("/students/" + a + "/rotations").with(user(this.office)))
			.andExpect(content().string(containsString("/rotations/" + rotation + "/cancel\"")));
		this.mvc.perform(get("/students/" + a + "/rotations/" + rotation + "/cancel").with(user(this.office)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("2030-01-01 至 2030-03-31 在急诊科的轮转从排班中撤下")))
			.andExpect(content().string(containsString("急诊科在这段时间空出一个名额（容量 1 人）")))
			.andExpect(content().string(containsString("不再安排出科考核")))
			.andExpect(content().string(containsString("“急诊科”已安排的月数减少 3 个月")))
			.andExpect(content().string(containsString("id=\"status-change-form\"")));

		// no reason: refused, nothing changes
		change(this.office, a, rotation, "cancel", version(rotation), "").andExpect(status().is(422))
			.andExpect(content().string(containsString("请填写原因")));
		// a reason too long is refused and kept in the form
		String tooLong = "因".repeat(501);
		change(this.office, a, rotation, "cancel", version(rotation), tooLong).andExpect(status().is(422))
			.andExpect(content().string(containsString(tooLong)));
		// a confirmation shown before a change is stale
		change(this.office, a, rotation, "cancel", version(rotation) + 1, "学生申请推迟").andExpect(status().isConflict());
		assertThat(statusOf(rotation)).isEqualTo("SCHEDULED");

		change(this.office, a, rotation, "cancel", version(rotation), "学生因病休学三个月，轮转顺延")
			.andExpect(status().is3xxRedirection());
		assertThat(statusOf(rotation)).isEqualTo("CANCELLED");
		// the place is free again
		schedule(b, this.emergency, "2030-02-01", "2030-02-28").andExpect(status().is3xxRedirection());

		UserDetails student = this.fixtures.login(this.fixtures.account(Set.of(Role.STUDENT), null, null, null, a));
		this.mvc.perform(get("/students/" + a + "/rotations").with(user(student)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("已取消的轮转")))
			.andExpect(content().string(containsString("原因：学生因病休学三个月，轮转顺延")))
			.andExpect(content().string(not(containsString("/restore\""))));

		// restoring needs the place: b holds it now
		String restorePage = "/students/" + a + "/rotations/" + rotation + "/restore";
		MvcResult refusedRestore = this.mvc
			.perform(post(restorePage).with(user(this.office))
				.with(csrf())
				.header("Referer", restorePage)
				.param("version", Long.toString(version(rotation)))
				.param("reason", "误操作，恢复原安排"))
			.andExpect(redirectedUrl(restorePage))
			.andReturn();
		this.mvc.perform(get(restorePage).flashAttrs(refusedRestore.getFlashMap()).with(user(this.office)))
			.andExpect(content().string(containsString("急诊科 在 2030-02-01 已满员（容量 1）")))
			.andExpect(content().string(containsString("误操作，恢复原安排")));
		long other = rotationOf(b, this.emergency);
		change(this.office, b, other, "cancel", version(other), "让出名额").andExpect(status().is3xxRedirection());
		change(this.office, a, rotation, "restore", version(rotation), "误操作，恢复原安排")
			.andExpect(status().is3xxRedirection());
		assertThat(statusOf(rotation)).isEqualTo("SCHEDULED");
		this.mvc.perform(get("/students/" + a + "/rotations").with(user(student)))
			.andExpect(content().string(containsString("取消轮转：急诊科 2030-01-01 至 2030-03-31。原因：学生因病休学三个月，轮转顺延")))
			.andExpect(content().string(containsString("恢复轮转：急诊科 2030-01-01 至 2030-03-31。原因：误操作，恢复原安排")));
		assertThat(this.jdbc.sql("select count(*) from rotation_status_change where rotation_id = :r")
			.param("r", rotation)
			.query(Long.class)
			.single()).isEqualTo(2);
	}

	@Test
	void aCancelledRotationWhoseDatesWereTakenIsNotRestored() throws Exception {
		String a = plannedStudent();
		schedule(a, this.cardiology, "2031-01-01", "2031-01-31").andExpect(status().is3xxRedirection());
		long rotation = rotationOf(a, this.cardiology);
		change(this.office, a, rotation, "cancel", version(rotation), "改到急诊科").andExpect(status().is3xxRedirection());
		schedule(a, this.emergency, "2031-01-10", "2031-02-20").andExpect(status().is3xxRedirection());
		change(this.office, a, rotation, "restore", version(rotation), "恢复").andExpect(status().isConflict())
			.andExpect(content().string(containsString("这段时间已另行安排：该学生 2031-01-10 至 2031-02-20 在 急诊科 轮转")));
		// the same department and first day can be scheduled anew
		long emergencyRotation = rotationOf(a, this.emergency);
		change(this.office, a, emergencyRotation, "cancel", version(emergencyRotation), "改回心内科")
			.andExpect(status().is3xxRedirection());
		schedule(a, this.cardiology, "2031-01-01", "2031-01-31").andExpect(status().is3xxRedirection());
		assertThat(statusOf(rotation)).isEqualTo("CANCELLED");
	}

	@Test
	void onlyTheStudentsHospitalOfficeAndTheSchoolCancelOrRestore() throws Exception {
		String a = plannedStudent();
		String b = plannedStudent();
		schedule(a, this.cardiology, "2032-01-01", "2032-01-31").andExpect(status().is3xxRedirection());
		long rotation = rotationOf(a, this.cardiology);
		UserDetails student = this.fixtures.login(this.fixtures.account(Set.of(Role.STUDENT), null, null, null, a));
		UserDetails anotherStudent = this.fixtures
			.login(this.fixtures.account(Set.of(Role.STUDENT), null, null, null, b));
		UserDetails ownSupervisor = this.fixtures
			.login(this.fixtures.account(Set.of(Role.SUPERVISOR), null, null, this.supervisor, null));
		UserDetails coordinator = this.fixtures
			.login(this.fixtures.account(Set.of(Role.DEPT_COORDINATOR), this.hospital, "D1", null, null));
		UserDetails otherOffice = this.fixtures
			.login(this.fixtures.account(Set.of(Role.HOSPITAL_OFFICE), this.fixtures.hospital(), null, null, null));
		// those who may not plan are refused; those who could plan but do not see the
		// student (another student, another hospital's office) are told nothing
		for (UserDetails forbidden : List.of(student, ownSupervisor, coordinator)) {
			this.mvc.perform(get("/students/" + a + "/rotations/" + rotation + "/cancel").with(user(forbidden)))
				.andExpect(status().isForbidden());
			change(forbidden, a, rotation, "cancel", version(rotation), "想换科室").andExpect(status().isForbidden());
		}
		for (UserDetails stranger : List.of(anotherStudent, otherOffice)) {
			this.mvc.perform(get("/students/" + a + "/rotations/" + rotation + "/cancel").with(user(stranger)))
				.andExpect(status().isNotFound());
			change(stranger, a, rotation, "cancel", version(rotation), "想换科室").andExpect(status().isNotFound());
		}
		// a rotation of another student through this student's address
		schedule(b, this.emergency, "2032-03-01", "2032-03-31").andExpect(status().is3xxRedirection());
		long others = rotationOf(b, this.emergency);
		change(this.office, a, others, "cancel", version(others), "错号").andExpect(status().isNotFound());
		assertThat(statusOf(rotation)).isEqualTo("SCHEDULED");
		assertThat(statusOf(others)).isEqualTo("SCHEDULED");

		UserDetails school = this.fixtures.login(this.fixtures.account(Role.GRAD_SCHOOL));
		change(school, a, rotation, "cancel", version(rotation), "研究生院统一调整").andExpect(status().is3xxRedirection());
		change(student, a, rotation, "restore", version(rotation), "我想恢复").andExpect(status().isForbidden());
		change(coordinator, a, rotation, "restore", version(rotation), "恢复").andExpect(status().isForbidden());
		assertThat(statusOf(rotation)).isEqualTo("CANCELLED");
	}

	@Test
	void aStartedRotationIsNotCancelledAndACancelledOneIsNotAssessed() throws Exception {
		String a = plannedStudent();
		LocalDate today = SchoolTime.today();
		schedule(a, this.cardiology, today.minusDays(10).toString(), today.plusDays(20).toString())
			.andExpect(status().is3xxRedirection());
		long rotation = rotationOf(a, this.cardiology);
		this.mvc.perform(get("/students/" + a + "/rotations").with(user(this.office)))
			.andExpect(content().string(not(containsString("/rotations/" + rotation + "/cancel\""))));
		this.mvc.perform(get("/students/" + a + "/rotations/" + rotation + "/cancel").with(user(this.office)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"change-not-allowed\"")))
			.andExpect(content().string(not(containsString("id=\"status-change-form\""))));
		change(this.office, a, rotation, "cancel", version(rotation), "想取消").andExpect(status().isConflict())
			.andExpect(content().string(containsString("轮转已开始，不能再取消")));

		this.jdbc.sql("update rotation set status = 'CANCELLED' where id = :id").param("id", rotation).update();
		UserDetails coordinator = this.fixtures
			.login(this.fixtures.account(Set.of(Role.DEPT_COORDINATOR), this.hospital, "D1", null, null));
		this.mvc
			.perform(post("/rotations/" + rotation + "/assess").with(user(coordinator))
				.with(csrf())
				.param("kind", "EXIT_EXAM")
				.param("assessedOn", today.toString())
				.param("theoryScore", "80")
				.param("skillsScore", "80"))
			.andExpect(status().isConflict())
			.andExpect(content().string(containsString("该轮转已取消，不能记录考核")));
	}

	@Test
	void aStartedRotationEndsEarlierOrLaterWithAReasonAndTheHistoryKeepsBothLastDays() throws Exception {
		String a = plannedStudent();
		LocalDate today = SchoolTime.today();
		schedule(a, this.cardiology, today.minusDays(10).toString(), today.plusDays(20).toString())
			.andExpect(status().is3xxRedirection());
		long rotation = rotationOf(a, this.cardiology);
		this.mvc.perform(get("/students/" + a + "/rotations").with(user(this.office)))
			.andExpect(content().string(containsString("/rotations/" + rotation + "/end\"")));
		this.mvc.perform(get("/students/" + a + "/rotations/" + rotation + "/end").with(user(this.office)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"change-end-form\"")))
			.andExpect(content().string(containsString("min=\"" + today.minusDays(10) + "\"")));
		UserDetails student = this.fixtures.login(this.fixtures.account(Set.of(Role.STUDENT), null, null, null, a));
		UserDetails otherOffice = this.fixtures
			.login(this.fixtures.account(Set.of(Role.HOSPITAL_OFFICE), this.fixtures.hospital(), null, null, null));
		changeEnd(student, a, rotation, version(rotation), today.plusDays(5), "请假", true)
			.andExpect(status().isForbidden());
		changeEnd(otherOffice, a, rotation, version(rotation), today.plusDays(5), "请假", true)
			.andExpect(status().isNotFound());
		changeEnd(this.office, a, rotation, version(rotation), today.plusDays(5), "请假", false)
			.andExpect(status().isConflict())
			.andExpect(content().string(containsString("请先勾选确认再调整结束日期")));
		changeEnd(this.office, a, rotation, version(rotation), today.plusDays(20), "请假", true)
			.andExpect(status().isConflict())
			.andExpect(content().string(containsString("新的结束日期应不早于开始日期")));
		assertThat(endOf(rotation)).isEqualTo(today.plusDays(20));

		long shown = version(rotation);
		changeEnd(this.office, a, rotation, shown, today.plusDays(5), "病假，提前出科", true)
			.andExpect(status().is3xxRedirection());
		assertThat(endOf(rotation)).isEqualTo(today.plusDays(5));
		this.mvc.perform(get("/students/" + a + "/rotations").with(user(this.office)))
			.andExpect(content().string(containsString("提前结束轮转：心内科 改为 " + today.minusDays(10) + " 至 "
					+ today.plusDays(5) + "（原至 " + today.plusDays(20) + "）。原因：病假，提前出科")));
		// a form shown before the change is refused
		changeEnd(this.office, a, rotation, shown, today.plusDays(3), "再提前", true).andExpect(status().isConflict());

		// later again: the added days must be free for the student ...
		schedule(a, this.emergency, today.plusDays(40).toString(), today.plusDays(60).toString())
			.andExpect(status().is3xxRedirection());
		changeEnd(this.office, a, rotation, version(rotation), today.plusDays(45), "病假后补足", true)
			.andExpect(status().isConflict())
			.andExpect(content().string(containsString("已在 急诊科 轮转")));
		changeEnd(this.office, a, rotation, version(rotation), today.plusDays(30), "病假后补足", true)
			.andExpect(status().is3xxRedirection());
		assertThat(endOf(rotation)).isEqualTo(today.plusDays(30));
		this.mvc.perform(get("/students/" + a + "/rotations").with(user(this.office)))
			.andExpect(content().string(containsString("延长轮转：心内科 改为 " + today.minusDays(10) + " 至 " + today.plusDays(30)
					+ "（原至 " + today.plusDays(5) + "）。原因：病假后补足")));

		// ... and the department must have a place on each of them (emergency holds one)
		String b = plannedStudent();
		String c = plannedStudent();
		schedule(b, this.emergency, today.minusDays(5).toString(), today.plusDays(10).toString())
			.andExpect(status().is3xxRedirection());
		schedule(c, this.emergency, today.plusDays(11).toString(), today.plusDays(20).toString())
			.andExpect(status().is3xxRedirection());
		long bs = rotationOf(b, this.emergency);
		changeEnd(this.office, b, bs, version(bs), today.plusDays(12), "补足", true).andExpect(status().isConflict())
			.andExpect(content().string(containsString("急诊科 在 " + today.plusDays(11) + " 已满员（容量 1）")));
		assertThat(endOf(bs)).isEqualTo(today.plusDays(10));
	}

	private LocalDate endOf(long rotation) {
		return this.jdbc.sql("select end_date from rotation where id = :id")
			.param("id", rotation)
			.query(LocalDate.class)
			.single();
	}

	private ResultActions changeEnd(UserDetails who, String studentNo, long rotation, long version, LocalDate end,
			String reason, boolean confirm) throws Exception {
		return this.mvc.perform(post("/students/" + studentNo + "/rotations/" + rotation + "/end").with(user(who))
			.with(csrf())
			.param("version", Long.toString(version))
			.param("endDate", end.toString())
			.param("reason", reason)
			.param("confirm", Boolean.toString(confirm)));
	}

	@Test
	void theCoordinatorsExamCommentShowsWhereverTheExamResultDoes() throws Exception {
		String a = plannedStudent();
		LocalDate today = SchoolTime.today();
		schedule(a, this.cardiology, today.minusMonths(2).toString(), today.minusDays(1).toString())
			.andExpect(status().is3xxRedirection());
		long rotation = rotationOf(a, this.cardiology);
		UserDetails coordinator = this.fixtures
			.login(this.fixtures.account(Set.of(Role.DEPT_COORDINATOR), this.hospital, "D1", null, null));
		exam(coordinator, rotation, "55", "80", "心电图判读薄弱，需加强", today.minusDays(3))
			.andExpect(status().is3xxRedirection());
		exam(coordinator, rotation, "78", "85", "补考通过，判读明显进步", today.minusDays(1))
			.andExpect(status().is3xxRedirection());

		UserDetails student = this.fixtures.login(this.fixtures.account(Set.of(Role.STUDENT), null, null, null, a));
		UserDetails ownSupervisor = this.fixtures
			.login(this.fixtures.account(Set.of(Role.SUPERVISOR), null, null, this.supervisor, null));
		for (UserDetails viewer : List.of(student, ownSupervisor, this.office)) {
			String html = this.mvc.perform(get("/students/" + a + "/rotations").with(user(viewer)))
				.andExpect(status().isOk())
				.andReturn()
				.getResponse()
				.getContentAsString();
			String table = html.substring(html.indexOf("id=\"rotation-table\""),
					html.indexOf("</table>", html.indexOf("id=\"rotation-table\"")));
			assertThat(table).contains("评语：心电图判读薄弱，需加强").contains("评语：补考通过，判读明显进步");
		}
		this.mvc.perform(get("/rotations/department").with(user(coordinator)))
			.andExpect(content().string(containsString("评语：心电图判读薄弱，需加强")))
			.andExpect(content().string(containsString("评语：补考通过，判读明显进步")));
		this.mvc.perform(get("/rotations/" + rotation + "/assess").with(user(coordinator)))
			.andExpect(content().string(containsString("id=\"exam-comments\"")))
			.andExpect(content().string(containsString("评语：补考通过，判读明显进步")));
		this.mvc.perform(get("/students/" + a + "/rotations").with(user(this.office)).param("lang", "en"))
			.andExpect(content().string(containsString("Comment: 心电图判读薄弱，需加强")));
		UserDetails anotherStudent = this.fixtures
			.login(this.fixtures.account(Set.of(Role.STUDENT), null, null, null, plannedStudent()));
		this.mvc.perform(get("/students/" + a + "/rotations").with(user(anotherStudent)))
			.andExpect(status().isNotFound());
	}

	private String plannedStudent() throws Exception {
		String studentNo = this.fixtures.student(this.hospital, this.supervisor);
		this.mvc.perform(post("/students/" + studentNo + "/rotation-plan").with(user(this.office)).with(csrf()))
			.andExpect(status().is3xxRedirection());
		return studentNo;
	}

	private ResultActions schedule(String studentNo, long department, String start, String end) throws Exception {
		return this.mvc.perform(post("/students/" + studentNo + "/rotations").with(user(this.office))
			.with(csrf())
			.param("departmentId", Long.toString(department))
			.param("startDate", start)
			.param("endDate", end));
	}

	private ResultActions change(UserDetails who, String studentNo, long rotation, String action, long version,
			String reason) throws Exception {
		return this.mvc.perform(post("/students/" + studentNo + "/rotations/" + rotation + "/" + action).with(user(who))
			.with(csrf())
			.param("version", Long.toString(version))
			.param("reason", reason));
	}

	private ResultActions exam(UserDetails who, long rotation, String theory, String skills, String comments,
			LocalDate on) throws Exception {
		return this.mvc.perform(post("/rotations/" + rotation + "/assess").with(user(who))
			.with(csrf())
			.param("kind", "EXIT_EXAM")
			.param("assessedOn", on.toString())
			.param("theoryScore", theory)
			.param("skillsScore", skills)
			.param("comments", comments));
	}

	private long rotationOf(String studentNo, long department) {
		return this.jdbc.sql("""
				select r.id from rotation r join student s on s.id = r.student_id
				where s.student_no = :no and r.department_id = :d order by r.id desc limit 1
				""").param("no", studentNo).param("d", department).query(Long.class).single();
	}

	private long version(long rotation) {
		return this.jdbc.sql("select version from rotation where id = :id")
			.param("id", rotation)
			.query(Long.class)
			.single();
	}

	private String statusOf(long rotation) {
		return this.jdbc.sql("select status from rotation where id = :id")
			.param("id", rotation)
			.query(String.class)
			.single();
	}

	private long department(String code) {
		return this.jdbc.sql(
				"select d.id from department d join hospital h on h.id = d.hospital_id where h.code = :h and d.code = :c")
			.param("h", this.hospital)
			.param("c", code)
			.query(Long.class)
			.single();
	}

}
