package com.clinigrad.browser;

import com.clinigrad.accounts.Role;
import com.clinigrad.exams.BankScope;
import com.clinigrad.exams.SittingPurpose;
import com.clinigrad.support.Browser;
import com.clinigrad.support.Fixtures;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The graduate school plans a sitting: the rotation departments offered are those of the
 * hospital chosen (every test hospital has a department of the same code, which the old
 * list offered once per hospital), and a department chosen is cleared when the hospital
 * changes; a refused sitting comes back with the hospital and its department still
 * chosen. Screenshot in target/screenshots.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class SittingFormBrowserTests {

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	@Autowired
	JdbcClient jdbc;

	@Test
	void theDepartmentsOfferedAreThoseOfTheChosenHospital() {
		Fixtures fixtures = Fixtures.in(this.context);
		String first = fixtures.hospital();
		String second = fixtures.hospital();
		long bank = this.jdbc.sql("""
				insert into exam_bank (title, scope_kind, scope_code, hospital_code, created_by)
				values ('内科学课程题库', :scope, 'NK01', null, 'test') returning id
				""").param("scope", BankScope.COURSE.name()).query(Long.class).single();
		try (Browser office = Browser.open(this.port).logIn(fixtures.account(Role.GRAD_SCHOOL), Fixtures.PASSWORD)) {
			office.go("/exams/sittings");
			new Select(office.find("#hospital")).selectByValue(first);
			assertThat(offered(office, first)).isTrue();
			assertThat(offered(office, second)).isFalse();
			option(office, first).click();
			assertThat(office.find("#department").getDomProperty("value")).isEqualTo("D1");
			office.screenshot("exam-sitting-departments-zh");

			new Select(office.find("#hospital")).selectByValue(second);
			assertThat(offered(office, second)).isTrue();
			assertThat(offered(office, first)).isFalse();
			assertThat(office.find("#department").getDomProperty("value")).isEmpty();
			option(office, second).click();
			assertThat(office.find("#department").getDomProperty("value")).isEqualTo("D1");

			// refused (a course exam names no department): the form comes back as typed,
			// the second hospital's department chosen
			new Select(office.find("#bankId")).selectByValue(String.valueOf(bank));
			office.find("#title").sendKeys("内科学课程考试");
			new Select(office.find("#purpose")).selectByValue(SittingPurpose.COURSE.name());
			((JavascriptExecutor) office.driver())
				.executeScript("document.getElementById('opensAt').value = '2026-12-01T09:00';"
						+ "document.getElementById('closesAt').value = '2026-12-01T11:00';");
			office.clickToLoad("#new-sitting button");
			assertThat(office.find(".alert-danger").getText()).contains("只有轮转出科理论考试填写轮转科室");
			assertThat(new Select(office.find("#hospital")).getFirstSelectedOption().getDomProperty("value"))
				.isEqualTo(second);
			assertThat(option(office, second).isSelected()).isTrue();
			assertThat(offered(office, second)).isTrue();
			assertThat(offered(office, first)).isFalse();
			assertThat(office.find("#title").getDomProperty("value")).isEqualTo("内科学课程考试");

			office.go("/exams/sittings?lang=en");
			new Select(office.find("#hospital")).selectByValue(first);
			assertThat(offered(office, first)).isTrue();
			assertThat(offered(office, second)).isFalse();
			assertThat(office.find("label[for=department]").getText())
				.isEqualTo("Rotation department (exit theory exam)");
			office.screenshot("exam-sitting-departments-en");
		}
	}

	private static boolean offered(Browser browser, String hospital) {
		WebElement group = browser.find("#department optgroup[data-narrow-key='" + hospital + "']");
		return !Boolean.parseBoolean(group.getDomProperty("disabled"))
				&& !Boolean.parseBoolean(group.getDomProperty("hidden"));
	}

	private static WebElement option(Browser browser, String hospital) {
		return browser.driver()
			.findElement(By.cssSelector("#department optgroup[data-narrow-key='" + hospital + "'] option[value='D1']"));
	}

}
