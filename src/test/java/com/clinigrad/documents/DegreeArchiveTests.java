package com.clinigrad.documents;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import com.clinigrad.accounts.Role;
import com.clinigrad.support.Fixtures;
import com.clinigrad.supervisors.SupervisorDirectory;
import com.clinigrad.theses.CommitteeDecision;
import com.clinigrad.theses.MilestoneType;
import com.clinigrad.theses.ReviewVerdict;
import com.clinigrad.theses.RoundStatus;
import com.clinigrad.theses.ThesisHistory;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The degree archive of a graduate, written the way the demo writes its past theses
 * ({@link ThesisHistory}): frozen once, every file in the ZIP with the SHA-256 the page
 * shows, the reviewer's name nowhere, and a file changed in the store stops the download.
 */
@SpringBootTest
@AutoConfigureMockMvc
class DegreeArchiveTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	@Autowired
	JdbcClient jdbc;

	@Test
	void theArchiveZipHoldsEveryDocumentWithMatchingChecksumsAndAChangedFileIsDetected() throws Exception {
		Fixtures fixtures = Fixtures.in(this.context);
		String hospital = fixtures.hospital();
		String supervisor = fixtures.supervisor(hospital);
		String studentNo = fixtures.doctoralStudent("ZJU-DOCTOR", hospital, supervisor, null);
		long studentId = fixtures.studentId(studentNo);
		String reviewer = fixtures.supervisor(null);
		graduate(studentNo, studentId, reviewer, true);
		UserDetails office = fixtures.login(fixtures.account(Role.GRAD_SCHOOL));
		UserDetails student = fixtures.login(fixtures.account(Set.of(Role.STUDENT), null, null, null, studentNo));

		// a transcript the graduate asked for is one of the archive's documents
		this.mvc
			.perform(post("/documents/mine").with(user(student))
				.with(csrf())
				.param("kind", "TRANSCRIPT")
				.param("language", "EN"))
			.andExpect(flash().attribute("flashSuccess", "documents.issued"));

		this.mvc.perform(get("/documents/archives").with(user(student))).andExpect(status().isForbidden());
		this.mvc
			.perform(get("/documents/archives/" + studentNo)
				.with(user(fixtures.login(fixtures.account(Set.of(Role.HOSPITAL_OFFICE), hospital, null, null, null)))))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/documents/archives").with(user(office)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(studentNo)));
		this.mvc.perform(get("/documents/archives/" + studentNo).with(user(office)))
			.andExpect(content().string(containsString("id=\"archive-freeze\"")));
		this.mvc.perform(post("/documents/archives/" + studentNo + "/freeze").with(user(office)).with(csrf()))
			.andExpect(flash().attribute("flashSuccess", "archive.frozen"));
		this.mvc
			.perform(post("/documents/archives/" + studentNo + "/freeze").with(user(office))
				.with(csrf())
				.header("Referer", "/documents/archives/" + studentNo))
			.andExpect(flash().attribute("flashError", "archive.error.frozen"));

		Map<String, String> recorded = new HashMap<>();
		Map<String, String> categories = new HashMap<>();
		Map<String, String> keys = new HashMap<>();
		this.jdbc.sql("""
				select i.file_name, i.sha256, i.category, i.file_key from degree_archive_item i
				join degree_archive a on a.id = i.archive_id where a.student_no = :no
				""").param("no", studentNo).query((rs) -> {
			recorded.put(rs.getString(1), rs.getString(2));
			categories.put(rs.getString(1), rs.getString(3));
			keys.put(rs.getString(1), rs.getString(4));
		});
		assertThat(categories.values()).contains("THESIS_VERSION", "SIMILARITY_REPORT", "BLIND_REVIEW",
				"DEFENSE_RESOLUTION", "COMMITTEE_VOTE", "AUDIT", "TRANSCRIPT", "CERTIFICATE");
		assertThat(categories.values().stream().filter(ArchiveCategory.THESIS_VERSION.name()::equals)).hasSize(2);

		String page = this.mvc.perform(get("/documents/archives/" + studentNo).with(user(office)))
			.andExpect(content().string(containsString("id=\"archive-intact\"")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		recorded.values().forEach((sha) -> assertThat(page).contains(sha));

		Map<String, byte[]> zip = unzip(zip(office, studentNo));
		assertThat(zip.keySet()).contains("00-index.pdf").containsAll(recorded.keySet());
		for (Map.Entry<String, String> file : recorded.entrySet()) {
			assertThat(FileStore.sha256(zip.get(file.getKey()))).as(file.getKey()).isEqualTo(file.getValue());
		}
		try (PDDocument index = Loader.loadPDF(zip.get("00-index.pdf"))) {
			String text = new PDFTextStripper().getText(index);
			assertThat(text).contains("学位档案", studentNo);
			recorded.values().forEach((sha) -> assertThat(text.replaceAll("\\s", "")).contains(sha));
		}
		String reviewFile = categories.entrySet()
			.stream()
			.filter((e) -> ArchiveCategory.BLIND_REVIEW.name().equals(e.getValue()))
			.findFirst()
			.orElseThrow()
			.getKey();
		try (PDDocument review = Loader.loadPDF(zip.get(reviewFile))) {
			String text = new PDFTextStripper().getText(review);
			assertThat(text).contains("匿名", "论文选题合理").doesNotContain(reviewer, "评审" + reviewer);
		}

		// the database keeps the recorded checksums as they are
		org.assertj.core.api.Assertions
			.assertThatThrownBy(() -> this.jdbc.sql("update degree_archive_item set sha256 = 'x' where file_key = :k")
				.param("k", keys.get(reviewFile))
				.update())
			.isInstanceOf(org.springframework.dao.DataAccessException.class)
			.hasMessageContaining("frozen");

		// a file changed in the store: the page says so and the download stops
		FileStore files = this.context.getBean(FileStore.class);
		String changed = categories.entrySet()
			.stream()
			.filter((e) -> ArchiveCategory.COMMITTEE_VOTE.name().equals(e.getValue()))
			.findFirst()
			.orElseThrow()
			.getKey();
		files.put(keys.get(changed), "altered".getBytes());
		this.mvc.perform(get("/documents/archives/" + studentNo).with(user(office)))
			.andExpect(content().string(containsString("id=\"archive-changed\"")));
		this.mvc.perform(get("/documents/archives/" + studentNo + ".zip").with(user(office)))
			.andExpect(status().isConflict())
			.andExpect(content().string(containsString(changed)));
	}

	@Test
	void awardingTheDegreeFreezesTheArchiveOnBehalfOfWhoRecordedTheAward() throws Exception {
		Fixtures fixtures = Fixtures.in(this.context);
		String hospital = fixtures.hospital();
		String supervisor = fixtures.supervisor(hospital);
		String studentNo = fixtures.doctoralStudent("ZJU-DOCTOR", hospital, supervisor, null);
		long studentId = fixtures.studentId(studentNo);
		graduate(studentNo, studentId, fixtures.supervisor(null), false);
		String officer = fixtures.account(Role.GRAD_SCHOOL);
		UserDetails office = fixtures.login(officer);
		assertThat(archiveFrozenBy(studentNo)).as("nothing frozen before the award").isNull();
		long version = this.jdbc.sql("select version from degree_decision where student_id = :s")
			.param("s", studentId)
			.query(Long.class)
			.single();

		this.mvc
			.perform(post("/students/" + studentNo + "/degree/award").with(user(office))
				.with(csrf())
				.param("version", String.valueOf(version))
				.param("awardedOn", "2025-06-28")
				.param("certificateNo", String.format("1033520258%06d", studentId % 1_000_000))
				.param("confirm", "true"))
			.andExpect(flash().attribute("flashSuccess", "degree.awarded"));

		String frozenBy = null;
		for (int i = 0; i < 240 && frozenBy == null; i++) {
			Thread.sleep(250);
			frozenBy = archiveFrozenBy(studentNo);
		}
		assertThat(frozenBy).as("frozen by the award, for the officer who recorded it").isEqualTo(officer);
		assertThat(this.jdbc.sql("""
				select i.category from degree_archive_item i join degree_archive a on a.id = i.archive_id
				where a.student_no = :no
				""").param("no", studentNo).query(String.class).list()).contains("THESIS_VERSION", "BLIND_REVIEW",
				"DEFENSE_RESOLUTION", "COMMITTEE_VOTE", "AUDIT", "TRANSCRIPT");
		this.mvc.perform(get("/documents/archives/" + studentNo).with(user(office)))
			.andExpect(content().string(containsString("id=\"archive-intact\"")));

		// a mistyped award corrected afterwards: the frozen files stay, a correction
		// record
		// is added after them, and the graduation's status entry carries the corrected
		// values
		List<String> frozenKeys = archiveKeys(studentNo);
		long decision = this.jdbc.sql("select id from degree_decision where student_id = :s")
			.param("s", studentId)
			.query(Long.class)
			.single();
		long corrected = this.jdbc.sql("select version from degree_decision where id = :id")
			.param("id", decision)
			.query(Long.class)
			.single();
		String certificate = String.format("1033520259%06d", studentId % 1_000_000);
		this.mvc
			.perform(post("/degrees/decisions/" + decision + "/award").with(user(office))
				.with(csrf())
				.param("version", String.valueOf(corrected))
				.param("awardedOn", "2025-06-27")
				.param("certificateNo", certificate)
				.param("reason", "证书编号第十位录入错误"))
			.andExpect(status().is3xxRedirection());
		List<String> categories = List.of();
		for (int i = 0; i < 240 && !categories.contains(ArchiveCategory.AWARD_CORRECTION.name()); i++) {
			Thread.sleep(250);
			categories = this.jdbc.sql("""
					select i.category from degree_archive_item i join degree_archive a on a.id = i.archive_id
					where a.student_no = :no order by i.position
					""").param("no", studentNo).query(String.class).list();
		}
		assertThat(categories).last().isEqualTo(ArchiveCategory.AWARD_CORRECTION.name());
		assertThat(archiveKeys(studentNo)).hasSize(frozenKeys.size() + 1).containsAll(frozenKeys);
		this.mvc.perform(get("/documents/archives/" + studentNo).with(user(office)))
			.andExpect(content().string(containsString("id=\"archive-intact\"")))
			.andExpect(content().string(containsString("学位授予信息更正说明")));
		byte[] archive = zip(office, studentNo);
		assertThat(unzip(archive).keySet()).anyMatch((name) -> name.endsWith("学位授予信息更正说明.pdf"));
		assertThat(this.jdbc.sql("""
				select effective_on || ' ' || evidence || ' ' || reason from student_status_change
				where student_id = :s and to_status = 'GRADUATED' order by id desc limit 1
				""").param("s", studentId).query(String.class).single())
			.isEqualTo("2025-06-27 " + certificate + " 授予学位 / degree awarded · 更正授予信息 / award corrected: 证书编号第十位录入错误");
		assertThat(this.jdbc.sql("select status_since from student where id = :s")
			.param("s", studentId)
			.query(LocalDate.class)
			.single()).isEqualTo(LocalDate.of(2025, 6, 27));
	}

	private List<String> archiveKeys(String studentNo) {
		return this.jdbc.sql("""
				select i.file_key from degree_archive_item i join degree_archive a on a.id = i.archive_id
				where a.student_no = :no order by i.position
				""").param("no", studentNo).query(String.class).list();
	}

	private String archiveFrozenBy(String studentNo) {
		return this.jdbc.sql("select frozen_by from degree_archive where student_no = :no")
			.param("no", studentNo)
			.query(String.class)
			.optional()
			.orElse(null);
	}

	private byte[] zip(UserDetails office, String studentNo) throws Exception {
		return this.mvc.perform(get("/documents/archives/" + studentNo + ".zip").with(user(office)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
	}

	/**
	 * A doctoral graduate: thesis (full and blind), a cleared round with its similarity
	 * report and one submitted review, the defense passed, the degree awarded.
	 */
	private void graduate(String studentNo, long studentId, String reviewerStaffNo, boolean awarded) {
		ThesisHistory history = this.context.getBean(ThesisHistory.class);
		ThesisHistory.Candidate candidate = history.doctoralWithoutThesis(1_000_000)
			.stream()
			.filter((c) -> c.studentNo().equals(studentNo))
			.findFirst()
			.orElseThrow();
		history.recordThesis(candidate, "糖尿病患者预后的临床研究", docx("学位论文全文"), docx("盲审版"), LocalDate.of(2025, 3, 20));
		history.recordRound(studentId, RoundStatus.CLEARED, new BigDecimal("6.40"), pdf(), LocalDate.of(2025, 4, 1),
				LocalDate.of(2025, 5, 1), null, null);
		long reviewerId = this.context.getBean(SupervisorDirectory.class).byStaffNo(reviewerStaffNo).orElseThrow().id();
		history.recordReview(studentId, reviewerId, "R" + studentNo, LocalDate.of(2025, 5, 1),
				new ThesisHistory.SubmittedReview(ReviewVerdict.AGREE, new BigDecimal("17"), new BigDecimal("16"),
						new BigDecimal("16"), new BigDecimal("17"), new BigDecimal("8"), "论文选题合理，方法可靠。",
						OffsetDateTime.now().minusDays(200)));
		this.jdbc.sql("""
				insert into milestone (student_id, type, held_on, result, recorded_by)
				values (:s, :type, :on, 'PASS', 'test') on conflict do nothing
				""")
			.param("s", studentId)
			.param("type", MilestoneType.DEFENSE.name())
			.param("on", LocalDate.of(2025, 5, 20))
			.update();
		this.jdbc.sql("""
				insert into degree_decision (student_id, meeting_on, committee_size, votes_for, votes_against,
				    votes_abstain, decision, resolution, decided_by, awarded_on, certificate_no, awarded_by)
				values (:s, :meeting, 21, 19, 0, 1, :award, '经学位评定委员会表决，同意授予学位。', '学位评定委员会秘书',
				    :awarded, :no, :by)
				""")
			.param("s", studentId)
			.param("award", CommitteeDecision.AWARD.name())
			.param("meeting", LocalDate.of(2025, 6, 10))
			.param("by", awarded ? "研究生院学位办" : null)
			.param("awarded", awarded ? LocalDate.of(2025, 6, 28) : null)
			.param("no", awarded ? String.format("1033520259%06d", studentId % 1_000_000) : null)
			.update();
		if (awarded) {
			this.jdbc.sql("update student set status = 'GRADUATED' where id = :s").param("s", studentId).update();
		}
	}

	/**
	 * A thesis as the demo writes one: title, abstracts, a chapter, references.
	 */
	private static byte[] docx(String title) {
		try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			for (String text : List.of(title, "摘 要", "本研究观察糖尿病患者的预后。".repeat(40), "关键词：糖尿病；预后", "ABSTRACT",
					"This study follows the outcome of diabetic patients. ".repeat(30), "Key words: diabetes; outcome",
					"第一章 引言", "糖尿病是常见的慢性疾病，本研究采用队列研究方法。".repeat(200), "参考文献", "[1] Guidelines, 2023.", "致 谢",
					"感谢导师的悉心指导。")) {
				document.createParagraph().createRun().setText(text);
			}
			document.write(out);
			return out.toByteArray();
		}
		catch (java.io.IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static byte[] pdf() {
		try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			document.addPage(new PDPage());
			document.save(out);
			return out.toByteArray();
		}
		catch (java.io.IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static Map<String, byte[]> unzip(byte[] zip) throws Exception {
		Map<String, byte[]> files = new HashMap<>();
		try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip),
				java.nio.charset.StandardCharsets.UTF_8)) {
			for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
				files.put(entry.getName(), in.readAllBytes());
			}
		}
		assertThat(files).isNotEmpty();
		return files;
	}

}
