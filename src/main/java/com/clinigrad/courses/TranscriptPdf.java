package com.clinigrad.courses;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.Locale;

import com.clinigrad.shared.pdf.MixedFontText;
import com.clinigrad.shared.pdf.PdfPages;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.springframework.context.MessageSource;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * Renders the official transcript as an A4 PDF with PDFBox, in Chinese with English
 * headings, the CJK font embedded (subset) so that it prints the same everywhere.
 */
@Component
class TranscriptPdf {

	private final MessageSource messages;

	TranscriptPdf(MessageSource messages) {
		this.messages = messages;
	}

	private static final String FONT = "fonts/DroidSansFallbackFull.ttf";

	private static final float MARGIN = 48;

	private static final float LINE = 15;

	private static final float[] COLUMNS = { MARGIN, MARGIN + 52, MARGIN + 118, MARGIN + 330, MARGIN + 400,
			MARGIN + 440, MARGIN + 470 };

	byte[] render(Transcript transcript) {
		try (PDDocument document = new PDDocument(); InputStream font = new ClassPathResource(FONT).getInputStream()) {
			PDType0Font cjk = PDType0Font.load(document, font, true);
			PDDocumentInformation info = document.getDocumentInformation();
			info.setTitle("研究生成绩单 " + transcript.student().studentNo());
			info.setCreator("Clinigrad");
			PdfPages writer = PdfPages.numbered(document,
					new MixedFontText(new PDType1Font(Standard14Fonts.FontName.HELVETICA), cjk), MARGIN, LINE);
			header(writer, transcript);
			for (TranscriptLine line : transcript.lines()) {
				if (!transcript.allAttempts() && !line.latest()) {
					continue;
				}
				writer.ensureRoom(LINE * 2, () -> tableHeader(writer));
				writer.text(COLUMNS[0], 9, line.term());
				writer.text(COLUMNS[1], 9, line.courseCode());
				writer.text(COLUMNS[2], 9, fit(line.courseName(), 19));
				writer.text(COLUMNS[3], 9, category(line.category()));
				writer.text(COLUMNS[4], 9, plain(line.credits()));
				writer.text(COLUMNS[5], 9, Integer.toString(line.attempt()));
				writer.text(COLUMNS[6], 9, grade(line));
				writer.down(LINE);
			}
			totals(writer, transcript);
			writer.close();
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			document.save(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private void header(PdfPages writer, Transcript transcript) throws IOException {
		writer.centered(18, transcript.university().name());
		writer.down(22);
		writer.centered(10, transcript.university().nameEn());
		writer.down(26);
		writer.centered(15, "研究生课程成绩单");
		writer.down(18);
		writer.centered(10, "Graduate Academic Transcript");
		writer.down(28);
		writer.text(MARGIN, 10, "姓名 Name：" + transcript.student().name());
		writer.text(MARGIN + 260, 10, "学号 Student No.：" + transcript.student().studentNo());
		writer.down(LINE + 2);
		writer.text(MARGIN, 10, "培养项目 Program：" + transcript.program().name() + " · " + transcript.program().nameEn());
		writer.down(LINE + 2);
		writer.text(MARGIN, 10, "入学年级 Cohort：" + transcript.student().cohortYear());
		writer.text(MARGIN + 260, 10,
				transcript.allAttempts() ? "范围：全部修读记录 (all attempts)" : "范围：最终成绩 (final attempts)");
		writer.down(LINE * 1.5f);
		tableHeader(writer);
	}

	private void tableHeader(PdfPages writer) throws IOException {
		writer.rule(0.6f);
		writer.down(LINE - 3);
		String[] titles = { "学期", "课程代码", "课程名称 Course", "类别", "学分", "次", "成绩" };
		for (int i = 0; i < titles.length; i++) {
			writer.text(COLUMNS[i], 9, titles[i]);
		}
		writer.down(6);
		writer.rule(0.6f);
		writer.down(LINE - 2);
	}

	private void totals(PdfPages writer, Transcript transcript) throws IOException {
		writer.ensureRoom(LINE * 14);
		writer.rule(0.6f);
		writer.down(LINE + 2);
		writer.text(MARGIN, 11, "学分统计 Credits (latest attempt passed)");
		writer.down(LINE + 2);
		for (CreditSummary.Line line : transcript.credits().lines()) {
			writer.text(MARGIN + 10, 9, category(line.category()));
			writer.text(MARGIN + 130, 9, "已获 " + plain(line.earned()));
			writer.text(MARGIN + 220, 9, (line.required() != null) ? "要求 " + plain(line.required()) : "");
			writer.down(LINE);
		}
		CreditSummary.Line total = transcript.credits().total();
		writer.text(MARGIN + 10, 10, "总学分 Total");
		writer.text(MARGIN + 130, 10, "已获 " + plain(total.earned()));
		writer.text(MARGIN + 220, 10, (total.required() != null) ? "要求 " + plain(total.required()) : "");
		writer.down(LINE * 2);
		writer.text(MARGIN, 9,
				"及格线 Pass mark：" + plain(transcript.credits().passMark()) + "    出具日期 Issued：" + transcript.issuedOn());
		writer.down(LINE);
		writer.text(MARGIN, 8, "本成绩单由 Clinigrad 研究生管理系统生成，重修记录为新的修读次数，以最后一次成绩为准。");
		writer.down(LINE * 3);
		writer.text(PdfPages.WIDTH - MARGIN - 170, 10, transcript.university().name() + "研究生院（盖章）");
		writer.down(LINE * 1.5f);
		writer.text(PdfPages.WIDTH - MARGIN - 170, 10, "经办人签字：");
	}

	/**
	 * The category's Chinese name, from the same messages the pages use.
	 */
	private String category(CourseCategory category) {
		return this.messages.getMessage(category.messageKey(), null, Locale.SIMPLIFIED_CHINESE);
	}

	private String grade(TranscriptLine line) {
		if (line.result() != null) {
			return this.messages.getMessage(line.result().messageKey(), null, Locale.SIMPLIFIED_CHINESE);
		}
		return line.scoreText();
	}

	static String plain(BigDecimal value) {
		return (value != null) ? value.stripTrailingZeros().toPlainString() : "";
	}

	private static String fit(String text, int max) {
		return (text.length() <= max) ? text : text.substring(0, max - 1) + "…";
	}

}
