package com.clinigrad.imports;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.clinigrad.students.StudentKey;
import com.clinigrad.students.StudentRegistry;

import org.springframework.stereotype.Component;

/**
 * The {@code student_no} column every record dataset has: checked once per file, and
 * resolved to the student when a row is written.
 */
@Component
class StudentNumbers {

	private final StudentRegistry students;

	StudentNumbers(StudentRegistry students) {
		this.students = students;
	}

	/**
	 * Reports each row whose student number is unknown.
	 * @return the students the file names, by number
	 */
	Map<String, StudentKey> check(List<ImportTable.Row> rows, ImportProblems problems) {
		Set<String> numbers = new HashSet<>();
		for (ImportTable.Row row : rows) {
			numbers.add(row.value("student_no"));
		}
		numbers.remove("");
		Map<String, StudentKey> keys = this.students.keysByStudentNo(numbers);
		problems.unknownReferences(rows, "student_no", keys.keySet(), "imports.error.unknownStudent");
		return keys;
	}

	/**
	 * @throws IllegalStateException for a number {@link #check} would have reported
	 */
	/**
	 * @return the keys of these numbers, all of which exist (checked before)
	 */
	Map<String, StudentKey> resolveAll(List<String> studentNos) {
		Map<String, StudentKey> keys = this.students.keysByStudentNo(studentNos);
		if (keys.size() < studentNos.size()) {
			throw new IllegalStateException("Unknown students among " + studentNos.size());
		}
		return keys;
	}

	StudentKey resolve(String studentNo) {
		StudentKey key = this.students.keysByStudentNo(List.of(studentNo)).get(studentNo);
		if (key == null) {
			throw new IllegalStateException("Unknown student " + studentNo);
		}
		return key;
	}

}
