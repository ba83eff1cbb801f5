package com.clinigrad.eligibility.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.clinigrad.eligibility.BatchAuditRun;
import com.clinigrad.eligibility.BatchAuditSelection;
import com.clinigrad.eligibility.BatchCell;
import com.clinigrad.organization.HospitalRef;
import com.clinigrad.organization.ProgramRef;
import com.clinigrad.students.StudentStatus;

import org.springframework.context.MessageSource;

/**
 * The columns of a batch audit table and every cell in words of the page's language. The
 * page and its exports both take their headers and cells from here, so that an export
 * says what the page says: rule names, not codes; statuses, yes and no in words;
 * hospitals and programs by name.
 */
public final class BatchAuditSheet {

	/**
	 * What a column shows.
	 */
	public enum Kind {

		STUDENT_NO, NAME, PROGRAM, COHORT, HOSPITAL, DEFEND, DEGREE, FAILED, RULE

	}

	/**
	 * One column: its header and, for a rule, the rule's code and what it checks.
	 */
	public record Column(Kind kind, String rule, String header, String description) {

		public boolean forRule() {
			return this.kind == Kind.RULE;
		}

		/**
		 * @return whether its header is styled as a check's (rules and the two verdicts)
		 */
		public boolean checkHeader() {
			return this.kind == Kind.RULE || this.kind == Kind.DEFEND || this.kind == Kind.DEGREE;
		}

	}

	private final BatchAuditSelection selection;

	private final MessageSource messages;

	private final Locale locale;

	private final boolean english;

	private final List<Column> columns;

	BatchAuditSheet(BatchAuditSelection selection, MessageSource messages, Locale locale) {
		this.selection = selection;
		this.messages = messages;
		this.locale = locale;
		this.english = Locale.ENGLISH.getLanguage().equals(locale.getLanguage());
		List<Column> columns = new ArrayList<>();
		columns.add(column(Kind.STUDENT_NO, "students.column.studentNo"));
		columns.add(column(Kind.NAME, "students.column.name"));
		if (selection.severalPrograms()) {
			columns.add(column(Kind.PROGRAM, "students.column.program"));
		}
		columns.add(column(Kind.COHORT, "students.column.cohort"));
		columns.add(column(Kind.HOSPITAL, "students.column.hospital"));
		columns.add(column(Kind.DEFEND, "audit.eligibleToDefend"));
		columns.add(column(Kind.DEGREE, "audit.eligibleForDegree"));
		columns.add(column(Kind.FAILED, "batch.column.failed"));
		for (String rule : selection.rules()) {
			columns.add(new Column(Kind.RULE, rule, ruleName(rule), word("rule." + rule + ".description")));
		}
		this.columns = List.copyOf(columns);
	}

	public List<Column> getColumns() {
		return this.columns;
	}

	/**
	 * @return the cell in words, as the page shows it and the exports write it
	 */
	public String text(BatchAuditRun.Row row, Column column) {
		return switch (column.kind()) {
			case STUDENT_NO -> row.student().studentNo();
			case NAME -> row.student().name();
			case PROGRAM -> programName(row.program());
			case COHORT -> Integer.toString(row.student().cohortYear());
			case HOSPITAL -> hospitalName(row.hospital());
			case DEFEND -> yesNo(row.eligibleToDefend());
			case DEGREE -> yesNo(row.eligibleForDegree());
			case FAILED -> String.join(word("batch.listSeparator"),
					this.selection.rules()
						.stream()
						.filter((rule) -> row.cell(rule) == BatchCell.FAIL)
						.map(this::ruleName)
						.toList());
			case RULE -> word(row.cell(column.rule()).messageKey());
		};
	}

	public String ruleName(String rule) {
		return word("rule." + rule + ".name");
	}

	public String programName(ProgramRef program) {
		return (program != null) ? program.displayName(this.english) : "";
	}

	public String hospitalName(HospitalRef hospital) {
		return (hospital != null) ? hospital.displayName(this.english) : word("batch.noHospital");
	}

	/**
	 * @return the students of a program who have left training, as "毕业并授予学位 30 名、退学 2 名"
	 */
	public String leftTraining(BatchAuditRun.Coverage coverage) {
		List<String> parts = new ArrayList<>();
		for (Map.Entry<StudentStatus, Long> entry : coverage.leftTraining().entrySet()) {
			parts.add(this.messages.getMessage("batch.coverage.statusCount",
					new Object[] { word(entry.getKey().messageKey()), entry.getValue() }, this.locale));
		}
		return String.join(word("batch.listSeparator"), parts);
	}

	/**
	 * @return the cohorts without a rule set, as "2018、2019"
	 */
	public String cohorts(List<Integer> cohorts) {
		return String.join(word("batch.listSeparator"), cohorts.stream().map(String::valueOf).toList());
	}

	/**
	 * @return every selected row (not only the page's), as the exports write them
	 */
	ExportTable export(String title) {
		List<List<String>> rows = new ArrayList<>();
		for (BatchAuditRun.Row row : this.selection.rows()) {
			rows.add(this.columns.stream().map((column) -> text(row, column)).toList());
		}
		return new ExportTable(title, this.columns.stream().map(Column::header).toList(),
				this.columns.stream().map((column) -> column.kind() == Kind.COHORT).toList(), 2, rows);
	}

	private Column column(Kind kind, String key) {
		return new Column(kind, null, word(key), null);
	}

	private String yesNo(boolean value) {
		return word(value ? "audit.yes" : "audit.no");
	}

	private String word(String key) {
		return this.messages.getMessage(key, null, key, this.locale);
	}

}
