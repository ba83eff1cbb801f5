package com.clinigrad.reports;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import com.clinigrad.shared.pdf.MixedFontText;
import com.clinigrad.shared.pdf.PdfPages;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
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

	private static final float WIDTH = PdfPages.WIDTH - 2 * MARGIN;

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
			PdfPages writer = PdfPages.numbered(document,
					new MixedFontText(new PDType1Font(Standard14Fonts.FontName.HELVETICA), cjk), MARGIN, LINE);
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

	private static void table(PdfPages writer, ReportTable table) throws IOException {
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
	private static void bars(PdfPages writer, ReportTable table) throws IOException {
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
				bar(writer, x, width, PALETTE[i % PALETTE.length]);
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
				bar(writer, x, 8, PALETTE[i % PALETTE.length]);
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

	private static void bar(PdfPages writer, float x, float width, Color color) throws IOException {
		PDPageContentStream stream = writer.stream();
		stream.setNonStrokingColor(color);
		stream.addRect(x, writer.y() - 1, Math.max(width, 0.5f), 8);
		stream.fill();
		stream.setNonStrokingColor(Color.BLACK);
	}

}
