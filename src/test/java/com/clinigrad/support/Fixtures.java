package com.clinigrad.support;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import com.clinigrad.accounts.AccountAdministration;
import com.clinigrad.accounts.AccountCommand;
import com.clinigrad.accounts.ApiTokens;
import com.clinigrad.accounts.Role;
import com.clinigrad.competency.TrainingPlans;
import com.clinigrad.courses.CourseRecords;
import com.clinigrad.organization.Organization;
import com.clinigrad.students.AdmissionType;
import com.clinigrad.students.DegreeType;
import com.clinigrad.students.SourceSchool;
import com.clinigrad.students.StudentCommand;
import com.clinigrad.students.StudentRegistry;
import com.clinigrad.students.StudentStatus;
import com.clinigrad.supervisors.SupervisorCommand;
import com.clinigrad.supervisors.SupervisorDirectory;
import com.clinigrad.supervisors.TitleLevel;

import org.springframework.context.ApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Creates uniquely named test data through the modules' services, so that test classes
 * sharing one database never collide.
 */
public final class Fixtures {

	public static final String PASSWORD = "Test-password-1";

	private static final AtomicInteger SEQUENCE = new AtomicInteger();

	private final ApplicationContext context;

	private final String run = Long.toString(System.nanoTime() % 1_000_000, 36).toUpperCase();

	private Fixtures(ApplicationContext context) {
		// services are looked up when used: a module test's context holds only some
		// modules
		this.context = context;
	}

	public static Fixtures in(ApplicationContext context) {
		return new Fixtures(context);
	}

	public String unique(String prefix) {
		return prefix + this.run + SEQUENCE.incrementAndGet();
	}

	/**
	 * @return the code of a new hospital with one department {@code D1}
	 */
	public String hospital() {
		String code = unique("H");
		this.context.getBean(Organization.class).upsertHospital(code, "测试医院" + code, "Test hospital " + code);
		this.context.getBean(Organization.class).upsertDepartment(code, "D1", "心内科", "心血管病", 40, null);
		return code;
	}

	/**
	 * @return the staff number of a new doctoral and master's supervisor
	 */
	public String supervisor(String hospitalCode) {
		String staffNo = unique("S");
		this.context.getBean(SupervisorDirectory.class)
			.upsert(new SupervisorCommand(staffNo, "导师" + staffNo, TitleLevel.FULL_SENIOR, true, true, null,
					hospitalCode, false, 1970, null, null));
		return staffNo;
	}

	/**
	 * @return the id of an existing student, e.g. for {@link CourseRecords#upsertGrades}
	 */
	public long studentId(String studentNo) {
		return this.context.getBean(StudentRegistry.class).keysByStudentNo(List.of(studentNo)).get(studentNo).id();
	}

	/**
	 * @return the id of an existing catalog course
	 */
	public long courseId(String code) {
		return this.context.getBean(CourseRecords.class).idsByCode(List.of(code)).get(code);
	}

	/**
	 * @return the number of a new enrolled PUMC professional master's student
	 */
	public String student(String hospitalCode, String supervisorStaffNo) {
		return student(hospitalCode, supervisorStaffNo, StudentStatus.ENROLLED);
	}

	public String student(String hospitalCode, String supervisorStaffNo, StudentStatus status) {
		String studentNo = unique("M");
		this.context.getBean(StudentRegistry.class)
			.upsert(new StudentCommand(studentNo, "学生" + studentNo, DegreeType.PRO_MASTER, "PUMC-PRO-MASTER", 2023,
					"105101", AdmissionType.EXAM, SourceSchool.OWN, hospitalCode, supervisorStaffNo, null), status);
		return studentNo;
	}

	/**
	 * @return the number of a new enrolled doctoral student of the given program (for
	 * example {@code TMU-PRO-DOCTOR} or {@code ZJU-DOCTOR}), cohort 2022
	 */
	public String doctoralStudent(String programCode, String hospitalCode, String supervisorStaffNo,
			String coSupervisorStaffNo) {
		String studentNo = unique("D");
		this.context.getBean(StudentRegistry.class)
			.upsert(new StudentCommand(studentNo, "博士生" + studentNo,
					"ZJU-DOCTOR".equals(programCode) ? DegreeType.ACADEMIC_DOCTOR : DegreeType.PRO_DOCTOR, programCode,
					2022, "105101", AdmissionType.EXAM, SourceSchool.OWN, hospitalCode, supervisorStaffNo,
					coSupervisorStaffNo), StudentStatus.ENROLLED);
		return studentNo;
	}

