package com.clinigrad.students;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import com.clinigrad.shared.BusinessRuleException;

class StudentNumberTests {

	@Test
	void lettersDigitsUnderscoresAndHyphensUpTo32Characters() {
		assertThat(StudentNumber.check("M2024001")).isEmpty();
		assertThat(StudentNumber.check("D-2024_01")).isEmpty();
		assertThat(StudentNumber.check("M".repeat(32))).isEmpty();
		assertThat(StudentNumber.check("M".repeat(33))).contains(StudentNumber.Problem.TOO_LONG);
		assertThat(StudentNumber.check("X'\"<x>;--")).contains(StudentNumber.Problem.NOT_ALLOWED_CHARACTERS);
		assertThat(StudentNumber.check("X/../x")).contains(StudentNumber.Problem.NOT_ALLOWED_CHARACTERS);
		assertThat(StudentNumber.check("X Y")).contains(StudentNumber.Problem.NOT_ALLOWED_CHARACTERS);
		assertThat(StudentNumber.check("学号1")).contains(StudentNumber.Problem.NOT_ALLOWED_CHARACTERS);
		assertThat(StudentNumber.isValid("")).isFalse();
		assertThat(StudentNumber.isValid(null)).isFalse();
	}

	@Test
	void aStudentCannotBeCreatedWithAnInvalidNumber() {
		assertThatExceptionOfType(BusinessRuleException.class).isThrownBy(() -> new Student("ZZ/../M20210004"))
			.satisfies((ex) -> assertThat(ex.getMessageKey()).isEqualTo("student.error.invalidNumber"));
		assertThat(new Student("M20210004").getStudentNo()).isEqualTo("M20210004");
	}

}
