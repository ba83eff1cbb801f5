package com.clinigrad.imports;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;

/**
 * Reads an import file into an {@link ImportTable}: CSV (UTF-8, optional BOM, comma, RFC
 * 4180 quoting) or the first sheet of a workbook. Row numbers are those a spreadsheet
 * shows, so that an office finds the row an error names: the header is row 1, a blank
 * line still counts as a row, a quoted cell spanning lines is one row.
 */
final class ImportFileReader {

	static final String XLSX_CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

	private static final CSVFormat CSV = CSVFormat.RFC4180.builder().setIgnoreEmptyLines(false).get();

	private ImportFileReader() {
	}

	/**
	 * @param content the file's bytes
	 * @param contentTypeOrFilename the request's content type or the file's name; the
	 * bytes decide when they are a workbook whatever this says
	 * @throws ImportFileException when the file cannot be read
	 */
	static ImportTable read(byte[] content, String contentTypeOrFilename) {
		if (content == null || content.length == 0) {
			throw new ImportFileException(1, "imports.error.emptyFile");
		}
		if (isZip(content) || isOle2(content)) {
			return readWorkbook(content);
		}
		if (namesWorkbook(contentTypeOrFilename)) {
			throw new ImportFileException(1, "imports.error.unreadableWorkbook");
		}
		return readCsv(content);
	}

	private static boolean namesWorkbook(String hint) {
		if (hint == null) {
			return false;
		}
		String lower = hint.toLowerCase(Locale.ROOT);
		return lower.startsWith(XLSX_CONTENT_TYPE) || lower.endsWith(".xlsx") || lower.endsWith(".xls");
	}

	private static boolean isZip(byte[] content) {
		return content.length >= 4 && content[0] == 'P' && content[1] == 'K' && content[2] == 3 && content[3] == 4;
	}

	private static boolean isOle2(byte[] content) {
		return content.length >= 4 && (content[0] & 0xff) == 0xD0 && (content[1] & 0xff) == 0xCF
				&& (content[2] & 0xff) == 0x11 && (content[3] & 0xff) == 0xE0;
	}

	private static ImportTable readCsv(byte[] content) {
		String text;
		try {
			text = StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(content))
				.toString();
		}
		catch (CharacterCodingException ex) {
			throw new ImportFileException(1, "imports.error.notUtf8");
		}
		if (text.startsWith("\uFEFF")) {
			text = text.substring(1);
		}
		List<String> header = null;
		List<Map.Entry<Integer, List<String>>> rows = new ArrayList<>();
		int lastRow = 0;
		long linesRead = 0;
		try (CSVParser parser = CSVParser.parse(text, CSV)) {
			for (CSVRecord record : parser) {
				lastRow = (int) record.getRecordNumber();
				linesRead = parser.getCurrentLineNumber();
				if (header == null) {
					header = record.toList();
				}
				else {
					rows.add(new AbstractMap.SimpleImmutableEntry<>(lastRow, record.toList()));
				}
			}
		}
		catch (IOException | UncheckedIOException | IllegalStateException ex) {
			// the parser's own message names its exception and internals: say where
			// instead
			throw new ImportFileException(lastRow + 1, "imports.error.csvQuote", lastRow + 1, linesRead + 1);
		}
		if (header == null || header.stream().allMatch((name) -> name.isBlank())) {
			throw new ImportFileException(1, "imports.error.emptyFile");
		}
		return ImportTable.of(header, rows);
	}

	private static ImportTable readWorkbook(byte[] content) {
		try (Workbook workbook = WorkbookFactory.create(new ByteArrayInputStream(content))) {
			if (workbook.getNumberOfSheets() == 0) {
				throw new ImportFileException(1, "imports.error.emptyFile");
			}
			Sheet sheet = workbook.getSheetAt(0);
			Row headerRow = sheet.getRow(0);
			if (headerRow == null || headerRow.getLastCellNum() <= 0) {
				throw new ImportFileException(1, "imports.error.emptyFile");
			}
			int width = headerRow.getLastCellNum();
			List<String> header = cells(headerRow, width);
			if (header.stream().allMatch(String::isBlank)) {
				throw new ImportFileException(1, "imports.error.emptyFile");
			}
			List<Map.Entry<Integer, List<String>>> rows = new ArrayList<>();
			for (int index = 1; index <= sheet.getLastRowNum(); index++) {
				Row row = sheet.getRow(index);
				if (row != null) {
					rows.add(new AbstractMap.SimpleImmutableEntry<>(index + 1, cells(row, width)));
				}
			}
			return ImportTable.of(header, rows);
		}
		catch (ImportFileException ex) {
			throw ex;
		}
		catch (IOException | RuntimeException ex) {
			throw new ImportFileException(1, "imports.error.unreadableWorkbook");
		}
	}

	private static List<String> cells(Row row, int width) {
		List<String> values = new ArrayList<>(width);
		for (int column = 0; column < width; column++) {
			values.add(text(row.getCell(column)));
		}
		return values;
	}

	/**
	 * A cell as the text a CSV export would hold: numbers without a trailing {@code .0},
	 * dates as ISO {@code YYYY-MM-DD}, booleans as {@code true}/{@code false}.
	 */
	static String text(Cell cell) {
		if (cell == null) {
			return "";
		}
		CellType type = (cell.getCellType() == CellType.FORMULA) ? cell.getCachedFormulaResultType()
				: cell.getCellType();
		return switch (type) {
			case STRING -> cell.getStringCellValue();
			case NUMERIC -> number(cell);
			case BOOLEAN -> Boolean.toString(cell.getBooleanCellValue());
			case ERROR -> FormulaError.forInt(cell.getErrorCellValue()).getString();
			default -> "";
		};
	}

	private static String number(Cell cell) {
		if (DateUtil.isCellDateFormatted(cell)) {
			LocalDateTime value = cell.getLocalDateTimeCellValue();
			return value.toLocalTime().equals(LocalTime.MIDNIGHT) ? value.toLocalDate().toString() : value.toString();
		}
		double value = cell.getNumericCellValue();
		if (Double.isNaN(value) || Double.isInfinite(value)) {
			return String.valueOf(value);
		}
		String text = BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
		return "-0".equals(text) ? "0" : text;
	}

}
