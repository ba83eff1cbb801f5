package com.clinigrad.imports;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class ImportFileReaderTests {

	@Test
	void readsUtf8CsvWithBomAndNamesColumnsByTrimmedLowerCaseHeader() {
		byte[] csv = "\uFEFF Code ,NAME,name_en\r\nPUMCH,北京协和医院,  PUMCH  \r\n".getBytes(StandardCharsets.UTF_8);

		ImportTable table = ImportFileReader.read(csv, "text/csv");

		assertThat(table.header()).containsExactly("code", "name", "name_en");
		assertThat(table.rows()).singleElement().satisfies((row) -> {
			assertThat(row.number()).isEqualTo(2);
			assertThat(row.value("code")).isEqualTo("PUMCH");
			assertThat(row.value("name")).isEqualTo("北京协和医院");
			assertThat(row.value("name_en")).isEqualTo("PUMCH");
		});
	}

	@Test
	void readsRfc4180QuotingAndCountsSpreadsheetRows() {
		String csv = "name,code,comment\n" + "\"Zhang, Wei\",A1,\"said \"\"hello\"\"\"\n" + "\"two\nlines\",A2,x\n"
				+ "\n" + "Li,A3,\n";

		ImportTable table = ImportFileReader.read(csv.getBytes(StandardCharsets.UTF_8), "students.csv");

		List<ImportTable.Row> rows = table.rows();
		assertThat(rows).extracting(ImportTable.Row::number).containsExactly(2, 3, 4, 5);
		assertThat(rows.get(0).value("name")).isEqualTo("Zhang, Wei");
		assertThat(rows.get(0).value("comment")).isEqualTo("said \"hello\"");
		assertThat(rows.get(1).value("name")).isEqualTo("two\nlines");
		assertThat(rows.get(2).blank()).isTrue();
		assertThat(rows.get(3).value("code")).isEqualTo("A3");
		assertThat(rows.get(3).value("comment")).isEmpty();
	}

	@Test
	void columnOrderIsFreeAndMissingTrailingCellsAreEmpty() {
		byte[] csv = "name_en,code,name\nEnglish,C1,中文\n,C2\n".getBytes(StandardCharsets.UTF_8);

		ImportTable table = ImportFileReader.read(csv, null);

		assertThat(table.rows().get(0).value("code")).isEqualTo("C1");
		assertThat(table.rows().get(0).value("name")).isEqualTo("中文");
		assertThat(table.rows().get(1).value("code")).isEqualTo("C2");
		assertThat(table.rows().get(1).value("name")).isEmpty();
		assertThat(table.rows().get(1).value("not_a_column")).isEmpty();
	}

	@Test
	void refusesCsvThatIsNotUtf8() {
		byte[] gbk = "code,name\nH1,北京协和医院\n".getBytes(Charset.forName("GBK"));

		assertThatExceptionOfType(ImportFileException.class).isThrownBy(() -> ImportFileReader.read(gbk, "text/csv"))
			.satisfies((ex) -> {
				assertThat(ex.messageKey()).isEqualTo("imports.error.notUtf8");
				assertThat(ex.row()).isEqualTo(1);
			});
	}

	@Test
	void refusesAnEmptyFileAndBrokenQuoting() {
		assertThatExceptionOfType(ImportFileException.class)
			.isThrownBy(() -> ImportFileReader.read(new byte[0], "text/csv"))
			.extracting(ImportFileException::messageKey)
			.isEqualTo("imports.error.emptyFile");
		byte[] broken = "code,name\nH1,\"unclosed\" x\n".getBytes(StandardCharsets.UTF_8);
		assertThatExceptionOfType(ImportFileException.class).isThrownBy(() -> ImportFileReader.read(broken, "text/csv"))
			.satisfies((ex) -> {
				assertThat(ex.messageKey()).isEqualTo("imports.error.csvQuote");
				assertThat(ex.row()).isEqualTo(2);
				assertThat(ex.arguments()).containsExactly(2, 2L);
			});
	}

	@Test
	void anUnclosedQuoteIsReportedAtTheRowAndLineWhereItsCellStarts() {
		byte[] broken = "code,name\nH1,\"two\nlines\"\nH2,ok\nH3,\"never closed\nH4,x\n"
			.getBytes(StandardCharsets.UTF_8);
		assertThatExceptionOfType(ImportFileException.class).isThrownBy(() -> ImportFileReader.read(broken, "text/csv"))
			.satisfies((ex) -> {
				assertThat(ex.row()).isEqualTo(4);
				assertThat(ex.arguments()).containsExactly(4, 5L);
			});
	}

	@Test
	void readsTheFirstSheetOfAWorkbookWithNumbersAsPlainTextAndDatesAsIso() throws IOException {
		byte[] xlsx;
		try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Sheet sheet = workbook.createSheet("students");
			Row header = sheet.createRow(0);
			header.createCell(0).setCellValue("Discipline_Code ");
			header.createCell(1).setCellValue("cohort_year");
			header.createCell(2).setCellValue("held_on");
			header.createCell(3).setCellValue("related_to_thesis");
			header.createCell(4).setCellValue("score");
			header.createCell(5).setCellValue("name");
			Row row = sheet.createRow(1);
			row.createCell(0).setCellValue(105101d);
			row.createCell(1).setCellValue(2024d);
			CellStyle date = workbook.createCellStyle();
			date.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("yyyy-mm-dd"));
			row.createCell(2).setCellValue(LocalDate.of(2025, 3, 7));
			row.getCell(2).setCellStyle(date);
			row.createCell(3).setCellValue(true);
			row.createCell(4).setCellValue(87.5d);
			row.createCell(5).setCellValue("  王芳 ");
			Row second = sheet.createRow(3);
			second.createCell(1).setCellFormula("2020+3");
			second.createCell(2).setCellValue(LocalDateTime.of(2025, 3, 7, 8, 30));
			second.getCell(2).setCellStyle(date);
			workbook.getCreationHelper().createFormulaEvaluator().evaluateAll();
			workbook.createSheet("ignored").createRow(0).createCell(0).setCellValue("other");
			workbook.write(out);
			xlsx = out.toByteArray();
		}

		ImportTable table = ImportFileReader.read(xlsx, "whatever.bin");

		assertThat(table.header()).containsExactly("discipline_code", "cohort_year", "held_on", "related_to_thesis",
				"score", "name");
		assertThat(table.rows()).extracting(ImportTable.Row::number).containsExactly(2, 4);
		ImportTable.Row first = table.rows().get(0);
		assertThat(first.value("discipline_code")).isEqualTo("105101");
		assertThat(first.value("cohort_year")).isEqualTo("2024");
		assertThat(first.value("held_on")).isEqualTo("2025-03-07");
		assertThat(first.value("related_to_thesis")).isEqualTo("true");
		assertThat(first.value("score")).isEqualTo("87.5");
		assertThat(first.value("name")).isEqualTo("王芳");
		ImportTable.Row last = table.rows().get(1);
		assertThat(last.value("cohort_year")).isEqualTo("2023");
		assertThat(last.value("held_on")).isEqualTo("2025-03-07T08:30");
		assertThat(last.value("discipline_code")).isEmpty();
	}

	@Test
	void aFileNamedXlsxThatIsNotAWorkbookIsRefused() {
		byte[] text = "code,name\n".getBytes(StandardCharsets.UTF_8);

		assertThatExceptionOfType(ImportFileException.class)
			.isThrownBy(() -> ImportFileReader.read(text, ImportFileReader.XLSX_CONTENT_TYPE))
			.extracting(ImportFileException::messageKey)
			.isEqualTo("imports.error.unreadableWorkbook");
	}

}
