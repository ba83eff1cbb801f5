package com.clinigrad.theses;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFComment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTP;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRunTrackChange;

import com.clinigrad.shared.BusinessRuleException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * Section counts at their boundaries (10,000 vs 9,999 body characters, 1,000 vs 1,001 in
 * the Chinese abstract) on the same thesis as DOCX and as PDF, with a cover page, a table
 * of contents and headings that must not be counted; file type and damage detection; and
 * the metadata stripped for blind review.
 */
class ThesisTextTests {

	static final Path FONT = Path.of("src/main/resources/fonts/DroidSansFallbackFull.ttf");

	static final PDFont HELVETICA = new PDType1Font(Standard14Fonts.FontName.HELVETICA);

	static final String ZH = "糖尿病患者的临床特征与预后分析，结果显示血糖控制良好。";

	static final String EN = "Diabetesoutcomeswereanalysedin120patients,HbA1cimproved.";

	static final String BODY = "本研究纳入2019年至2021年住院患者120例，采用Logistic回归分析危险因素。";

	@ParameterizedTest
	@ValueSource(strings = { "PDF", "DOCX" })
	void countsTheSectionsExactly(String format) {
		ThesisCounts counts = ThesisText.count("thesis", file(format, thesis(1000, 800, 10000)));
		assertThat(counts.bodyChars()).isEqualTo(10000);
		assertThat(counts.abstractZhChars()).isEqualTo(1000);
		assertThat(counts.abstractEnChars()).isEqualTo(800);
		assertThat(counts.notFound()).isEmpty();
		assertThat(counts.text()).contains("张三", "致谢");
		ThesisCounts other = ThesisText.count("thesis", file(format, thesis(1001, 799, 9999)));
		assertThat(other.bodyChars()).isEqualTo(9999);
		assertThat(other.abstractZhChars()).isEqualTo(1001);
		assertThat(other.abstractEnChars()).isEqualTo(799);
	}

	@ParameterizedTest
	@ValueSource(strings = { "PDF", "DOCX" })
	void aMissingEnglishAbstractIsReported(String format) {
		ThesisCounts counts = ThesisText.count("thesis", file(format, thesis(1000, null, 10000)));
		assertThat(counts.notFound()).containsExactly("ABSTRACT_EN");
		assertThat(counts.abstractEnChars()).isNull();
		assertThat(counts.abstractZhChars()).isEqualTo(1000);
		assertThat(counts.bodyChars()).isEqualTo(10000);
	}

	@Test
	void sectionsNotFoundAreListedInOrder() {
		ThesisCounts counts = ThesisText.count("cover.docx", docx(List.of("天津医科大学博士学位论文", "作者：张三")));
		assertThat(counts.notFound()).containsExactly("ABSTRACT_ZH", "ABSTRACT_EN", "BODY");
		assertThat(counts.bodyChars()).isNull();
		assertThat(counts.abstractZhChars()).isNull();
	}

	@Test
	void inlineHeadingsCountTheTextAfterTheColon() {
		List<Object> content = List.of("目录", "摘要\t I", "1 引言\t1", "摘要：本研究", "观察 患者", "关键字：糖尿病", "Abstract: This study",
				"KEY WORDS: diabetes", "1、绪论", "正文\u3000内容", "附录A 问卷", "问卷内容");
		ThesisCounts counts = ThesisText.count("short.docx", docx(content));
		assertThat(counts.abstractZhChars()).isEqualTo(7);
		assertThat(counts.abstractEnChars()).isEqualTo(9);
		assertThat(counts.bodyChars()).isEqualTo(4);
	}

	@Test
	void detectsTheFormatFromTheContent() {
		assertThat(ThesisText.format("a.docx", pdf(List.of("第一章 引言")))).isEqualTo("PDF");
		assertThat(ThesisText.format("a.pdf", docx(List.of("第一章 引言")))).isEqualTo("DOCX");
	}

	@Test
	void anythingElseIsTheWrongFileType() {
		byte[] text = "第一章 引言\n正文".getBytes(StandardCharsets.UTF_8);
		assertThat(error(() -> ThesisText.format("thesis.pdf", text))).isEqualTo("thesis.error.fileType");
		assertThat(error(() -> ThesisText.count("thesis.pdf", text))).isEqualTo("thesis.error.fileType");
		assertThat(error(() -> ThesisText.withoutMetadata("thesis.pdf", text))).isEqualTo("thesis.error.fileType");
		assertThat(error(() -> ThesisText.count("thesis.pdf", new byte[0]))).isEqualTo("thesis.error.fileType");
	}

	@ParameterizedTest
	@ValueSource(strings = { "PDF", "DOCX" })
	void aTruncatedFileIsUnreadable(String format) {
		byte[] content = file(format, thesis(1000, 800, 10000));
		byte[] truncated = Arrays.copyOf(content, content.length / 2);
		assertThat(error(() -> ThesisText.count("thesis", truncated))).isEqualTo("thesis.error.unreadable");
	}

