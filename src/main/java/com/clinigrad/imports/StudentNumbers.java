package com.clinigrad.imports;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.clinigrad.students.StudentKey;
import com.clinigrad.students.StudentNumber;
import com.clinigrad.students.StudentRegistry;

import org.springframework.stereotype.Component;

/**
 * The {@code student_no} column every record dataset has: looked up once per file, when
 * the references are checked; the rows are then written with the students found.
 */
@Component
class StudentNumbers {

	static final String COLUMN = "student_no";

	private final StudentRegistry students;

	StudentNumbers(StudentRegistry students) {
		this.students = students;
	}

	/**
	 * Reports each row whose student number is unknown; a number that cannot be one
	 * ({@link StudentNumber}) is reported as such and never looked up.
	 * @return the students the file names that exist
	 */
	KnownStudents check(List<ImportTable.Row> rows, ImportProblems problems) {
		Set<String> numbers = new HashSet<>();
		for (ImportTable.Row row : rows) {
			String number = row.value(COLUMN);
			if (StudentNumber.isValid(number)) {
				numbers.add(number);
			}
			else if (!number.isEmpty()) {
				problems.add(row.number(), COLUMN, number, "imports.error.studentNo");
			}
		}
		Map<String, StudentKey> keys = numbers.isEmpty() ? Map.of() : this.students.keysByStudentNo(numbers);
		for (ImportTable.Row row : rows) {
			String number = row.value(COLUMN);
			if (numbers.contains(number) && !keys.containsKey(number)) {
				problems.add(row.number(), COLUMN, number, "imports.error.unknownStudent", number);
			}
		}
		return new KnownStudents(keys);
	}

}
