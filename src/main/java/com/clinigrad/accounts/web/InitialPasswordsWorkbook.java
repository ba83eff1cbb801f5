package com.clinigrad.accounts.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import com.clinigrad.accounts.AccountHolders.Kind;
import com.clinigrad.accounts.BulkCreation;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import org.springframework.context.MessageSource;

/**
 * The file that hands the initial passwords of a bulk creation to the administrator:
 * login, name, number, hospital (program and cohort for students) and the password, with
 * a sheet saying how to hand them on. Written in memory (no temporary file holds the
 * passwords).
 */
final class InitialPasswordsWorkbook {

	private InitialPasswordsWorkbook() {
	}

	static byte[] write(BulkCreation creation, MessageSource messages, Locale locale) {
		boolean students = creation.kind() == Kind.STUDENT;
		try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Sheet sheet = workbook.createSheet(messages.getMessage("account.bulk.file.sheet", null, locale));
			CellStyle header = workbook.createCellStyle();
			Font bold = workbook.createFont();
			bold.setBold(true);
			header.setFont(bold);
			header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
			header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
			CellStyle text = workbook.createCellStyle();
			text.setDataFormat(workbook.createDataFormat().getFormat("@"));
			List<String> headers = new ArrayList<>(List.of("account.username", "account.displayName",
					students ? "account.studentNo" : "account.staffNo", "account.bulk.hospital"));
			if (students) {
				headers.addAll(List.of("account.bulk.program", "account.bulk.cohort"));
			}
			headers.add("account.bulk.file.initialPassword");
			Row first = sheet.createRow(0);
			for (int c = 0; c < headers.size(); c++) {
				Cell cell = first.createCell(c);
				cell.setCellValue(messages.getMessage(headers.get(c), null, locale));
				cell.setCellStyle(header);
			}
			int r = 1;
			for (BulkCreation.IssuedAccount account : creation.created()) {
				Row row = sheet.createRow(r++);
				List<String> values = new ArrayList<>(
						List.of(account.login(), account.holder().name(), account.holder().number(),
								(account.holder().hospital() != null) ? account.holder().hospital().in(locale) : ""));
				if (students) {
					values.add((account.holder().program() != null) ? account.holder().program().in(locale) : "");
					values.add((account.holder().cohortYear() != null) ? account.holder().cohortYear().toString() : "");
				}
				values.add(account.initialPassword());
				for (int c = 0; c < values.size(); c++) {
					Cell cell = row.createCell(c);
					cell.setCellStyle(text);
					cell.setCellValue(values.get(c));
				}
			}
			int[] widths = students ? new int[] { 16, 14, 16, 28, 30, 8, 20 } : new int[] { 16, 14, 16, 28, 20 };
			for (int c = 0; c < widths.length; c++) {
				sheet.setColumnWidth(c, widths[c] * 256);
			}
			sheet.createFreezePane(0, 1);
			Sheet notes = workbook.createSheet(messages.getMessage("account.bulk.file.notesSheet", null, locale));
			notes.setColumnWidth(0, 110 * 256);
			int n = 0;
			for (String key : List.of("account.bulk.file.note1", "account.bulk.file.note2",
					"account.bulk.file.note3")) {
				notes.createRow(n++).createCell(0).setCellValue(messages.getMessage(key, null, locale));
			}
			workbook.write(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
