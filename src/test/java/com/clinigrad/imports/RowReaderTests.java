package com.clinigrad.imports;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.clinigrad.students.StudentStatus;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RowReaderTests {

	private final ImportProblems problems = new ImportProblems();

	private final Map<String, ImportColumn> columns = Map.of("a", ImportColumn.required("a"), "b",
			ImportColumn.optional("b"), "c", ImportColumn.requiredMayBeBlank("c"));

	private RowReader reader(Map<String, String> cells) {
		return new RowReader(new ImportTable.Row(5, cells), this.columns, this.problems);
	}

	@Test
	void anEmptyRequiredCellIsAnErrorAndAnEmptyOptionalOneIsNot() {
		RowReader row = reader(Map.of("a", "", "b", "", "c", ""));

		assertThat(row.text("a", 10)).isNull();
		assertThat(row.text("b", 10)).isNull();
		assertThat(row.text("c", 10)).isNull();

		assertThat(row.valid()).isFalse();
		assertThat(this.problems.list()).singleElement().satisfies((problem) -> {
			assertThat(problem.row()).isEqualTo(5);
			assertThat(problem.column()).isEqualTo("a");
			assertThat(problem.messageKey()).isEqualTo("imports.error.required");
		});
	}

	@Test
	void integersMustBeWholeAndInRange() {
		assertThat(reader(Map.of("b", "1990")).integer("b", 1990, 2100)).isEqualTo(1990);
		assertThat(reader(Map.of("b", "2100")).integer("b", 1990, 2100)).isEqualTo(2100);
		assertThat(reader(Map.of("b", "1989")).integer("b", 1990, 2100)).isNull();
		assertThat(reader(Map.of("b", "12.5")).integer("b", 0, 100)).isNull();
		assertThat(reader(Map.of("b", "abc")).integer("b", 0, 100)).isNull();

		assertThat(this.problems.list()).extracting(ImportProblems.Problem::messageKey)
			.containsExactly("imports.error.range", "imports.error.integer", "imports.error.integer");
		assertThat(this.problems.list().get(0).arguments()).containsExactly("1990", "2100");
	}

	@Test
	void booleansAreTrueOrFalseAndCodesExact() {
		assertThat(reader(Map.of("b", "true")).bool("b")).isTrue();
		assertThat(reader(Map.of("b", "FALSE")).bool("b")).isFalse();
		assertThat(reader(Map.of("b", "")).bool("b")).isFalse();
		RowReader yes = reader(Map.of("b", "yes"));
		yes.bool("b");
		assertThat(yes.valid()).isFalse();

		List<StudentStatus> allowed = List.of(StudentStatus.ENROLLED, StudentStatus.DELAYED);
		assertThat(reader(Map.of("b", "DELAYED")).choice("b", allowed)).isEqualTo(StudentStatus.DELAYED);
		assertThat(reader(Map.of("b", "delayed")).choice("b", allowed)).isNull();
		assertThat(reader(Map.of("b", "GRADUATED_NO_DEGREE")).choice("b", allowed)).isNull();

		assertThat(this.problems.list()).extracting(ImportProblems.Problem::messageKey)
			.containsExactly("imports.error.boolean", "imports.error.choice", "imports.error.choice");
		assertThat(this.problems.list().get(1).arguments()).containsExactly("ENROLLED, DELAYED");
	}

	@Test
	void decimalsBeyondWhatTheRecordKeepsAreRefusedNotRounded() {
		assertThat(reader(Map.of("b", "1.5")).decimal("b", java.math.BigDecimal.ZERO, java.math.BigDecimal.TEN, 1))
			.isEqualByComparingTo("1.5");
		assertThat(reader(Map.of("b", "1.25")).decimal("b", java.math.BigDecimal.ZERO, java.math.BigDecimal.TEN, 1))
			.isNull();
		assertThat(reader(Map.of("b", "1.25")).decimal("b", java.math.BigDecimal.ZERO, java.math.BigDecimal.TEN))
			.isEqualByComparingTo("1.25");
		assertThat(reader(Map.of("b", "1.255")).decimal("b", java.math.BigDecimal.ZERO, java.math.BigDecimal.TEN))
			.isNull();

		assertThat(this.problems.list()).extracting(ImportProblems.Problem::messageKey)
			.containsExactly("imports.error.decimalOne", "imports.error.decimal");
	}

	@Test
	void tooLongTextIsAnError() {
		RowReader row = reader(Map.of("a", "abcdef"));

		assertThat(row.text("a", 5)).isNull();
		assertThat(this.problems.list()).singleElement().extracting(ImportProblems.Problem::value).isEqualTo("abcdef");
	}

	@Test
	void studentNumbersFollowTheStudentFormsRule() {
		assertThat(reader(Map.of("a", "M2024-001_b")).studentNo("a")).isEqualTo("M2024-001_b");
		for (String bad : List.of("X'\"<x>;--", "X/../x", "X Y", "ZZ/../M20210004")) {
			RowReader row = reader(Map.of("a", bad));
			assertThat(row.studentNo("a")).as(bad).isNull();
			assertThat(row.refusedColumns()).containsExactly("a");
		}
		assertThat(reader(Map.of("a", "M".repeat(33))).studentNo("a")).isNull();

		assertThat(this.problems.list()).extracting(ImportProblems.Problem::messageKey)
			.containsExactly("imports.error.studentNo", "imports.error.studentNo", "imports.error.studentNo",
					"imports.error.studentNo", "imports.error.tooLong");
		assertThat(this.problems.list()).extracting(ImportProblems.Problem::column).containsOnly("a");
	}

	@Test
	void scoresFollowTheGradeGridsRuleAndAreNeverRounded() {
		assertThat(reader(Map.of("b", "59.5")).score("b")).isEqualByComparingTo("59.5");
		assertThat(reader(Map.of("b", "100")).score("b")).isEqualByComparingTo("100");
		assertThat(reader(Map.of("b", "60.0")).score("b")).isEqualByComparingTo("60");
		assertThat(reader(Map.of("b", "59.95")).score("b")).isNull();
		assertThat(reader(Map.of("b", "100.5")).score("b")).isNull();
		assertThat(reader(Map.of("b", "-1")).score("b")).isNull();
		assertThat(reader(Map.of("b", "八十")).score("b")).isNull();

		assertThat(this.problems.list()).extracting(ImportProblems.Problem::messageKey)
			.containsExactly("grades.error.decimals", "grades.error.range", "grades.error.range",
					"imports.error.score");
		assertThat(this.problems.list().get(0).value()).isEqualTo("59.95");
	}

	@Test
	void datesAreBetween1900And2100() {
		assertThat(reader(Map.of("b", "1900-01-01")).date("b")).isEqualTo(LocalDate.of(1900, 1, 1));
		assertThat(reader(Map.of("b", "2100-12-31")).date("b")).isEqualTo(LocalDate.of(2100, 12, 31));
		assertThat(reader(Map.of("b", "0000-01-01")).date("b")).isNull();
		assertThat(reader(Map.of("b", "1899-12-31")).date("b")).isNull();
		assertThat(reader(Map.of("b", "2101-01-01")).date("b")).isNull();
		assertThat(reader(Map.of("b", "+12024-01-01")).date("b")).isNull();

		assertThat(this.problems.list()).extracting(ImportProblems.Problem::messageKey)
			.containsExactly("imports.error.dateRange", "imports.error.dateRange", "imports.error.dateRange",
					"imports.error.dateRange");
		assertThat(this.problems.list().get(0).arguments()).containsExactly("1900-01-01", "2100-12-31");
	}

	@Test
	void aControlCharacterIsRefusedInAnyCellAndNotEchoed() {
		RowReader row = reader(Map.of("a", "张\u0000三", "b", "line\nbreak\tand tab"));

		assertThat(row.text("a", 100)).isNull();
		assertThat(row.text("b", 100)).isEqualTo("line\nbreak\tand tab");
		assertThat(reader(Map.of("b", "1\u00002")).integer("b", 0, 100)).isNull();

		assertThat(this.problems.list()).extracting(ImportProblems.Problem::messageKey)
			.containsExactly("imports.error.character", "imports.error.character");
		assertThat(this.problems.list().get(0).column()).isEqualTo("a");
		assertThat(this.problems.list().get(0).value()).isEqualTo("张\uFFFD三");
	}

	@Test
	void refusedCellsReadAsEmptyInTheChecksAfterReading() {
		ImportTable.Row row = new ImportTable.Row(3, Map.of("a", "X/../x", "b", "ok"));

		ImportTable.Row checked = row.refusing(Set.of("a"));

		assertThat(checked.value("a")).isEmpty();
		assertThat(checked.refused("a")).isTrue();
		assertThat(checked.value("b")).isEqualTo("ok");
		assertThat(row.value("a")).isEqualTo("X/../x");
	}

}
