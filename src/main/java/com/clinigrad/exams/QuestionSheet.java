package com.clinigrad.exams;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The question import file (xlsx, first sheet, header in row 1): {@code ref, kind, stem,
 * difficulty, competency, points, options, correct, case}. Options are separated by
 * {@code |}, the correct ones named by letter ({@code A} or {@code A,C}); an item of a
 * case question names the case's {@code ref} in {@code case}, on a row below the case.
 */
public final class QuestionSheet {

	/** The columns, as the template spells them. */
	public static final List<String> COLUMNS = List.of("ref", "kind", "stem", "difficulty", "competency", "points",
			"options", "correct", "case");

	private static final DataFormatter FORMAT = new DataFormatter(Locale.ROOT);

	private QuestionSheet() {
	}

	/**
	 * A row read: its reference, the question and the case it belongs to.
	 */
	public record Line(int row, String ref, String caseRef, QuestionCommand command) {
	}

	/**
	 * The rows read, or the problems found (then nothing is applied).
	 */
	public record Parsed(List<Line> lines, List<RowError> errors) {
	}

	/**
	 * The template with its header and one example of each kind.
	 */
	public static byte[] template() {
		try (Workbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Sheet sheet = workbook.createSheet("questions");
			List<List<String>> rows = List.of(COLUMNS,
					List.of("Q1", "SINGLE", "急性心肌梗死最常见的死亡原因是", "2", "KNOWLEDGE_SKILLS", "2", "心律失常|心力衰竭|心源性休克|心脏破裂",
							"A", ""),
					List.of("Q2", "MULTIPLE", "以下属于COPD急性加重诱因的有", "3", "KNOWLEDGE_SKILLS", "3", "呼吸道感染|空气污染|规律用药",
							"A,B", ""),
					List.of("C1", "CASE", "患者男，65岁，胸痛3小时……", "4", "PATIENT_CARE", "1", "", "", ""),
					List.of("C1a", "SINGLE", "首选检查是", "3", "PATIENT_CARE", "2", "心电图|胸片|腹部B超", "A", "C1"),
					List.of("C1b", "OPEN", "写出初步诊断及依据", "4", "PATIENT_CARE", "6", "", "", "C1"),
					List.of("Q3", "OPEN", "简述医患沟通中告知坏消息的步骤", "3", "COMMUNICATION", "5", "", "", ""));
			for (int r = 0; r < rows.size(); r++) {
				Row row = sheet.createRow(r);
				for (int c = 0; c < rows.get(r).size(); c++) {
					row.createCell(c).setCellValue(rows.get(r).get(c));
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
	 * Reads a file; every problem of every row is reported.
	 */
	public static Parsed read(byte[] content) {
		List<Line> lines = new ArrayList<>();
		List<RowError> errors = new ArrayList<>();
		try (Workbook workbook = WorkbookFactory.create(new ByteArrayInputStream(content))) {
			Sheet sheet = workbook.getSheetAt(0);
			Row header = sheet.getRow(0);
			for (int c = 0; c < COLUMNS.size(); c++) {
				String name = (header == null) ? "" : cell(header, c).toLowerCase(Locale.ROOT);
				if (!COLUMNS.get(c).equals(name)) {
					errors.add(new RowError(1, COLUMNS.get(c), name, "exams.import.error.header", COLUMNS.get(c)));
				}
			}
			if (!errors.isEmpty()) {
				return new Parsed(List.of(), errors);
			}
			Set<String> refs = new HashSet<>();
			Set<String> caseRefs = new HashSet<>();
			for (int r = 1; r <= sheet.getLastRowNum(); r++) {
				Row row = sheet.getRow(r);
				if (row == null || COLUMNS.stream().allMatch((c) -> cell(row, COLUMNS.indexOf(c)).isEmpty())) {
					continue;
				}
				line(r + 1, row, refs, caseRefs, errors).ifPresent(lines::add);
			}
			if (lines.isEmpty() && errors.isEmpty()) {
				errors.add(new RowError(0, "", "", "exams.import.error.empty", ""));
			}
		}
		catch (IOException | RuntimeException ex) {
			return new Parsed(List.of(), List.of(new RowError(0, "", "", "exams.import.error.file", "")));
		}
		return new Parsed(errors.isEmpty() ? lines : List.of(), errors);
	}

	private static java.util.Optional<Line> line(int number, Row row, Set<String> refs, Set<String> caseRefs,
			List<RowError> errors) {
		int before = errors.size();
		String ref = cell(row, 0);
		if (ref.isEmpty() || !refs.add(ref)) {
			errors.add(new RowError(number, "ref", ref, "exams.import.error.ref", ""));
		}
		QuestionKind kind = parse(QuestionKind.class, cell(row, 1));
		if (kind == null) {
			errors.add(new RowError(number, "kind", cell(row, 1), "exams.import.error.kind", ""));
		}
		Integer difficulty = integer(cell(row, 3));
		if (difficulty == null || difficulty < 1 || difficulty > 5) {
			errors.add(new RowError(number, "difficulty", cell(row, 3), "exams.error.difficulty", ""));
		}
		TestedCompetency competency = parse(TestedCompetency.class, cell(row, 4));
		if (competency == null) {
			errors.add(new RowError(number, "competency", cell(row, 4), "exams.error.competency", ""));
		}
		BigDecimal points = decimal(cell(row, 5));
		List<String> options = cell(row, 6).isEmpty() ? List.of()
				: Arrays.stream(cell(row, 6).split("\\|")).map(String::strip).toList();
		List<Integer> correct = new ArrayList<>();
		for (String letter : cell(row, 7).split("[,，\\s]+")) {
			if (letter.length() == 1 && Character.isLetter(letter.charAt(0))) {
				correct.add(Character.toUpperCase(letter.charAt(0)) - 'A');
			}
			else if (!letter.isEmpty()) {
				errors.add(new RowError(number, "correct", cell(row, 7), "exams.error.correct", ""));
			}
		}
		String caseRef = cell(row, 8).isEmpty() ? null : cell(row, 8);
		if (caseRef != null && !caseRefs.contains(caseRef)) {
			errors.add(new RowError(number, "case", caseRef, "exams.import.error.case", ""));
		}
		if (errors.size() > before) {
			return java.util.Optional.empty();
		}
		QuestionCommand command = new QuestionCommand(kind, cell(row, 2), difficulty, competency, points, options,
				correct);
		java.util.Optional<String> problem = QuestionBanks.check(command, caseRef != null);
		if (problem.isPresent()) {
			errors.add(new RowError(number, column(problem.get()), "", problem.get(), ""));
			return java.util.Optional.empty();
		}
		if (kind == QuestionKind.CASE) {
			caseRefs.add(ref);
		}
		return java.util.Optional.of(new Line(number, ref, caseRef, command));
	}

	private static String column(String key) {
		if (key.contains("stem")) {
			return "stem";
		}
		if (key.contains("points")) {
			return "points";
		}
		if (key.contains("ption") || key.contains("orrect")) {
			return "options";
		}
		return "kind";
	}

	private static String cell(Row row, int column) {
		Cell cell = row.getCell(column);
		return (cell == null) ? "" : FORMAT.formatCellValue(cell).strip();
	}

	private static <E extends Enum<E>> E parse(Class<E> type, String text) {
		try {
			return Enum.valueOf(type, text.strip().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

	private static Integer integer(String text) {
		try {
			return Integer.valueOf(text);
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

	private static BigDecimal decimal(String text) {
		try {
			return new BigDecimal(text);
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

}
