package com.clinigrad.theses;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationMarkup;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackagePartName;
import org.apache.poi.openxml4j.opc.PackageRelationship;
import org.apache.poi.openxml4j.opc.PackagingURIHelper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFComments;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFSDT;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.apache.xmlbeans.XmlCursor;
import org.apache.xmlbeans.XmlObject;
import org.openxmlformats.schemas.officeDocument.x2006.extendedProperties.CTProperties;

import com.clinigrad.shared.BusinessRuleException;

/**
 * Reads a thesis file (PDF or DOCX): detects the format from the bytes, counts the
 * characters without whitespace (Unicode code points that are neither
 * {@link Character#isWhitespace whitespace} nor {@link Character#isSpaceChar space
 * characters}; the same rule for Chinese and English) of the Chinese abstract (摘要), the
 * English abstract and the body (正文, from the first chapter to the references or
 * acknowledgements), and makes a copy without author-identifying metadata for blind
 * review.
 * <p>
 * The text is cut into trimmed lines (paragraphs for DOCX, table cells included; text
 * lines for PDF, page-number-only lines dropped); table-of-contents lines (ending with a
 * page number after a leader or a tab) are dropped, and headings are compared with all
 * whitespace removed. Heading lines that open or close a section are not counted. An
 * abstract ends at its keywords line, the other abstract's heading, the table of contents
 * heading (目录) or the body; the body ends at the references, acknowledgements or
 * appendix.
 */
public final class ThesisText {

	static final String PEOPLE = "http://schemas.microsoft.com/office/2011/relationships/people";

	public static final String PDF = "PDF";

	public static final String DOCX = "DOCX";

	private static final String PAGE = "[0-9IVXivx\\u2160-\\u217F]+";

	private static final Pattern TOC_LINE = Pattern.compile(".*(\\.{3,}|…+|·{3,}|．{3,}|\\t)\\s*" + PAGE + "\\s*");

	private static final Pattern PAGE_NUMBER = Pattern.compile("[-—–\\s]*" + PAGE + "[-—–\\s]*|第\\s*[0-9]+\\s*页");

	private static final Pattern TRAILING_PAGE_NUMBER = Pattern.compile(".*\\S\\s+" + PAGE);

	private static final Pattern ZH_HEADING = Pattern.compile("(?:中文)?摘要(?:[:：](?<rest>.*))?");

	private static final Pattern EN_HEADING = Pattern.compile("(?i)abstract(?:[:：](?<rest>.*))?");

	private static final Pattern BODY_HEADING = Pattern
		.compile("第[一二三四五六七八九十百0-9]+章.*|前言|引言|绪论|文献综述|1[.、．]?(?:前言|引言|绪论).*");

	private ThesisText() {
	}

	/**
	 * The file's format, {@value #PDF} or {@value #DOCX}, from its content.
	 * @throws BusinessRuleException {@code thesis.error.fileType} for anything else,
	 * {@code thesis.error.unreadable} for a damaged or encrypted Word file
	 */
	public static String format(String fileName, byte[] content) {
		if (isPdf(content)) {
			return PDF;
		}
		return withDocx(fileName, content, (document) -> DOCX);
	}

	/**
	 * Counts the sections of a thesis.
	 * @throws BusinessRuleException {@code thesis.error.fileType} if it is neither PDF
	 * nor DOCX, {@code thesis.error.unreadable} if it cannot be parsed (damaged,
	 * encrypted)
	 */
	public static ThesisCounts count(String fileName, byte[] content) {
		if (isPdf(content)) {
			return withPdf(fileName, content, (document) -> {
				PDFTextStripper stripper = new PDFTextStripper();
				stripper.setSortByPosition(true);
				String text = stripper.getText(document);
				return count(text.lines().filter((line) -> !PAGE_NUMBER.matcher(line).matches()).toList(), text);
			});
		}
		return withDocx(fileName, content, (document) -> {
			List<String> lines = new ArrayList<>();
			paragraphs(document.getBodyElements(), lines);
			return count(lines, new XWPFWordExtractor(document).getText());
		});
	}

