package com.clinigrad.reports;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import com.clinigrad.shared.pdf.MixedFontText;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

import org.springframework.core.io.ClassPathResource;

/**
 * The annual report as an A4 PDF with PDFBox: each table with its rows and, for a table
 * with a chart, its charted rows drawn as horizontal bars; the CJK font embedded (subset)
 * as in the transcript.
 */
final class ReportPdf {

	private static final String FONT = "fonts/DroidSansFallbackFull.ttf";

	private static final float MARGIN = 48;

	private static final float LINE = 14;

	private static final float WIDTH = PDRectangle.A4.getWidth() - 2 * MARGIN;

	private static final float LABEL_WIDTH = 150;

	private static final Color[] PALETTE = { new Color(0x1f6f8b), new Color(0xe6a157), new Color(0x5b8c5a),
			new Color(0xc8553d), new Color(0x6c5b7b), new Color(0x99a8b2), new Color(0x355c7d) };

	private ReportPdf() {
	}

	static byte[] write(AnnualReportBook book, String heading) {
		try (PDDocument document = new PDDocument(); InputStream font = new ClassPathResource(FONT).getInputStream()) {
			PDType0Font cjk = PDType0Font.load(document, font, true);
			PDDocumentInformation info = document.getDocumentInformation();
			info.setTitle(heading);
			info.setCreator("Clinigrad");
			Writer writer = new Writer(document, cjk);
			writer.centered(16, heading);
			writer.down(20);
			writer.centered(10, book.scopeName());
			writer.down(24);
			for (ReportTable table : book.tables()) {
				table(writer, table);
			}
			writer.close();
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			document.save(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static void table(Writer writer, ReportTable table) throws IOException {
		writer.ensureRoom(LINE * (4 + Math.min(table.rows().size(), 6)));
		writer.text(MARGIN, 11, table.title());
		writer.down(LINE + 2);
		int columns = table.columns().size();
		if (columns > 0 && !table.rows().isEmpty()) {
			float cell = (WIDTH - LABEL_WIDTH) / Math.max(1, columns - 1);
			writer.rule(0.6f);
			writer.down(LINE - 3);
			for (int i = 0; i < columns; i++) {
				writer.text(x(i, cell), 8, fit(table.columns().get(i).text(), (i == 0) ? 22 : (int) (cell / 5.5f)));
			}
			writer.down(5);
			writer.rule(0.4f);
			writer.down(LINE - 3);
			for (ReportTable.Row row : table.rows()) {
				writer.ensureRoom(LINE);
				writer.text(x(0, cell), 9, fit(row.label(), 24));
				for (int i = 0; i < row.cells().size(); i++) {
					writer.text(x(i + 1, cell), 9, row.cells().get(i).text());
				}
				writer.down(LINE);
			}
			writer.down(-9);
			writer.rule(0.6f);
			writer.down(LINE);
			if (table.chart() != null) {
				bars(writer, table);
			}
		}
		if (table.note() != null) {
			for (String line : wrap(table.note(), 60)) {
				writer.ensureRoom(LINE);
				writer.text(MARGIN, 8, line);
				writer.down(LINE - 3);
			}
		}
		writer.down(LINE);
	}

	/**
	 * Each charted row as one bar of its charted cells stacked, against the largest row.
	 */
	private static void bars(Writer writer, ReportTable table) throws IOException {
		List<ReportTable.Row> series = table.rows().stream().filter(ReportTable.Row::series).toList();
		double largest = 0;
		for (ReportTable.Row row : series) {
			largest = Math.max(largest, charted(table, row).stream().mapToDouble(Double::doubleValue).sum());
		}
		if (largest <= 0) {
			return;
		}
		boolean stacked = table.chart().stacked();
		if (!stacked) {
			largest = 0;
			for (ReportTable.Row row : series) {
				for (double value : charted(table, row)) {
					largest = Math.max(largest, value);
				}
			}
		}
		float full = WIDTH - LABEL_WIDTH - 40;
		for (ReportTable.Row row : series) {
			List<Double> values = charted(table, row);
			writer.ensureRoom(stacked ? LINE : LINE * values.size());
			writer.text(MARGIN + 8, 8, fit(row.label(), 24));
			float x = MARGIN + LABEL_WIDTH;
			double total = 0;
			for (int i = 0; i < values.size(); i++) {
				float width = (float) (values.get(i) / largest * full);
				writer.bar(x, width, PALETTE[i % PALETTE.length]);
				total += values.get(i);
				if (stacked) {
					x += width;
				}
				else {
					writer.text(x + width + 4, 7, number(values.get(i)));
					writer.down(9);
				}
			}
			if (stacked) {
				writer.text(x + 4, 8, number(total));
				writer.down(LINE - 2);
			}
			else {
				writer.down(4);
			}
		}
		List<String> heads = new ArrayList<>();
		for (ReportTable.Column column : table.columns()) {
			if (column.charted()) {
				heads.add(column.text());
			}
		}
		if (heads.size() > 1) {
			float x = MARGIN + LABEL_WIDTH;
			for (int i = 0; i < heads.size(); i++) {
				writer.bar(x, 8, PALETTE[i % PALETTE.length]);
				String head = fit(heads.get(i), 10);
				writer.text(x + 11, 7, head);
				x += 20 + head.length() * 7;
			}
			writer.down(LINE);
		}
		writer.down(4);
	}

	private static List<Double> charted(ReportTable table, ReportTable.Row row) {
		List<Double> values = new ArrayList<>();
		for (int i = 0; i < row.cells().size(); i++) {
			if (table.columns().get(i + 1).charted() && row.cells().get(i).value() != null) {
				values.add(row.cells().get(i).value().doubleValue());
			}
		}
		return values;
	}

	private static String number(double value) {
		return (value == Math.rint(value)) ? String.valueOf((long) value) : String.valueOf(value);
	}

	private static float x(int column, float cell) {
		return (column == 0) ? MARGIN : MARGIN + LABEL_WIDTH + (column - 1) * cell;
	}

	private static String fit(String text, int length) {
		return (text.length() <= length) ? text : text.substring(0, Math.max(1, length - 1)) + "…";
	}

	private static List<String> wrap(String text, int length) {
		List<String> lines = new ArrayList<>();
		for (int i = 0; i < text.length(); i += length) {
			lines.add(text.substring(i, Math.min(text.length(), i + length)));
		}
		return lines;
	}

	/**
	 * Writes lines top-down, starting a new page when the current one is full.
	 */
	private static final class Writer {

		private final PDDocument document;

		private final PDType0Font font;

		private final PDFont latin = new PDType1Font(Standard14Fonts.FontName.HELVETICA);

		private final MixedFontText text;

		private PDPageContentStream stream;

		private float y;

		private int pages;

		Writer(PDDocument document, PDType0Font font) throws IOException {
			this.document = document;
			this.font = font;
			this.text = new MixedFontText(this.latin, font);
			newPage();
		}

		void newPage() throws IOException {
			if (this.stream != null) {
				this.stream.close();
			}
			PDPage page = new PDPage(PDRectangle.A4);
			this.document.addPage(page);
			this.stream = new PDPageContentStream(this.document, page);
			this.pages++;
			this.y = PDRectangle.A4.getHeight() - MARGIN;
			text(PDRectangle.A4.getWidth() - MARGIN - 40, 8, "第 " + this.pages + " 页");
			this.y -= LINE;
		}

		void ensureRoom(float height) throws IOException {
			if (this.y - height < MARGIN) {
				newPage();
			}
		}

		/**
		 * Writes Latin runs in Helvetica and the rest in the embedded CJK font.
		 */
		void text(float x, float size, String text) throws IOException {
			this.stream.beginText();
			this.stream.newLineAtOffset(x, this.y);
			this.text.show(this.stream, size, text);
			this.stream.endText();
		}

		void centered(float size, String text) throws IOException {
			text((PDRectangle.A4.getWidth() - this.text.width(size, text)) / 2, size, text);
		}

		void bar(float x, float width, Color color) throws IOException {
			this.stream.setNonStrokingColor(color);
			this.stream.addRect(x, this.y - 1, Math.max(width, 0.5f), 8);
			this.stream.fill();
			this.stream.setNonStrokingColor(Color.BLACK);
		}

		void rule(float width) throws IOException {
			this.stream.moveTo(MARGIN, this.y);
			this.stream.lineTo(PDRectangle.A4.getWidth() - MARGIN, this.y);
			this.stream.setLineWidth(width);
			this.stream.stroke();
		}

		void down(float amount) {
			this.y -= amount;
		}

		void close() throws IOException {
			this.stream.close();
		}

	}

}
