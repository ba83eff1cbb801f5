package com.clinigrad.shared.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Pattern;

import com.clinigrad.shared.SchoolTime;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * A list's export: every row of the list's filter, in the page's order, with the columns
 * of the page and their words, as an Excel workbook or as CSV (UTF-8 with a byte order
 * mark, so that Excel opens Chinese text correctly).
 */
public final class ListExport {

	/** The URL parameter asking for an export, holding its format. */
	public static final String PARAMETER = "export";

	static final String XLSX = "xlsx";

	static final String CSV = "csv";

	private static final MediaType XLSX_TYPE = MediaType
		.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

	private static final MediaType CSV_TYPE = MediaType.parseMediaType("text/csv;charset=UTF-8");

	private static final Pattern NUMBER = Pattern.compile("-?\\d{1,12}(\\.\\d+)?");

	/** What a spreadsheet could take for a formula at the start of a cell. */
	private static final Pattern FORMULA_START = Pattern.compile("^[=+@\\t\\r]|^-(?!\\d)");

	private ListExport() {
	}

	/**
	 * @param format {@code xlsx} or {@code csv} (anything else answers 400)
	 * @param title the file's name (and the sheet's), in the page's language
	 * @param rows every row of the filter, in the page's order
	 */
	public static <T> ResponseEntity<byte[]> answer(String format, String title, ListTable<T> table, List<T> rows,
			Words words) {
		List<ListTable.Column<T>> columns = table.columns();
		List<List<String>> lines = table.cells(rows)
			.stream()
			.map((cells) -> cells.stream().map((cell) -> cell.text(words)).toList())
			.toList();
		List<String> headers = columns.stream().map(ListTable.Column::header).toList();
		String file = title + "-" + SchoolTime.today();
		if (XLSX.equals(format)) {
			boolean[] numeric = new boolean[columns.size()];
			for (int i = 0; i < numeric.length; i++) {
				numeric[i] = columns.get(i).numeric();
			}
			return file(xlsx(title, headers, numeric, lines), XLSX_TYPE, file + ".xlsx");
		}
		if (CSV.equals(format)) {
			return file(csv(headers, lines), CSV_TYPE, file + ".csv");
		}
		return ResponseEntity.badRequest().build();
	}

	static byte[] xlsx(String title, List<String> headers, boolean[] numeric, List<List<String>> lines) {
		try (SXSSFWorkbook workbook = new SXSSFWorkbook(500); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Sheet sheet = workbook.createSheet(WorkbookUtil.createSafeSheetName(title));
			Font bold = workbook.createFont();
			bold.setBold(true);
			CellStyle heading = workbook.createCellStyle();
			heading.setFont(bold);
			int[] widths = new int[headers.size()];
			Row header = sheet.createRow(0);
			for (int i = 0; i < headers.size(); i++) {
				org.apache.poi.ss.usermodel.Cell cell = header.createCell(i);
				cell.setCellValue(headers.get(i));
				cell.setCellStyle(heading);
				widths[i] = width(headers.get(i));
			}
			for (int r = 0; r < lines.size(); r++) {
				Row row = sheet.createRow(r + 1);
				List<String> line = lines.get(r);
				for (int i = 0; i < line.size(); i++) {
					String value = line.get(i);
					org.apache.poi.ss.usermodel.Cell cell = row.createCell(i);
					if (numeric[i] && NUMBER.matcher(value).matches()) {
						cell.setCellValue(new BigDecimal(value).doubleValue());
					}
					else {
						cell.setCellValue(value);
					}
					widths[i] = Math.max(widths[i], width(value));
				}
			}
			for (int i = 0; i < widths.length; i++) {
				sheet.setColumnWidth(i, Math.min(60, widths[i] + 2) * 256);
			}
			sheet.createFreezePane(0, 1);
			workbook.write(out);
			workbook.close();
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static byte[] csv(List<String> headers, List<List<String>> lines) {
		StringBuilder text = new StringBuilder("\uFEFF");
		line(text, headers);
		for (List<String> line : lines) {
			line(text, line);
		}
		return text.toString().getBytes(StandardCharsets.UTF_8);
	}

	private static void line(StringBuilder text, List<String> values) {
		for (int i = 0; i < values.size(); i++) {
			if (i > 0) {
				text.append(',');
			}
			String value = values.get(i);
			if (FORMULA_START.matcher(value).find()) {
				value = "'" + value;
			}
			if (value.indexOf(',') >= 0 || value.indexOf('"') >= 0 || value.indexOf('\n') >= 0
					|| value.indexOf('\r') >= 0) {
				value = '"' + value.replace("\"", "\"\"") + '"';
			}
			text.append(value);
		}
		text.append("\r\n");
	}

	/**
	 * @return the text's width in Latin characters (a Chinese character is two)
	 */
	private static int width(String text) {
		int width = 0;
		for (int i = 0; i < text.length(); i++) {
			width += (text.charAt(i) > 0x2E80) ? 2 : 1;
		}
		return width;
	}

	private static ResponseEntity<byte[]> file(byte[] body, MediaType type, String name) {
		return ResponseEntity.ok()
			.contentType(type)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(name, StandardCharsets.UTF_8).build().toString())
			.body(body);
	}

}
