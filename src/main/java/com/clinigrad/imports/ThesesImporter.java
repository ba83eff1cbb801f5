package com.clinigrad.imports;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.clinigrad.theses.ThesisRecords;
import com.clinigrad.theses.ThesisView;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * {@code theses}: the thesis record of a student (one per student) with its lengths, the
 * similarity result and whether the originality declaration is signed, written in batches
 * ({@link ThesisRecords#upsertTheses}).
 */
@Component
@Order(110)
class ThesesImporter implements DatasetImporter<ThesesImporter.ThesisRow, KnownStudents> {

	static final int MAX_CHARS = 10_000_000;

	private final ThesisRecords theses;

	private final StudentNumbers students;

	ThesesImporter(ThesisRecords theses, StudentNumbers students) {
		this.theses = theses;
		this.students = students;
	}

	@Override
	public String name() {
		return "theses";
	}

	@Override
	public List<ImportColumn> columns() {
		return List.of(ImportColumn.required("student_no"), ImportColumn.required("title"),
				ImportColumn.required("body_chars"), ImportColumn.required("abstract_zh_chars"),
				ImportColumn.required("abstract_en_chars"), ImportColumn.optional("similarity_percent"),
				ImportColumn.optional("declaration_signed"));
	}

	@Override
	public List<String> tables() {
		return List.of("thesis", "thesis_round");
	}

	@Override
	public List<String> key() {
		return List.of("student_no");
	}

	@Override
	public List<String> example() {
		return List.of("M2024001", "……的临床研究", "32000", "850", "1600", "12.5", "true");
	}

	@Override
	public ThesisRow read(RowReader row) {
		String studentNo = row.studentNo("student_no");
		String title = row.text("title", 500);
		Integer body = row.integer("body_chars", 0, MAX_CHARS);
		Integer zh = row.integer("abstract_zh_chars", 0, MAX_CHARS);
		Integer en = row.integer("abstract_en_chars", 0, MAX_CHARS);
		BigDecimal similarity = row.decimal("similarity_percent", BigDecimal.ZERO, new BigDecimal("100"));
		boolean signed = row.bool("declaration_signed");
		return row.valid() ? new ThesisRow(studentNo, new ThesisView(title, body, zh, en, similarity, signed)) : null;
	}

	@Override
	public KnownStudents checkReferences(List<ImportTable.Row> rows, ImportProblems problems) {
		return this.students.check(rows, problems);
	}

	@Override
	public boolean batched() {
		return true;
	}

	@Override
	public int applyAll(List<ThesisRow> commands, KnownStudents known) {
		List<Map.Entry<Long, ThesisView>> theses = new ArrayList<>(commands.size());
		for (ThesisRow command : commands) {
			theses.add(Map.entry(known.id(command.studentNo()), command.thesis()));
		}
		return this.theses.upsertTheses(theses);
	}

	@Override
	public boolean apply(ThesisRow command, KnownStudents known) {
		return applyAll(List.of(command), known) > 0;
	}

	record ThesisRow(String studentNo, ThesisView thesis) {
	}

}
