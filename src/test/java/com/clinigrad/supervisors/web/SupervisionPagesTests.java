package com.clinigrad.supervisors.web;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import com.clinigrad.accounts.Role;
import com.clinigrad.shared.SchoolTime;
import com.clinigrad.students.StudentRegistry;
import com.clinigrad.supervisors.AbsenceCommand;
import com.clinigrad.supervisors.GroupCommand;
import com.clinigrad.supervisors.SupervisorAbsences;
import com.clinigrad.supervisors.SupervisorCommand;
import com.clinigrad.supervisors.SupervisorDirectory;
import com.clinigrad.supervisors.SupervisorGroups;
import com.clinigrad.supervisors.TitleLevel;
import com.clinigrad.support.EventsInFlight;
import com.clinigrad.support.Fixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Dual supervisors, supervisor groups and deputies: who may see and do what, the title
 * rule and the deputy rule refused with the rule named, and a deputyship that ends by its
 * dates.
 */
@SpringBootTest
@AutoConfigureMockMvc
class SupervisionPagesTests {

	@Autowired
	StudentRegistry registry;

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	@Autowired
	SupervisorAbsences absences;

	@Autowired
	SupervisorGroups groups;

	@Autowired
	JdbcClient jdbc;

	Fixtures fixtures;

	String hospital;

	String otherHospital;

	String supervisor;

	String deputy;

	String student;

	String supervisorLogin;

	String deputyLogin;

	LocalDate today;

	@BeforeEach
	void createData() {
		this.fixtures = Fixtures.in(this.context);
		this.today = SchoolTime.today();
		this.hospital = this.fixtures.hospital();
		this.otherHospital = this.fixtures.hospital();
		this.supervisor = this.fixtures.supervisor(this.hospital);
		this.deputy = this.fixtures.supervisor(this.hospital);
		this.student = this.fixtures.student(this.hospital, this.supervisor);
		this.supervisorLogin = this.fixtures.account(Set.of(Role.SUPERVISOR), null, null, this.supervisor, null);
		this.deputyLogin = this.fixtures.account(Set.of(Role.SUPERVISOR), null, null, this.deputy, null);
	}

	@Test
	void aDeputySeesTheStudentsOnlyDuringThePeriod() throws Exception {
		this.mvc.perform(get("/students/" + this.student).with(user(this.fixtures.login(this.deputyLogin))))
			.andExpect(status().isNotFound());
		assertThat(actsAsSupervisor(this.deputyLogin)).isFalse();
		this.absences.recordAs(new AbsenceCommand(this.supervisor, "美国", null, this.today.minusDays(10),
				this.today.plusDays(10), this.deputy), "test");
		this.mvc.perform(get("/students/" + this.student).with(user(this.fixtures.login(this.deputyLogin))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("clinical-supervisor")))
			// the page names who acts for the absent supervisor
			.andExpect(content()
				.string(containsString("<span class=\"fw-semibold deputy-name\">导师" + this.deputy + "</span>")));
		this.mvc.perform(get("/students").with(user(this.fixtures.login(this.deputyLogin))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(this.student)))
			// and the list says whose students it includes, and until when
			.andExpect(content().string(containsString("id=\"covering\"")))
			.andExpect(content().string(containsString("导师" + this.supervisor)))
			.andExpect(content().string(containsString("（至 " + this.today.plusDays(10) + "）")));
		assertThat(actsAsSupervisor(this.deputyLogin)).as("the deputy acts for the student (thesis, waivers)").isTrue();
	}

	private boolean actsAsSupervisor(String username) {
		UserDetails login = this.fixtures.login(username);
		SecurityContextHolder.getContext()
			.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(login, null, login.getAuthorities()));
		try {
			return this.registry.supervisedByCaller(this.student);
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}

	@Test
	void aDeputyLosesAccessOnceThePeriodHasEnded() throws Exception {
		this.absences.recordAs(new AbsenceCommand(this.supervisor, "英国", null, this.today.minusDays(40),
				this.today.minusDays(1), this.deputy), "test");
		this.absences.recordAs(new AbsenceCommand(this.supervisor, "日本", null, this.today.plusDays(1),
				this.today.plusDays(20), this.deputy), "test");
		this.mvc.perform(get("/students/" + this.student).with(user(this.fixtures.login(this.deputyLogin))))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/students").with(user(this.fixtures.login(this.deputyLogin))))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString(this.student))))
			.andExpect(content().string(not(containsString("id=\"covering\""))));
		assertThat(actsAsSupervisor(this.deputyLogin)).isFalse();
		// the ended one stays as history in the deputy's list
		this.mvc
			.perform(get("/supervisor-absences").param("state", "ENDED")
				.with(user(this.fixtures.login(this.deputyLogin))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("英国")))
			.andExpect(content().string(not(containsString("日本"))));
	}

