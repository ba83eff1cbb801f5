package com.clinigrad.theses;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;

import com.clinigrad.organization.SchoolCalendar;
import com.clinigrad.students.DegreeType;
import com.clinigrad.students.StudentStatus;
import com.clinigrad.supervisors.TitleLevel;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Thesis workflows for the demo university, each after a passed pre-defense: a doctoral
 * thesis under blind review (some verdicts in, one pending with the demo expert), one
 * whose round the similarity check cancelled, one cleared for its defense, and last
 * year's degree awards for the spot check. Files are generated DOCX theses that the
 * product counts like any upload.
 */
@Component
public class ThesisDemoData {

	private static final String SENTENCES = "本研究以临床问题为导向，纳入本院收治的连续病例，采用前瞻性队列设计，"
			+ "比较不同治疗策略对主要不良心血管事件的影响。结果显示，早期规范化干预可显著降低再入院率，" + "并改善患者的生活质量评分。多因素分析提示年龄、合并糖尿病及肾功能不全是独立危险因素。";

	private static final String ENGLISH = "This cohort study compares treatment strategies for major adverse "
			+ "cardiovascular events in consecutive inpatients; early standardised care lowered readmission. ";

	private final JdbcClient jdbc;

	private final BlindReviews reviews;

	private final SchoolCalendar calendar;

	ThesisDemoData(JdbcClient jdbc, BlindReviews reviews, SchoolCalendar calendar) {
		this.jdbc = jdbc;
		this.reviews = reviews;
		this.calendar = calendar;
	}

	/**
	 * @return the staff number of the reviewer the demo expert logs in as, or
	 * {@code null} when the university has no doctoral student to review
	 */
	@Transactional
	public String load(LocalDate today, long seed) {
		Random random = new Random(seed);
		List<Map<String, Object>> students = this.jdbc.sql("""
				select s.id, s.student_no, s.name, s.hospital_id, s.supervisor_id, s.co_supervisor_id, s.discipline_code
				from student s
				where s.degree_type in (:doctoral) and s.status = :enrolled
				  and not exists (select 1 from thesis t where t.student_id = s.id)
				order by s.cohort_year, s.student_no limit 3
				""")
			.param("doctoral",
					Arrays.stream(DegreeType.values()).filter(DegreeType::doctoral).map(DegreeType::name).toList())
			.param("enrolled", StudentStatus.ENROLLED.name())
			.query()
			.listOfRows();
		if (students.size() < 3) {
			return null;
		}
		String expert = null;
		String[] titles = { "急性心肌梗死患者早期规范化干预与心血管结局的前瞻性队列研究", "2型糖尿病合并慢性肾病患者降糖策略的真实世界研究", "老年髋部骨折围手术期多学科协作模式的临床研究" };
		for (int i = 0; i < 3; i++) {
			Map<String, Object> student = students.get(i);
			long id = ((Number) student.get("id")).longValue();
			byte[] full = thesisFile(titles[i], (String) student.get("name"), 860 + i * 40, 1500, 24000 + i * 3000);
			byte[] blind = thesisFile(titles[i], null, 860 + i * 40, 1500, 24000 + i * 3000);
			ThesisCounts counts = ThesisText.count("thesis.docx", full);
			this.jdbc.sql("""
					insert into thesis (student_id, title, body_chars, abstract_zh_chars, abstract_en_chars,
					    counts_source, declaration_signed, student_signed_by, student_signed_at, supervisor_signed_by,
					    supervisor_signed_at, recorded_by)
					values (:s, :title, :body, :zh, :en, :source, true, :name, now() - interval '30 days', '导师',
					    now() - interval '29 days', 'demo')
					""")
				.param("s", id)
				.param("source", CountsSource.FILE.name())
				.param("title", titles[i])
				.param("body", counts.bodyChars())
				.param("zh", counts.abstractZhChars())
				.param("en", counts.abstractEnChars())
				.param("name", student.get("name"))
				.update();
			this.jdbc.sql("""
					insert into milestone (student_id, type, held_on, result, recorded_by)
					values (:s, :type, :on, :result, 'demo') on conflict do nothing
					""")
				.param("s", id)
				.param("type", MilestoneType.PRE_DEFENSE.name())
				.param("on", today.minusDays(60))
				.param("result", MilestoneResult.PASS.name())
				.update();
			file(id, FileKind.FULL, "学位论文-" + student.get("student_no") + ".docx", full, counts);
			file(id, FileKind.BLIND, "盲审版.docx", blind, ThesisText.count("blind.docx", blind));
			BigDecimal similarity = (i == 1) ? new BigDecimal("34.20") : new BigDecimal(i == 0 ? "9.80" : "6.40");
			boolean cancelled = i == 1;
			LocalDate started = today.minusDays(40);
			this.jdbc.sql("""
					insert into thesis_round (student_id, round_no, status, similarity_percent, similarity_report,
					    similarity_file_name, similarity_by, similarity_at, review_started_on, review_due_on,
					    closed_reason, closed_at)
					values (:s, 1, :status, :p, :report, '学术不端检测报告.pdf', '研究生院学位办', now() - interval '40 days',
					    :started, :due, :reason, :closedAt)
					""")
				.param("s", id)
				.param("status",
						(cancelled ? RoundStatus.CANCELLED : (i == 2) ? RoundStatus.CLEARED : RoundStatus.OPEN).name())
				.param("p", similarity)
				.param("report", report(similarity))
				.param("started", cancelled ? null : started)
				.param("due", cancelled ? null : this.calendar.addWorkingDays(started, 35))
				.param("reason", cancelled ? RoundClosedReason.SIMILARITY.name() : null)
				.param("closedAt", (i == 0) ? null : java.time.OffsetDateTime.now().minusDays(3))
				.update();
			this.jdbc.sql("update thesis set similarity_percent = :p where student_id = :s")
				.param("p", similarity)
				.param("s", id)
				.update();
			if (cancelled) {
				continue;
			}
			List<Map<String, Object>> reviewers = this.jdbc
				.sql("""
						select id, staff_no from supervisor
						where (doctoral_supervisor or title_level = :fullSenior) and id <> :sup
						  and id <> coalesce(cast(:co as bigint), -1) and hospital_id is distinct from cast(:hospital as bigint)
						 and (discipline_code is null or discipline_code = :field)
						order by institution is null, staff_no limit 5 offset :offset
						""")
				.param("fullSenior", TitleLevel.FULL_SENIOR.name())
				.param("sup", student.get("supervisor_id"))
				.param("co", student.get("co_supervisor_id"))
				.param("hospital", student.get("hospital_id"))
				.param("field", student.get("discipline_code"))
				.param("offset", i * 2)
				.query()
				.listOfRows();
			for (int r = 0; r < reviewers.size(); r++) {
				boolean pending = i == 0 && r < 2;
				if (i == 0 && r == 0) {
					expert = (String) reviewers.get(r).get("staff_no");
				}
				int base = 14 + random.nextInt(5);
				this.jdbc
					.sql("""
							insert into thesis_review (student_id, round_no, reviewer_id, code, assigned_by, due_on, status,
							    verdict, score_topic, score_innovation, score_knowledge, score_ability, score_writing, comments,
							    submitted_at, recorded_by)
							values (:s, 1, :reviewer, :code, '研究生院学位办', :due, :status, :verdict, :topic, :innovation,
							    :knowledge, :ability, :writing, :comments, :submittedAt, 'demo')
							""")
					.param("s", id)
					.param("reviewer", reviewers.get(r).get("id"))
					.param("code", "BR-D" + i + r + Integer.toString(100 + random.nextInt(900)))
					.param("due", this.calendar.addWorkingDays(started, 35))
					.param("status", (pending ? ReviewStatus.PENDING : ReviewStatus.SUBMITTED).name())
					.param("verdict",
							pending ? null
									: ((r == 3) ? ReviewVerdict.AGREE_AFTER_REVISION : ReviewVerdict.AGREE).name())
					.param("topic", pending ? null : BigDecimal.valueOf(base))
					.param("innovation", pending ? null : BigDecimal.valueOf(base + 8))
					.param("knowledge", pending ? null : BigDecimal.valueOf(base))
					.param("ability", pending ? null : BigDecimal.valueOf(base - 1))
					.param("writing", pending ? null : BigDecimal.valueOf(8))
					.param("comments",
							pending ? null
									: (r == 3) ? "论文选题有临床价值，但随访时间偏短，讨论部分需结合近年指南补充，修改后可答辩。"
											: "选题紧密结合临床，研究设计规范，数据翔实，结论可信，写作规范，同意答辩。")
					.param("submittedAt", pending ? null : java.time.OffsetDateTime.now().minusDays(10 - r))
					.update();
			}
		}
		awardLastYear(today);
		this.reviews.remind(today);
		return expert;
	}

