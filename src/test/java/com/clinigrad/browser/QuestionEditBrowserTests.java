package com.clinigrad.browser;

import java.time.Instant;

import com.clinigrad.exams.ExamFixtures;
import com.clinigrad.support.Browser;
import com.clinigrad.support.Fixtures;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An education office edits a question an opened sitting has shown: the page says a new
 * version will be made, saving shows version 2 with the history of both; the banks and
 * sittings lists filter in the URL. Screenshots in Chinese and English go to
 * target/screenshots.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class QuestionEditBrowserTests {

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	@Autowired
	JdbcClient jdbc;

	@Test
	void anOfficeSavesANewVersionOfAShownQuestionAndSeesTheLists() {
		ExamFixtures exam = ExamFixtures.open(this.context, 2, Instant.now().plusSeconds(3600), 60);
		String path = "/exams/banks/" + exam.bankId + "/questions/" + exam.openQuestion;
		try (Browser office = Browser.open(this.port).logIn(exam.office, Fixtures.PASSWORD)) {
			office.go(path);
			assertThat(office.find("#locked-note").getText()).contains("新版本");
			office.screenshot("exam-question-locked-zh");
			WebElement stem = office.find("#stem");
			stem.clear();
			stem.sendKeys("简述急性 ST 段抬高型心肌梗死再灌注治疗的方式及时间窗");
			office.find("#save-question").click();
			assertThat(office.find("#version-badge").getText()).isEqualTo("第 2 版");
			assertThat(office.driver().findElements(By.cssSelector("#history tbody tr"))).hasSize(2);
			office.screenshot("exam-question-version2-zh");
			office.go("/exams/banks?scope=DEPARTMENT");
			assertThat(office.find("#exam-banks").getText()).contains("心内科出科题库");
			office.screenshot("exam-banks-zh");
			office.go("/exams/sittings?status=PUBLISHED");
			assertThat(office.find("#exam-sittings").getText()).contains("心内科出科理论考试").contains("已发布");
			office.screenshot("exam-sittings-zh");
			office.go("/exams/sittings?status=PUBLISHED&lang=en");
			assertThat(office.find("#exam-sittings").getText()).contains("Published");
			office.screenshot("exam-sittings-en");
			office.go("/exams/banks?lang=en");
			office.screenshot("exam-banks-en");
			office.go(path + "?lang=en");
			assertThat(office.find("#superseded-badge").getText()).isEqualTo("a newer version exists");
			office.screenshot("exam-question-old-en");
		}
	}

}
