package com.clinigrad.documents;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import com.clinigrad.organization.UniversityRef;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Renders a document as an A4 PDF: the university's header in both languages, the title,
 * the document number, what it states, an optional table, the issue date, the office's
 * seal line, and the verification code with its QR code pointing to the public
 * verification page.
 */
@Component
class DocumentPdf {

	private static final float QR_SIZE = 96;

	private final MessageSource messages;

	DocumentPdf(MessageSource messages) {
		this.messages = messages;
	}

	/**
	 * What one document shows.
	 *
	 * @param table the rows of a table below the statement (first row the headings), or
	 * empty
	 */
	record Content(UniversityRef university, String title, DocumentLanguage language, String documentNo,
			LocalDate issuedOn, Statement statement, String body, List<List<String>> table, String verificationCode,
			String verifyUrl) {
	}

	byte[] render(Content content) {
		Locale locale = content.language().locale();
		try (PdfWriter writer = new PdfWriter(content.title() + " " + content.documentNo())) {
			writer.centered(18, content.university().name());
			writer.down(20);
			writer.centered(10, content.university().nameEn());
			writer.down(12);
			writer.rule();
			writer.down(34);
			writer.centered(17, content.title());
			writer.down(26);
			writer.text(PdfWriter.MARGIN, 9, word("documents.pdf.number", locale) + " " + content.documentNo());
			writer.down(26);
			for (Statement.Line line : content.statement().lines()) {
				writer.text(PdfWriter.MARGIN + 8, 11, line.label());
				writer.text(PdfWriter.MARGIN + 170, 11, line.value());
				writer.down(19);
			}
			writer.down(10);
			if (content.body() != null && !content.body().isBlank()) {
				writer.paragraph(PdfWriter.MARGIN + 8, 11, 18, content.body());
				writer.down(8);
			}
			table(writer, content.table());
			writer.down(22);
			writer.right(11,
					word("documents.pdf.seal", locale, content.university().displayName(content.language().english())));
			writer.down(18);
			writer.right(11, word("documents.pdf.issuedOn", locale) + " " + content.issuedOn());
			verification(writer, content, locale);
			return writer.finish();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * A record of the degree archive (review form, committee vote, audit, index): the
	 * header, a title, label and value lines, paragraphs and a table, no verification.
	 */
	byte[] renderRecord(UniversityRef university, String title, List<Statement.Line> lines, List<String> paragraphs,
			List<List<String>> table) {
		try (PdfWriter writer = new PdfWriter(title)) {
			writer.centered(16, university.name());
			writer.down(18);
			writer.centered(9, university.nameEn());
			writer.down(10);
			writer.rule();
			writer.down(28);
			writer.centered(14, title);
			writer.down(26);
			for (Statement.Line line : lines) {
				writer.text(PdfWriter.MARGIN + 8, 10, line.label());
				writer.text(PdfWriter.MARGIN + 150, 10, (line.value() != null) ? line.value() : "");
				writer.down(16);
			}
			writer.down(8);
			for (String paragraph : paragraphs) {
				writer.paragraph(PdfWriter.MARGIN + 8, 10, 15, paragraph);
				writer.down(6);
			}
			table(writer, table);
			return writer.finish();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private void table(PdfWriter writer, List<List<String>> table) throws IOException {
		if (table.isEmpty()) {
			return;
		}
		int columns = table.get(0).size();
		float width = (PdfWriter.WIDTH - 2 * PdfWriter.MARGIN) / columns;
		float[] at = new float[columns];
		for (int i = 0; i < columns; i++) {
			at[i] = PdfWriter.MARGIN + ((i == 0) ? 0 : width * i + (i == 1 ? -width * 0.2f : 0));
		}
		writer.rule();
		writer.down(13);
		for (int row = 0; row < table.size(); row++) {
			List<String> cells = table.get(row);
			for (int i = 0; i < columns && i < cells.size(); i++) {
				writer.text(at[i], 9, fit(cells.get(i), (i == 1) ? 40 : 22));
			}
			writer.down((row == 0) ? 6 : 14);
			if (row == 0) {
				writer.rule();
				writer.down(12);
			}
		}
		writer.rule();
		writer.down(6);
	}

	/**
	 * The verification block at the foot of the last page: the QR code on the right, the
	 * code and the address beside it.
	 */
	private void verification(PdfWriter writer, Content content, Locale locale) throws IOException {
		if (writer.y() < PdfWriter.MARGIN + QR_SIZE + 40) {
			writer.newPage();
		}
		float bottom = PdfWriter.MARGIN;
		writer.image(QrCodes.of(content.verifyUrl(), 300), PdfWriter.WIDTH - PdfWriter.MARGIN - QR_SIZE, bottom,
				QR_SIZE);
		writer.down(writer.y() - (bottom + QR_SIZE - 12));
		writer.text(PdfWriter.MARGIN, 9, word("documents.pdf.code", locale) + " " + content.verificationCode());
		writer.down(14);
		writer.text(PdfWriter.MARGIN, 8, word("documents.pdf.verifyAt", locale));
		writer.down(12);
		writer.text(PdfWriter.MARGIN, 8, content.verifyUrl());
		writer.down(14);
		for (String line : writer.wrap(word("documents.pdf.footnote", locale), 7,
				PdfWriter.WIDTH - 2 * PdfWriter.MARGIN - QR_SIZE - 12)) {
			writer.text(PdfWriter.MARGIN, 7, line);
			writer.down(10);
		}
	}

	private static String fit(String text, int max) {
		if (text == null) {
			return "";
		}
		return (text.length() <= max) ? text : text.substring(0, max - 1) + "…";
	}

	private String word(String key, Locale locale, Object... args) {
		return this.messages.getMessage(key, args, locale);
	}

}