	/**
	 * Records last year's awards for the students who graduated, so that the spot check
	 * has its population.
	 */
	private void awardLastYear(LocalDate today) {
		int year = today.getYear() - 1;
		List<Long> graduated = this.jdbc.sql("""
				select id from student where status = :graduated order by student_no limit 60
				""").param("graduated", StudentStatus.GRADUATED.name()).query(Long.class).list();
		List<Long> awarded = new ArrayList<>(graduated);
		for (int i = 0; i < awarded.size(); i++) {
			this.jdbc.sql("""
					insert into degree_decision (student_id, meeting_on, committee_size, votes_for, votes_against,
					    votes_abstain, decision, resolution, decided_by, awarded_on, certificate_no, awarded_by)
					values (:s, :meeting, 21, 19, 0, 1, :award, '经学位评定委员会表决，同意授予学位。', '学位评定委员会秘书',
					    :awarded, :no, '研究生院学位办')
					on conflict (student_id) do nothing
					""")
				.param("s", awarded.get(i))
				.param("award", CommitteeDecision.AWARD.name())
				.param("meeting", LocalDate.of(year, 6, 10))
				.param("awarded", LocalDate.of(year, 6, 28))
				.param("no", String.format("10001%d%07d", year, i + 1))
				.update();
		}
	}

	private void file(long studentId, FileKind kind, String name, byte[] content, ThesisCounts counts) {
		this.jdbc.sql("""
				insert into thesis_file (student_id, kind, version_no, file_name, format, content, size_bytes, sha256,
				    body_chars, abstract_zh_chars, abstract_en_chars, uploaded_by)
				values (:s, :kind, 1, :name, :format, :content, :size, :sha, :body, :zh, :en, 'demo')
				""")
			.param("s", studentId)
			.param("kind", kind.name())
			.param("format", ThesisText.DOCX)
			.param("name", name)
			.param("content", content)
			.param("size", content.length)
			.param("sha", Integer.toHexString(java.util.Arrays.hashCode(content)))
			.param("body", counts.bodyChars())
			.param("zh", counts.abstractZhChars())
			.param("en", counts.abstractEnChars())
			.update();
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