	@Test
	void anEmptyAbsenceFormSaysWhatIsMissingInThePagesLanguageNotTheValidatorsDefaults() throws Exception {
		for (String[] language : new String[][] { { "zh_CN", "必填", "不能为" }, { "en", "Required", "must not be" } }) {
			this.mvc
				.perform(post("/supervisor-absences/new").param("lang", language[0])
					.with(csrf())
					.with(user(this.fixtures.login(this.supervisorLogin)))
					.param("supervisorStaffNo", this.supervisor)
					.param("destination", "")
					.param("purpose", "x".repeat(501)))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString(language[1])))
				.andExpect(content().string(not(containsString(language[2]))))
				.andExpect(content().string(containsString("en".equals(language[0])
						? "Must be between 0 and 500 characters long" : "长度应在 0 到 500 个字符之间")));
		}
	}

	@Test
	void aSupervisorCannotRecordAnAbsenceForAnother() throws Exception {
		this.mvc
			.perform(post("/supervisor-absences/new").with(csrf())
				.with(user(this.fixtures.login(this.deputyLogin)))
				.param("supervisorStaffNo", this.supervisor)
				.param("destination", "法国")
				.param("leavesOn", this.today.toString())
				.param("returnsOn", this.today.plusDays(10).toString())
				.param("deputyStaffNo", this.deputy))
			.andExpect(status().isForbidden());
		assertThat(this.jdbc
			.sql("select count(*) from supervisor_absence a join supervisor s on s.id = a.supervisor_id"
					+ " where s.staff_no = :s")
			.param("s", this.supervisor)
			.query(Long.class)
			.single()).isZero();
		String studentLogin = this.fixtures.account(Set.of(Role.STUDENT), null, null, null, this.student);
		this.mvc.perform(get("/supervisor-absences/new").with(user(this.fixtures.login(studentLogin))))
			.andExpect(status().isForbidden());
	}

	@Test
	void aLongAbsenceWhileAStudentRotatesIsRefusedWithoutADeputy() throws Exception {
		this.jdbc.sql("""
				insert into rotation (student_id, department_id, start_date, end_date, recorded_by)
				values (:s, (select d.id from department d join hospital h on h.id = d.hospital_id
				             where h.code = :h and d.code = 'D1'), :start, :end, 'test')""")
			.param("s", this.fixtures.studentId(this.student))
			.param("h", this.hospital)
			.param("start", this.today.plusMonths(2))
			.param("end", this.today.plusMonths(3))
			.update();
		LocalDate leaves = this.today.plusDays(7);
		this.mvc
			.perform(post("/supervisor-absences/new").with(csrf())
				.with(user(this.fixtures.login(this.supervisorLogin)))
				.header("Referer", "/supervisor-absences/new")
				.param("supervisorStaffNo", this.supervisor)
				.param("destination", "德国")
				.param("leavesOn", leaves.toString())
				.param("returnsOn", leaves.plusMonths(6).plusDays(1).toString()))
			.andExpect(redirectedUrl("/supervisor-absences/new"))
			.andExpect(flash().attribute("flashError", "absence.error.deputyRequired"));
		// exactly six months needs none
		this.mvc
			.perform(post("/supervisor-absences/new").with(csrf())
				.with(user(this.fixtures.login(this.supervisorLogin)))
				.param("supervisorStaffNo", this.supervisor)
				.param("destination", "德国")
				.param("leavesOn", leaves.toString())
				.param("returnsOn", leaves.plusMonths(6).toString()))
			.andExpect(redirectedUrl("/supervisor-absences"));
		// with a deputy, the deputy and the student are told
		String studentLogin = this.fixtures.account(Set.of(Role.STUDENT), null, null, null, this.student);
		this.mvc
			.perform(post("/supervisor-absences/new").with(csrf())
				.with(user(this.fixtures.login(this.supervisorLogin)))
				.param("supervisorStaffNo", this.supervisor)
				.param("destination", "德国")
				.param("leavesOn", leaves.toString())
				.param("returnsOn", leaves.plusMonths(8).toString())
				.param("deputyStaffNo", this.deputy))
			.andExpect(redirectedUrl("/supervisor-absences"));
		EventsInFlight.awaitNone(this.jdbc, Duration.ofSeconds(20));
		assertThat(told(this.deputyLogin)).isEqualTo(1);
		assertThat(told(studentLogin)).isEqualTo(1);
	}

	@Test
	void aDeputyMustBeQualifiedAndPresentForTheWholeAbsence() throws Exception {
		// a colleague without a supervisor qualification
		String unqualified = this.fixtures.unique("S");
		this.context.getBean(SupervisorDirectory.class)
			.upsert(new SupervisorCommand(unqualified, "医师" + unqualified, TitleLevel.ASSOCIATE_SENIOR, false, false,
					null, this.hospital, false, 1980, null, null));
		LocalDate leaves = this.today.plusDays(30);
		recordTrip(leaves, leaves.plusDays(20), unqualified).andExpect(redirectedUrl("/supervisor-absences/new"))
			.andExpect(flash().attribute("flashError", "absence.error.deputyNotQualified"));
		// the qualified colleague is abroad themself for part of the period
		this.absences.recordAs(
				new AbsenceCommand(this.deputy, "法国", null, leaves.plusDays(15), leaves.plusDays(40), null), "test");
		recordTrip(leaves, leaves.plusDays(20), this.deputy).andExpect(redirectedUrl("/supervisor-absences/new"))
			.andExpect(flash().attribute("flashError", "absence.error.deputyAway"));
		// a day before the colleague leaves, they can stand in
		recordTrip(leaves, leaves.plusDays(14), this.deputy).andExpect(redirectedUrl("/supervisor-absences"));
		assertThat(this.jdbc
			.sql("select count(*) from supervisor_absence a join supervisor s on s.id = a.supervisor_id"
					+ " where s.staff_no = :s")
			.param("s", this.supervisor)
			.query(Long.class)
			.single()).isOne();
	}

	private org.springframework.test.web.servlet.ResultActions recordTrip(LocalDate leaves, LocalDate returns,
			String deputyStaffNo) throws Exception {
		return this.mvc.perform(post("/supervisor-absences/new").with(csrf())
			.with(user(this.fixtures.login(this.supervisorLogin)))
			.header("Referer", "/supervisor-absences/new")
			.param("supervisorStaffNo", this.supervisor)
			.param("destination", "日本")
			.param("leavesOn", leaves.toString())
			.param("returnsOn", returns.toString())
			.param("deputyStaffNo", deputyStaffNo));
	}

	private long told(String username) {
		return this.jdbc.sql("""
				select count(*) from notification n join user_account a on a.id = n.account_id
				where a.username = :u and n.kind = 'DEPUTY_APPOINTED'""")
			.param("u", username)
			.query(Long.class)
			.single();
	}

	@Test
	void aGroupMemberMustMeetTheTitleRule() throws Exception {
		String junior = this.fixtures.unique("S");
		this.context.getBean(SupervisorDirectory.class)
			.upsert(new SupervisorCommand(junior, "讲师" + junior, TitleLevel.INTERMEDIATE, false, true, null,
					this.hospital, false, 1988, null, null));
		String grad = this.fixtures.account(Role.GRAD_SCHOOL);
		String code = this.fixtures.unique("G");
		this.mvc
			.perform(post("/supervisor-groups/new").with(csrf())
				.with(user(this.fixtures.login(grad)))
				.header("Referer", "/supervisor-groups/new")
				.param("code", code)
				.param("name", "测试导师组")
				.param("hospitalCode", this.hospital)
				.param("leaderStaffNo", this.supervisor)
				.param("memberStaffNos", this.deputy + "\n" + junior))
			.andExpect(redirectedUrl("/supervisor-groups/new"))
			.andExpect(flash().attribute("flashError", "supervisorGroup.error.titleRule"));
		this.mvc
			.perform(post("/supervisor-groups/new").with(csrf())
				.with(user(this.fixtures.login(grad)))
				.param("code", code)
				.param("name", "测试导师组")
				.param("hospitalCode", this.hospital)
				.param("leaderStaffNo", this.supervisor)
				.param("memberStaffNos", this.deputy))
			.andExpect(redirectedUrl("/supervisor-groups/" + code));
		// the student is put in the group; the history keeps it
		String version = this.jdbc.sql("select version from student where student_no = :n")
			.param("n", this.student)
			.query(String.class)
			.single();
		this.mvc
			.perform(post("/students/" + this.student + "/group").with(csrf())
				.with(user(this.fixtures.login(grad)))
				.param("version", version)
				.param("groupCode", code))
			.andExpect(redirectedUrl("/students/" + this.student));
		this.mvc.perform(get("/supervisor-groups/" + code).with(user(this.fixtures.login(this.supervisorLogin))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(this.student)));
		this.mvc.perform(get("/supervisor-groups/" + code).with(user(this.fixtures.login(grad))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(this.student)));
	}

	@Test
	void aStudentCannotSeeTheGroupPages() throws Exception {
		String code = group(this.hospital);
		String studentLogin = this.fixtures.account(Set.of(Role.STUDENT), null, null, null, this.student);
		for (String page : List.of("/supervisor-groups", "/supervisor-groups/new", "/supervisor-groups/" + code,
				"/supervisor-groups/" + code + "/edit")) {
			this.mvc.perform(get(page).with(user(this.fixtures.login(studentLogin)))).andExpect(status().isForbidden());
		}
		// a supervisor outside the group sees neither the group nor its edit page
		String outsider = this.fixtures.account(Set.of(Role.SUPERVISOR), null, null,
				this.fixtures.supervisor(this.otherHospital), null);
		this.mvc.perform(get("/supervisor-groups/" + code).with(user(this.fixtures.login(outsider))))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/supervisor-groups/" + code + "/edit").with(user(this.fixtures.login(outsider))))
			.andExpect(status().isForbidden());
	}

	@Test
	void aHospitalOfficeKeepsOnlyItsHospitalsGroups() throws Exception {
		String code = group(this.hospital);
		String own = this.fixtures.account(Set.of(Role.HOSPITAL_OFFICE), this.hospital, null, null, null);
		String other = this.fixtures.account(Set.of(Role.HOSPITAL_OFFICE), this.otherHospital, null, null, null);
		this.mvc.perform(get("/supervisor-groups/" + code + "/edit").with(user(this.fixtures.login(own))))
			.andExpect(status().isOk());
		this.mvc.perform(get("/supervisor-groups/" + code).with(user(this.fixtures.login(other))))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/supervisor-groups/" + code + "/edit").with(user(this.fixtures.login(other))))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/supervisor-groups").with(user(this.fixtures.login(other))))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString(code))));
		this.mvc
			.perform(post("/supervisor-groups/new").with(csrf())
				.with(user(this.fixtures.login(other)))
				.header("Referer", "/supervisor-groups/new")
				.param("code", this.fixtures.unique("G"))
				.param("name", "他院导师组")
				.param("hospitalCode", this.hospital)
				.param("leaderStaffNo", this.supervisor))
			.andExpect(flash().attribute("flashError", "supervisorGroup.error.ownHospitalOnly"));
	}

	@Test
	void theHospitalSupervisorMustBelongToAHospital() throws Exception {
		String noHospital = this.fixtures.supervisor(null);
		String grad = this.fixtures.account(Role.GRAD_SCHOOL);
		String version = this.jdbc.sql("select version from student where student_no = :n")
			.param("n", this.student)
			.query(String.class)
			.single();
		this.mvc
			.perform(post("/students/" + this.student + "/edit").with(csrf())
				.with(user(this.fixtures.login(grad)))
				.header("Referer", "/students/" + this.student + "/edit")
				.param("version", version)
				.param("name", "学生" + this.student)
				.param("degreeType", "PRO_MASTER")
				.param("programCode", "PUMC-PRO-MASTER")
				.param("cohortYear", "2023")
				.param("disciplineCode", "105101")
				.param("admissionType", "EXAM")
				.param("sourceSchool", "OWN")
				.param("hospitalCode", this.hospital)
				.param("supervisorStaffNo", this.supervisor)
				.param("coSupervisorStaffNo", noHospital))
			.andExpect(flash().attribute("flashError", "student.error.clinicalSupervisorHospital"));
		this.mvc
			.perform(post("/students/" + this.student + "/edit").with(csrf())
				.with(user(this.fixtures.login(grad)))
				.param("version", version)
				.param("name", "学生" + this.student)
				.param("degreeType", "PRO_MASTER")
				.param("programCode", "PUMC-PRO-MASTER")
				.param("cohortYear", "2023")
				.param("disciplineCode", "105101")
				.param("admissionType", "EXAM")
				.param("sourceSchool", "OWN")
				.param("hospitalCode", this.hospital)
				.param("supervisorStaffNo", this.supervisor)
				.param("coSupervisorStaffNo", this.deputy))
			.andExpect(redirectedUrl("/students/" + this.student));
		// the hospital supervisor now sees the student like the school supervisor
		this.mvc.perform(get("/students/" + this.student).with(user(this.fixtures.login(this.deputyLogin))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("院内导师")));
	}

	private String group(String hospitalCode) {
		return this.groups.createAs(
				new GroupCommand(this.fixtures.unique("G"), "导师组", hospitalCode, this.supervisor, List.of(this.deputy)),
				"test");
	}

}
