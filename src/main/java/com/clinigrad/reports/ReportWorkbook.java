package com.clinigrad.reports;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashSet;
import java.util.Set;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The annual report as one xlsx workbook (Excel, WPS): a sheet per table, named by the
 * table, with its title, the column heads, the rows (numbers as numbers) and the note.
 */
final class ReportWorkbook {

	private ReportWorkbook() {
	}

	static byte[] write(AnnualReportBook book) {
		try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Font bold = workbook.createFont();
			bold.setBold(true);
			CellStyle heading = workbook.createCellStyle();
			heading.setFont(bold);
			Set<String> names = new HashSet<>();
			for (ReportTable table : book.tables()) {
				Sheet sheet = workbook.createSheet(sheetName(table.title(), names));
				int r = 0;
				Row title = sheet.createRow(r++);
				title.createCell(0).setCellValue(table.title() + "（" + book.scopeName() + "）");
				title.getCell(0).setCellStyle(heading);
				if (!table.columns().isEmpty()) {
					Row head = sheet.createRow(r++);
					for (int i = 0; i < table.columns().size(); i++) {
						head.createCell(i).setCellValue(table.columns().get(i).text());
						head.getCell(i).setCellStyle(heading);
					}
				}
				for (ReportTable.Row line : table.rows()) {
					Row row = sheet.createRow(r++);
					row.createCell(0).setCellValue(line.label());
					for (int i = 0; i < line.cells().size(); i++) {
						ReportTable.Cell cell = line.cells().get(i);
						if (cell.value() != null) {
							row.createCell(i + 1).setCellValue(cell.value().doubleValue());
						}
						else {
							row.createCell(i + 1).setCellValue(cell.text());
						}
					}
				}
				if (table.note() != null) {
					sheet.createRow(r + 1).createCell(0).setCellValue(table.note());
				}
				sheet.setColumnWidth(0, 28 * 256);
				for (int i = 1; i < Math.max(2, table.columns().size()); i++) {
					sheet.setColumnWidth(i, 16 * 256);
				}
			}
			workbook.write(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * @return the title as a sheet name Excel accepts (31 characters, no
	 * {@code []:*?/\}), unique in the workbook
	 */
	private static String sheetName(String title, Set<String> taken) {
		String base = WorkbookUtil.createSafeSheetName(title);
		String name = base;
		for (int n = 2; !taken.add(name.toLowerCase(java.util.Locale.ROOT)); n++) {
			String suffix = " " + n;
			name = base.substring(0, Math.min(base.length(), 31 - suffix.length())) + suffix;
		}
		return name;
	}

}
