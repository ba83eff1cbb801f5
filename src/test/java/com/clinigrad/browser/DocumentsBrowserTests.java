package com.clinigrad.browser;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Set;

import com.clinigrad.accounts.Role;
import com.clinigrad.support.Browser;
import com.clinigrad.support.Fixtures;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Documents in a real browser: a student asks for an enrollment certificate in Chinese
 * and in English, downloads both, and the public verification page confirms one; the
 * graduate school revokes it with a reason and the verification page then says it is
 * revoked (without the reason). Screenshots go to target/screenshots.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class DocumentsBrowserTests {

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aStudentAsksForACertificateInBothLanguagesAndTheOfficeRevokesOne() throws Exception {
		Fixtures fixtures = Fixtures.in(this.context);
		String hospital = fixtures.hospital();
		String studentNo = fixtures.student(hospital, fixtures.supervisor(hospital));
		String studentLogin = fixtures.account(Set.of(Role.STUDENT), null, null, null, studentNo);
		String officeLogin = fixtures.account(Role.GRAD_SCHOOL);

		long zh;
		long en;
		try (Browser student = Browser.open(this.port).logIn(studentLogin, Fixtures.PASSWORD)) {
			ask(student, "ZH");
			ask(student, "EN");
			List<Long> ids = this.jdbc
				.sql("select id from issued_document where student_no = :no and kind = 'ENROLLMENT_CERTIFICATE' "
						+ "order by language desc")
				.param("no", studentNo)
				.query(Long.class)
				.list();
			assertThat(ids).as("issued at once, one per language").hasSize(2);
			zh = ids.get(0);
			en = ids.get(1);
			student.find("#my-documents");
			assertThat(student.find("#download-" + zh).isDisplayed()).isTrue();
			assertThat(student.find("#download-" + en).isDisplayed()).isTrue();
			student.screenshot("documents-mine-zh");

			assertThat(text(download(student, zh))).contains("在读证明", studentNo, "验证码");
			assertThat(text(download(student, en))).contains("Certificate of Enrollment", studentNo,
					"Verification code");
			assertThat(student.securityPolicyViolations()).isEmpty();
		}

		String code = this.jdbc.sql("select verification_code from issued_document where id = :id")
			.param("id", zh)
			.query(String.class)
			.single();
		try (Browser visitor = Browser.open(this.port)) {
			visitor.go("/verify/" + code);
			assertThat(visitor.find("#verify-valid").isDisplayed()).isTrue();
			assertThat(visitor.find("#verify-statement").getText()).contains(studentNo);
			visitor.screenshot("documents-verify-valid-zh");

			try (Browser office = Browser.open(this.port).logIn(officeLogin, Fixtures.PASSWORD)) {
				office.go("/documents/" + zh);
				office.find("#document-revoke textarea[name=reason]").sendKeys("学籍信息有误，重新出具");
				office.find("#confirm-revoke").click();
				office.screenshot("documents-revoke-zh");
				office.find("#revoke-document").click();
				new WebDriverWait(office.driver(), Duration.ofSeconds(15))
					.until(ExpectedConditions.textToBePresentInElementLocated(By.id("document-reason"), "学籍信息有误"));
				assertThat(office.find("#document-status").getAttribute("class")).as("a red badge")
					.contains("text-bg-danger");
				office.screenshot("documents-revoked-zh");
				assertThat(office.securityPolicyViolations()).isEmpty();
			}

			visitor.go("/verify/" + code);
			assertThat(visitor.find("#verify-revoked").isDisplayed()).isTrue();
			assertThat(visitor.driver().findElements(By.id("verify-valid"))).isEmpty();
			assertThat(visitor.text()).doesNotContain("学籍信息有误");
			visitor.screenshot("documents-verify-revoked-zh");
			visitor.go("/verify/" + code + "?lang=en");
			assertThat(visitor.find("#verify-revoked").isDisplayed()).isTrue();
			visitor.screenshot("documents-verify-revoked-en");
		}
	}

	private static void ask(Browser student, String language) {
		student.go("/documents/mine");
		new Select(student.find("#kind")).selectByValue("ENROLLMENT_CERTIFICATE");
		new Select(student.find("#language")).selectByValue(language);
		student.find("#request-document").click();
		new WebDriverWait(student.driver(), Duration.ofSeconds(15))
			.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".alert-success")));
	}

	/**
	 * The PDF behind the page's download link, fetched with the browser's session.
	 */
	private byte[] download(Browser browser, long id) throws Exception {
		String href = browser.find("#download-" + id).getAttribute("href");
		Cookie session = browser.driver().manage().getCookieNamed("SESSION");
		HttpResponse<byte[]> answer = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create(href)).header("Cookie", "SESSION=" + session.getValue()).build(),
					HttpResponse.BodyHandlers.ofByteArray());
		assertThat(answer.statusCode()).isEqualTo(200);
		assertThat(answer.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/pdf");
		return answer.body();
	}

	private static String text(byte[] pdf) throws Exception {
		try (PDDocument document = Loader.loadPDF(pdf)) {
			return new PDFTextStripper().getText(document);
		}
	}

}
