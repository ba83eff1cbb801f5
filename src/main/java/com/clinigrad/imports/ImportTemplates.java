package com.clinigrad.imports;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataFormat;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The downloadable templates of a dataset: its header and one example row.
 */
final class ImportTemplates {

	private ImportTemplates() {
	}

	static byte[] csv(ImportDataset dataset) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
				CSVPrinter printer = new CSVPrinter(writer, CSVFormat.RFC4180)) {
			writer.write('\uFEFF');
			printer.printRecord(names(dataset));
			printer.printRecord(dataset.example());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toByteArray();
	}

	/**
	 * A workbook whose cells are text, so that codes such as {@code 105101} or a staff
	 * number with leading zeros stay as written; the required columns' headers are bold.
	 */
	static byte[] xlsx(ImportDataset dataset) {
		try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Sheet sheet = workbook.createSheet(dataset.name());
			DataFormat format = workbook.createDataFormat();
			CellStyle text = workbook.createCellStyle();
			text.setDataFormat(format.getFormat("@"));
			CellStyle required = workbook.createCellStyle();
			required.cloneStyleFrom(text);
			Font bold = workbook.createFont();
			bold.setBold(true);
			required.setFont(bold);
			Row header = sheet.createRow(0);
			Row example = sheet.createRow(1);
			List<ImportColumn> columns = dataset.columns();
			for (int i = 0; i < columns.size(); i++) {
				header.createCell(i).setCellValue(columns.get(i).name());
				header.getCell(i).setCellStyle(columns.get(i).required() ? required : text);
				example.createCell(i).setCellValue(dataset.example().get(i));
				example.getCell(i).setCellStyle(text);
				sheet.setDefaultColumnStyle(i, text);
				sheet.setColumnWidth(i, 22 * 256);
			}
			sheet.createFreezePane(0, 1);
			workbook.write(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static List<String> names(ImportDataset dataset) {
		return dataset.columns().stream().map(ImportColumn::name).toList();
	}

}
