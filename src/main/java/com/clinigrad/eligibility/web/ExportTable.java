package com.clinigrad.eligibility.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * A list as its page shows it — headers and cells already in words of the page's language
 * — written as an xlsx workbook or a CSV file. The small seam between a list page and its
 * export files: a page builds the table, this writes it (to be replaced by the shared
 * list export once there is one).
 *
 * @param title the sheet's name
 * @param headers the column headers
 * @param numeric per column, whether its cells are numbers (written as numbers in xlsx)
 * @param frozenColumns how many columns stay visible when scrolling sideways
 * @param rows the cells, one list per row
 */
record ExportTable(String title, List<String> headers, List<Boolean> numeric, int frozenColumns,
		List<List<String>> rows) {

	static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

	static final String CSV = "text/csv;charset=UTF-8";

	private static final int MAX_WIDTH = 40;

	/**
	 * @return the table as an xlsx workbook: a bold header row with an auto-filter, the
	 * header and the first columns frozen
	 */
	byte[] xlsx() {
		try (SXSSFWorkbook workbook = new SXSSFWorkbook(200)) {
			Sheet sheet = workbook.createSheet(safeSheetName(this.title));
			CellStyle header = workbook.createCellStyle();
			Font bold = workbook.createFont();
			bold.setBold(true);
			header.setFont(bold);
			header.setWrapText(true);
			header.setVerticalAlignment(VerticalAlignment.TOP);
			header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
			header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
			Row top = sheet.createRow(0);
			int[] widths = new int[this.headers.size()];
			for (int c = 0; c < this.headers.size(); c++) {
				Cell cell = top.createCell(c);
				cell.setCellValue(this.headers.get(c));
				cell.setCellStyle(header);
				widths[c] = Math.min(width(this.headers.get(c)), 16);
			}
			int r = 1;
			for (List<String> values : this.rows) {
				Row line = sheet.createRow(r++);
				for (int c = 0; c < values.size(); c++) {
					String value = values.get(c);
					Cell cell = line.createCell(c);
					if (this.numeric.get(c) && value.matches("-?\\d{1,9}")) {
						cell.setCellValue(Integer.parseInt(value));
					}
					else {
						cell.setCellValue(value);
					}
					widths[c] = Math.max(widths[c], width(value));
				}
			}
			for (int c = 0; c < widths.length; c++) {
				sheet.setColumnWidth(c, (Math.min(widths[c], MAX_WIDTH) + 2) * 256);
			}
			if (!this.headers.isEmpty()) {
				sheet.setAutoFilter(new CellRangeAddress(0, Math.max(0, r - 1), 0, this.headers.size() - 1));
			}
			sheet.createFreezePane(this.frozenColumns, 1);
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			workbook.write(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * @return the table as CSV in UTF-8 with a byte-order mark (so that Excel reads the
	 * Chinese text right), lines ending in CRLF
	 */
	byte[] csv() {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
				CSVPrinter printer = new CSVPrinter(writer, CSVFormat.EXCEL)) {
			writer.write('\uFEFF');
			printer.printRecord(this.headers);
			for (List<String> values : this.rows) {
				printer.printRecord(values.stream().map(ExportTable::inert).toList());
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toByteArray();
	}

	/**
	 * @return the value, with a leading apostrophe when a spreadsheet would read it as a
	 * formula (a name imported as {@code =HYPERLINK(…)})
	 */
	static String inert(String value) {
		if (value.isEmpty()) {
			return value;
		}
		char first = value.charAt(0);
		boolean formula = first == '=' || first == '+' || first == '@' || first == '\t' || first == '\r'
				|| (first == '-' && !value.matches("-\\d+(\\.\\d+)?"));
		return formula ? "'" + value : value;
	}

	/**
	 * @return the text's width in characters, a CJK character counting twice
	 */
	private static int width(String text) {
		int width = 0;
		for (int i = 0; i < text.length(); i++) {
			width += (text.charAt(i) > 0x2E7F) ? 2 : 1;
		}
		return width;
	}

	private static String safeSheetName(String title) {
		String name = title.replaceAll("[\\\\/?*\\[\\]:]", " ").trim();
		return name.isEmpty() ? "1" : name.substring(0, Math.min(31, name.length()));
	}

}