	@Test
	void removesThePdfMetadata() throws IOException {
		byte[] original = pdf(thesis(1000, 800, 10000));
		byte[] stripped = ThesisText.withoutMetadata("thesis.pdf", original);
		try (PDDocument document = Loader.loadPDF(stripped)) {
			PDDocumentInformation info = document.getDocumentInformation();
			assertThat(info.getAuthor()).isNull();
			assertThat(info.getCreator()).isNull();
			assertThat(info.getProducer()).isNull();
			assertThat(info.getTitle()).isNull();
			assertThat(document.getDocumentCatalog().getMetadata()).isNull();
		}
		assertThat(ThesisText.count("thesis.pdf", stripped)).isEqualTo(ThesisText.count("thesis.pdf", original));
	}

	@Test
	void removesTheDocxMetadata() throws IOException {
		byte[] original = docx(thesis(1000, 800, 10000));
		byte[] stripped = ThesisText.withoutMetadata("thesis.docx", original);
		try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(stripped))) {
			assertThat(document.getProperties().getCoreProperties().getCreator()).isNull();
			assertThat(document.getProperties().getCoreProperties().getLastModifiedByUser()).isNull();
			assertThat(document.getProperties().getCoreProperties().getTitle()).isNull();
			assertThat(document.getProperties().getExtendedProperties().getCompany()).isNull();
			assertThat(document.getProperties().getCustomProperties().getUnderlyingProperties().sizeOfPropertyArray())
				.isZero();
		}
		assertThat(ThesisText.count("thesis.docx", stripped)).isEqualTo(ThesisText.count("thesis.docx", original));
	}

	@Test
	void removesTheListOfPeopleWhoCommentedOrTrackedChanges() throws Exception {
		byte[] original;
		try (org.apache.poi.openxml4j.opc.OPCPackage pkg = org.apache.poi.openxml4j.opc.OPCPackage
			.open(new ByteArrayInputStream(docx(thesis(1000, 800, 10000))))) {
			org.apache.poi.openxml4j.opc.PackagePart main = pkg
				.getPartsByName(java.util.regex.Pattern.compile("/word/document.xml"))
				.get(0);
			org.apache.poi.openxml4j.opc.PackagePart people = pkg.createPart(
					org.apache.poi.openxml4j.opc.PackagingURIHelper.createPartName("/word/people.xml"),
					"application/vnd.openxmlformats-officedocument.wordprocessingml.people+xml");
			try (java.io.OutputStream out = people.getOutputStream()) {
				out.write(("<w15:people xmlns:w15=\"http://schemas.microsoft.com/office/word/2012/wordml\">"
						+ "<w15:person w15:author=\"张三\"/></w15:people>")
					.getBytes(StandardCharsets.UTF_8));
			}
			main.addRelationship(people.getPartName(), org.apache.poi.openxml4j.opc.TargetMode.INTERNAL,
					ThesisText.PEOPLE);
			ByteArrayOutputStream saved = new ByteArrayOutputStream();
			pkg.save(saved);
			original = saved.toByteArray();
		}
		assertThat(new String(original, StandardCharsets.ISO_8859_1)).contains("word/people.xml");
		byte[] stripped = ThesisText.withoutMetadata("thesis.docx", original);
		assertThat(new String(stripped, StandardCharsets.ISO_8859_1)).doesNotContain("people.xml");
		assertThat(ThesisText.count("thesis.docx", stripped)).isEqualTo(ThesisText.count("thesis.docx", original));
	}

	@Test
	void removesCommentAndTrackedChangeAuthors() throws IOException {
		byte[] stripped;
		try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx(List.of("作者：张三"))))) {
			XWPFComment comment = document.createComments().createComment(BigInteger.ONE);
			comment.setAuthor("王五");
			comment.setInitials("WW");
			comment.createParagraph().createRun().setText("请修改");
			CTP paragraph = document.getParagraphArray(0).getCTP();
			paragraph.addNewCommentRangeStart().setId(BigInteger.ONE);
			paragraph.addNewCommentRangeEnd().setId(BigInteger.ONE);
			paragraph.addNewR().addNewCommentReference().setId(BigInteger.ONE);
			CTRunTrackChange insertion = paragraph.addNewIns();
			insertion.setId(BigInteger.TWO);
			insertion.setAuthor("王五");
			insertion.addNewR().addNewT().setStringValue("补充");
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			document.write(out);
			assertThat(ThesisText.count("a.docx", out.toByteArray()).text()).contains("王五");
			stripped = ThesisText.withoutMetadata("a.docx", out.toByteArray());
		}
		try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(stripped))) {
			assertThat(document.getDocComments().getComments()).singleElement().satisfies((comment) -> {
				assertThat(comment.getAuthor()).isEmpty();
				assertThat(comment.getText()).isEqualTo("请修改");
			});
			assertThat(document.getDocument().xmlText()).doesNotContain("王五").contains("补充");
			assertThat(new XWPFWordExtractor(document).getText()).doesNotContain("王五");
		}
	}

	/**
	 * A thesis: cover, table of contents, abstracts with keywords, a body whose first two
	 * lines form a table row, references and acknowledgements; {@code en} null for none.
	 */
	static List<Object> thesis(int zh, Integer en, int body) {
		List<Object> content = new ArrayList<>(List.of("天津医科大学博士学位论文", "糖尿病患者预后的临床研究", "作者：张三", "导师：李四 教授", "目　录",
				"摘 要........I", "ABSTRACT........II", "第一章 引言........1", "1.1 研究背景………………2", "参考文献........30",
				"致谢··········III", "摘　要"));
		content.addAll(text(zh, ZH));
		content.add("关键词：糖尿病；预后");
		if (en != null) {
			content.add("ABSTRACT");
			content.addAll(text(en, EN));
			content.add("Key words: diabetes; prognosis");
		}
		content.add("第一章 引言");
		List<String> lines = text(body, BODY);
		content.add(new String[] { lines.get(0), lines.get(1) });
		content.addAll(lines.subList(2, lines.size()));
		content.addAll(
				List.of("参考文献", "[1] Zhang S, Li S. Diabetes care. Lancet, 2020, 1: 1-10.", "致 谢", "感谢导师李四教授的悉心指导。"));
		return content;
	}

	/**
	 * Exactly {@code count} non-whitespace characters, a space after every 8, 40 a line.
	 */
	static List<String> text(int count, String alphabet) {
		List<String> lines = new ArrayList<>();
		StringBuilder line = new StringBuilder();
		for (int i = 0; i < count; i++) {
			line.append(alphabet.charAt(i % alphabet.length()));
			if (i % 8 == 7) {
				line.append(' ');
			}
			if (i % 40 == 39 || i == count - 1) {
				lines.add(line.toString());
				line.setLength(0);
			}
		}
		return lines;
	}

	static byte[] file(String format, List<Object> content) {
		return format.equals("PDF") ? pdf(content) : docx(content);
	}

	/** One paragraph a line, a one-row table for a {@code String[]}. */
	static byte[] docx(List<?> content) {
		try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			for (Object item : content) {
				if (item instanceof String[] cells) {
					XWPFTable table = document.createTable(1, cells.length);
					XWPFTableRow row = table.getRow(0);
					for (int i = 0; i < cells.length; i++) {
						row.getCell(i).setText(cells[i]);
					}
				}
				else {
					XWPFParagraph paragraph = document.createParagraph();
					String[] parts = ((String) item).split("\t", -1);
					for (int i = 0; i < parts.length; i++) {
						if (i > 0) {
							paragraph.createRun().addTab();
						}
						paragraph.createRun().setText(parts[i]);
					}
				}
			}
			document.getProperties().getCoreProperties().setCreator("张三");
			document.getProperties().getCoreProperties().setLastModifiedByUser("zhangsan");
			document.getProperties().getCoreProperties().setTitle("糖尿病患者预后的临床研究");
			document.getProperties().getExtendedProperties().setCompany("天津医科大学");
			document.getProperties().getCustomProperties().addProperty("审阅人", "张三");
			document.write(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * One {@code showText} a line (table cells one after the other), a page number below.
	 */
	static byte[] pdf(List<?> content) {
		List<String> lines = new ArrayList<>();
		for (Object item : content) {
			lines.addAll((item instanceof String[] cells) ? List.of(cells) : List.of((String) item));
		}
		try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			PDType0Font font = PDType0Font.load(document, FONT.toFile());
			PDPageContentStream stream = null;
			float y = 0;
			for (String line : lines) {
				if (y < 60) {
					if (stream != null) {
						stream.close();
					}
					PDPage page = new PDPage(PDRectangle.A4);
					document.addPage(page);
					stream = new PDPageContentStream(document, page);
					show(stream, font, 290, 30, "- " + document.getNumberOfPages() + " -");
					y = 800;
				}
				show(stream, font, 50, y, line);
				y -= 14;
			}
			stream.close();
			PDDocumentInformation info = document.getDocumentInformation();
			info.setAuthor("张三");
			info.setCreator("Microsoft Word");
			info.setTitle("糖尿病患者预后的临床研究");
			PDMetadata xmp = new PDMetadata(document);
			xmp.importXMPMetadata(
					"<x:xmpmeta xmlns:x='adobe:ns:meta/'>张三</x:xmpmeta>".getBytes(StandardCharsets.UTF_8));
			document.getDocumentCatalog().setMetadata(xmp);
			document.save(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** The CJK font has no Latin glyphs: those are shown in Helvetica, as Word would. */
	static void show(PDPageContentStream stream, PDFont cjk, float x, float y, String text) throws IOException {
		stream.beginText();
		stream.newLineAtOffset(x, y);
		int start = 0;
		while (start < text.length()) {
			boolean latin = text.charAt(start) < 0x2100;
			int end = start;
			while (end < text.length() && (text.charAt(end) < 0x2100) == latin) {
				end++;
			}
			stream.setFont(latin ? HELVETICA : cjk, 10);
			stream.showText(text.substring(start, end));
			start = end;
		}
		stream.endText();
	}

	static String error(Runnable call) {
		return assertThrows(BusinessRuleException.class, call::run).getMessageKey();
	}

}