	/**
	 * A copy without the metadata that could name the author: the PDF document
	 * information and XMP metadata and annotation authors; the DOCX core and extended
	 * properties (creator, last modified by, title, subject, description, keywords,
	 * category, company, manager) and the authors of comments and tracked changes.
	 */
	public static byte[] withoutMetadata(String fileName, byte[] content) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		if (isPdf(content)) {
			return withPdf(fileName, content, (document) -> {
				document.setDocumentInformation(new PDDocumentInformation());
				document.getDocumentCatalog().setMetadata(null);
				for (PDPage page : document.getPages()) {
					page.setMetadata(null);
					for (PDAnnotation annotation : page.getAnnotations()) {
						if (annotation instanceof PDAnnotationMarkup markup) {
							markup.setTitlePopup(null);
						}
					}
				}
				document.save(out);
				return out.toByteArray();
			});
		}
		return withDocx(fileName, content, (document) -> {
			POIXMLProperties.CoreProperties core = document.getProperties().getCoreProperties();
			core.setCreator(null);
			core.setLastModifiedByUser(null);
			core.setTitle(null);
			core.setSubjectProperty(null);
			core.setDescription(null);
			core.setKeywords(null);
			core.setCategory(null);
			CTProperties extended = document.getProperties().getExtendedProperties().getUnderlyingProperties();
			if (extended.isSetCompany()) {
				extended.unsetCompany();
			}
			if (extended.isSetManager()) {
				extended.unsetManager();
			}
			POIXMLProperties.CustomProperties custom = document.getProperties().getCustomProperties();
			if (custom.getUnderlyingProperties().sizeOfPropertyArray() > 0) {
				custom.getUnderlyingProperties()
					.setPropertyArray(
							new org.openxmlformats.schemas.officeDocument.x2006.customProperties.CTProperty[0]);
			}
			clearAuthors(document.getDocument());
			XWPFComments comments = document.getDocComments();
			if (comments != null) {
				clearAuthors(comments.getCtComments());
			}
			document.write(out);
			return withoutPeople(out.toByteArray());
		});
	}

	/**
	 * Word keeps the names of those who commented or tracked changes in
	 * {@code word/people.xml}: dropped with its relationship.
	 */
	static byte[] withoutPeople(byte[] docx) throws IOException {
		try (OPCPackage pkg = OPCPackage.open(new ByteArrayInputStream(docx))) {
			List<PackagePart> sources = new ArrayList<>();
			List<PackageRelationship> relationships = new ArrayList<>();
			for (PackagePart part : pkg.getParts()) {
				if (part.isRelationshipPart()) {
					continue;
				}
				for (PackageRelationship relationship : part.getRelationshipsByType(PEOPLE)) {
					sources.add(part);
					relationships.add(relationship);
				}
			}
			if (relationships.isEmpty()) {
				return docx;
			}
			for (int i = 0; i < relationships.size(); i++) {
				PackagePart part = sources.get(i);
				PackageRelationship relationship = relationships.get(i);
				PackagePartName target = PackagingURIHelper.createPartName(
						PackagingURIHelper.resolvePartUri(part.getPartName().getURI(), relationship.getTargetURI()));
				part.removeRelationship(relationship.getId());
				if (pkg.containPart(target)) {
					pkg.removePart(target);
				}
			}
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			pkg.save(out);
			return out.toByteArray();
		}
		catch (InvalidFormatException ex) {
			throw new IOException(ex);
		}
	}

	private static ThesisCounts count(List<String> rawLines, String text) {
		List<String> lines = rawLines.stream()
			.map(String::strip)
			.filter((line) -> !line.isEmpty() && !TOC_LINE.matcher(line).matches())
			.toList();
		List<String> keys = lines.stream().map(ThesisText::withoutWhitespace).toList();
		int zh = find(keys, (key) -> ZH_HEADING.matcher(key).matches());
		int en = find(keys, (key) -> EN_HEADING.matcher(key).matches());
		int bodyStart = Math.max(zh, en) + 1;
		while (bodyStart < lines.size() && (!BODY_HEADING.matcher(keys.get(bodyStart)).matches()
				|| TRAILING_PAGE_NUMBER.matcher(lines.get(bodyStart)).matches())) {
			bodyStart++;
		}
		int body = (bodyStart < lines.size()) ? bodyStart : -1;
		Integer zhChars = section(keys, zh, rest(ZH_HEADING, keys, zh), (key) -> key.startsWith("关键词")
				|| key.startsWith("关键字") || EN_HEADING.matcher(key).matches() || isContents(key), body);
		Integer enChars = section(keys, en, rest(EN_HEADING, keys, en),
				(key) -> key.regionMatches(true, 0, "keywords", 0, 8) || ZH_HEADING.matcher(key).matches()
						|| isContents(key),
				body);
		Integer bodyChars = section(keys, body, 0,
				(key) -> key.startsWith("参考文献") || key.startsWith("致谢") || key.startsWith("附录"), -1);
		List<String> notFound = new ArrayList<>();
		if (zhChars == null) {
			notFound.add("ABSTRACT_ZH");
		}
		if (enChars == null) {
			notFound.add("ABSTRACT_EN");
		}
		if (bodyChars == null) {
			notFound.add("BODY");
		}
		return new ThesisCounts(bodyChars, zhChars, enChars, List.copyOf(notFound), text);
	}

	/**
	 * Characters of the section whose heading is at {@code start}: those of the heading
	 * line given, then the lines up to the first one that ends it or the body.
	 */
	private static Integer section(List<String> keys, int start, int headingChars, Predicate<String> end, int body) {
		if (start < 0) {
			return null;
		}
		int chars = headingChars;
		for (int i = start + 1; i < keys.size() && i != body && !end.test(keys.get(i)); i++) {
			chars += chars(keys.get(i));
		}
		return chars;
	}

	/** Characters after the colon of a heading line like {@code 摘要：…}. */
	private static int rest(Pattern heading, List<String> keys, int line) {
		if (line < 0) {
			return 0;
		}
		Matcher matcher = heading.matcher(keys.get(line));
		return (matcher.matches() && matcher.group("rest") != null) ? chars(matcher.group("rest")) : 0;
	}

	private static boolean isContents(String key) {
		return key.equals("目录") || key.equals("目次");
	}

	private static int find(List<String> keys, Predicate<String> predicate) {
		for (int i = 0; i < keys.size(); i++) {
			if (predicate.test(keys.get(i))) {
				return i;
			}
		}
		return -1;
	}

	private static int chars(String text) {
		return (int) text.codePoints().filter((c) -> !isBlank(c)).count();
	}

	private static String withoutWhitespace(String text) {
		StringBuilder key = new StringBuilder(text.length());
		text.codePoints().filter((c) -> !isBlank(c)).forEach(key::appendCodePoint);
		return key.toString();
	}

	private static boolean isBlank(int codePoint) {
		return Character.isWhitespace(codePoint) || Character.isSpaceChar(codePoint);
	}

	/** Paragraph texts in body order, descending into tables and content controls. */
	private static void paragraphs(List<IBodyElement> elements, List<String> lines) {
		for (IBodyElement element : elements) {
			if (element instanceof XWPFParagraph paragraph) {
				lines.addAll(paragraph.getText().lines().toList());
			}
			else if (element instanceof XWPFTable table) {
				for (XWPFTableRow row : table.getRows()) {
					for (XWPFTableCell cell : row.getTableCells()) {
						paragraphs(cell.getBodyElements(), lines);
					}
				}
			}
			else if (element instanceof XWPFSDT sdt) {
				lines.addAll(sdt.getContent().getText().lines().toList());
			}
		}
	}

	private static void clearAuthors(XmlObject xml) {
		String namespace = "declare namespace w='http://schemas.openxmlformats.org/wordprocessingml/2006/main' ";
		for (String attribute : List.of("author", "initials")) {
			try (XmlCursor cursor = xml.newCursor()) {
				cursor.selectPath(namespace + ".//@w:" + attribute);
				while (cursor.toNextSelection()) {
					cursor.setTextValue("");
				}
			}
		}
	}

	private static boolean isPdf(byte[] content) {
		return startsWith(content, "%PDF".getBytes(StandardCharsets.US_ASCII));
	}

	private static boolean startsWith(byte[] content, byte[] prefix) {
		if (content == null || content.length < prefix.length) {
			return false;
		}
		for (int i = 0; i < prefix.length; i++) {
			if (content[i] != prefix[i]) {
				return false;
			}
		}
		return true;
	}

	private static boolean contains(byte[] content, String ascii) {
		return new String(content, StandardCharsets.ISO_8859_1).contains(ascii);
	}

	private static <R> R withPdf(String fileName, byte[] content, Work<PDDocument, R> work) {
		try (PDDocument document = Loader.loadPDF(content)) {
			if (document.isEncrypted()) {
				throw new IOException("encrypted");
			}
			return work.apply(document);
		}
		catch (IOException | RuntimeException ex) {
			throw error("thesis.error.unreadable", fileName, ex);
		}
	}

	/**
	 * Opens a Word file; a zip or OLE2 container that names a Word document (or an
	 * encrypted package) but cannot be opened is unreadable, anything else is of the
	 * wrong type.
	 */
	private static <R> R withDocx(String fileName, byte[] content, Work<XWPFDocument, R> work) {
		XWPFDocument document;
		try {
			if (!startsWith(content, new byte[] { 'P', 'K', 3, 4 })) {
				throw new IOException("not a zip");
			}
			document = new XWPFDocument(new ByteArrayInputStream(content));
		}
		catch (IOException | RuntimeException ex) {
			boolean word = content != null && (contains(content, "word/document.xml")
					|| contains(content, "E\0n\0c\0r\0y\0p\0t\0e\0d\0P\0a\0c\0k\0a\0g\0e\0"));
			throw error(word ? "thesis.error.unreadable" : "thesis.error.fileType", fileName, ex);
		}
		try (document) {
			return work.apply(document);
		}
		catch (IOException | RuntimeException ex) {
			throw error("thesis.error.unreadable", fileName, ex);
		}
	}

	private static BusinessRuleException error(String messageKey, String fileName, Exception cause) {
		BusinessRuleException error = new BusinessRuleException(messageKey, fileName);
		error.initCause(cause);
		return error;
	}

	@FunctionalInterface
	private interface Work<D, R> {

		R apply(D document) throws IOException;

	}

}
