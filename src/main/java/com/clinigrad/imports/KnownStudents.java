package com.clinigrad.imports;

import java.util.Map;

import com.clinigrad.students.StudentKey;

/**
 * The students a file names that exist, looked up once for the whole file by
 * {@link StudentNumbers#check}; the rows are written with these keys, without asking the
 * students module again.
 *
 * @param byNumber the students by number
 */
record KnownStudents(Map<String, StudentKey> byNumber) {

	KnownStudents {
		byNumber = Map.copyOf(byNumber);
	}

	/**
	 * @return the student with this number, or {@code null} when the file named an
	 * unknown one (reported by the check)
	 */
	StudentKey find(String studentNo) {
		return this.byNumber.get(studentNo);
	}

	/**
	 * @return the student of a valid row
	 * @throws IllegalStateException when the number was not checked: a row with an
	 * unknown student is never written
	 */
	StudentKey key(String studentNo) {
		StudentKey key = this.byNumber.get(studentNo);
		if (key == null) {
			throw new IllegalStateException("Student " + studentNo + " was not checked");
		}
		return key;
	}

	/**
	 * @return the id of the student of a valid row
	 * @see #key(String)
	 */
	long id(String studentNo) {
		return key(studentNo).id();
	}

}
