package com.clinigrad.demo;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Random;

import com.clinigrad.organization.SchoolCalendar;
import com.clinigrad.theses.ReviewVerdict;
import com.clinigrad.theses.RoundClosedReason;
import com.clinigrad.theses.RoundStatus;
import com.clinigrad.theses.ThesisHistory;
import com.clinigrad.theses.ThesisHistory.Candidate;
import com.clinigrad.theses.ThesisHistory.Reviewer;
import com.clinigrad.theses.ThesisHistory.SubmittedReview;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Thesis workflows for the demo university, each after a passed pre-defense: a doctoral
 * thesis under blind review (some verdicts in, one pending with the demo expert), one
 * whose round the similarity check cancelled, one cleared for its defense, and last
 * year's degree awards for the spot check. Files are generated DOCX theses that the
 * product counts like any upload; everything is written through {@link ThesisHistory}.
 */
@Component
class DemoTheses {

	private static final String SENTENCES = "本研究以临床问题为导向，纳入本院收治的连续病例，采用前瞻性队列设计，"
			+ "比较不同治疗策略对主要不良心血管事件的影响。结果显示，早期规范化干预可显著降低再入院率，" + "并改善患者的生活质量评分。多因素分析提示年龄、合并糖尿病及肾功能不全是独立危险因素。";

	private static final String ENGLISH = "This cohort study compares treatment strategies for major adverse "
			+ "cardiovascular events in consecutive inpatients; early standardised care lowered readmission. ";

	private final ThesisHistory theses;

	private final SchoolCalendar calendar;

	DemoTheses(ThesisHistory theses, SchoolCalendar calendar) {
		this.theses = theses;
		this.calendar = calendar;
	}

	/**
	 * @return the staff number of the reviewer the demo expert logs in as, or
	 * {@code null} when the university has no doctoral student to review
	 */
	@Transactional
	String load(LocalDate today, long seed) {
		Random random = new Random(seed);
		List<Candidate> students = this.theses.doctoralWithoutThesis(3);
		if (students.size() < 3) {
			return null;
		}
		String expert = null;
		String[] titles = { "急性心肌梗死患者早期规范化干预与心血管结局的前瞻性队列研究", "2型糖尿病合并慢性肾病患者降糖策略的真实世界研究", "老年髋部骨折围手术期多学科协作模式的临床研究" };
		for (int i = 0; i < 3; i++) {
			Candidate student = students.get(i);
			byte[] full = thesisFile(titles[i], student.name(), 860 + i * 40, 1500, 24000 + i * 3000);
			byte[] blind = thesisFile(titles[i], null, 860 + i * 40, 1500, 24000 + i * 3000);
			this.theses.recordThesis(student, titles[i], full, blind, today.minusDays(60));
			BigDecimal similarity = (i == 1) ? new BigDecimal("34.20") : new BigDecimal(i == 0 ? "9.80" : "6.40");
			boolean cancelled = i == 1;
			LocalDate started = today.minusDays(40);
			this.theses.recordRound(student.id(),
					cancelled ? RoundStatus.CANCELLED : (i == 2) ? RoundStatus.CLEARED : RoundStatus.OPEN, similarity,
					report(similarity), cancelled ? null : started,
					cancelled ? null : this.calendar.addWorkingDays(started, 35),
					cancelled ? RoundClosedReason.SIMILARITY : null,
					(i == 0) ? null : OffsetDateTime.now().minusDays(3));
			if (cancelled) {
				continue;
			}
			List<Reviewer> reviewers = this.theses.reviewerCandidates(student, 5, i * 2);
			for (int r = 0; r < reviewers.size(); r++) {
				boolean pending = i == 0 && r < 2;
				if (i == 0 && r == 0) {
					expert = reviewers.get(r).staffNo();
				}
				int base = 14 + random.nextInt(5);
				String code = "BR-D" + i + r + Integer.toString(100 + random.nextInt(900));
				SubmittedReview review = pending ? null
						: new SubmittedReview((r == 3) ? ReviewVerdict.AGREE_AFTER_REVISION : ReviewVerdict.AGREE,
								BigDecimal.valueOf(base), BigDecimal.valueOf(base + 8), BigDecimal.valueOf(base),
								BigDecimal.valueOf(base - 1), BigDecimal.valueOf(8),
								(r == 3) ? "论文选题有临床价值，但随访时间偏短，讨论部分需结合近年指南补充，修改后可答辩。"
										: "选题紧密结合临床，研究设计规范，数据翔实，结论可信，写作规范，同意答辩。",
								OffsetDateTime.now().minusDays(10 - r));
				this.theses.recordReview(student.id(), reviewers.get(r).id(), code,
						this.calendar.addWorkingDays(started, 35), review);
			}
		}
		this.theses.recordAwards(today.getYear() - 1, 60);
		this.theses.remind(today);
		return expert;
	}

	/**
	 * A thesis as a DOCX: cover (with the author unless anonymised), abstracts, chapters,
	 * references and acknowledgements.
	 */
	static byte[] thesisFile(String title, String author, int abstractZh, int abstractEn, int body) {
		try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			paragraph(document, title);
			paragraph(document, (author != null) ? "作者：" + author : "作者：（盲审隐去）");
			paragraph(document, "摘 要");
			paragraph(document, repeat(SENTENCES, abstractZh));
			paragraph(document, "关键词：心血管结局；队列研究");
			paragraph(document, "ABSTRACT");
			paragraph(document, repeat(ENGLISH, abstractEn));
			paragraph(document, "Key words: cardiovascular outcome; cohort study");
			int chapters = 4;
			for (int c = 1; c <= chapters; c++) {
				paragraph(document, "第" + "一二三四".charAt(c - 1) + "章 " + ((c == 1) ? "引言" : "研究内容" + c));
				String text = repeat(SENTENCES, body / chapters);
				for (int start = 0; start < text.length(); start += 400) {
					paragraph(document, text.substring(start, Math.min(text.length(), start + 400)));
				}
			}
			paragraph(document, "参考文献");
			paragraph(document, "[1] Writing Group. Guidelines for acute myocardial infarction. Circulation, 2023.");
			paragraph(document, "致 谢");
			paragraph(document, (author != null) ? "感谢导师的悉心指导。" : "感谢导师的悉心指导（盲审隐去）。");
			document.write(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static byte[] report(BigDecimal similarity) {
		try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			PDPage page = new PDPage();
			document.addPage(page);
			try (PDPageContentStream stream = new PDPageContentStream(document, page)) {
				stream.beginText();
				stream.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 14);
				stream.newLineAtOffset(72, 700);
				stream.showText("Similarity check report - total copy ratio " + similarity.toPlainString() + " %");
				stream.endText();
			}
			document.save(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static void paragraph(XWPFDocument document, String text) {
		document.createParagraph().createRun().setText(text);
	}

	/**
	 * @return the text repeated to exactly {@code count} non-whitespace characters
	 */
	private static String repeat(String text, int count) {
		StringBuilder result = new StringBuilder();
		int chars = 0;
		int i = 0;
		while (chars < count) {
			char c = text.charAt(i++ % text.length());
			result.append(c);
			if (!Character.isWhitespace(c)) {
				chars++;
			}
		}
		return result.toString();
	}

}
