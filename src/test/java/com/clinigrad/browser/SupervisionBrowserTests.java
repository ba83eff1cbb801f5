package com.clinigrad.browser;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import com.clinigrad.accounts.Role;
import com.clinigrad.shared.SchoolTime;
import com.clinigrad.students.StudentCommand;
import com.clinigrad.students.StudentRegistry;
import com.clinigrad.students.StudentStatus;
import com.clinigrad.students.StudentView;
import com.clinigrad.supervisors.GroupCommand;
import com.clinigrad.supervisors.SupervisorGroups;
import com.clinigrad.support.Browser;
import com.clinigrad.support.Fixtures;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Dual supervisors, a supervisor group and an absence with a deputy in a real browser, in
 * Chinese and in English: the student page with both supervisors and the group, the group
 * page with its members against the title rule, a supervisor recording an absence with a
 * deputy, and the deputy then opening the student's page. Screenshots of each.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class SupervisionBrowserTests {

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	@Test
	void dualSupervisorsAGroupAndADeputyInBothLanguages() throws IOException {
		Fixtures fixtures = Fixtures.in(this.context);
		String hospital = fixtures.hospital();
		String school = fixtures.supervisor(hospital);
		String clinical = fixtures.supervisor(hospital);
		String deputy = fixtures.supervisor(hospital);
		String student = fixtures.student(hospital, school);
		StudentRegistry registry = this.context.getBean(StudentRegistry.class);
		StudentView view = registry.byStudentNo(student).orElseThrow();
		registry.upsert(
				new StudentCommand(student, view.name(), view.degreeType(), view.programCode(), view.cohortYear(),
						view.disciplineCode(), view.admissionType(), view.sourceSchool(), hospital, school, clinical),
				StudentStatus.ENROLLED);
		String code = this.context.getBean(SupervisorGroups.class)
			.createAs(new GroupCommand(fixtures.unique("G"), "内科学导师组", hospital, school, List.of(clinical, deputy)),
					"test");
		registry.assignGroupAs(student, code);
		String grad = fixtures.account(Role.GRAD_SCHOOL);
		String schoolLogin = fixtures.account(Set.of(Role.SUPERVISOR), null, null, school, null);
		String deputyLogin = fixtures.account(Set.of(Role.SUPERVISOR), null, null, deputy, null);
		LocalDate today = SchoolTime.today();

		try (Browser browser = Browser.open(this.port)) {
			browser.logIn(grad, Fixtures.PASSWORD).go("/students/" + student + "?lang=zh_CN");
			assertThat(browser.find("#dual-supervisors").getText()).contains("校内导师")
				.contains("院内导师（临床导师）")
				.contains("导师" + school)
				.contains("导师" + clinical)
				.contains("内科学导师组");
			save(browser, "student-zh");
			browser.go("/students/" + student + "?lang=en");
			assertThat(browser.find("#dual-supervisors").getText()).contains("School supervisor")
				.contains("Hospital (clinical) supervisor");
			save(browser, "student-en");

			browser.go("/supervisor-groups/" + code + "?lang=zh_CN");
			assertThat(browser.find("#group-members").getText()).contains("组长").contains("符合");
			assertThat(browser.find("#group-rule").getText()).contains("正高").contains("博士");
			assertThat(browser.find("#group-students").getText()).contains(student);
			save(browser, "group-zh");
			browser.go("/supervisor-groups?lang=en");
			assertThat(browser.find("#group-table").getText()).contains(code).contains("Met");
			save(browser, "groups-en");
			browser.logOut();

			browser.logIn(schoolLogin, Fixtures.PASSWORD).go("/supervisor-absences/new?lang=zh_CN");
			browser.find("#destination").sendKeys("美国");
			browser.find("#purpose").sendKeys("访问学者");
			date(browser, "#leavesOn", today.minusDays(1));
			date(browser, "#returnsOn", today.plusMonths(3));
			browser.find("#deputyStaffNo").sendKeys(deputy);
			save(browser, "absence-form-zh");
			browser.find("#save-absence").click();
			assertThat(browser.currentPath()).startsWith("/supervisor-absences");
			assertThat(browser.find("#absence-table").getText()).contains("美国").contains("代理中").contains(deputy);
			save(browser, "absences-zh");
			browser.go("/supervisor-absences?lang=en");
			assertThat(browser.find("#absence-table").getText()).contains("Deputy acting");
			save(browser, "absences-en");
			browser.logOut();

			browser.logIn(deputyLogin, Fixtures.PASSWORD).go("/students/" + student + "?lang=en");
			assertThat(browser.find("#dual-supervisors").getText()).contains("the deputy is").contains("导师" + deputy);
			save(browser, "student-deputy-en");
			assertThat(browser.securityPolicyViolations()).isEmpty();
		}
	}

	private static void date(Browser browser, String css, LocalDate day) {
		((org.openqa.selenium.JavascriptExecutor) browser.driver()).executeScript("arguments[0].value = arguments[1];",
				browser.find(css), day.toString());
	}

	private static void save(Browser browser, String name) throws IOException {
		Path shot = browser.screenshot("supervision-" + name);
		Path dir = Path.of("/tmp/b-shots");
		Files.createDirectories(dir);
		Files.copy(shot, dir.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
	}

}
