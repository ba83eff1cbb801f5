package com.clinigrad.courses;

import java.awt.image.BufferedImage;
import java.io.File;
import java.math.BigDecimal;
import java.util.List;

import javax.imageio.ImageIO;

import com.clinigrad.support.Fixtures;
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
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The official transcript: a PDF with the Chinese text readable (CJK font embedded), all
 * attempts or the final ones, and totals equal to the credit summary.
 */
@SpringBootTest
@AutoConfigureMockMvc
class TranscriptTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	CourseRecords records;

	@Test
	void thePdfShowsChineseTextAndTheTotalsOfTheCreditSummary() throws Exception {
		CourseTestSupport support = new CourseTestSupport(Fixtures.in(this.context), this.mvc, this.jdbc);
		String required = support.course("DEGREE_REQUIRED", "3");
		String publicCourse = support.course("PUBLIC_REQUIRED", "2");
		String elective = support.course("ELECTIVE", "1.5");
		String student = support.fixtures.student(support.hospital, support.instructor);
		long studentId = support.fixtures.studentId(student);
		this.records.upsertGrades(List.of(
				new GradeEntry(studentId, support.fixtures.courseId(required), "2023-1", 1, new BigDecimal("48"), null),
				new GradeEntry(studentId, support.fixtures.courseId(required), "2024-1", 2, new BigDecimal("75"), null),
				new GradeEntry(studentId, support.fixtures.courseId(publicCourse), "2023-1", 1, new BigDecimal("90"),
						null),
				new GradeEntry(studentId, support.fixtures.courseId(elective), "2023-2", 1, null, GradeResult.FAIL)));

		this.mvc.perform(get("/students/" + student + "/courses").with(user(support.staff)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"credit-total\"")));
		byte[] finalOnly = this.mvc.perform(get("/students/" + student + "/transcript.pdf").with(user(support.staff)))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", "application/pdf"))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		byte[] all = this.mvc
			.perform(get("/students/" + student + "/transcript.pdf?all=true").with(user(support.staff)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();

		try (PDDocument document = Loader.loadPDF(finalOnly)) {
			String text = new PDFTextStripper().getText(document);
			assertThat(text).contains("研究生课程成绩单", "学生" + student, "临床课程" + required, "学位必修课");
			// the student's own university (configured for the tests), not the one whose
			// rules the program follows
			assertThat(text).contains("华和医科大学", "Huahe Medical University", "华和医科大学研究生院（盖章）")
				.doesNotContain("北京协和医学院", "Peking Union Medical College");
			// 3 (retake passed) + 2; the failed pass/fail elective earns nothing
			assertThat(text).contains("已获 5", "要求 16");
			assertThat(text).contains("最终成绩").doesNotContain("全部修读记录");
			boolean embeddedCjk = false;
			for (var name : document.getPage(0).getResources().getFontNames()) {
				PDFont each = document.getPage(0).getResources().getFont(name);
				if (each.getName().contains("Droid") && each.isEmbedded()) {
					embeddedCjk = true;
				}
			}
			assertThat(embeddedCjk).as("CJK font embedded").isTrue();
			BufferedImage page = new PDFRenderer(document).renderImageWithDPI(0, 110);
			File shots = new File("target/screenshots");
			shots.mkdirs();
			ImageIO.write(page, "png", new File(shots, "transcript-final.png"));
			assertThat(page.getWidth()).isGreaterThan(800);
		}
		try (PDDocument document = Loader.loadPDF(all)) {
			String text = new PDFTextStripper().getText(document);
			assertThat(text).contains("48", "75", "不合格", "全部修读记录", "已获 5");
		}
		this.mvc.perform(get("/students/" + student + "/transcript?all=true").with(user(support.staff)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(">48<")))
			.andExpect(content().string(containsString("华和医科大学")))
			.andExpect(content().string(not(containsString("北京协和医学院"))))
			.andExpect(content().string(containsString("id=\"transcript-total\"")));
	}

}
