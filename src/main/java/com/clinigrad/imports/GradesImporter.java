package com.clinigrad.imports;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.clinigrad.courses.CourseRecords;
import com.clinigrad.courses.GradeBook;
import com.clinigrad.courses.GradeEntry;
import com.clinigrad.courses.GradeResult;
import com.clinigrad.courses.Scores;
import com.clinigrad.students.StudentKey;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * {@code grades}: one sitting of a course by a student (key: student, course, term,
 * attempt) with a score 0–100 (at most one decimal, as the grade grid takes it) or a
 * {@code PASS}/{@code FAIL} result, or both when they agree. Grades of a class whose
 * grade sheet is submitted are imported too, and the sheet's history records the import
 * ({@link CourseRecords#importGrades}). Written in JDBC batches: a term of a whole
 * university is hundreds of thousands of rows, so the students and courses are looked up
 * once for the file and the grades handed to the courses module by id.
 */
@Component
@Order(60)
class GradesImporter implements DatasetImporter<GradesImporter.GradeRow, GradesImporter.References> {

	private final CourseRecords courses;

	private final GradeBook gradeBook;

	private final StudentNumbers students;

	GradesImporter(CourseRecords courses, GradeBook gradeBook, StudentNumbers students) {
		this.courses = courses;
		this.gradeBook = gradeBook;
		this.students = students;
	}

	@Override
	public String name() {
		return "grades";
	}

	@Override
	public List<ImportColumn> columns() {
		return List.of(ImportColumn.required("student_no"), ImportColumn.required("course_code"),
				ImportColumn.required("term"), ImportColumn.required("attempt"), ImportColumn.optional("score"),
				ImportColumn.optional("result"));
	}

	@Override
	public List<String> tables() {
		return List.of("grade", "grade_change");
	}

	@Override
	public List<String> key() {
		return List.of("student_no", "course_code", "term", "attempt");
	}

	@Override
	public List<String> example() {
		return List.of("M2024001", "B0101", "2024-1", "1", "86", "");
	}

	@Override
	public GradeRow read(RowReader row) {
		String studentNo = row.studentNo("student_no");
		String course = row.text("course_code", 32);
		String term = row.term("term");
		Integer attempt = row.integer("attempt", 1, 9);
		BigDecimal score = row.score("score");
		GradeResult result = row.choice("result", List.of(GradeResult.values()));
		if (row.valid() && score == null && result == null) {
			row.reject("score", "imports.error.scoreOrResult");
		}
		return row.valid() ? new GradeRow(studentNo, course, term, attempt, score, result) : null;
	}

	/**
	 * Also checks that a row giving both a score and a result says the same twice, at the
	 * pass mark of the student's program (the grade grid's).
	 */
	@Override
	public References checkReferences(List<ImportTable.Row> rows, ImportProblems problems) {
		KnownStudents students = this.students.check(rows, problems);
		Map<String, BigDecimal> passMarks = new HashMap<>();
		for (ImportTable.Row row : rows) {
			StudentKey student = students.find(row.value("student_no"));
			String score = row.value("score");
			String result = row.value("result");
			if (student == null || score.isEmpty() || result.isEmpty()) {
				continue;
			}
			BigDecimal passMark = passMarks.computeIfAbsent(student.programCode() + "/" + student.cohortYear(),
					(key) -> this.gradeBook.passMark(student.programCode(), student.cohortYear()));
			if (!Scores.agree(new BigDecimal(score), GradeResult.valueOf(result), passMark)) {
				problems.add(row.number(), "result", result, "imports.error.scoreResultDisagree", score, result,
						passMark.stripTrailingZeros().toPlainString());
			}
		}
		Set<String> codes = new HashSet<>();
		for (ImportTable.Row row : rows) {
			codes.add(row.value("course_code"));
		}
		codes.remove("");
		Map<String, Long> courses = this.courses.idsByCode(codes);
		problems.unknownReferences(rows, "course_code", courses.keySet(), "imports.error.unknownCourse");
		return new References(students, courses);
	}

	@Override
	public boolean batched() {
		return true;
	}

	@Override
	public int applyAll(List<GradeRow> commands, References references) {
		List<GradeEntry> grades = new ArrayList<>(commands.size());
		for (GradeRow row : commands) {
			Long course = references.courses().get(row.courseCode());
			if (course == null) {
				throw new IllegalStateException("Course " + row.courseCode() + " was not checked");
			}
			grades.add(new GradeEntry(references.students().id(row.studentNo()), course, row.term(), row.attempt(),
					row.score(), row.result()));
		}
		return this.courses.importGrades(grades);
	}

	@Override
	public boolean apply(GradeRow command, References references) {
		return applyAll(List.of(command), references) > 0;
	}

	record GradeRow(String studentNo, String courseCode, String term, int attempt, BigDecimal score,
			GradeResult result) {
	}

	/**
	 * The students and the course ids (by code) of a file, looked up once.
	 */
	record References(KnownStudents students, Map<String, Long> courses) {
	}

}