	/**
	 * Creates an account.
	 * @return its username; the password is {@link #PASSWORD}
	 */
	public String account(Set<Role> roles, String hospitalCode, String departmentCode, String staffNo,
			String studentNo) {
		String username = unique("u").toLowerCase();
		this.context.getBean(AccountAdministration.class)
			.createSystemAccount(username, PASSWORD, new AccountCommand("用户" + username, true, EnumSet.copyOf(roles),
					hospitalCode, departmentCode, staffNo, studentNo));
		return username;
	}

	public String account(Role role) {
		return account(Set.of(role), null, null, null, null);
	}

	/**
	 * @return the account as Spring Security loads it, for MockMvc's {@code user(...)}
	 */
	public UserDetails login(String username) {
		return this.context.getBean(UserDetailsService.class).loadUserByUsername(username);
	}

	/**
	 * @return the secret of a new API token of this account (as its person creates one on
	 * the account page), valid for 30 days
	 */
	public String apiToken(String username) {
		UserDetails person = login(username);
		SecurityContextHolder.getContext()
			.setAuthentication(new UsernamePasswordAuthenticationToken(person, null, person.getAuthorities()));
		try {
			return this.context.getBean(ApiTokens.class).create("benchmark", 30).secret();
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}

	/**
	 * @return the login of a new account with only this role and no scope (graduate
	 * school, finance)
	 */
	public UserDetails login(Role role) {
		return login(account(role));
	}

	/**
	 * @return the login of a new student account for this student
	 */
	public UserDetails studentLogin(String studentNo) {
		return login(account(Set.of(Role.STUDENT), null, null, null, studentNo));
	}

	/**
	 * @return the login of a new supervisor account for this staff number
	 */
	public UserDetails supervisorLogin(String staffNo) {
		return login(account(Set.of(Role.SUPERVISOR), null, null, staffNo, null));
	}

	/**
	 * @return the login of a new hospital office account of this hospital
	 */
	public UserDetails officeLogin(String hospitalCode) {
		return login(account(Set.of(Role.HOSPITAL_OFFICE), hospitalCode, null, null, null));
	}

	/**
	 * @return the number of a new enrolled clinical postdoc (临床博士后) of
	 * {@code PUMCH-POSTDOC}, cohort 2025
	 */
	public String postdoc(String hospitalCode, String supervisorStaffNo) {
		String studentNo = unique("P");
		this.context.getBean(StudentRegistry.class)
			.upsert(new StudentCommand(studentNo, "博士后" + studentNo, DegreeType.POSTDOC, "PUMCH-POSTDOC", 2025,
					"105101", AdmissionType.EXAM, SourceSchool.OWN, hospitalCode, supervisorStaffNo, null),
					StudentStatus.ENROLLED);
		return studentNo;
	}

	/**
	 * A new postdoc of the hospital with a training plan from 2025-09-01 and a mentor
	 * group of three new supervisors, the first leading it.
	 */
	public MentoredPostdoc mentoredPostdoc(String hospitalCode) {
		String postdoc = postdoc(hospitalCode, supervisor(hospitalCode));
		List<String> mentors = List.of(supervisor(hospitalCode), supervisor(hospitalCode), supervisor(hospitalCode));
		long studentId = studentId(postdoc);
		TrainingPlans plans = this.context.getBean(TrainingPlans.class);
		plans.createForLoader(studentId, "PUMCH-POSTDOC", LocalDate.of(2025, 9, 1), "t");
		List<Long> ids = List.copyOf(this.context.getBean(SupervisorDirectory.class).idsByStaffNos(mentors).values());
		plans.nameMentorsForLoader(studentId, ids, ids.get(0), "导师组", "组建导师组", "t");
		return new MentoredPostdoc(postdoc, studentId, mentors);
	}

	/**
	 * @param mentors the staff numbers of the mentor group
	 */
	public record MentoredPostdoc(String studentNo, long studentId, List<String> mentors) {
	}

}
