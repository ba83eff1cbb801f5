package com.clinigrad.imports;

import java.math.BigDecimal;
import java.util.List;

import com.clinigrad.courses.CourseCategory;
import com.clinigrad.courses.CourseRecords;
import com.clinigrad.courses.CourseView;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * {@code courses}: the catalog by course code, with category and credits.
 */
@Component
@Order(50)
class CoursesImporter implements DatasetImporter<CourseView, Void> {

	private final CourseRecords courses;

	CoursesImporter(CourseRecords courses) {
		this.courses = courses;
	}

	@Override
	public String name() {
		return "courses";
	}

	@Override
	public List<ImportColumn> columns() {
		return List.of(ImportColumn.required("code"), ImportColumn.required("name"), ImportColumn.required("category"),
				ImportColumn.required("credits"), ImportColumn.optional("hours"), ImportColumn.optional("language"));
	}

	@Override
	public List<String> tables() {
		return List.of("course");
	}

	@Override
	public List<String> key() {
		return List.of("code");
	}

	@Override
	public List<String> example() {
		return List.of("B0101", "中国特色社会主义理论与实践研究", "PUBLIC_REQUIRED", "2", "36", "中文");
	}

	@Override
	public CourseView read(RowReader row) {
		CourseView course = new CourseView(row.text("code", 32), row.text("name", 200), null,
				row.choice("category", List.of(CourseCategory.values())),
				row.decimal("credits", BigDecimal.ZERO, new BigDecimal("99"), 1), row.integer("hours", 0, 10_000),
				row.text("language", 40));
		return row.valid() ? course : null;
	}

	@Override
	public Void checkReferences(List<ImportTable.Row> rows, ImportProblems problems) {
		// a course refers to nothing else
		return null;
	}

	@Override
	public boolean batched() {
		return true;
	}

	@Override
	public int applyAll(List<CourseView> commands, Void references) {
		return this.courses.upsertCourses(commands);
	}

	@Override
	public boolean apply(CourseView command, Void references) {
		return applyAll(List.of(command), references) > 0;
	}

}
