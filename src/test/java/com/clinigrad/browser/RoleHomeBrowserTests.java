package com.clinigrad.browser;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import com.clinigrad.accounts.Role;
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
 * Logs in through the real login form in headless Chromium as each role, checks what that
 * role's home page shows and saves a screenshot of it.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class RoleHomeBrowserTests {

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	@Test
	void everyRoleLogsInAndSeesItsOwnHomePage() {
		Fixtures fixtures = Fixtures.in(this.context);
		String hospital = fixtures.hospital();
		String supervisor = fixtures.supervisor(hospital);
		String student = fixtures.student(hospital, supervisor);
		String otherStudent = fixtures.student(fixtures.hospital(), fixtures.supervisor(null));

		Map<String, String> panels = new LinkedHashMap<>();
		panels.put(fixtures.account(Role.GRAD_SCHOOL), "#student-stats");
		panels.put(fixtures.account(Set.of(Role.HOSPITAL_OFFICE), hospital, null, null, null), "#my-hospital");
		panels.put(fixtures.account(Set.of(Role.DEPT_COORDINATOR), hospital, "D1", null, null), "#my-department");
		panels.put(fixtures.account(Set.of(Role.SUPERVISOR), null, null, supervisor, null), "#my-students");
		panels.put(fixtures.account(Role.EXPERT), "#my-reviews");
		panels.put(fixtures.account(Role.DEGREE_COMMITTEE), "#student-stats");
		panels.put(fixtures.account(Set.of(Role.STUDENT), null, null, null, student), "#my-record");
		panels.put(fixtures.account(Role.ADMIN), "#admin-panel");

		try (Browser browser = Browser.open(this.port)) {
			int index = 0;
			for (Map.Entry<String, String> entry : panels.entrySet()) {
				String username = entry.getKey();
				browser.logInByForm(username, Fixtures.PASSWORD);
				assertThat(browser.currentPath()).isEqualTo("/");
				assertThat(browser.find(entry.getValue()).isDisplayed()).as(username).isTrue();
				assertThat(browser.text()).contains("用户" + username);
				browser.screenshot("home-" + (++index) + "-" + entry.getValue().substring(1));
				assertThat(browser.securityPolicyViolations()).as(username).isEmpty();
				if ("#my-students".equals(entry.getValue())) {
					assertThat(browser.text()).contains(student).doesNotContain(otherStudent);
				}
				if ("#my-record".equals(entry.getValue())) {
					assertThat(browser.text()).contains(student);
					browser.go("/students/" + otherStudent);
					assertThat(browser.text()).doesNotContain("学生" + otherStudent);
				}
				browser.logOut();
			}

			String staff = panels.keySet().iterator().next();
			browser.logIn(staff, Fixtures.PASSWORD).go("/students/" + student + "/audit?asOf=2025-06-30");
			assertThat(browser.find("#audit-checks").getText()).contains("总学分", "医师资格证书", "第 5 学期末前", "尚无记录")
				.doesNotContain("CREDITS_TOTAL", "MEDICAL_LICENSE", "by semester", "none");
			browser.screenshot("audit-chinese");
			browser.go("/students/" + student + "/audit?asOf=2025-06-30&lang=en");
			assertThat(browser.find("#audit-checks").getText())
				.contains("Total credits", "Medical license", "by the end of semester 5", "none recorded")
				.doesNotContain("CREDITS_TOTAL", "MEDICAL_LICENSE", "by semester 5 (");
			browser.screenshot("audit-english");
			browser.go("/?lang=zh_CN");
			browser.logOut();
			browser.logIn(staff, Fixtures.PASSWORD).go("/?lang=en");
			assertThat(browser.find("#student-stats").getText()).contains("In training");
			browser.screenshot("home-english");
			browser.go("/students?q=" + student);
			assertThat(browser.text()).contains(student);
			browser.screenshot("students-english");
			browser.go("/no-such-page");
			assertThat(browser.text()).contains("Not found");
			browser.screenshot("error-404-english");
			assertThat(browser.securityPolicyViolations()).isEmpty();
		}
	}

}
