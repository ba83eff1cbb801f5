package com.clinigrad.documents;

import java.awt.image.BufferedImage;
import java.io.File;
import java.net.URI;
import java.util.Map;
import java.util.Set;

import javax.imageio.ImageIO;

import com.clinigrad.accounts.Role;
import com.clinigrad.students.StudentStatus;
import com.clinigrad.support.Fixtures;
import com.google.zxing.BarcodeFormat;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.MultiFormatReader;
import com.google.zxing.NotFoundException;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A student downloads an enrollment certificate in Chinese and in English; the QR code,
 * read back from the rendered page, leads to the public verification page, which confirms
 * it, says so once the office revoked it, refuses a made-up code, shows nothing beyond
 * the document and limits how often one address may ask.
 */
@SpringBootTest
@AutoConfigureMockMvc
class DocumentVerificationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	@Autowired
	JdbcClient jdbc;

	@Test
	void enrollmentCertificateInBothLanguagesVerifiedByItsQrCodeThenRevoked() throws Exception {
		Fixtures fixtures = Fixtures.in(this.context);
		String hospital = fixtures.hospital();
		String supervisor = fixtures.supervisor(hospital);
		String studentNo = fixtures.student(hospital, supervisor);
		UserDetails student = fixtures.login(fixtures.account(Set.of(Role.STUDENT), null, null, null, studentNo));
		UserDetails office = fixtures.login(fixtures.account(Role.GRAD_SCHOOL));

		long zh = request(student, "ENROLLMENT_CERTIFICATE", "ZH");
		long en = request(student, "ENROLLMENT_CERTIFICATE", "EN");
		this.mvc.perform(get("/documents/mine").with(user(student)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"download-" + zh + "\"")))
			.andExpect(content().string(containsString("id=\"download-" + en + "\"")));

		byte[] chinese = download(student, zh);
		byte[] english = download(student, en);
		String zhUrl;
		try (PDDocument document = Loader.loadPDF(chinese)) {
			String text = new PDFTextStripper().getText(document);
			assertThat(text).contains("在读证明", "学生" + studentNo, studentNo, "华和医科大学", "Huahe Medical University", "验证码");
			assertThat(embeddedCjk(document)).as("CJK font embedded").isTrue();
			zhUrl = qr(document, "enrollment-certificate-zh.png");
		}
		String enUrl;
		try (PDDocument document = Loader.loadPDF(english)) {
			String text = new PDFTextStripper().getText(document);
			assertThat(text).contains("Certificate of Enrollment", "This is to certify", studentNo,
					"Verification code");
			assertThat(embeddedCjk(document)).isTrue();
			enUrl = qr(document, "enrollment-certificate-en.png");
		}
		assertThat(zhUrl).startsWith("http://localhost:8080/verify/").isNotEqualTo(enUrl);
		String path = URI.create(zhUrl).getPath();
		String documentNo = this.jdbc.sql("select document_no from issued_document where id = :id")
			.param("id", zh)
			.query(String.class)
			.single();

		// anyone, without logging in, sees what the document states and nothing more
		RequestPostProcessor visitor = from("10.22.0.1");
		String page = this.mvc.perform(get(path).with(visitor))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"verify-valid\"")))
			.andExpect(content().string(containsString(documentNo)))
			.andExpect(content().string(containsString("学生" + studentNo)))
			.andReturn()
			.getResponse()
			.getContentAsString();
		String sha = this.jdbc.sql("select sha256 from issued_document where id = :id")
			.param("id", zh)
			.query(String.class)
			.single();
		assertThat(page).doesNotContain(hospital, supervisor, sha, "nav-documents", "/students/")
			.doesNotContain(student.getUsername());

		// a made-up code is not valid
		this.mvc.perform(get("/verify/ABCDEFGHJKLMNPQR").with(visitor))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"verify-invalid\"")))
			.andExpect(content().string(not(containsString("id=\"verify-valid\""))));

		// the office revokes it with a reason; the page says so, the PDF stays as issued
		long version = this.jdbc.sql("select version from issued_document where id = :id")
			.param("id", zh)
			.query(Long.class)
			.single();
		this.mvc
			.perform(post("/documents/" + zh + "/revoke").with(user(student))
				.with(csrf())
				.param("version", String.valueOf(version))
				.param("reason", "x")
				.param("confirm", "true"))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(post("/documents/" + zh + "/revoke").with(user(office))
				.with(csrf())
				.param("version", String.valueOf(version))
				.param("reason", "学籍信息有误，重新出具")
				.param("confirm", "true"))
			.andExpect(flash().attribute("flashSuccess", "documents.revoked"));
		this.mvc.perform(get(path).with(visitor))
			.andExpect(content().string(containsString("id=\"verify-revoked\"")))
			.andExpect(content().string(not(containsString("id=\"verify-valid\""))))
			.andExpect(content().string(not(containsString("学籍信息有误"))));
		assertThat(download(student, zh)).isEqualTo(chinese);
		this.mvc.perform(get(URI.create(enUrl).getPath()).with(visitor))
			.andExpect(content().string(containsString("id=\"verify-valid\"")));

		// the office's list shows both, and exports what it shows
		this.mvc.perform(get("/documents").param("q", studentNo).with(user(office)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(documentNo)));
		this.mvc.perform(get("/documents").param("q", studentNo).param("export", "csv").with(user(office)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(documentNo)));
	}

	@Test
	void theEnglishVerificationPageOfAChineseCertificateNamesItsFieldsInEnglish() throws Exception {
		Fixtures fixtures = Fixtures.in(this.context);
		String hospital = fixtures.hospital();
		String studentNo = fixtures.student(hospital, fixtures.supervisor(hospital));
		UserDetails student = fixtures.login(fixtures.account(Set.of(Role.STUDENT), null, null, null, studentNo));
		long zh = request(student, "ENROLLMENT_CERTIFICATE", "ZH");
		download(student, zh);
		String path = "/verify/" + this.jdbc.sql("select verification_code from issued_document where id = :id")
			.param("id", zh)
			.query(String.class)
			.single();
		RequestPostProcessor visitor = from("10.23.0.7");

		this.mvc.perform(get(path).with(visitor))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<dt>姓名</dt>")))
			.andExpect(content().string(containsString("<dt>学号</dt>")));
		englishLabels(path, visitor, studentNo);

		// a certificate stored before the labels' keys were kept reads the same
		this.jdbc.sql("""
				update issued_document set statement = regexp_replace(statement, E'\t[^\t\n]*\n', E'\n', 'g')
				where id = :id""").param("id", zh).update();
		assertThat(this.jdbc.sql("select statement from issued_document where id = :id")
			.param("id", zh)
			.query(String.class)
			.single()).contains("姓名\t").doesNotContain("documents.field.");
		englishLabels(path, visitor, studentNo);
	}

	private void englishLabels(String path, RequestPostProcessor visitor, String studentNo) throws Exception {
		this.mvc.perform(get(path).param("lang", "en").with(visitor))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"verify-valid\"")))
			.andExpect(content().string(containsString("<dt>Name</dt>")))
			.andExpect(content().string(containsString("<dt>Student number</dt>")))
			.andExpect(content().string(containsString("<dt>Cohort</dt>")))
			.andExpect(content().string(containsString("学生" + studentNo)))
			.andExpect(content().string(not(containsString("<dt>姓名</dt>"))))
			.andExpect(content().string(not(containsString("<dt>学号</dt>"))))
			.andExpect(content().string(not(containsString("<dt>入学年级</dt>"))));
	}

	@Test
	void theDetailPageNamesWhoAskedAndWhoDecidedByTheirDisplayNames() throws Exception {
		Fixtures fixtures = Fixtures.in(this.context);
		String hospital = fixtures.hospital();
		String studentNo = fixtures.student(hospital, fixtures.supervisor(hospital));
		String studentLogin = fixtures.account(Set.of(Role.STUDENT), null, null, null, studentNo);
		String officeLogin = fixtures.account(Role.GRAD_SCHOOL);
		String asker = "申请人王同学" + studentNo;
		String decider = "学位办赵老师" + studentNo;
		rename(studentLogin, asker);
		rename(officeLogin, decider);
		UserDetails student = fixtures.login(studentLogin);
		UserDetails office = fixtures.login(officeLogin);
		long id = request(student, "EXPECTED_GRADUATION", "ZH");
		this.mvc
			.perform(post("/documents/" + id + "/issue").with(user(office))
				.with(csrf())
				.param("version", String.valueOf(version(id)))
				.param("confirm", "true"))
			.andExpect(status().is3xxRedirection());

		for (String lang : new String[] { "zh", "en" }) {
			this.mvc.perform(get("/documents/" + id).param("lang", lang).with(user(office)))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString(" · " + asker + "</dd>")))
				.andExpect(content().string(containsString(">" + decider + "</dd>")))
				.andExpect(content().string(not(containsString(" · " + studentLogin + "</dd>"))))
				.andExpect(content().string(not(containsString(">" + officeLogin + "</dd>"))));
		}
		assertThat(this.jdbc.sql("select requested_by || ' ' || decided_by from issued_document where id = :id")
			.param("id", id)
			.query(String.class)
			.single()).isEqualTo(studentLogin + " " + officeLogin);
	}

	private void rename(String username, String displayName) {
		this.jdbc.sql("update user_account set display_name = :name where username = :u")
			.param("name", displayName)
			.param("u", username)
			.update();
	}

	@Test
	void theVerificationPageIsRateLimitedPerAddress() throws Exception {
		int limit = this.context.getEnvironment().getProperty("clinigrad.documents.verify-per-minute", Integer.class);
		RequestPostProcessor guesser = from("10.33.0." + (System.nanoTime() % 200 + 1));
		for (int i = 0; i < limit; i++) {
			this.mvc.perform(get("/verify/GUESS" + i).with(guesser)).andExpect(status().isOk());
		}
		this.mvc.perform(get("/verify/GUESSMORE").with(guesser))
			.andExpect(status().isTooManyRequests())
			.andExpect(header().string("Retry-After", "60"))
			.andExpect(content().string(containsString("id=\"verify-limit\"")))
			.andExpect(content().string(not(containsString("id=\"verify-invalid\""))));
		// another address is not held back
		this.mvc.perform(get("/verify/GUESSMORE").with(from("10.44.0.9"))).andExpect(status().isOk());
	}

	@Test
	void rulesRolesAndOtherStudentsAreRefused() throws Exception {
		Fixtures fixtures = Fixtures.in(this.context);
		String hospital = fixtures.hospital();
		String supervisor = fixtures.supervisor(hospital);
		String own = fixtures.student(hospital, supervisor);
		String graduated = fixtures.student(hospital, supervisor, StudentStatus.GRADUATED);
		UserDetails student = fixtures.login(fixtures.account(Set.of(Role.STUDENT), null, null, null, own));
		UserDetails other = fixtures
			.login(fixtures.account(Set.of(Role.STUDENT), null, null, null, fixtures.student(hospital, supervisor)));
		UserDetails alumnus = fixtures.login(fixtures.account(Set.of(Role.STUDENT), null, null, null, graduated));
		UserDetails teacher = fixtures.login(fixtures.account(Set.of(Role.SUPERVISOR), null, null, supervisor, null));
		long id = request(student, "ENROLLMENT_CERTIFICATE", "ZH");

		// another student does not learn that the document exists
		this.mvc.perform(get("/documents/" + id + ".pdf").with(user(other))).andExpect(status().isNotFound());
		// only the graduate school lists and decides
		this.mvc.perform(get("/documents").with(user(teacher))).andExpect(status().isForbidden());
		this.mvc.perform(get("/documents/" + id).with(user(student))).andExpect(status().isForbidden());
		this.mvc
			.perform(get("/documents/mine")
				.with(user(fixtures.login(fixtures.account(Set.of(Role.HOSPITAL_OFFICE), hospital, null, null, null)))))
			.andExpect(status().isForbidden());
		// the enrollment certificate only while in training
		this.mvc
			.perform(post("/documents/mine").with(user(alumnus))
				.with(csrf())
				.header("Referer", "/documents/mine")
				.param("kind", "ENROLLMENT_CERTIFICATE")
				.param("language", "ZH"))
			.andExpect(flash().attribute("flashError", "documents.error.statusNotAllowed"));
		assertThat(this.jdbc.sql("select count(*) from issued_document where student_no = :no")
			.param("no", graduated)
			.query(Long.class)
			.single()).isZero();
		// a student does not ask for a supervisor's proof
		this.mvc
			.perform(post("/documents/mine").with(user(student))
				.with(csrf())
				.param("kind", "SUPERVISION_PROOF")
				.param("language", "ZH"))
			.andExpect(status().isForbidden());
	}

	@Test
	void kindsNeedingApprovalWaitForTheOfficeAndTheirDraftsExpire() throws Exception {
		Fixtures fixtures = Fixtures.in(this.context);
		String hospital = fixtures.hospital();
		String supervisor = fixtures.supervisor(hospital);
		String studentNo = fixtures.student(hospital, supervisor);
		UserDetails student = fixtures.login(fixtures.account(Set.of(Role.STUDENT), null, null, null, studentNo));
		UserDetails teacher = fixtures.login(fixtures.account(Set.of(Role.SUPERVISOR), null, null, supervisor, null));
		UserDetails office = fixtures.login(fixtures.account(Role.GRAD_SCHOOL));

		long expected = request(student, "EXPECTED_GRADUATION", "EN");
		long withdrawn = request(student, "EXPECTED_GRADUATION", "ZH");
		long proof = request(teacher, "SUPERVISION_PROOF", "ZH");
		assertThat(statusOf(expected)).isEqualTo("REQUESTED");
		this.mvc.perform(get("/documents/" + expected + ".pdf").with(user(student))).andExpect(status().isNotFound());
		this.mvc.perform(get("/documents/" + expected + "/draft.pdf").with(user(office))).andExpect(status().isOk());

		// issuing asks once: without the confirmation nothing is issued
		this.mvc.perform(get("/documents/" + expected).with(user(office)))
			.andExpect(content().string(containsString("id=\"confirm-issue\" required")))
			.andExpect(content().string(containsString("出具后不能撤回")));
		this.mvc
			.perform(post("/documents/" + expected + "/issue").with(user(office))
				.with(csrf())
				.header("Referer", "/documents/" + expected)
				.param("version", String.valueOf(version(expected))))
			.andExpect(flash().attribute("flashError", "documents.error.confirmIssue"));
		assertThat(statusOf(expected)).isEqualTo("REQUESTED");
		this.mvc
			.perform(post("/documents/" + expected + "/issue").with(user(office))
				.with(csrf())
				.param("version", String.valueOf(version(expected)))
				.param("confirm", "true"))
			.andExpect(flash().attribute("flashSuccess", "documents.issuedByOffice"));
		assertThat(statusOf(expected)).isEqualTo("ISSUED");
		try (PDDocument document = Loader.loadPDF(download(student, expected))) {
			assertThat(new PDFTextStripper().getText(document)).contains("Proof of Expected Graduation", studentNo);
		}
		this.mvc
			.perform(post("/documents/" + withdrawn + "/withdraw").with(user(student))
				.with(csrf())
				.param("version", String.valueOf(version(withdrawn))))
			.andExpect(flash().attribute("flashSuccess", "documents.withdrawn"));
		this.mvc
			.perform(post("/documents/" + proof + "/issue").with(user(office))
				.with(csrf())
				.param("version", String.valueOf(version(proof)))
				.param("confirm", "true"))
			.andExpect(status().is3xxRedirection());
		try (PDDocument document = Loader.loadPDF(download(teacher, proof))) {
			assertThat(new PDFTextStripper().getText(document)).contains("研究生导师指导证明", supervisor, studentNo);
		}

		// drafts superseded or withdrawn are removed after the kind's retention period
		// (90 days for this kind), never the issued PDFs
		FileStore files = this.context.getBean(FileStore.class);
		String draftKey = this.jdbc.sql("""
				select file_key from document_file where document_id = :d and discarded_at is not null
				""").param("d", withdrawn).query(String.class).single();
		assertThat(files.get(draftKey)).isNotEmpty();
		RetentionJob job = this.context.getBean(RetentionJob.class);
		job.removeExpired(java.time.Instant.now().plus(java.time.Duration.ofDays(30)));
		assertThat(files.get(draftKey)).isNotEmpty();
		job.removeExpired(java.time.Instant.now().plus(java.time.Duration.ofDays(91)));
		org.assertj.core.api.Assertions.assertThatThrownBy(() -> files.get(draftKey))
			.isInstanceOf(StoredFileMissingException.class);
		assertThat(download(student, expected)).isNotEmpty();
	}

	private long request(UserDetails who, String kind, String language) throws Exception {
		this.mvc.perform(
				post("/documents/mine").with(user(who)).with(csrf()).param("kind", kind).param("language", language))
			.andExpect(status().is3xxRedirection());
		return this.jdbc.sql("select max(id) from issued_document where requested_by = :u and kind = :k")
			.param("u", who.getUsername())
			.param("k", kind)
			.query(Long.class)
			.single();
	}

	private byte[] download(UserDetails who, long id) throws Exception {
		return this.mvc.perform(get("/documents/" + id + ".pdf").with(user(who)))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", "application/pdf"))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
	}

	private String statusOf(long id) {
		return this.jdbc.sql("select status from issued_document where id = :id")
			.param("id", id)
			.query(String.class)
			.single();
	}

	private long version(long id) {
		return this.jdbc.sql("select version from issued_document where id = :id")
			.param("id", id)
			.query(Long.class)
			.single();
	}

	private static RequestPostProcessor from(String address) {
		return (request) -> {
			request.setRemoteAddr(address);
			return request;
		};
	}

	private static boolean embeddedCjk(PDDocument document) throws Exception {
		for (var name : document.getPage(0).getResources().getFontNames()) {
			PDFont font = document.getPage(0).getResources().getFont(name);
			if (font.getName().contains("Droid") && font.isEmbedded()) {
				return true;
			}
		}
		return false;
	}

	/**
	 * Renders the first page as an image (kept under {@code target/screenshots}) and
	 * reads its QR code back, as a phone would from a little nearer if the first look
	 * fails: at 150 dpi, else at 200 and 300 dpi. (ZXing's detector misses the odd clean
	 * code whose modules come out 6 and 7 pixels wide at one scale.)
	 */
	private static String qr(PDDocument document, String png) throws Exception {
		PDFRenderer renderer = new PDFRenderer(document);
		NotFoundException missed = null;
		for (int dpi : new int[] { 150, 200, 300 }) {
			BufferedImage page = renderer.renderImageWithDPI(0, dpi);
			if (dpi == 150) {
				File shots = new File("target/screenshots");
				shots.mkdirs();
				ImageIO.write(page, "png", new File(shots, png));
			}
			BinaryBitmap bitmap = new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(page)));
			try {
				return new MultiFormatReader().decode(bitmap, Map.of(DecodeHintType.POSSIBLE_FORMATS,
						java.util.List.of(BarcodeFormat.QR_CODE), DecodeHintType.TRY_HARDER, Boolean.TRUE))
					.getText();
			}
			catch (NotFoundException ex) {
				missed = ex;
			}
		}
		throw missed;
	}

}
