package com.clinigrad.imports;

import java.util.List;
import java.util.Map;

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
	void tooLongTextIsAnError() {
		RowReader row = reader(Map.of("a", "abcdef"));

		assertThat(row.text("a", 5)).isNull();
		assertThat(this.problems.list()).singleElement().extracting(ImportProblems.Problem::value).isEqualTo("abcdef");
	}

}
